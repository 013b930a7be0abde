/**
 * Growth timings in process (run by bench/run.ts with --conditions=react-server after bench/growth.ts seeded
 * `bench-small` and `bench-large`): the campaign page's queries, the campaign lookup and the organizer
 * dashboard, each on both campaigns. Prints one JSON line.
 */
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { DEMO_ORGANIZER_EMAIL } from "@/db/seed";
import { listPublicResources, listPublicVoices } from "@/lib/campaigns/content";
import { findPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { findLetterSetup } from "@/lib/letters/setup";
import { resolveTargets } from "@/lib/letters/targets";
import { findOfficialsByZip } from "@/lib/officials/lookup";
import { getCampaignDashboard } from "@/lib/organize/dashboard";
import { campaignPledgeTotals, listCampaignOptions } from "@/lib/pledges/options";
import { percentile } from "./db";

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
      // campaignCounts' statement without its 15-second memo (lib/campaigns/join.ts).
      getDb().execute(sql`
        select
          (select count(*)::int from campaign_supporters where campaign_id = ${id} and left_at is null) as joined,
          (select count(*)::int from letters where campaign_id = ${id} and status = 'confirmed') as letters`),
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
  return { page, lookup, dashboard };
}

const small = await measure("bench-small");
const large = await measure("bench-large");
console.log(JSON.stringify({ small, large }));
process.exit(0);
