/**
 * `npm run bench`: measures Chorus on this machine and writes bench/results/latest.json and latest.md (issue 9).
 *
 * On PostgreSQL (DATABASE_URL, or a fresh `chorus_bench` on the local server): the in-process ZIP lookup and
 * letter submission through the data layer; then production Chorus (`next build` into .next-bench, started as
 * `npm start` does: edge/launcher.ts with its page cache) on loopback, driven by autocannon with a warm-up
 * before each 10 s scenario: a. the limit, a bare node:http server answering with the exact bytes of the
 * rendered demo page; b. the campaign page (from the cache, and rendered by Next each time); c. GET
 * /api/officials over 500 ZIPs (and every URL new, so every request misses the cache); d. letter submission,
 * each request a new supporter; f. the page's JavaScript (gzipped) as a signed-out visitor gets it (npm start's
 * lite page, edge/lite-page.ts), Next's page for a signed-in one beside it, and a Lighthouse mobile run of
 * the signed-out page; growth: the
 * page, the lookup and the organizer dashboard with 10 and with 100,000 letters; e. delivery of 10,000 letters
 * to the fake Resend allowing 2 requests/s and 100 emails per batch.
 *
 * `npm run bench -- --growth` runs only the growth part, in process and without a build (bench/growth-run.ts:
 * 10 vs 100,000 letters, also with a tail of tally deltas not yet compacted, and letter submission with the
 * tallies' triggers on and off in alternation); it writes bench/results/growth.md and .json, never latest.*.
 *
 * BENCH_SKIP_BUILD=1 reuses an existing .next-bench build (it must be of the current code).
 * BENCH_WEB_CONCURRENCY sets the web processes (default 1: on 2 cores, autocannon and PostgreSQL need the other
 * core; 2 processes measured slower here, see README).
 * BENCH_PIN=0: do not pin (by default, with taskset and 2+ cores, the servers run on core 0 and autocannon on 1).
 * BENCH_CPU_PROF=DIR: the web server runs with `node --cpu-prof`, its profile written to DIR when it stops (read it
 * with `tsx bench/cpu-profile.ts DIR/*.cpuprofile`; the profiler slows the server, so compare no numbers).
 *
 * `npm run bench -- --only d` (or `--only b,d`; keys: data, a, b, c, d, f) runs only those scenarios, for working on
 * one of them: the database and build are prepared as usual, and the rows go to bench/results/partial-KEYS.md
 * and .json (not committed), never to latest.*.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { prepareBenchDatabase } from "./db";

// Only the growth part: bench/growth-run.ts runs it and exits.
if (process.argv.includes("--growth")) await import("./growth-run");
// Only CWC delivery (Congress) against its fake, at the configured rate: bench/cwc-run.ts runs it and exits.
if (process.argv.includes("--cwc")) await import("./cwc-run");

const loadAverageAtStart = os.loadavg();
const ONLY_KEYS = ["data", "a", "b", "c", "d", "f"];
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt === -1 ? null : new Set((process.argv[onlyAt + 1] ?? "").split(",").filter(Boolean));
if (only && (only.size === 0 || [...only].some((key) => !ONLY_KEYS.includes(key)))) {
  console.error(`--only takes a comma-separated list of: ${ONLY_KEYS.join(", ")}`);
  process.exit(2);
}
const runs = (key: string) => only === null || only.has(key);
const databaseUrl = await prepareBenchDatabase();
process.env.DATABASE_URL = databaseUrl;
Object.assign(process.env, { NODE_ENV: "development" });
delete process.env.RESEND_API_KEY;

const { getConnection, migrateOrExplain, closeConnection, getDb } = await import("@/db/client");
const { campaigns, deliveries, letters, sessions, users } = await import("@/db/schema");
const { rowsOf } = await import("@/db/client");
const { seedDemo } = await import("@/db/seed");
const { importOfficials } = await import("@/lib/officials/import");
const { eq, sql } = await import("drizzle-orm");
/** How many ZIPs GET /api/officials is asked about (a spread over the country, the same each run). */
const ZIP_SPREAD = 500;

console.log("bench: preparing the database (migrations, officials, demo)…");
await migrateOrExplain(getConnection(), databaseUrl);
await importOfficials(getDb());
await seedDemo(getDb());
// pg-boss's schema, so submissions can enqueue their jobs (no worker runs during the bench).
const { getBoss, stopBoss } = await import("@/lib/jobs/boss");
await getBoss("client");

