/**
 * Growth (issue 9, item 4): two copies of the demo campaign, one with 10 letters and one with 100,000 (each
 * letter a supporter who joined, with two deliveries), made by generate_series in SQL. bench/run.ts then times
 * the campaign page, the lookup and the organizer dashboard on both (bench/growth-data.ts in process, and the
 * page over HTTP) and reports the ratio large / small.
 */
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { compactCampaignTallies } from "@/lib/campaigns/tallies";

export const GROWTH_SIZES = { small: 10, large: 100_000 } as const;

/** A published copy of the demo campaign (its letter, targets, resources and voices) under a new slug. */
async function copyDemo(slug: string): Promise<string> {
  const db = getDb();
  const id = crypto.randomUUID();
  await db.execute(sql`
    insert into campaigns
    select (jsonb_populate_record(null::campaigns,
      to_jsonb(c) || jsonb_build_object('id', ${id}::text, 'slug', ${slug}::text, 'title', c.title || ' (' || ${slug}::text || ')'))).*
    from campaigns c where c.slug = 'demo'`);
  for (const table of ["letter_templates", "campaign_targets", "campaign_resources", "campaign_voices"]) {
    await db.execute(
      sql.raw(`
      insert into ${table}
      select (jsonb_populate_record(null::${table},
        to_jsonb(t) || jsonb_build_object('id', gen_random_uuid()::text, 'campaign_id', '${id}'))).*
      from ${table} t where t.campaign_id = (select id from campaigns where slug = 'demo')`),
    );
  }
  return id;
}

/** Supporters (users who joined), their confirmed letters and two deliveries each, over 90 days and 8 states. */
export async function fill(campaignId: string, count: number, prefix: string): Promise<void> {
  const db = getDb();
  await db.execute(sql`
    insert into users (id, email, name)
    select ${prefix} || 'u' || g, ${prefix} || g || '@example.org', 'Pat ' || g
    from generate_series(1, ${count}) g`);
  await db.execute(sql`
    insert into campaign_supporters (campaign_id, user_id, source)
    select ${campaignId}, ${prefix} || 'u' || g, 'letter' from generate_series(1, ${count}) g`);
  await db.execute(sql`
    insert into letters (id, campaign_id, supporter_id, status, subject, body, personalization_score, first_name,
      last_name, email, city, state, zip, created_at)
    select ${prefix} || g, ${campaignId}, ${prefix} || 'u' || g, 'confirmed', 'Please act', 'Dear {{official.title}}',
      0.5, 'Pat', 'Writer' || g, ${prefix} || g || '@example.org', 'Springfield',
      (array['IL','TX','CA','NY','OH','PA','GA','MI'])[1 + g % 8], '60623',
      now() - (g % 90) * interval '1 day' - (g % 1440) * interval '1 minute'
    from generate_series(1, ${count}) g`);
  await db.execute(sql`
    insert into deliveries (id, letter_id, target_key, target_name, target_email, channel, status, sent_at)
    select ${prefix} || 'c' || g, ${prefix} || g, 'custom:council', 'City Council', 'city-council@example.org',
      'email', (case when g % 100 = 0 then 'failed' else 'sent' end)::delivery_status, now() - (g % 90) * interval '1 day'
    from generate_series(1, ${count}) g`);
  await db.execute(sql`
    insert into deliveries (id, letter_id, target_key, target_name, channel, status)
    select ${prefix} || 'h' || g, ${prefix} || g, 'official:' || (g % 40), 'Representative', 'contact_form',
      (case when g % 3 = 0 then 'handoff_done' else 'handoff_ready' end)::delivery_status
    from generate_series(1, ${count}) g`);
}

export async function seedGrowth(): Promise<{ small: string; large: string; seconds: number }> {
  const started = performance.now();
  const small = await copyDemo("bench-small");
  const large = await copyDemo("bench-large");
  await fill(small, GROWTH_SIZES.small, "gs-");
  await fill(large, GROWTH_SIZES.large, "gl-");
  // The tallies' triggers wrote a delta per letter, delivery and supporter; fold them in as the job does every
  // few seconds, and vacuum the emptied delta table as autovacuum would soon after (bench/growth-data.ts also
  // times reads with a tail of deltas not yet compacted).
  await compactCampaignTallies();
  await getDb().execute(sql`vacuum analyze campaign_tally_deltas, campaign_tallies`);
  await getDb().execute(sql`analyze`);
  return { small, large, seconds: (performance.now() - started) / 1000 };
}
