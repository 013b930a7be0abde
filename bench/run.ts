/**
 * `npm run bench`: measures Chorus on this machine and writes bench/results/latest.json and latest.md.
 *
 * Measured now (on PostgreSQL): the in-process ZIP lookup, letter submission through the data layer (the
 * transaction, the unique index, the job), email delivery of 10,000 letters to the fake Resend allowing
 * 2 requests/s and 100 emails per batch, and over HTTP against `next build` + `next start` on loopback
 * (bench/http.ts): GET /api/officials?zip= and POST /api/campaigns/demo/letters. Not yet measured: the campaign
 * page, page JavaScript and Lighthouse (issue 9).
 *
 * BENCH_SKIP_BUILD=1 reuses an existing .next build (it must be of the current code).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { prepareBenchDatabase } from "./db";

const databaseUrl = await prepareBenchDatabase();
process.env.DATABASE_URL = databaseUrl;
Object.assign(process.env, { NODE_ENV: "development" });
delete process.env.RESEND_API_KEY;

const { getConnection, migrateOrExplain, closeConnection, getDb } = await import("@/db/client");
const { campaigns, deliveries, letters, users } = await import("@/db/schema");
const { seedDemo } = await import("@/db/seed");
const { importOfficials } = await import("@/lib/officials/import");
const { eq } = await import("drizzle-orm");

console.log("bench: preparing the database (migrations, officials, demo)…");
await migrateOrExplain(getConnection(), databaseUrl);
await importOfficials(getDb());
await seedDemo(getDb());
// pg-boss's schema, so submissions can enqueue their jobs (no worker runs during the bench).
const { getBoss, stopBoss } = await import("@/lib/jobs/boss");
await getBoss("client");

console.log("bench: ZIP lookup and letter submission (data layer)…");
const child = spawnSync(
  process.execPath,
  ["--conditions=react-server", "--import", "tsx", "bench/data-layer.ts"],
  {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    maxBuffer: 10_000_000,
  },
);
if (child.status !== 0) {
  console.error(child.stderr);
  process.exit(1);
}
const dataLayer = JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}");

console.log("bench: HTTP against next start (next build first)…");
const { benchOfficials, benchSubmit, buildApp, startServer } = await import("./http");
buildApp();
const server = await startServer(databaseUrl);
const HTTP_CONNECTIONS = 20;
const officialsHttp = await benchOfficials(10, HTTP_CONNECTIONS);
const lettersBefore = await getDb().$count(letters);
const submitHttp = await benchSubmit(10, HTTP_CONNECTIONS);
const lettersWritten = (await getDb().$count(letters)) - lettersBefore;
await server.stop();
const http = {
  serverProcesses: server.processes,
  officials: officialsHttp,
  // Every 2xx answer must be a letter in the database; anything else counts as errors above.
  submit: { ...submitHttp, lettersWritten },
};

console.log("bench: delivering 10,000 letters to the fake Resend (2 requests/s, 100 per batch)…");
const TOTAL = 10_000;
const [demo] = await getDb().select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, "demo"));
await getDb().delete(deliveries);
// This measures the provider's pace (Resend's request rate), so the demo campaign's per-target cap is lifted.
await getDb()
  .update(campaigns)
  .set({ deliveryDailyCap: null })
  .where(eq(campaigns.id, demo?.id ?? ""));
for (let offset = 0; offset < TOTAL; offset += 1000) {
  const people = await getDb()
    .insert(users)
    .values(Array.from({ length: 1000 }, (_, i) => ({ email: `deliver-${offset + i}@example.org` })))
    .returning({ id: users.id, email: users.email });
  const rows = await getDb()
    .insert(letters)
    .values(
      people.map((p) => ({
        campaignId: demo?.id ?? "",
        supporterId: p.id,
        status: "confirmed" as const,
        subject: "Please guarantee a right to counsel",
        body: "Dear {{official.title}} {{official.last_name}},\n\nPlease guarantee a right to counsel.",
        personalizationScore: 0.2,
        firstName: "Bench",
        lastName: "Writer",
        email: p.email,
        state: "IL",
        zip: "60623",
      })),
    )
    .returning({ id: letters.id });
  await getDb()
    .insert(deliveries)
    .values(
      rows.map((l) => ({
        letterId: l.id,
        targetKey: "custom:council",
        targetName: "City Council",
        targetEmail: "city-council@example.org",
        channel: "email" as const,
        status: "queued" as const,
      })),
    );
}
const { startFakeResend } = await import("@/e2e/fakes/fake-resend");
const fake = await startFakeResend({ requestsPerSecond: 2 });
process.env.RESEND_API_KEY = "re_bench";
process.env.RESEND_BASE_URL = fake.url;
const { reloadEnv } = await import("@/lib/env");
reloadEnv();
const { dispatchLetterEmails } = await import("@/lib/delivery/dispatch");
const started = performance.now();
const report = await dispatchLetterEmails({ requestsPerSecond: 2, budgetMs: 600_000 });
const seconds = (performance.now() - started) / 1000;
const deliveryIds = fake.emails.map((e) => e.headers?.["X-Chorus-Delivery"] ?? "");
const delivery = {
  letters: TOTAL,
  seconds,
  emailsPerSecond: fake.emails.length / seconds,
  ceilingPerSecond: 200,
  ratioToCeiling: fake.emails.length / seconds / 200,
  requests: fake.requests.length,
  refused429: fake.requests.filter((r) => r.status === 429).length,
  accepted: fake.emails.length,
  duplicates: deliveryIds.length - new Set(deliveryIds).size,
  report,
};
await fake.close();
await stopBoss({ graceful: false, timeoutMs: 2000 });
await closeConnection();

const results = {
  measuredAt: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model ?? "",
    node: process.version,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  },
  database: databaseUrl.replace(/\/\/([^:/@]+)(:[^@]*)?@/, "//$1@"),
  ...dataLayer,
  http,
  delivery,
};
const f = (n: number, digits = 1) => n.toFixed(digits);
const md = `| scenario | result | p50 | p99 | errors | budget |
|---|---|---|---|---|---|
| ZIP lookup, in process (${results.lookup.samples} lookups, 12 ZIPs) | — | ${f(results.lookup.p50Ms, 2)} ms | ${f(results.lookup.p99Ms, 2)} ms | — | p99 ≤ 1 ms |
| letter submission, data layer (${results.submit.letters} letters, ${results.submit.concurrency} at once) | ${f(results.submit.perSecond)} letters/s | ${f(results.submit.p50Ms)} ms | ${f(results.submit.p99Ms)} ms | ${results.submit.errors} | ≥ 300/s, p99 ≤ 200 ms (the HTTP row is the target) |
| GET /api/officials?zip= over HTTP (${http.officials.requests} requests, 12 ZIPs, ${http.officials.connections} connections, ${http.serverProcesses} server process) | ${f(http.officials.perSecond)} req/s | ${f(http.officials.p50Ms)} ms | ${f(http.officials.p99Ms)} ms | ${http.officials.errors} | ≥ 2,000 req/s |
| letter submission over HTTP, each a new supporter (${http.submit.requests} requests, ${http.submit.connections} connections; ${http.submit.lettersWritten} letters written) | ${f(http.submit.perSecond)} req/s | ${f(http.submit.p50Ms)} ms | ${f(http.submit.p99Ms)} ms | ${http.submit.errors} | ≥ 300 req/s, p99 ≤ 200 ms, no errors |
| delivery of ${TOTAL} letters, fake Resend at 2 req/s × 100 | ${f(delivery.seconds)} s, ${f(delivery.emailsPerSecond)} emails/s (${f(delivery.ratioToCeiling * 100)}% of 200/s) | — | — | ${delivery.refused429} × 429, ${delivery.duplicates} duplicates | ≤ 60 s, ≥ 95% |
`;
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/latest.json", `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(
  "bench/results/latest.md",
  `Measured ${results.measuredAt} on ${results.machine.cpus} × ${results.machine.model}, Node ${results.machine.node}, PostgreSQL.\n\n${md}`,
);
console.log(md);
process.exit(0);