function runDataLayer() {
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
  return JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}");
}
const dataLayer = runs("data") ? runDataLayer() : null;

console.log("bench: building and starting production Chorus (npm start's launcher with its page cache)…");
const {
  benchGet,
  benchFormSubmit,
  benchSubmit,
  buildApp,
  fetchPage,
  lighthouse,
  PINNED,
  pageScripts,
  pinLoadGenerator,
  startBareServer,
  startServer,
} = await import("./http");
buildApp();
pinLoadGenerator();
const server = await startServer(databaseUrl, { workers: Number(process.env.BENCH_WEB_CONCURRENCY ?? 1) });
const PAGE = "/campaigns/demo";
const SECONDS = 10;
const PAGE_CONNECTIONS = 50;
const page = await fetchPage(PAGE);
if (page.status !== 200) throw new Error(`${PAGE} answered ${page.status}`);

/**
 * f: the JavaScript of the campaign page as a signed-out visitor's browser gets it (npm start's lite page), and
 * as Next renders it for a signed-in supporter (a real session: React, the router and the page's components).
 */
async function measureFrontEnd() {
  const signedOut = await fetchPage(PAGE);
  const javascript = await pageScripts(signedOut.body.toString("utf8"));
  const [person] = await getDb()
    .insert(users)
    .values({ email: `bench-signed-in-${Date.now()}@example.org`, name: "Bench Reader" })
    .returning({ id: users.id });
  const token = `bench-${crypto.randomUUID()}`;
  await getDb()
    .insert(sessions)
    .values({ sessionToken: token, userId: person?.id ?? "", expires: new Date(Date.now() + 3_600_000) });
  const signedIn = await fetchPage(PAGE, { cookie: `authjs.session-token=${token}` });
  if (signedIn.status !== 200 || signedIn.lite) throw new Error(`${PAGE} signed in: ${signedIn.status}`);
  const signedInJavascript = await pageScripts(signedIn.body.toString("utf8"));
  // The floor every Next page pays (React DOM, Next's router, the bundler's runtime): a page with no component
  // of its own.
  const floorPage = await fetchPage("/account-deleted");
  const frameworkFloor = await pageScripts(floorPage.body.toString("utf8"));
  return { servedLite: signedOut.lite, javascript, signedInJavascript, frameworkFloor };
}
type FrontEnd = Awaited<ReturnType<typeof measureFrontEnd>>;
const frontEndRows = (fe: FrontEnd) => {
  const kib = (bytes: number) => (bytes / 1024).toFixed(1);
  const js = fe.javascript;
  const signedIn = fe.signedInJavascript;
  const served = fe.servedLite
    ? "npm start's lite page: no React, public/enhance.js"
    : "Next's page (the lite page is off)";
  return [
    `| f. campaign page JavaScript, signed out, as the browser gets it (${served}; ${js.files.length} script file${js.files.length === 1 ? "" : "s"}, gzip -9) | ${kib(js.gzipBytes)} KiB gzipped (${kib(js.bytes)} KiB raw); inline scripts ${kib(js.inlineGzipBytes)} KiB gzipped | ≤ 100 KiB ${js.gzipBytes <= 100 * 1024 ? "✔" : "✘"} |`,
    `| f. the same page signed in, rendered by Next with React (${signedIn.files.length} script files; the noModule polyfills skipped) | ${kib(signedIn.gzipBytes)} KiB gzipped (${kib(signedIn.bytes)} KiB raw); inline flight data ${kib(signedIn.inlineGzipBytes)} KiB gzipped. Of it, the floor of any Next page here (/account-deleted): ${kib(fe.frameworkFloor.gzipBytes)} KiB | (for comparison) |`,
  ];
};

