/**
 * Growth timings in process (run by bench/run.ts with --conditions=react-server after bench/growth.ts seeded
 * `bench-small` and `bench-large`): the campaign page's queries, the campaign lookup and the organizer
 * dashboard, each on both campaigns, and on the large one with a tail of uncompacted tally deltas. Prints one
 * JSON line.
 */
import { eq, sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import { campaigns, users } from "@/db/schema";
import { DEMO_ORGANIZER_EMAIL } from "@/db/seed";
import { listPublicResources, listPublicVoices } from "@/lib/campaigns/content";
import { findPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { compactCampaignTallies, readTallies } from "@/lib/campaigns/tallies";
import { findLetterSetup } from "@/lib/letters/setup";
import { resolveTargets } from "@/lib/letters/targets";
import { findOfficialsByZip } from "@/lib/officials/lookup";
import { dashboardStatements, getCampaignDashboard } from "@/lib/organize/dashboard";
import { campaignPledgeTotals, listCampaignOptions } from "@/lib/pledges/options";
import { percentile } from "./db";
import { fill } from "./growth";

async function timed(samples: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { samples, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) };
}

const [organizer] = await getDb()
  .select({ id: users.id, email: users.email, name: users.name })
  .from(users)
  .where(eq(users.email, DEMO_ORGANIZER_EMAIL));
if (!organizer) throw new Error("the demo organizer is missing");

async function measure(slug: string) {
  const campaign = await findPublicCampaignBySlug(slug);
  if (!campaign) throw new Error(`no campaign ${slug}`);
  const id = campaign.id;
  const page = await timed(200, () =>
    Promise.all([
      findPublicCampaignBySlug(slug),
      findLetterSetup(slug),
      listCampaignOptions(id),
      campaignPledgeTotals(id),
      listPublicResources(id),
      listPublicVoices(id),
      // campaignCounts' read without its 15-second memo (lib/campaigns/join.ts).
      readTallies(id, ["supporters", "letters_status"]),
    ]),
  );
  const lookup = await timed(500, async () => {
    const result = await findOfficialsByZip("60623");
    const setup = await findLetterSetup(slug);
    if (setup) resolveTargets(setup.rules, result, null);
  });
  const dashboard = await timed(30, () =>
    getCampaignDashboard(
      { id: organizer?.id ?? "", email: organizer?.email ?? "", name: organizer?.name ?? null },
      id,
    ),
  );
  // The counts alone, both ways, in this same run: as they were counted before the tallies (straight from
  // letters, deliveries and supporters; the statements of commit 7041f1b) and from the tallies now.
  const tz = "America/New_York";
  const since = new Date(Date.now() - 120 * 24 * 3_600_000);
  const countsDirect = await timed(30, () =>
    Promise.all(directCountStatements(id, tz, since).map((q) => getDb().execute(q))),
  );
  const tallied = dashboardStatements(id, tz, since);
  const countsTallies = await timed(30, () =>
    Promise.all([
      getDb().execute(tallied.lettersPerDay ?? sql``),
      getDb().execute(tallied.counts ?? sql``),
      getDb().execute(tallied.lettersByDistrict ?? sql``),
      readTallies(id, ["supporters", "letters_status"]),
    ]),
  );
  return { page, lookup, dashboard, countsDirect, countsTallies };
}

/** The page's and the dashboard's counts as they were read before the tallies, for comparison. */
function directCountStatements(id: string, tz: string, since: Date) {
  return [
    sql`
      with bounds as (
        select greatest((now() at time zone ${tz})::date - 59, (${since.toISOString()}::timestamptz at time zone ${tz})::date) as first_day,
               (now() at time zone ${tz})::date as last_day
      ),
      counted as (
        select (l.created_at at time zone ${tz})::date as day, count(*)::int as n
        from letters l, bounds b
        where l.campaign_id = ${id} and l.created_at >= (b.first_day::timestamp at time zone ${tz})
        group by 1
      )
      select to_char(d, 'YYYY-MM-DD') as day, coalesce(c.n, 0)::int as letters
      from bounds b cross join generate_series(b.first_day::timestamp, b.last_day::timestamp, interval '1 day') d
      left join counted c on c.day = d::date order by d`,
    sql`select count(*)::int, (count(*) filter (where status = 'confirmed'))::int,
          (count(*) filter (where status = 'awaiting_confirmation'))::int from letters where campaign_id = ${id}`,
    sql`select d.channel, d.status, count(*)::int from deliveries d join letters l on l.id = d.letter_id
          where l.campaign_id = ${id} group by d.channel, d.status order by d.channel, d.status`,
    sql`select state, count(*)::int from letters where campaign_id = ${id} group by state order by count(*) desc, state`,
    sql`select o.state, o.district, count(*)::int from deliveries d join letters l on l.id = d.letter_id
          join officials o on o.id = d.official_id
          where l.campaign_id = ${id} and o.level = 'federal' and o.chamber = 'house'
          group by o.state, o.district order by count(*) desc, o.state, o.district`,
    sql`select (select count(*)::int from campaign_supporters where campaign_id = ${id} and left_at is null),
          (select count(*)::int from letters where campaign_id = ${id} and status = 'confirmed')`,
  ];
}

const small = await measure("bench-small");
const large = await measure("bench-large");

// The large campaign again with a tail of deltas the job has not folded in yet: TAIL letters (each a supporter
// with two deliveries: 8 deltas), about 7 s of letters at 300 a second, the most a 5 s compaction leaves
// behind at that rate. Then compacted, as the job would.
const TAIL = 2000;
const [largeRow] = await getDb()
  .select({ id: campaigns.id })
  .from(campaigns)
  .where(eq(campaigns.slug, "bench-large"));
await fill(largeRow?.id ?? "", TAIL, "gt-");
const [tailRows] = rowsOf<{ n: number }>(
  await getDb().execute(sql`select count(*)::int as n from campaign_tally_deltas`),
);
const largeWithTail = {
  ...(await measure("bench-large")),
  tailLetters: TAIL,
  tailDeltas: Number(tailRows?.n ?? 0),
};
await compactCampaignTallies();
console.log(JSON.stringify({ small, large, largeWithTail }));
process.exit(0);
