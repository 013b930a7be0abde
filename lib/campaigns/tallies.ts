/**
 * Campaign tallies (issue 9, item 4): the counts behind the campaign page and the organizer dashboard, read in
 * time that does not grow with the campaign's letters (db/schema/tallies.ts; triggers in migration
 * 0013_campaign_tallies keep them as rows change).
 *
 * A read adds the compacted rows (`campaign_tallies`) and the deltas not yet compacted
 * (`campaign_tally_deltas`) in one statement, so it sees one snapshot: exact whether or not the compaction job
 * has run, and whatever moved (statuses, deletions, people leaving). Its cost is the campaign's tally rows (a
 * few per status and state, one per hour written in the range read, one per official) plus the deltas written
 * since the last compaction, which the job keeps to a few seconds' worth.
 *
 * Not marked server-only: the job worker (lib/jobs/worker.ts) compacts.
 */
import { type SQL, sql } from "drizzle-orm";
import { type Executor, getConnection, getDb, rowsOf } from "@/db/client";

export type TallyMetric =
  | "letters_status"
  | "letters_state"
  | "letters_hour"
  | "deliveries"
  | "deliveries_official"
  | "supporters"
  // Call outcomes (lib/calls/counts.ts; triggers in migration 0023_calls).
  | "calls_step"
  | "calls_official"
  | "calls_outcome"
  | "calls_hour";

/**
 * One campaign's tally rows of the given metrics, compacted and live added up: (metric, key, n), zeros left out.
 * `keyFrom` keeps keys at or after it (hours: a range of the primary key and of the deltas' index).
 */
export function talliesSql(campaignId: string, metrics: TallyMetric[], keyFrom?: string | SQL): SQL {
  const list = sql.join(
    metrics.map((metric) => sql`${metric}`),
    sql`, `,
  );
  const from = keyFrom === undefined ? sql`` : sql` and key >= ${keyFrom}`;
  return sql`
    select metric, key, sum(n)::bigint as n
    from (
      select metric, key, n from campaign_tallies
        where campaign_id = ${campaignId} and metric in (${list})${from}
      union all
      select metric, key, n from campaign_tally_deltas
        where campaign_id = ${campaignId} and metric in (${list})${from}
    ) t
    group by metric, key
    having sum(n) <> 0`;
}

export type Tallies = Record<TallyMetric, Map<string, number>>;

/** The campaign's tallies of those metrics (a metric with nothing counted is an empty map). */
export async function readTallies(
  campaignId: string,
  metrics: TallyMetric[],
  executor: Executor = getDb(),
): Promise<Tallies> {
  const rows = rowsOf<{ metric: TallyMetric; key: string; n: number | string }>(
    await executor.execute(talliesSql(campaignId, metrics)),
  );
  const tallies = {} as Tallies;
  for (const metric of metrics) tallies[metric] = new Map();
  for (const row of rows) tallies[row.metric]?.set(row.key, Number(row.n));
  return tallies;
}

/** Compactions run one at a time (a second waits, then finds only what came after). */
const COMPACT_LOCK = sql`select pg_advisory_xact_lock(hashtext('chorus.campaign-tallies'))`;

export type CompactReport = { deltas: number; keys: number };

/**
 * Moves every committed delta into campaign_tallies, in one transaction: a reader sees the deltas or their sum,
 * never both or neither. Deltas of transactions still open are not visible to the delete, so they stay for
 * the next run. Keys are upserted in order, so two compactions cannot deadlock on them even without the lock.
 */
export async function compactCampaignTallies(): Promise<CompactReport> {
  const report = await compactInTransaction();
  // PGlite runs no autovacuum: without this, the index of a delta table that churns keeps every dead entry.
  if (report.deltas >= PGLITE_VACUUM_AFTER && getConnection().kind === "pglite") {
    await getDb().execute(sql`vacuum campaign_tally_deltas`);
  }
  return report;
}

const PGLITE_VACUUM_AFTER = 10_000;

async function compactInTransaction(): Promise<CompactReport> {
  return getDb().transaction(async (tx) => {
    await tx.execute(COMPACT_LOCK);
    const [row] = rowsOf<{ deltas: number | string; keys: number | string }>(
      await tx.execute(sql`
        with moved as (
          delete from campaign_tally_deltas returning campaign_id, metric, key, n
        ),
        summed as (
          select campaign_id, metric, key, sum(n)::bigint as n from moved
          group by campaign_id, metric, key
          having sum(n) <> 0
        ),
        upserted as (
          insert into campaign_tallies as t (campaign_id, metric, key, n)
          select campaign_id, metric, key, n from summed order by campaign_id, metric, key
          on conflict (campaign_id, metric, key) do update set n = t.n + excluded.n
          returning 1
        )
        select (select count(*) from moved) as deltas, (select count(*) from upserted) as keys`),
    );
    return { deltas: Number(row?.deltas ?? 0), keys: Number(row?.keys ?? 0) };
  });
}
