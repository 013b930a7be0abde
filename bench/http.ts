/**
 * HTTP scenarios against the production server (`next build` into .next-bench, then `npm start`'s launcher:
 * node:cluster workers with the page cache, on PostgreSQL, loopback only), driven by autocannon in this process.
 * Called by bench/run.ts once the database is migrated and seeded.
 *
 * autocannon shares the machine's cores with the server and PostgreSQL, as any load test on one machine does;
 * its own CPU time is recorded next to the results so that share is visible.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";

export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3200);
export const BARE_PORT = BENCH_PORT + 1;
/** The bench builds into its own folder, so it never races the e2e suite's .next. */
export const BENCH_DIST_DIR = ".next-bench";
const base = `http://127.0.0.1:${BENCH_PORT}`;

/** Real ZIPs across the country: single-district, split, at-large and territories. */
export const BENCH_ZIPS = [
  "60062",
  "60623",
  "82001",
  "02861",
  "20001",
  "00802",
  "96910",
  "94541",
  "10001",
  "30303",
  "78701",
  "98101",
];

export type HttpScenario = {
  name: string;
  connections: number;
  seconds: number;
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx answers, socket errors and timeouts. */
  errors: number;
  /** CPU seconds this process (autocannon) used during the scenario, out of cores × seconds. */
  loadGeneratorCpuSeconds: number;
  /**
   * CPU milliseconds the web process (one, when it is the only one) used per answer: less swayed by other load on
   * the machine than requests/s, so before/after comparisons use it too. Null with several processes.
   */
  serverCpuMsPerRequest: number | null;
};

/** The CPU seconds used so far by the one web process being measured (from /proc), or null. */
let serverCpuSeconds: (() => number | null) | null = null;

