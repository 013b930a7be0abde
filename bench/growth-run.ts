/**
 * `npm run bench -- --growth` (bench/run.ts hands over here): only the growth part of issue 9, item 4, in process,
 * for working on it without the HTTP scenarios and their build:
 * 1. the campaign page's queries, the lookup and the organizer dashboard with 10 and with 100,000 letters
 *    (bench/growth.ts seeds, bench/growth-data.ts times; the large campaign also with a tail of tally deltas
 *    not yet compacted);
 * 2. what the tallies' triggers cost letter submission: bench/data-layer.ts's submission (2,000 letters, 50 at
 *    once) alternately with the triggers on and off (ALTER TABLE … DISABLE TRIGGER), ROUNDS times each, so both
 *    sides see the same machine.
 * Its own database (DATABASE_URL when it names PostgreSQL, else a fresh `chorus_bench_growth`); writes
 * bench/results/growth.json and growth.md, never latest.*.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import postgres from "postgres";

const ROUNDS = Number(process.env.BENCH_GROWTH_ROUNDS ?? 3);
const loadAverageAtStart = os.loadavg();

async function prepareDatabase(): Promise<string> {
  const given = process.env.DATABASE_URL;
  if (given?.startsWith("postgres")) return given;
  const admin = postgres("postgres://postgres@127.0.0.1:5432/postgres", { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe("drop database if exists chorus_bench_growth with (force)");
    await admin.unsafe("create database chorus_bench_growth");
  } finally {
    await admin.end();
  }
  return "postgres://postgres@127.0.0.1:5432/chorus_bench_growth";
}

const databaseUrl = await prepareDatabase();
process.env.DATABASE_URL = databaseUrl;
Object.assign(process.env, { NODE_ENV: "development" });
delete process.env.RESEND_API_KEY;

const { getConnection, getDb, migrateOrExplain, closeConnection } = await import("@/db/client");
const { seedDemo } = await import("@/db/seed");
const { importOfficials } = await import("@/lib/officials/import");
const { sql } = await import("drizzle-orm");
console.log("bench growth: preparing the database (migrations, officials, demo)…");
await migrateOrExplain(getConnection(), databaseUrl);
await importOfficials(getDb());
await seedDemo(getDb());
const { getBoss, stopBoss } = await import("@/lib/jobs/boss");
await getBoss("client");

function child(script: string) {
  const run = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", script], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    maxBuffer: 10_000_000,
  });
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  return JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}");
}

console.log("bench growth: seeding 10 and 100,000 letters…");
const { seedGrowth, GROWTH_SIZES } = await import("./growth");
const seeded = await seedGrowth();
console.log(`bench growth: seeded in ${seeded.seconds.toFixed(1)} s; timing…`);
type Timing = { samples: number; p50Ms: number; p99Ms: number };
type Sizes = { page: Timing; lookup: Timing; dashboard: Timing; countsDirect: Timing; countsTallies: Timing };
const growth: {
  small: Sizes;
  large: Sizes;
  largeWithTail: Sizes & { tailLetters: number; tailDeltas: number };
} = child("bench/growth-data.ts");

const TRIGGERS = [
  "letters letters_tally_insert",
  "letters letters_tally_update",
  "letters letters_tally_delete",
  "deliveries deliveries_tally_insert",
  "deliveries deliveries_tally_update",
  "deliveries deliveries_tally_delete",
  "campaign_supporters campaign_supporters_tally_insert",
  "campaign_supporters campaign_supporters_tally_update",
  "campaign_supporters campaign_supporters_tally_delete",
];
async function setTriggers(on: boolean) {
  for (const entry of TRIGGERS) {
    const [table, trigger] = entry.split(" ");
    await getDb().execute(sql.raw(`alter table ${table} ${on ? "enable" : "disable"} trigger ${trigger}`));
  }
}
type Submit = { letters: number; perSecond: number; p50Ms: number; p99Ms: number; errors: number };
const submits: { on: Submit[]; off: Submit[] } = { on: [], off: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const on of round % 2 === 0 ? [true, false] : [false, true]) {
    await setTriggers(on);
    console.log(`bench growth: submission, round ${round + 1}, triggers ${on ? "on" : "off"}…`);
    const result = child("bench/data-layer.ts");
    (on ? submits.on : submits.off).push(result.submit);
  }
}
await setTriggers(true);
await stopBoss({ graceful: false, timeoutMs: 2000 });
await closeConnection();

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const ratio = (a: { p50Ms: number }, b: { p50Ms: number }) => (b.p50Ms > 0 ? a.p50Ms / b.p50Ms : 0);
const results = {
  measuredAt: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model ?? "",
    node: process.version,
    loadAverageAtStart,
    loadAverageAtEnd: os.loadavg(),
  },
  sizes: GROWTH_SIZES,
  seedSeconds: seeded.seconds,
  ...growth,
  ratios: {
    pageQueriesP50: ratio(growth.large.page, growth.small.page),
    lookupP50: ratio(growth.large.lookup, growth.small.lookup),
    dashboardP50: ratio(growth.large.dashboard, growth.small.dashboard),
    pageQueriesWithTailP50: ratio(growth.largeWithTail.page, growth.small.page),
    dashboardWithTailP50: ratio(growth.largeWithTail.dashboard, growth.small.dashboard),
    countsDirectP50: ratio(growth.large.countsDirect, growth.small.countsDirect),
    countsTalliesP50: ratio(growth.large.countsTallies, growth.small.countsTallies),
    countsTalliesWithTailP50: ratio(growth.largeWithTail.countsTallies, growth.small.countsTallies),
  },
  submit: {
    rounds: ROUNDS,
    on: submits.on,
    off: submits.off,
    medianPerSecondOn: median(submits.on.map((s) => s.perSecond)),
    medianPerSecondOff: median(submits.off.map((s) => s.perSecond)),
    medianP50On: median(submits.on.map((s) => s.p50Ms)),
    medianP50Off: median(submits.off.map((s) => s.p50Ms)),
  },
};
const f = (n: number, digits = 1) => n.toFixed(digits);
const g = results;
const cell = (m: { p50Ms: number; p99Ms: number }, digits = 2) =>
  `${f(m.p50Ms, digits)} / ${f(m.p99Ms, digits)}`;
const load = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(", ");
const md = `Measured ${g.measuredAt} on ${g.machine.cpus} × ${g.machine.model}, Node ${g.machine.node}, PostgreSQL, in process (\`npm run bench -- --growth\`). Load average (1, 5, 15 min) at the start: ${load(g.machine.loadAverageAtStart)}; at the end: ${load(g.machine.loadAverageAtEnd)}. The machine is shared: compare the ratios, which come from the same run.

The same campaign with ${g.sizes.small} and ${g.sizes.large.toLocaleString("en-US")} letters (each a supporter, with 2 deliveries; seeded in ${f(g.seedSeconds)} s, then the tallies compacted). p50 / p99 (ms); ratio = large p50 / small p50:

| measured | ${g.sizes.small} letters | ${g.sizes.large.toLocaleString("en-US")} letters | ratio | ${g.sizes.large.toLocaleString("en-US")} + ${growth.largeWithTail.tailLetters.toLocaleString("en-US")} not yet compacted (${growth.largeWithTail.tailDeltas.toLocaleString("en-US")} deltas) | ratio |
|---|---|---|---|---|---|
| campaign page queries (all of them, at once; counts without their 15 s memo) | ${cell(g.small.page)} | ${cell(g.large.page)} | ${f(g.ratios.pageQueriesP50, 2)} | ${cell(growth.largeWithTail.page)} | ${f(g.ratios.pageQueriesWithTailP50, 2)} |
| lookup for the campaign (ZIP, letter setup, targets) | ${cell(g.small.lookup)} | ${cell(g.large.lookup)} | ${f(g.ratios.lookupP50, 2)} | | |
| organizer dashboard (getCampaignDashboard) | ${cell(g.small.dashboard, 1)} | ${cell(g.large.dashboard, 1)} | ${f(g.ratios.dashboardP50, 2)} | ${cell(growth.largeWithTail.dashboard, 1)} | ${f(g.ratios.dashboardWithTailP50, 2)} |
| the page's and dashboard's counts only, from the tallies (per day, status, state, delivery status, district, joined) | ${cell(g.small.countsTallies)} | ${cell(g.large.countsTallies)} | ${f(g.ratios.countsTalliesP50, 2)} | ${cell(growth.largeWithTail.countsTallies)} | ${f(g.ratios.countsTalliesWithTailP50, 2)} |
| the same counts read straight from the rows, as before the tallies (for comparison) | ${cell(g.small.countsDirect)} | ${cell(g.large.countsDirect)} | ${f(g.ratios.countsDirectP50, 2)} | | |

Letter submission through the data layer (2,000 letters, 50 at once; bench/data-layer.ts), the tallies' triggers on and off in alternation, ${ROUNDS} rounds each:

| triggers | letters/s, each round | median letters/s | median p50 |
|---|---|---|---|
| on | ${g.submit.on.map((s) => f(s.perSecond)).join(", ")} | ${f(g.submit.medianPerSecondOn)} | ${f(g.submit.medianP50On)} ms |
| off | ${g.submit.off.map((s) => f(s.perSecond)).join(", ")} | ${f(g.submit.medianPerSecondOff)} | ${f(g.submit.medianP50Off)} ms |
`;
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/growth.json", `${JSON.stringify(results, null, 2)}\n`);
writeFileSync("bench/results/growth.md", md);
console.log(md);
process.exit(0);