if (only) {
  // A partial run: only the scenarios asked for, with the same settings as the full run below.
  const rows: string[] = [];
  const partial: Record<string, unknown> = {};
  const line = (label: string, r: Awaited<ReturnType<typeof benchGet>>) =>
    `| ${label} (${r.requests} requests, ${r.connections} connections) | ${r.perSecond.toFixed(1)} | ${r.p50Ms.toFixed(1)} ms | ${r.p99Ms.toFixed(1)} ms | ${r.errors} | ${r.serverCpuMsPerRequest?.toFixed(2) ?? "—"} |`;
  if (only.has("a")) {
    const bare = await startBareServer(page.body);
    const limit = await benchGet("bare", [PAGE], {
      seconds: SECONDS,
      connections: PAGE_CONNECTIONS,
      url: bare.url,
    });
    await bare.stop();
    partial.limit = limit;
    rows.push(line("a. bare node:http server, the demo page's bytes", limit));
  }
  if (only.has("b")) {
    const cached = await benchGet("cached", [PAGE], { seconds: SECONDS, connections: PAGE_CONNECTIONS });
    const rendered = await benchGet("rendered", [PAGE], {
      seconds: SECONDS,
      connections: PAGE_CONNECTIONS,
      headers: { cookie: "authjs.session-token=bench-not-a-session" },
    });
    Object.assign(partial, { campaignPage: cached, campaignPageRendered: rendered });
    rows.push(line(`b. GET ${PAGE} signed out, from the page cache`, cached));
    rows.push(line(`b. GET ${PAGE} rendered by Next on every request`, rendered));
  }
  if (only.has("c")) {
    const zips = rowsOf<{ zip: string }>(
      await getDb().execute(sql`
        select zip from (select distinct zip from zip_districts) z order by md5(zip) limit ${ZIP_SPREAD}`),
    ).map((r) => `/api/officials?zip=${r.zip}`);
    const officials = await benchGet("officials", zips, {
      seconds: SECONDS,
      connections: PAGE_CONNECTIONS,
      warmUp: 5,
    });
    partial.officials = officials;
    rows.push(line(`c. GET /api/officials?zip= over ${zips.length} ZIPs`, officials));
  }
  const fRows: string[] = [];
  if (only.has("f")) {
    const fe = await measureFrontEnd();
    const lh = lighthouse(PAGE);
    partial.frontEnd = { ...fe, lighthouse: lh };
    fRows.push(...frontEndRows(fe));
    fRows.push(
      `| f. Lighthouse mobile, ${PAGE} signed out | ${lh.ran ? `performance ${lh.performance} (runs: ${lh.runs?.map((r) => r.performance).join(", ")}), accessibility ${lh.accessibility}, TBT ${lh.metrics.totalBlockingTimeMs} ms` : `did not run: ${lh.reason}`} | ≥ 95 and 100 |`,
    );
  }
  if (only.has("d")) {
    const before = await getDb().$count(letters);
    const submit = await benchSubmit(SECONDS, 20);
    const written = (await getDb().$count(letters)) - before;
    partial.submit = { ...submit, lettersWritten: written };
    rows.push(
      line(`d. POST /api/campaigns/demo/letters, each a new supporter (${written} letters written)`, submit),
    );
    const formBefore = await getDb().$count(letters);
    const form = await benchFormSubmit(SECONDS, 20);
    const formWritten = (await getDb().$count(letters)) - formBefore;
    partial.formSubmit = { ...form, lettersWritten: formWritten };
    rows.push(
      line(`d. the same letter from the page's form, no JavaScript (${formWritten} letters written)`, form),
    );
  }
  await server.stop();
  if (dataLayer) {
    partial.dataLayer = dataLayer;
    const s = dataLayer.submit;
    rows.push(
      `| data layer: ${s.letters} letters, ${s.concurrency} at once | ${s.perSecond.toFixed(1)} | ${s.p50Ms.toFixed(1)} ms | ${s.p99Ms.toFixed(1)} ms | ${s.errors} | — |`,
    );
  }
  const load = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(", ");
  const name = `bench/results/partial-${[...only].sort().join("")}`;
  const header = `Partial run (--only ${[...only].join(",")}) ${new Date().toISOString()}, ${PINNED ? "pinned" : "not pinned"}; load average at the start ${load(loadAverageAtStart)}, at the end ${load(os.loadavg())}.`;
  const fTable =
    fRows.length > 0 ? `\n| scenario | result | budget |\n|---|---|---|\n${fRows.join("\n")}\n` : "";
  const md = `${header}\n\n| scenario | requests/s | p50 | p99 | errors | web process CPU ms per request |\n|---|---|---|---|---|---|\n${rows.join("\n")}\n${fTable}`;
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(
    `${name}.json`,
    `${JSON.stringify({ measuredAt: new Date().toISOString(), loadAverageAtStart, loadAverageAtEnd: os.loadavg(), ...partial }, null, 2)}\n`,
  );
  writeFileSync(`${name}.md`, md);
  console.log(md);
  await stopBoss({ graceful: false, timeoutMs: 2000 });
  await closeConnection();
  process.exit(0);
}

