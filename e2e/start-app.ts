/**
 * Starts Chorus for the Playwright suite as it ships: `next build`, then `npm start`'s launcher (server.ts →
 * edge/launcher.ts: two web processes, the page cache with NOTIFY invalidation, lite campaign pages, the
 * direct letter route) on a fresh PostgreSQL database, migrated and seeded as production is (`npm run
 * db:migrate`, the demo seed, e2e/seed-authorization.ts), with the job worker in its own process (`npm run
 * worker`), as production runs it.
 *
 * Settings (DEVELOPERS.md, "Tests"):
 * - E2E_SERVER=launcher (default) or next: `next start` instead of the launcher, for a quick local run of a
 *   spec that does not care (signed-out visitors then get Next's hydrated page, nothing is cached).
 * - E2E_DATABASE=postgres, pglite, or unset: PostgreSQL at E2E_POSTGRES_URL (default
 *   postgres://postgres@127.0.0.1:5432/postgres) when it answers, otherwise the embedded database under
 *   .data/e2e, said in the output (the launcher then runs one process without the page cache, and the worker
 *   runs inside it). CI sets postgres, so a missing server fails the run instead of testing less.
 * Each PostgreSQL run gets its own database, chorus_e2e_<time>; older ones are dropped when the next run starts
 * (runs take /tmp/chorus-e2e.lock, so none is in use then). What was chosen is written to .data/e2e/app.json
 * for the specs (e2e/app-under-test.ts).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import postgres from "postgres";
import { APP_UNDER_TEST_FILE, type AppUnderTest } from "./app-under-test";

const bin = (name: string) => `node_modules/.bin/${name}`;
const DATA = ".data/e2e";
const ADMIN_URL = process.env.E2E_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

function runStep(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`e2e: "${command} ${args.join(" ")}" failed`);
    process.exit(result.status ?? 1);
  }
}

function chooseServer(): AppUnderTest["server"] {
  const server = process.env.E2E_SERVER ?? "launcher";
  if (server !== "launcher" && server !== "next") {
    console.error(
      `e2e: E2E_SERVER is "launcher" (npm start, the default) or "next" (next start), not "${server}"`,
    );
    process.exit(1);
  }
  return server;
}

/** A fresh database on the PostgreSQL server (older e2e databases dropped), or null when none answers. */
async function freshPostgresDatabase(): Promise<string | null> {
  const wanted = process.env.E2E_DATABASE;
  if (wanted === "pglite") return null;
  if (wanted !== undefined && wanted !== "postgres") {
    console.error(
      `e2e: E2E_DATABASE is "postgres" or "pglite" (or unset: PostgreSQL when it answers), not "${wanted}"`,
    );
    process.exit(1);
  }
  const admin = postgres(ADMIN_URL, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await admin`select 1`;
  } catch (error) {
    await admin.end({ timeout: 1 }).catch(() => {});
    const why = error instanceof Error ? error.message : String(error);
    if (wanted === "postgres") {
      console.error(
        `e2e: E2E_DATABASE=postgres, but PostgreSQL at ${redact(ADMIN_URL)} does not answer (${why})`,
      );
      process.exit(1);
    }
    console.log(
      `e2e: no PostgreSQL at ${redact(ADMIN_URL)} (${why}): testing on the embedded database instead. ` +
        "On PGlite the launcher is one process without the page cache; CI runs the suite on PostgreSQL.",
    );
    return null;
  }
  try {
    const old = await admin<{ datname: string }[]>`
      select datname from pg_database where datname like 'chorus\_e2e\_%'`;
    for (const { datname } of old) {
      await admin.unsafe(`drop database if exists "${datname}" with (force)`);
    }
    const name = `chorus_e2e_${Date.now()}`;
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    return url.toString();
  } finally {
    await admin.end({ timeout: 2 });
  }
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

const server = chooseServer();
rmSync(DATA, { recursive: true, force: true });
mkdirSync(DATA, { recursive: true });
const postgresUrl = await freshPostgresDatabase();
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: postgresUrl ?? `pglite:${DATA}/db`,
  NEXT_MANUAL_SIG_HANDLE: "true",
  // Two web processes even on a one-core machine, so a change made through one must reach the other's cache.
  WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? "2",
};
const app: AppUnderTest = { server, database: postgresUrl ? "postgres" : "pglite" };
console.log(
  `e2e: ${server === "launcher" ? "npm start (the launcher)" : "next start"} on ${postgresUrl ? `PostgreSQL (${new URL(postgresUrl).pathname.slice(1)})` : "the embedded database"}`,
);

if (process.env.E2E_SKIP_BUILD !== "1") runStep(bin("next"), ["build"], env);
// As a deployment does: migrations (and the bundled officials), then the demo.
runStep(bin("tsx"), ["db/cli/migrate.ts"], env);
runStep(bin("tsx"), ["db/cli/seed.ts"], env);
// People in each role with sessions of their own, for the authorization matrix (e2e/authorization.spec.ts).
runStep(bin("tsx"), ["e2e/seed-authorization.ts"], env);
writeFileSync(APP_UNDER_TEST_FILE, `${JSON.stringify(app)}\n`);

const port = process.env.PORT ?? "3100";
const children: ChildProcess[] = [
  server === "launcher"
    ? spawn(process.execPath, ["--import", "tsx", "server.ts"], { stdio: "inherit", env })
    : spawn(bin("next"), ["start", "-p", port], { stdio: "inherit", env }),
];
// On PostgreSQL the web processes only queue jobs; `npm run worker` runs them (on PGlite the web process does).
if (postgresUrl) children.push(spawn(bin("tsx"), ["lib/jobs/worker-cli.ts"], { stdio: "inherit", env }));

let stopping = false;
const stop = (code: number) => {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  setTimeout(() => process.exit(), 20_000).unref();
};
for (const child of children) {
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`e2e: "${child.spawnargs.join(" ")}" ended (${signal ?? code}); stopping the app`);
      stop(code || 1);
    }
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit();
  });
}
process.on("SIGTERM", () => stop(0));
process.on("SIGINT", () => stop(0));
