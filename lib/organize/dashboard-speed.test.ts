/**
 * The dashboard at 100,000 letters: rows made by generate_series in SQL (a campaign with 100,000 letters and
 * 200,000 deliveries, next to another campaign of 50,000 letters so the campaign filter has to be selective),
 * then each dashboard query timed (printed, never asserted: speed belongs to `npm run bench`) and EXPLAINed to
 * check it reads through an index rather than the whole table: counts from the campaign's tallies, lists
 * from short index ranges.
 *
 * Timed twice: first with every letter still in the tallies' deltas (as if all 150,000 had been written since
 * the last compaction, the worst case), then after the compaction the job runs every few seconds.
 */
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import type { SessionUser } from "@/lib/auth";
import { compactCampaignTallies } from "@/lib/campaigns/tallies";
import { dashboardStatements, getCampaignDashboard } from "./dashboard";
import { campaign, member, organization } from "./testing";

const LETTERS = 100_000;
const DAY = 24 * 3_600_000;

let viewer: SessionUser;
let campaignId = "";
const since = new Date(Date.now() - 90 * DAY);

async function fill(id: string, count: number, prefix: string): Promise<void> {
  const db = getDb();
  // Letters spread over 90 days, 9 in 10 confirmed, over 8 states.
  await db.execute(sql`
    insert into letters (id, campaign_id, status, subject, body, personalization_score, first_name, last_name,
      email, city, state, zip, created_at)
    select ${prefix} || g, ${id},
      (case when g % 10 = 0 then 'awaiting_confirmation' else 'confirmed' end)::letter_status,
      'Please act', 'Dear {{official.title}}', 0.5, 'Pat' || g, 'Writer', 'w' || g || '@example.org',
      'Springfield', (array['IL','TX','CA','NY','OH','PA','GA','MI'])[1 + g % 8], '60623',
      now() - (g % 90) * interval '1 day' - (g % 1440) * interval '1 minute'
    from generate_series(1, ${count}) g`);
  // One House member (40 districts) and one custom target per letter; 1 in 100 emails failed.
  await db.execute(sql`
    insert into deliveries (id, letter_id, target_key, official_id, target_name, channel, status, sent_at)
    select ${prefix} || 'h' || g, ${prefix} || g, 'official:SPD' || (g % 40), 'SPD' || (g % 40), 'Rep',
      'contact_form', (case when g % 3 = 0 then 'handoff_done' else 'handoff_ready' end)::delivery_status,
      null
    from generate_series(1, ${count}) g`);
  await db.execute(sql`
    insert into deliveries (id, letter_id, target_key, target_name, channel, status, sent_at, last_error)
    select ${prefix} || 'c' || g, ${prefix} || g, 'custom:council', 'Council', 'email',
      (case when g % 100 = 0 then 'failed' when g % 10 = 0 then 'awaiting_confirmation' else 'sent' end)
        ::delivery_status,
      now() - (g % 90) * interval '1 day',
      case when g % 100 = 0 then 'mailbox full' end
    from generate_series(1, ${count}) g`);
}

async function plan(statement: ReturnType<typeof sql>): Promise<string> {
  const rows = rowsOf<Record<string, string>>(await getDb().execute(sql`explain ${statement}`));
  return rows.map((row) => Object.values(row)[0]).join("\n");
}

async function timed(statement: ReturnType<typeof sql>): Promise<number> {
  const started = performance.now();
  await getDb().execute(statement);
  return Math.round((performance.now() - started) * 10) / 10;
}

beforeAll(async () => {
  const orgId = await organization("speed-org");
  viewer = await member(orgId, "viewer");
  campaignId = await campaign(orgId, "speed-campaign", { startsAt: since });
  const otherId = await campaign(orgId, "speed-other");
  const db = getDb();
  await db.execute(sql`
    insert into officials (id, level, chamber, state, district, name, raw, source_hash, removed_at)
    select 'SPD' || g, 'federal', 'house', (array['IL','TX','CA','NY','OH','PA','GA','MI'])[1 + g % 8], g,
      'Rep ' || g, '{}'::jsonb, 'h' || g, case when g = 7 then now() end
    from generate_series(0, 39) g`);
  const started = performance.now();
  await fill(campaignId, LETTERS, "spd-");
  await fill(otherId, LETTERS / 2, "oth-");
  await db.execute(sql`analyze`);
  console.log(`[speed] inserted ${LETTERS * 1.5} letters in ${Math.round(performance.now() - started)} ms`);
}, 300_000);