console.log("bench: a. the limit, a bare node:http server with the page's bytes…");
const bare = await startBareServer(page.body);
const limit = await benchGet("bare node:http server, the demo page's bytes", [PAGE], {
  seconds: SECONDS,
  connections: PAGE_CONNECTIONS,
  url: bare.url,
});
await bare.stop();

console.log("bench: b. the campaign page through Chorus…");
const campaignPage = await benchGet(`GET ${PAGE}, signed out (page cache)`, [PAGE], {
  seconds: SECONDS,
  connections: PAGE_CONNECTIONS,
});
// A session cookie skips the cache: what every signed-in view costs (the cookie names no session here, so
// Next renders the signed-out page after one session lookup).
const SESSION_COOKIE = { cookie: "authjs.session-token=bench-not-a-session" };
const campaignPageRendered = await benchGet(`GET ${PAGE}, rendered by Next each time`, [PAGE], {
  seconds: SECONDS,
  connections: PAGE_CONNECTIONS,
  headers: SESSION_COOKIE,
});

console.log("bench: c. GET /api/officials over a spread of ZIPs…");
const zipRows = rowsOf<{ zip: string }>(
  await getDb().execute(sql`
    select zip from (select distinct zip from zip_districts) z order by md5(zip) limit ${ZIP_SPREAD}`),
);
const zipPaths = zipRows.map((r) => `/api/officials?zip=${r.zip}`);
const officials = await benchGet(`GET /api/officials?zip= (${zipPaths.length} ZIPs)`, zipPaths, {
  seconds: SECONDS,
  connections: PAGE_CONNECTIONS,
  warmUp: 5,
});
// The same ZIPs, each URL asked once (an ignored `n=` makes it new): Next answers every request, and the cache
// only adds its copy.
const officialsUncached = await benchGet(
  "GET /api/officials?zip=, every URL new (cache misses)",
  Array.from({ length: 200_000 }, (_, n) => `${zipPaths[n % zipPaths.length]}&n=${n}`),
  { seconds: SECONDS, connections: PAGE_CONNECTIONS },
);

console.log("bench: d. letter submission…");
const HTTP_CONNECTIONS = 20;
const lettersBefore = await getDb().$count(letters);
const submitHttp = await benchSubmit(SECONDS, HTTP_CONNECTIONS);
const lettersWritten = (await getDb().$count(letters)) - lettersBefore;
const formLettersBefore = await getDb().$count(letters);
const formSubmit = await benchFormSubmit(SECONDS, HTTP_CONNECTIONS);
const formLettersWritten = (await getDb().$count(letters)) - formLettersBefore;

console.log("bench: f. the page's JavaScript and Lighthouse (mobile)…");
const measuredFrontEnd = await measureFrontEnd();
const lighthouseRun = lighthouse(PAGE);

