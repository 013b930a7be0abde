/**
 * Letters to Congress for the CWC chaos run and bench: the IL representative (HIL07) and both senators (SIL02,
 * SIL03), their offices on the lists, one campaign with a Library of Congress topic, and `letters` confirmed
 * letters with one queued cwc delivery per (letter, office).
 */
import type postgres from "postgres";

export async function seedCwcLetters(sql: postgres.Sql, letters: number): Promise<void> {
  await sql`
    insert into officials (id, level, chamber, state, district, name, first_name, last_name, party,
      contact_form_url, website_url, raw, source_hash)
    values
      ('D000096', 'federal', 'house', 'IL', 7, 'Danny K. Davis', 'Danny', 'Davis', 'Democrat', null,
        'https://davis.house.gov', '{}'::jsonb, 'x'),
      ('D000563', 'federal', 'senate', 'IL', null, 'Richard J. Durbin', 'Richard', 'Durbin', 'Democrat',
        'https://www.durbin.senate.gov/contact', 'https://www.durbin.senate.gov', '{"senate_class": 2}'::jsonb, 'x'),
      ('D000622', 'federal', 'senate', 'IL', null, 'Tammy Duckworth', 'Tammy', 'Duckworth', 'Democrat',
        'https://www.duckworth.senate.gov/contact', 'https://www.duckworth.senate.gov', '{"senate_class": 3}'::jsonb, 'x')`;
  // The worker also fetches the lists at its start; seeded here so the first run does not race that fetch.
  await sql`
    insert into cwc_offices (chamber, office_code, name)
    values ('house', 'HIL07', null), ('senate', 'SIL02', 'Richard J. Durbin'), ('senate', 'SIL03', 'Tammy Duckworth')`;
  const [org] = await sql<{ id: string }[]>`
    insert into organizations (id, slug, name) values (gen_random_uuid()::text, 'chaos', 'Chaos Tenants Union')
    returning id`;
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (id, organization_id, slug, status, title, published_at, delivery_daily_cap,
      office_hours_start, office_hours_end, office_weekdays_only, reply_check_days, cwc_topics)
    values (gen_random_uuid()::text, ${org?.id ?? ""}, 'chaos', 'published', 'Right to counsel', now(), null,
      null, null, false, null, '["Housing and Community Development"]'::jsonb)
    returning id`;
  await sql`
    insert into letters (id, campaign_id, status, subject, body, personalization_score, first_name, last_name,
      email, city, state, zip, street_address, prefix, letter_parts)
    select gen_random_uuid()::text, ${campaign?.id ?? ""}, 'confirmed', 'Please guarantee a right to counsel',
      '', 0.4, 'Chaos', 'Writer ' || n, 'writer-' || n || '@example.org', 'Chicago', 'IL', '60623',
      n || ' S Pulaski Rd', 'Ms.',
      jsonb_build_array(
        jsonb_build_object('text', 'Dear {{official.title}} {{official.last_name}}, please fund a right to counsel.', 'own', false),
        jsonb_build_object('text', 'I am writer number ' || n || ' and I was evicted without a lawyer.', 'own', true))
    from generate_series(1, ${letters}) as n`;
  await sql`
    insert into deliveries (id, letter_id, target_key, official_id, target_name, contact_form_url, channel, status)
    select gen_random_uuid()::text, l.id, 'official:' || o.id, o.id, o.name, coalesce(o.contact_form_url, o.website_url),
      'cwc', 'queued'
    from letters l cross join officials o`;
}
