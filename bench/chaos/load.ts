/**
 * The web tier under faults (`npm run test:chaos -- --load`): a production build (`next build`, then
 * `npm start`'s launcher on loopback: a process per core, the page cache, lite pages and direct letters, as in
 * production) on a private PostgreSQL server that can be stopped and started again.
 *
 * 1. Outage: with the server running, PostgreSQL is stopped. /api/health must answer 503 quickly, a page must
 *    show a kind error (no stack, no hang), a letter must be refused with a clear 503; once PostgreSQL is back,
 *    everything must work again without restarting the server (the time to recover is recorded).
 * 2. Load: `supporters` concurrent supporters do the letter journey for `seconds` (the campaign page, the
 *    officials for their ZIP, the letter), each letter from a new address. No 5xx; every letter the server
 *    accepted is in the database with its deliveries and its confirmation email job.
 *
 * CHAOS_SKIP_BUILD=1 reuses the build (it must be of the current code). It builds into .next, which the e2e
 * suite shares: locally run it under the e2e lock, or build apart with CHAOS_DIST_DIR=.next-chaos.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/errors";
import { describeError } from "@/lib/i18n/errors";
import { percentile } from "../db";
import { createDatabase, logDir, sleep } from "./harness";
import { freePort, startPrivatePostgres } from "./private-postgres";

// A free port chosen by the OS (a fixed one once met another run's server and tested that instead).
let PORT = 0;
let base = "";
/** Where the build goes: .next by default (CI reuses the e2e suite's); CHAOS_DIST_DIR=.next-chaos keeps apart. */
const DIST_DIR = process.env.CHAOS_DIST_DIR ?? ".next";
const distEnv = DIST_DIR === ".next" ? {} : { NEXT_DIST_DIR: DIST_DIR };

type Timed = { status: number | "error" | "timeout"; ms: number; body: string };

async function timed(url: string, init: RequestInit = {}, timeoutMs = 30_000): Promise<Timed> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const body = await response.text();
    return { status: response.status, ms: performance.now() - started, body };
  } catch (error) {
    const name = (error as Error).name;
    return {
      status: name === "TimeoutError" ? "timeout" : "error",
      ms: performance.now() - started,
      body: String(error),
    };
  }
}

function letterBody(email: string, n: number) {
  return JSON.stringify({
    zip: "60623",
    district: "IL-7",
    firstName: "Load",
    lastName: "Tester",
    email,
    city: "Chicago",
    parts: { story: `I am supporter ${n} and I was evicted without a lawyer.` },
  });
}

const postLetter = (email: string, n: number) =>
  timed(`${base}/api/campaigns/demo/letters`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: letterBody(email, n),
  });

function cli(script: string, url: string): void {
  const result = spawnSync(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, NODE_ENV: "development", DATABASE_URL: url },
    encoding: "utf8",
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr || result.stdout}`);
}

function build(): number {
  const started = Date.now();
  if (process.env.CHAOS_SKIP_BUILD === "1" && existsSync(`${DIST_DIR}/BUILD_ID`)) return 0;
  const result = spawnSync("node_modules/.bin/next", ["build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...distEnv, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    timeout: 600_000,
  });
  if (result.status !== 0) throw new Error("next build failed");
  return Date.now() - started;
}

async function startServer(url: string, logFile: string): Promise<ChildProcess> {
  const child = spawn("sh", ["-c", `exec node --import tsx server.ts >> ${JSON.stringify(logFile)} 2>&1`], {
    env: {
      ...process.env,
      ...distEnv,
      NODE_ENV: "production",
      NEXT_MANUAL_SIG_HANDLE: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(PORT),
      DATABASE_URL: url,
      APP_URL: base,
      AUTH_SECRET: "chaos-secret-chaos-secret-chaos-secret-0123",
      EMAIL_FROM: "Chorus <chorus@example.org>",
      // The web tier only enqueues; no worker runs here, so nothing is sent.
      RESEND_API_KEY: "re_chaos_never_used",
      // Every request comes from loopback: the per-network letter limit would refuse all but 50.
      LETTERS_PER_IP_PER_DAY: "10000000",
    },
    stdio: "ignore",
  });
  process.once("exit", () => child.kill("SIGKILL"));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode} (see ${logFile})`);
    if ((await timed(`${base}/api/health`, {}, 2000)).status === 200) {
      // Make sure the answer came from this server, not another process on the port.
      await sleep(500);
      if (child.exitCode !== null)
        throw new Error(`npm start exited with ${child.exitCode} (see ${logFile})`);
      return child;
    }
    if (Date.now() > deadline) throw new Error("npm start did not answer /api/health within 60 s");
    await sleep(250);
  }
}