describe("the dashboard at 100,000 letters", () => {
  it("times each query and the whole dashboard, and reads through indexes", async () => {
    const statements = dashboardStatements(campaignId, "America/Chicago", since);
    const timings: Record<string, number> = {};
    for (const [name, statement] of Object.entries(statements)) {
      await timed(statement); // warm
      timings[name] = await timed(statement);
    }
    const started = performance.now();
    const dash = await getCampaignDashboard(viewer, campaignId);
    timings.wholeDashboard = Math.round(performance.now() - started);
    console.log("[speed] dashboard queries (ms) at 100,000 letters:", timings);

    expect(dash.totals.total).toBe(LETTERS);
    expect(dash.perDay.reduce((sum, d) => sum + d.letters, 0)).toBeLessThanOrEqual(LETTERS);
    expect(dash.failedCount).toBe(LETTERS / 100);
    expect(dash.changedOfficials.map((o) => o.id)).toEqual(["SPD7"]);

    const plans: Record<string, string> = {};
    for (const [name, statement] of Object.entries(statements)) plans[name] = await plan(statement);
    for (const [name, text] of Object.entries(plans)) console.log(`[speed] plan of ${name}:\n${text}`);

    // Counts come from the campaign's tallies: here all still deltas, read by their (campaign, metric) index.
    for (const name of ["lettersPerDay", "counts", "lettersByDistrict"]) {
      expect(plans[name]).toMatch(/campaign_tally_deltas_campaign_idx/);
    }
    // The latest letters read a range of the (campaign_id, created_at) index.
    expect(plans.recentLetters).toMatch(/letters_campaign_created_idx/);
    // The latest failed deliveries come newest first from the partial index of failures, not every failure.
    expect(plans.failedDeliveries).toMatch(/deliveries_failed_idx/);
    // Officials who changed: their deliveries by target key, never all of the campaign's.
    expect(plans.changedOfficials).toMatch(/deliveries_target_sent_idx/);
  }, 120_000);

  it("after compaction, counts read a few rows per status, state, hour and official", async () => {
    // Until the job runs, a read adds every delta written since the last compaction: here all 150,000 letters
    // (the worst case, timed above). The job runs every few seconds; this is what a read costs after it.
    const report = await compactCampaignTallies();
    console.log("[speed] compaction:", report);
    const [rows] = rowsOf<{ n: number }>(
      await getDb().execute(
        sql`select count(*)::int as n from campaign_tallies where campaign_id = ${campaignId}`,
      ),
    );
    // 90 days of hours, 2 statuses, 8 states, a few channel and status pairs, 40 officials.
    expect(Number(rows?.n)).toBeLessThanOrEqual(90 * 24 + 2 + 8 + 10 + 40);
    // What autovacuum does on PostgreSQL after the delete (PGlite has none: the job vacuums there).
    await getDb().execute(sql`vacuum analyze campaign_tally_deltas, campaign_tallies`);
    const statements = dashboardStatements(campaignId, "America/Chicago", since);
    const timings: Record<string, number> = {};
    for (const [name, statement] of Object.entries(statements)) {
      await timed(statement);
      timings[name] = await timed(statement);
    }
    for (const name of ["lettersPerDay", "counts", "lettersByDistrict"]) {
      const statement = statements[name];
      if (!statement) throw new Error(name);
      const text = await plan(statement);
      console.log(`[speed] compacted, plan of ${name}:\n${text}`);
      expect(text).toMatch(/campaign_tallies_campaign_id_metric_key_pk/);
      expect(text).not.toMatch(/Seq Scan on letters/);
    }
    const started = performance.now();
    const dash = await getCampaignDashboard(viewer, campaignId);
    timings.wholeDashboard = Math.round(performance.now() - started);
    console.log("[speed] dashboard queries (ms) at 100,000 letters, compacted:", timings);
    expect(dash.totals.total).toBe(LETTERS);
    expect(dash.failedCount).toBe(LETTERS / 100);
    expect(dash.byDistrict.reduce((sum, d) => sum + d.letters, 0)).toBe(LETTERS);
  }, 120_000);
});