console.log("bench: growth, 10 and 100,000 letters…");
const { seedGrowth, GROWTH_SIZES } = await import("./growth");
const seeded = await seedGrowth();
// In-process timings use both cores again (this process is pinned to core 1 while autocannon runs).
const growthArgs = ["--conditions=react-server", "--import", "tsx", "bench/growth-data.ts"];
const growthChild = spawnSync(
  PINNED ? "taskset" : process.execPath,
  PINNED ? ["-c", `0-${os.availableParallelism() - 1}`, process.execPath, ...growthArgs] : growthArgs,
  { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8", maxBuffer: 10_000_000 },
);
if (growthChild.status !== 0) {
  console.error(growthChild.stderr);
  process.exit(1);
}
const growthData = JSON.parse(growthChild.stdout.trim().split("\n").pop() ?? "{}");
const growthPage = {
  small: await benchGet("GET /campaigns/bench-small, rendered", ["/campaigns/bench-small"], {
    seconds: SECONDS,
    connections: PAGE_CONNECTIONS,
    headers: SESSION_COOKIE,
  }),
  large: await benchGet("GET /campaigns/bench-large, rendered", ["/campaigns/bench-large"], {
    seconds: SECONDS,
    connections: PAGE_CONNECTIONS,
    headers: SESSION_COOKIE,
  }),
};
await server.stop();

const http = {
  serverProcesses: server.processes,
  pinned: PINNED,
  pageCache: server.pageCache,
  pageBytes: page.body.length,
  limit,
  campaignPage: { ...campaignPage, ratioToLimit: campaignPage.perSecond / limit.perSecond },
  campaignPageRendered: {
    ...campaignPageRendered,
    ratioToLimit: campaignPageRendered.perSecond / limit.perSecond,
  },
  officials,
  officialsUncached,
  // Every 2xx answer must be a letter in the database; anything else counts as errors above.
  submit: { ...submitHttp, lettersWritten },
  // The page's form answers 200 with the page, errors included: what counts is the letters written.
  formSubmit: { ...formSubmit, lettersWritten: formLettersWritten },
};
const ratio = (a: { p50Ms: number }, b: { p50Ms: number }) => (b.p50Ms > 0 ? a.p50Ms / b.p50Ms : 0);
const growth = {
  sizes: GROWTH_SIZES,
  seedSeconds: seeded.seconds,
  ...growthData,
  pageHttp: {
    ...growthPage,
    ratioPerSecond: growthPage.large.perSecond / growthPage.small.perSecond,
  },
  ratios: {
    pageQueriesP50: ratio(growthData.large.page, growthData.small.page),
    lookupP50: ratio(growthData.large.lookup, growthData.small.lookup),
    dashboardP50: ratio(growthData.large.dashboard, growthData.small.dashboard),
  },
};
const frontEnd = { ...measuredFrontEnd, lighthouse: lighthouseRun };

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
// One council address receives all 10,000: the cap per recipient address (default 200 a day) is lifted too.
process.env.EMAILS_PER_RECIPIENT_PER_DAY = "1000000";
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
    loadAverageAtEnd: os.loadavg(),
    loadAverageAtStart,
  },
  database: databaseUrl.replace(/\/\/([^:/@]+)(:[^@]*)?@/, "//$1@"),
  ...dataLayer,
  http,
  frontEnd,
  growth,
  delivery,
};
const f = (n: number, digits = 1) => n.toFixed(digits);
const ok = (pass: boolean) => (pass ? "✔" : "✘");
type Row = {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  requests: number;
  connections: number;
};
const row = (label: string, r: Row, budget: string, pass: boolean | null) =>
  `| ${label} (${r.requests} requests, ${r.connections} connections) | ${f(r.perSecond)} | ${f(r.p50Ms)} ms | ${f(r.p99Ms)} ms | ${r.errors} | ${f((r.perSecond / limit.perSecond) * 100)}% | ${budget} ${pass === null ? "" : ok(pass)} |`;
const cp = http.campaignPage;
const lh = frontEnd.lighthouse;
const g = growth;
const md = `| scenario | requests/s | p50 | p99 | errors | ratio to the limit | budget |
|---|---|---|---|---|---|---|
${row("a. the limit: bare node:http server, the demo page's exact bytes", limit, "—", null)}
${row("b. GET /campaigns/demo signed out, from the page cache", cp, "≥ 25% of the limit, p99 ≤ 50 ms", cp.ratioToLimit >= 0.25 && cp.p99Ms <= 50 && cp.errors === 0)}
${row("b. the same page rendered by Next on every request (a session cookie skips the cache)", http.campaignPageRendered, "(for comparison)", null)}
${row(`c. GET /api/officials?zip= over ${zipPaths.length} ZIPs`, officials, "≥ 2,000 req/s", officials.perSecond >= 2000 && officials.errors === 0)}
${row("c. GET /api/officials?zip=, every URL new (all cache misses)", officialsUncached, "(for comparison)", null)}
${row(`d. POST /api/campaigns/demo/letters, each a new supporter (${http.submit.lettersWritten} letters written)`, http.submit, "≥ 300 req/s, p99 ≤ 200 ms, no errors", http.submit.perSecond >= 300 && http.submit.p99Ms <= 200 && http.submit.errors === 0)}
${row(`d. the same letter from the page's form, without JavaScript: a server action answered with the page (${http.formSubmit.lettersWritten} letters written)`, http.formSubmit, "(for comparison)", null)}

