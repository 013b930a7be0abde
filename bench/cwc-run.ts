/**
 * `npm run bench -- --cwc` (bench/run.ts hands over here): CWC delivery against the fake House and Senate, in
 * process, at the configured rate per chamber (CWC_REQUESTS_PER_SECOND, default 2). 60 letters (by default:
 * BENCH_CWC_LETTERS) to a representative and two senators: 60 House and 120 Senate messages. The budget is 95%
 * of the rate, counted from the fake's arrival times; no second may hold more than the rate at either chamber.
 * Its own PostgreSQL database (chorus_bench_cwc); writes bench/results/cwc.json and cwc.md, never latest.*.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import postgres from "postgres";
import { seedCwcLetters } from "./chaos/cwc-seed";

const LETTERS = Number(process.env.BENCH_CWC_LETTERS ?? 60);
const loadAverageAtStart = os.loadavg();

async function prepareDatabase(): Promise<string> {
  const admin = postgres("postgres://postgres@127.0.0.1:5432/postgres", { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe("drop database if exists chorus_bench_cwc with (force)");
    await admin.unsafe("create database chorus_bench_cwc");
  } finally {
    await admin.end();
  }
  return "postgres://postgres@127.0.0.1:5432/chorus_bench_cwc";
}

const { startFakeCwc } = await import("@/e2e/fakes/fake-cwc");
const fake = await startFakeCwc();
Object.assign(process.env, {
  DATABASE_URL: await prepareDatabase(),
  NODE_ENV: "development",
  CWC_HOUSE_API_KEY: fake.houseKey,
  CWC_HOUSE_BASE_URL: fake.houseBaseUrl,
  CWC_SENATE_API_KEY: fake.senateKey,
  CWC_SENATE_BASE_URL: fake.senateBaseUrl,
  CWC_DELIVERY_AGENT: "Chorus Bench Agent",
  CWC_DELIVERY_AGENT_ACK_EMAIL: "cwc@example.org",
  CWC_DELIVERY_AGENT_CONTACT_NAME: "Casey Operator",
  CWC_DELIVERY_AGENT_CONTACT_EMAIL: "ops@example.org",
  CWC_DELIVERY_AGENT_CONTACT_PHONE: "202-555-0100",
});
const { getConnection, migrateOrExplain, closeConnection } = await import("@/db/client");
const { env } = await import("@/lib/env");
const { dispatchCwc } = await import("@/lib/delivery/cwc/dispatch");
await migrateOrExplain(getConnection(), env.databaseUrl);
const sql = postgres(env.databaseUrl, { max: 2, onnotice: () => {} });
await seedCwcLetters(sql, LETTERS);
await sql.end();

const rate = env.cwcRequestsPerSecond;
const started = Date.now();
const report = await dispatchCwc({ requestsPerSecond: rate, maintenanceWindows: false, budgetMs: 600_000 });
const seconds = (Date.now() - started) / 1000;

function chamberResult(chamber: "house" | "senate") {
  const arrivals = fake.requests
    .filter((r) => r.chamber === chamber && r.method === "POST")
    .map((r) => r.at)
    .sort((a, b) => a - b);
  // n requests paced at `rate` span (n − 1) / rate seconds: the achieved rate over that span.
  const span = ((arrivals.at(-1) ?? 0) - (arrivals[0] ?? 0)) / 1000;
  const achieved = arrivals.length > 1 && span > 0 ? (arrivals.length - 1) / span : 0;
  let busiestSecond = 0;
  for (let i = 0, j = 0; j < arrivals.length; j++) {
    while ((arrivals[j] ?? 0) - (arrivals[i] ?? 0) >= 1000) i++;
    busiestSecond = Math.max(busiestSecond, j - i + 1);
  }
  return {
    messages: arrivals.length,
    accepted: fake.acceptedBy(chamber).length,
    achievedPerSecond: Math.round(achieved * 100) / 100,
    ratio: Math.round((achieved / rate) * 1000) / 1000,
    busiestSecond,
  };
}

const house = chamberResult("house");
const senate = chamberResult("senate");
const ok = [house, senate].every((c) => c.ratio >= 0.95 && c.busiestSecond <= Math.ceil(rate));
const result = {
  ranAt: new Date().toISOString(),
  loadAverageAtStart,
  rate,
  letters: LETTERS,
  seconds: Math.round(seconds * 10) / 10,
  report: { sent: report.sent, handedOff: report.handedOff, retrying: report.retrying },
  house,
  senate,
  ok,
};
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/cwc.json", `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(
  "bench/results/cwc.md",
  `| CWC delivery at ${rate}/s per chamber (${LETTERS} letters × 3 offices) | achieved | busiest second | budget |
|---|---|---|---|
| House (${house.messages} messages) | ${house.achievedPerSecond}/s = ${Math.round(house.ratio * 1000) / 10}% | ${house.busiestSecond} | ≥ 95%, ≤ ${rate} a second ${house.ratio >= 0.95 && house.busiestSecond <= Math.ceil(rate) ? "✓" : "✗"} |
| Senate (${senate.messages} messages) | ${senate.achievedPerSecond}/s = ${Math.round(senate.ratio * 1000) / 10}% | ${senate.busiestSecond} | ≥ 95%, ≤ ${rate} a second ${senate.ratio >= 0.95 && senate.busiestSecond <= Math.ceil(rate) ? "✓" : "✗"} |
`,
);
console.log(JSON.stringify(result, null, 2));
await fake.close();
await closeConnection();
process.exit(ok ? 0 : 1);