function cpuSecondsOf(pid: number): number | null {
  try {
    // Fields 14 and 15 of /proc/PID/stat (after the command in parentheses): user and system time in ticks.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

export type BenchServer = { processes: number; pageCache: boolean; stop(): Promise<void> };

/**
 * Cores on a machine of 2 or more: the servers measured (Chorus, the bare server) on core 0, this process (and
 * so autocannon) on core 1, PostgreSQL free to use both. Measured here with other suites running: the cached page
 * gave 10,800 req/s (p99 17 ms) pinned against 6,200–8,100 (p99 31–65 ms) unpinned. BENCH_PIN=0 turns it off.
 */
export const PINNED = process.env.BENCH_PIN !== "0" && os.availableParallelism() >= 2 && hasTaskset();

function hasTaskset(): boolean {
  return spawnSync("taskset", ["-p", String(process.pid)], { stdio: "ignore" }).status === 0;
}

/** Pins this process (autocannon runs in it) to core 1. */
export function pinLoadGenerator(): void {
  if (PINNED) spawnSync("taskset", ["-a", "-p", "-c", "1", String(process.pid)], { stdio: "ignore" });
}

/** A server process started on core 0 (when pinning). */
function spawnServer(args: string[], options: Parameters<typeof spawn>[2], pin = true): ChildProcess {
  return PINNED && pin
    ? spawn("taskset", ["-c", "0", process.execPath, ...args], options)
    : spawn(process.execPath, args, options);
}

export function buildApp(): void {
  if (process.env.BENCH_SKIP_BUILD === "1" && existsSync(`${BENCH_DIST_DIR}/BUILD_ID`)) return;
  const result = spawnSync("node_modules/.bin/next", ["build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: BENCH_DIST_DIR,
    },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

/**
 * Starts production Chorus as `npm start` does (edge/launcher.ts) on the bench port and waits until
 * /api/health answers 200. `workers` web processes; `pageCache` false sends every request to Next.
 */
export async function startServer(
  databaseUrl: string,
  options: { workers?: number; pageCache?: boolean } = {},
): Promise<BenchServer> {
  const workers = options.workers ?? 1;
  const pageCache = options.pageCache ?? true;
  // BENCH_CPU_PROF=DIR: a V8 CPU profile of the web process, written to DIR when it stops (see bench/run.ts).
  const profile = process.env.BENCH_CPU_PROF
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const child: ChildProcess = spawnServer(
    [...profile, "--import", "tsx", "server.ts"],
    {
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_DIST_DIR: BENCH_DIST_DIR,
        PORT: String(BENCH_PORT),
        WEB_CONCURRENCY: String(workers),
        PAGE_CACHE: pageCache ? "on" : "off",
        DATABASE_URL: databaseUrl,
        APP_URL: base,
        AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
        EMAIL_FROM: "Chorus <chorus@example.org>",
        // Web processes only enqueue email jobs; no worker runs during the bench, so nothing is sent.
        RESEND_API_KEY: "re_bench_never_used",
        // Every bench request comes from one address (loopback): the per-network letter limit would refuse all
        // but 50. The bench measures throughput, so it is lifted; each request still runs the limiter's upsert.
        LETTERS_PER_IP_PER_DAY: "10000000",
      },
    },
    // Several web processes share the cores; one is pinned like the bare server.
    workers === 1,
  );
  // One web process runs in the launched process itself (more are cluster workers, not measured).
  serverCpuSeconds = workers === 1 && child.pid ? () => cpuSecondsOf(child.pid as number) : null;
  // A bench that fails half-way must not leave the server running (its workers end with it).
  const cleanUp = () => child.kill("SIGTERM");
  process.once("exit", cleanUp);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error("npm start did not answer /api/health within 60 s");
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    processes: workers,
    pageCache,
    stop: () =>
      new Promise<void>((resolve) => {
        process.off("exit", cleanUp);
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
}

async function run(
  name: string,
  options: Omit<autocannon.Options, "url"> & { url?: string },
): Promise<HttpScenario & { raw: autocannon.Result }> {
  const cpuBefore = process.cpuUsage();
  const measuresServer = options.url === undefined && serverCpuSeconds !== null;
  const serverBefore = measuresServer ? serverCpuSeconds?.() : null;
  const result = await autocannon({ ...options, url: options.url ?? base });
  const cpu = process.cpuUsage(cpuBefore);
  const serverAfter = measuresServer ? serverCpuSeconds?.() : null;
  const serverCpuMsPerRequest =
    serverBefore != null && serverAfter != null && result.requests.total > 0
      ? ((serverAfter - serverBefore) * 1000) / result.requests.total
      : null;
  return {
    name,
    connections: options.connections ?? 10,
    seconds: result.duration,
    requests: result.requests.total,
    perSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
    loadGeneratorCpuSeconds: (cpu.user + cpu.system) / 1e6,
    serverCpuMsPerRequest,
    raw: result,
  };
}

/** GET over a list of paths (in turn), after a warm-up of `warmUp` seconds that touches every path. */
export async function benchGet(
  name: string,
  paths: string[],
  options: {
    seconds: number;
    connections: number;
    warmUp?: number;
    url?: string;
    headers?: Record<string, string>;
  },
): Promise<HttpScenario> {
  let next = 0;
  const requests: autocannon.Request[] = [
    {
      method: "GET",
      headers: options.headers,
      setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] ?? "/" }),
    },
  ];
  const common = { connections: options.connections, requests, url: options.url };
  await run(`${name} warm-up`, { ...common, duration: options.warmUp ?? 3 });
  const { raw: _raw, ...scenario } = await run(name, { ...common, duration: options.seconds });
  return scenario;
}

/** The page's bytes as Chorus renders them for someone signed out (no compression asked for). */
export async function fetchPage(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Buffer; cache: string | null; lite: boolean }> {
  const response = await fetch(`${base}${path}`, { headers: { ...headers, "accept-encoding": "identity" } });
  return {
    status: response.status,
    body: Buffer.from(await response.arrayBuffer()),
    cache: response.headers.get("x-chorus-cache"),
    // npm start's lite page for signed-out visitors (edge/lite-page.ts).
    lite: response.headers.get("x-chorus-page") === "lite",
  };
}

/**
 * The limit: a bare node:http server (its own process, one core at most, like any single Node process)
 * answering every request with `body`, the rendered page's exact bytes.
 */
export async function startBareServer(body: Buffer): Promise<{ url: string; stop(): Promise<void> }> {
  const file = path.join(os.tmpdir(), `chorus-bench-page-${process.pid}.html`);
  writeFileSync(file, body);
  const child = spawnServer(["--import", "tsx", "bench/bare-server.ts", file, String(BARE_PORT)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const cleanUp = () => child.kill("SIGTERM");
  process.once("exit", cleanUp);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`the bare server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${BARE_PORT}`,
    stop: () =>
      new Promise<void>((resolve) => {
        process.off("exit", cleanUp);
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export type PageScripts = {
  /** Script files the page loads (src attributes), each with its gzipped size. */
  files: { src: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
  bytes: number;
  /** Inline script in the HTML (React's flight data and Next's bootstrap), gzipped. */
  inlineGzipBytes: number;
};

/**
 * The JavaScript a browser downloads for a page: every <script src> fetched and gzipped (level 9). Scripts
 * marked noModule (Next's legacy polyfills) are skipped: browsers that run modules never fetch them.
 */
export async function pageScripts(html: string): Promise<PageScripts> {
  const tags = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter(
    (m) => !/\snomodule\b/i.test(m[0]),
  );
  const srcs = [...new Set(tags.map((m) => m[1] ?? ""))];
  const files = await Promise.all(
    srcs.map(async (src) => {
      const response = await fetch(new URL(src.replaceAll("&amp;", "&"), base), {
        headers: { "accept-encoding": "identity" },
      });
      const body = Buffer.from(await response.arrayBuffer());
      if (!response.ok) throw new Error(`${src}: ${response.status}`);
      return { src, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
    }),
  );
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? "")
    .join("\n");
  return {
    files,
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    inlineGzipBytes: gzipSync(Buffer.from(inline), { level: 9 }).length,
  };
}

export type LighthouseResult =
  | {
      ran: true;
      version: string;
      performance: number;
      accessibility: number;
      metrics: Record<string, number>;
      runs?: { performance: number; accessibility: number }[];
    }
  | { ran: false; reason: string };

/**
 * Lighthouse (pinned in package.json: 12.8.2, the last line that runs on Node 20) in its default mobile mode
 * (simulated slow 4G and a 4× slower CPU) against Debian's Chromium, headless: `runs` runs, and the one with the
 * median performance score is reported (Lighthouse's own advice for scores that vary between runs), with every
 * run's scores.
 */
export function lighthouse(path: string, runs = 3, chromePath = "/usr/bin/chromium"): LighthouseResult {
  if (!existsSync(chromePath)) return { ran: false, reason: `no browser at ${chromePath}` };
  const results: Extract<LighthouseResult, { ran: true }>[] = [];
  for (let run = 0; run < runs; run++) {
    const result = lighthouseOnce(path, chromePath);
    if (!result.ran) return result;
    results.push(result);
  }
  results.sort((a, b) => a.performance - b.performance);
  const median = results[Math.floor(results.length / 2)] as Extract<LighthouseResult, { ran: true }>;
  return {
    ...median,
    runs: results.map((r) => ({ performance: r.performance, accessibility: r.accessibility })),
  };
}

function lighthouseOnce(path: string, chromePath: string): LighthouseResult {
  const out = path.replaceAll("/", "_");
  const report = `${os.tmpdir()}/chorus-lighthouse${out}.json`;
  rmSync(report, { force: true });
  // Unpinned: the browser gets every core, not the load generator's one (pinned, it scored 61 with TBT 7 s).
  const unpin = PINNED ? ["-c", `0-${os.availableParallelism() - 1}`, "node_modules/.bin/lighthouse"] : [];
  const result = spawnSync(
    PINNED ? "taskset" : "node_modules/.bin/lighthouse",
    [
      ...unpin,
      `${base}${path}`,
      "--only-categories=performance,accessibility",
      "--output=json",
      `--output-path=${report}`,
      "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run",
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, encoding: "utf8", timeout: 180_000 },
  );
  if (result.status !== 0 || !existsSync(report)) {
    return { ran: false, reason: `lighthouse exited ${result.status}: ${(result.stderr ?? "").slice(-500)}` };
  }
  const json = JSON.parse(readFileSync(report, "utf8")) as {
    lighthouseVersion: string;
    categories: Record<string, { score: number }>;
    audits: Record<string, { numericValue?: number; score?: number | null }>;
  };
  const metric = (id: string) => Math.round(json.audits[id]?.numericValue ?? -1);
  return {
    ran: true,
    version: json.lighthouseVersion,
    performance: Math.round((json.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((json.categories.accessibility?.score ?? 0) * 100),
    metrics: {
      firstContentfulPaintMs: metric("first-contentful-paint"),
      largestContentfulPaintMs: metric("largest-contentful-paint"),
      totalBlockingTimeMs: metric("total-blocking-time"),
      cumulativeLayoutShiftX1000: Math.round(
        (json.audits["cumulative-layout-shift"]?.numericValue ?? 0) * 1000,
      ),
      speedIndexMs: metric("speed-index"),
    },
  };
}

/**
 * POST /api/campaigns/demo/letters, each request a different new supporter (a fresh address), as someone
 * signed out writes: the letter, its deliveries, the confirmation and its email job in one transaction.
 */
export async function benchSubmit(
  seconds: number,
  connections: number,
): Promise<HttpScenario & { created: number; warmUpCreated: number }> {
  const runId = Date.now().toString(36);
  let next = 0;
  const requests: autocannon.Request[] = [
    {
      method: "POST",
      path: "/api/campaigns/demo/letters",
      headers: { "content-type": "application/json" },
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify({
          zip: "60623",
          district: "IL-7",
          firstName: "Bench",
          lastName: "Writer",
          email: `http-${runId}-${next++}@example.org`,
          city: "Chicago",
          parts: { story: `I am supporter number ${next} and I was evicted without a lawyer.` },
        }),
      }),
    },
  ];
  const warmUp = await run("letters warm-up", { connections, duration: 3, requests });
  const { raw, ...scenario } = await run("POST /api/campaigns/demo/letters", {
    connections,
    duration: seconds,
    requests,
  });
  return { ...scenario, created: raw["2xx"], warmUpCreated: warmUp.raw["2xx"] };
}

/** The path of the letter step a person reaches after giving their ZIP and district (the form's own address). */
const LETTER_STEP = "/campaigns/demo?zip=60623&district=IL-7";

/**
 * The inputs of the page's letter form (the form holding `firstName`) with their values: the server action's
 * hidden fields, the signed form stamp, the honeypot (empty) and the letter's parts as the template fills them.
 */
export function letterFormFields(html: string): Record<string, string> {
  const form = html.match(/<form\b[^>]*>(?:(?!<\/form>)[\s\S])*?name="firstName"[\s\S]*?<\/form>/)?.[0];
  if (!form) throw new Error(`no letter form on ${LETTER_STEP}`);
  const decode = (value: string) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const fields: Record<string, string> = {};
  for (const [, attributes = ""] of form.matchAll(/<input\b([^>]*)>/g)) {
    const name = attributes.match(/\bname="([^"]*)"/)?.[1];
    if (!name || /\btype="(?:checkbox|radio|submit)"/.test(attributes)) continue;
    fields[decode(name)] = decode(attributes.match(/\bvalue="([^"]*)"/)?.[1] ?? "");
  }
  for (const [, name = "", text = ""] of form.matchAll(
    /<textarea\b[^>]*\bname="([^"]*)"[^>]*>([\s\S]*?)<\/textarea>/g,
  )) {
    fields[decode(name)] = decode(text);
  }
  return fields;
}

function multipart(boundary: string, fields: Record<string, string>): string {
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return `${parts.join("")}--${boundary}--\r\n`;
}

/**
 * The same letter as a person without JavaScript sends it from the (lite) campaign page: the form posted the
 * plain HTML way to the page's own address, a server action whose answer is the page again, rendered by Next
 * and made lite (edge/lite-page.ts). Each request a new supporter. For comparison with the JSON route.
 */
export async function benchFormSubmit(seconds: number, connections: number): Promise<HttpScenario> {
  const page = await fetchPage(LETTER_STEP);
  const fields = letterFormFields(page.body.toString("utf8"));
  const runId = Date.now().toString(36);
  const boundary = `----chorus-bench-${runId}`;
  let next = 0;
  const requests: autocannon.Request[] = [
    {
      method: "POST",
      path: LETTER_STEP,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      setupRequest: (request) => ({
        ...request,
        body: multipart(boundary, {
          ...fields,
          firstName: "Form",
          lastName: "Writer",
          city: "Chicago",
          email: `form-${runId}-${next++}@example.org`,
          "part:story": `I am supporter number ${next} and I wrote without JavaScript.`,
        }),
      }),
    },
  ];
  // The form stamp must be older than FORM_MIN_FILL_MS (2.5 s) before the first post counts.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await run("letter form warm-up", { connections, duration: 3, requests });
  const { raw: _raw, ...scenario } = await run(`POST ${LETTER_STEP} (the form)`, {
    connections,
    duration: seconds,
    requests,
  });
  return scenario;
}
