/**
 * HTTP scenarios against the production server (`next build` + `next start` on PostgreSQL, loopback only),
 * driven by autocannon in this process. Called by bench/run.ts once the database is migrated and seeded.
 *
 * autocannon shares the machine's cores with the server and PostgreSQL, as any load test on one machine does;
 * its own CPU time is recorded next to the results so that share is visible.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import autocannon from "autocannon";

export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3200);
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
};

export type BenchServer = { processes: number; stop(): Promise<void> };

export function buildApp(): void {
  if (process.env.BENCH_SKIP_BUILD === "1" && existsSync(".next/BUILD_ID")) return;
  const result = spawnSync("node_modules/.bin/next", ["build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

/** Starts `next start` on the bench port and waits until /api/health answers 200. */
export async function startServer(databaseUrl: string): Promise<BenchServer> {
  const child: ChildProcess = spawn("node_modules/.bin/next", ["start", "-p", String(BENCH_PORT)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_MANUAL_SIG_HANDLE: "true",
      NEXT_TELEMETRY_DISABLED: "1",
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
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error("next start did not answer /api/health within 60 s");
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    processes: 1,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
}

async function run(
  name: string,
  options: Omit<autocannon.Options, "url">,
): Promise<HttpScenario & { raw: autocannon.Result }> {
  const cpuBefore = process.cpuUsage();
  const result = await autocannon({ ...options, url: base });
  const cpu = process.cpuUsage(cpuBefore);
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
    raw: result,
  };
}

/** GET /api/officials?zip=… over the ZIP list, after a warm-up that touches every ZIP. */
export async function benchOfficials(seconds: number, connections: number): Promise<HttpScenario> {
  let next = 0;
  const requests: autocannon.Request[] = [
    {
      method: "GET",
      setupRequest: (request) => ({ ...request, path: `/api/officials?zip=${BENCH_ZIPS[next++ % 12]}` }),
    },
  ];
  await run("officials warm-up", { connections, duration: 3, requests });
  const { raw: _raw, ...scenario } = await run("GET /api/officials?zip=", {
    connections,
    duration: seconds,
    requests,
  });
  return scenario;
}

/**
 * POST /api/campaigns/demo/letters, each request a different new supporter (a fresh address), as someone
 * signed out writes: the letter, its deliveries, the confirmation and its email job in one transaction.
 */
export async function benchSubmit(
  seconds: number,
  connections: number,
): Promise<HttpScenario & { created: number }> {
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
  const { raw, ...scenario } = await run("POST /api/campaigns/demo/letters", {
    connections,
    duration: seconds,
    requests,
  });
  return { ...scenario, created: raw["2xx"] };
}