/** What a person reads on a page: the text, without scripts, styles and tags. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** What a browser shows once the page has run its script (Chromium, as the e2e suite uses). */
async function inBrowser(urls: string[]): Promise<{ url: string; status: number | null; text: string }[]> {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    const seen = [];
    for (const url of urls) {
      const page = await browser.newPage();
      const response = await page.goto(url, { timeout: 20_000 }).catch(() => null);
      await page
        .getByRole("alert")
        .or(page.getByRole("heading", { level: 1 }))
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => undefined);
      const text = (
        await page
          .locator("body")
          // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, as rendered
          .innerText()
          .catch(() => "")
      )
        .replace(/\s+/g, " ")
        .trim();
      seen.push({ url: url.replace(base, ""), status: response?.status() ?? null, text: text.slice(0, 300) });
      await page.close();
    }
    return seen;
  } finally {
    await browser.close();
  }
}

function looksKind(page: Timed): boolean {
  return (
    /went wrong|having trouble|try again/i.test(page.body) &&
    !/\n\s+at\s+\S+\s+\(|node_modules/.test(page.body)
  );
}

async function outage(server: Awaited<ReturnType<typeof startPrivatePostgres>>, logs: string) {
  const problems: string[] = [];
  await server.down();
  const downAt = Date.now();
  const health = await timed(`${base}/api/health`);
  const page = await timed(`${base}/campaigns/demo`);
  const officialsPage = await timed(`${base}/officials?zip=60623`);
  const letter = await postLetter(`outage-${Date.now()}@example.org`, 0);
  writeFileSync(path.join(logs, "campaign-page-while-down.html"), page.body);
  // The HTML is Next's error shell; the message appears once the page's script runs: read it in a browser.
  const seen = await inBrowser([`${base}/campaigns/demo`, `${base}/officials?zip=60623`]);
  const whileDown = {
    health: { status: health.status, ms: Math.round(health.ms), body: health.body.slice(0, 200) },
    campaignPage: {
      status: page.status,
      ms: Math.round(page.ms),
      kind: looksKind(page) || page.status === 200,
      text: visibleText(page.body).slice(0, 300),
    },
    officialsPage: {
      status: officialsPage.status,
      ms: Math.round(officialsPage.ms),
      kind: looksKind(officialsPage) || officialsPage.status === 200,
      text: visibleText(officialsPage.body).slice(0, 300),
    },
    letter: { status: letter.status, ms: Math.round(letter.ms), body: letter.body.slice(0, 300) },
    inBrowser: seen,
  };
  if (health.status !== 503) problems.push(`/api/health answered ${health.status} with the database down`);
  if (health.ms > 5000) problems.push(`/api/health took ${Math.round(health.ms)} ms with the database down`);
  for (const [name, result] of [
    ["campaign page", page],
    ["officials page", officialsPage],
  ] as const) {
    if (result.status === "timeout" || result.ms > 15_000) problems.push(`the ${name} hung`);
    if (/\n\s+at\s+\S+\s+\(|node_modules/.test(result.body)) problems.push(`the ${name} shows a stack trace`);
  }
  for (const view of seen) {
    if (!/went wrong|having trouble/i.test(view.text) || !/try again/i.test(view.text))
      problems.push(`${view.url} showed no kind message in a browser: "${view.text.slice(0, 120)}"`);
  }
  if (letter.status !== 503 || !letter.body.includes(describeError(DATABASE_UNAVAILABLE_MESSAGE, "en")))
    problems.push(`a letter with the database down got ${letter.status}: ${letter.body.slice(0, 200)}`);
  await sleep(3000);
  await server.up();
  const upAt = Date.now();
  let recoveredMs: number | null = null;
  while (Date.now() - upAt < 60_000) {
    if ((await timed(`${base}/api/health`, {}, 5000)).status === 200) {
      recoveredMs = Date.now() - upAt;
      break;
    }
    await sleep(200);
  }
  const after = await postLetter(`after-outage-${Date.now()}@example.org`, 0);
  const pageAfter = await timed(`${base}/campaigns/demo`);
  if (recoveredMs === null) problems.push("/api/health did not recover within 60 s of the database's return");
  if (after.status !== 201)
    problems.push(`a letter after the outage got ${after.status}: ${after.body.slice(0, 200)}`);
  if (pageAfter.status !== 200)
    problems.push(`the campaign page after the outage answered ${pageAfter.status}`);
  return {
    databaseDownSeconds: (upAt - downAt) / 1000,
    whileDown,
    healthRecoveredMsAfterDatabaseBack: recoveredMs,
    letterAfterRecovery: after.status,
    pageAfterRecovery: pageAfter.status,
    serverRestarted: false,
    problems,
  };
}

async function load(sql: postgres.Sql, seconds: number, supporters: number) {
  const runId = Date.now().toString(36);
  const steps = ["page", "officials", "letter"] as const;
  const stats = Object.fromEntries(
    steps.map((s) => [s, { times: [] as number[], status: {} as Record<string, number> }]),
  ) as Record<(typeof steps)[number], { times: number[]; status: Record<string, number> }>;
  const record = (step: (typeof steps)[number], result: Timed) => {
    stats[step].times.push(result.ms);
    stats[step].status[String(result.status)] = (stats[step].status[String(result.status)] ?? 0) + 1;
    return result;
  };
  const until = Date.now() + seconds * 1000;
  let journeys = 0;
  await Promise.all(
    Array.from({ length: supporters }, async (_, i) => {
      for (let n = 0; Date.now() < until; n++) {
        record("page", await timed(`${base}/campaigns/demo`));
        record("officials", await timed(`${base}/api/officials?zip=60623`));
        record("letter", await postLetter(`load-${runId}-${i}-${n}@example.org`, n));
        journeys++;
      }
    }),
  );
  const accepted = stats.letter.status["201"] ?? 0;
  const [row] = await sql<{ letters: number; deliveries: number; jobs: number }[]>`
    select (select count(*)::int from letters where email like ${`load-${runId}-%`}) as letters,
      (select count(*)::int from deliveries d join letters l on l.id = d.letter_id
        where l.email like ${`load-${runId}-%`}) as deliveries,
      (select count(*)::int from pgboss.job where name = 'send-email' and data->>'letterId' in
        (select id from letters where email like ${`load-${runId}-%`})) as jobs`;
  const summary = Object.fromEntries(
    steps.map((step) => {
      const times = [...stats[step].times].sort((a, b) => a - b);
      return [
        step,
        {
          requests: times.length,
          status: stats[step].status,
          p50Ms: Math.round(percentile(times, 50)),
          p99Ms: Math.round(percentile(times, 99)),
        },
      ];
    }),
  );
  const fiveXx = steps.reduce(
    (sum, step) =>
      sum +
      Object.entries(stats[step].status)
        .filter(([status]) => /^5/.test(status) || status === "error" || status === "timeout")
        .reduce((s, [, n]) => s + n, 0),
    0,
  );
  const problems: string[] = [];
  if (fiveXx > 0) problems.push(`${fiveXx} answers were 5xx, errors or timeouts`);
  if ((row?.letters ?? 0) !== accepted)
    problems.push(`${accepted} letters accepted (201) but ${row?.letters} in the database`);
  if ((row?.jobs ?? 0) !== accepted)
    problems.push(`${accepted} letters accepted but ${row?.jobs} confirmation jobs`);
  if ((row?.deliveries ?? 0) < accepted)
    problems.push(`only ${row?.deliveries} deliveries for ${accepted} letters`);
  return {
    supporters,
    seconds,
    journeys,
    steps: summary,
    lettersAccepted: accepted,
    lettersInDatabase: row?.letters ?? 0,
    deliveriesInDatabase: row?.deliveries ?? 0,
    confirmationJobs: row?.jobs ?? 0,
    fiveXxOrErrors: fiveXx,
    problems,
  };
}

export async function runLoad(options: {
  seconds: number;
  supporters: number;
}): Promise<Record<string, unknown>> {
  const started = Date.now();
  const logs = logDir(`load-${Date.now()}`);
  const server = await startPrivatePostgres(path.join(logs, "private-postgres.log"));
  let web: ChildProcess | undefined;
  let sql: postgres.Sql | undefined;
  try {
    const url = await createDatabase(server.adminUrl, "chorus_chaos_load");
    cli("db/cli/officials-import.ts", url);
    cli("db/cli/seed.ts", url);
    console.log("load: next build…");
    const buildMs = build();
    PORT = Number(process.env.CHAOS_PORT ?? (await freePort()));
    base = `http://127.0.0.1:${PORT}`;
    web = await startServer(url, path.join(logs, "next-start.log"));
    sql = postgres(url, { max: 2, onnotice: () => {} });
    // A first letter creates pg-boss's schema from the web process, as in production.
    await postLetter(`warm-up-${Date.now()}@example.org`, 0);
    console.log("load: the database goes away and comes back…");
    const outageResult = await outage(server, logs);
    console.log(`load: ${options.supporters} supporters for ${options.seconds} s…`);
    const loadResult = await load(sql, options.seconds, options.supporters);
    const problems = [...outageResult.problems, ...loadResult.problems];
    return {
      buildSeconds: buildMs / 1000,
      outage: outageResult,
      load: loadResult,
      seconds: (Date.now() - started) / 1000,
      summary: {
        healthWhileDown: outageResult.whileDown.health.status,
        letterWhileDown: outageResult.whileDown.letter.status,
        recoveredMs: outageResult.healthRecoveredMsAfterDatabaseBack,
        journeys: loadResult.journeys,
        fiveXx: loadResult.fiveXxOrErrors,
        accepted: loadResult.lettersAccepted,
        inDatabase: loadResult.lettersInDatabase,
      },
      problems,
      passed: problems.length === 0,
      logs,
    };
  } finally {
    await sql?.end({ timeout: 5 }).catch(() => undefined);
    if (web && web.exitCode === null) {
      web.kill("SIGTERM");
      await Promise.race([new Promise((resolve) => web?.once("exit", resolve)), sleep(10_000)]);
      web.kill("SIGKILL");
    }
    await server.stop();
  }
}