| scenario | result | budget |
|---|---|---|
| e. delivery of ${TOTAL} letters, fake Resend at 2 req/s × 100 | ${f(delivery.seconds)} s, ${f(delivery.emailsPerSecond)} emails/s = ${f(delivery.ratioToCeiling * 100)}% of 200/s; ${delivery.refused429} × 429, ${delivery.duplicates} duplicates | ≥ 95% ${ok(delivery.ratioToCeiling >= 0.95 && delivery.duplicates === 0)} |
${frontEndRows(frontEnd).join("\n")}
| f. Lighthouse ${lh.ran ? lh.version : ""} mobile, /campaigns/demo, the median of ${lh.ran ? `${lh.runs?.length ?? 1} runs (performance ${lh.runs?.map((r) => r.performance).join(", ")})` : "its runs"} | ${lh.ran ? `performance ${lh.performance}, accessibility ${lh.accessibility} (FCP ${lh.metrics.firstContentfulPaintMs} ms, LCP ${lh.metrics.largestContentfulPaintMs} ms, TBT ${lh.metrics.totalBlockingTimeMs} ms, CLS ${f((lh.metrics.cumulativeLayoutShiftX1000 ?? 0) / 1000, 3)})` : `did not run: ${lh.reason}`} | ≥ 95 and 100 ${lh.ran ? ok(lh.performance >= 95 && lh.accessibility === 100) : "✘"} |
| ZIP lookup, in process (${results.lookup.samples} lookups, 12 ZIPs) | p50 ${f(results.lookup.p50Ms, 2)} ms, p99 ${f(results.lookup.p99Ms, 2)} ms | p99 ≤ 1 ms ${ok(results.lookup.p99Ms <= 1)} |
| letter submission, data layer (${results.submit.letters} letters, ${results.submit.concurrency} at once) | ${f(results.submit.perSecond)} letters/s, p50 ${f(results.submit.p50Ms)} ms, p99 ${f(results.submit.p99Ms)} ms, ${results.submit.errors} errors | (the HTTP row is the target) |

Growth: the same campaign with ${g.sizes.small} and ${g.sizes.large.toLocaleString("en-US")} letters (each a supporter, with 2 deliveries; seeded in ${f(g.seedSeconds)} s). In-process p50 / p99 (ms); ratio = large p50 / small p50:

| measured | ${g.sizes.small} letters | ${g.sizes.large.toLocaleString("en-US")} letters | ratio |
|---|---|---|---|
| campaign page queries (all of them, at once; counts without their 15 s memo) | ${f(g.small.page.p50Ms, 2)} / ${f(g.small.page.p99Ms, 2)} | ${f(g.large.page.p50Ms, 2)} / ${f(g.large.page.p99Ms, 2)} | ${f(g.ratios.pageQueriesP50, 2)} |
| lookup for the campaign (ZIP, letter setup, targets) | ${f(g.small.lookup.p50Ms, 2)} / ${f(g.small.lookup.p99Ms, 2)} | ${f(g.large.lookup.p50Ms, 2)} / ${f(g.large.lookup.p99Ms, 2)} | ${f(g.ratios.lookupP50, 2)} |
| organizer dashboard (getCampaignDashboard) | ${f(g.small.dashboard.p50Ms, 1)} / ${f(g.small.dashboard.p99Ms, 1)} | ${f(g.large.dashboard.p50Ms, 1)} / ${f(g.large.dashboard.p99Ms, 1)} | ${f(g.ratios.dashboardP50, 2)} |
| campaign page over HTTP, rendered each time (req/s) | ${f(g.pageHttp.small.perSecond)} (p99 ${f(g.pageHttp.small.p99Ms)} ms) | ${f(g.pageHttp.large.perSecond)} (p99 ${f(g.pageHttp.large.p99Ms)} ms) | ${f(g.pageHttp.ratioPerSecond, 2)} (req/s) |
`;
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/latest.json", `${JSON.stringify(results, null, 2)}\n`);
const load = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(", ");
writeFileSync(
  "bench/results/latest.md",
  `Measured ${results.measuredAt} on ${results.machine.cpus} × ${results.machine.model}, Node ${results.machine.node}, PostgreSQL; ${http.serverProcesses} web processes (npm start), page cache ${http.pageCache ? "on" : "off"}; ${http.pinned ? "servers pinned to core 0, autocannon (in the bench process) to core 1, PostgreSQL on both" : "autocannon in the bench process on the same cores, nothing pinned"}. Load average (1, 5, 15 min) at the start: ${load(loadAverageAtStart)}; at the end: ${load(results.machine.loadAverageAtEnd)}.\n\n${md}`,
);
console.log(md);
process.exit(0);
