/**
 * `npm start`: production Chorus. On PostgreSQL, one web process per core (node:cluster; WEB_CONCURRENCY
 * overrides), each with the shared page cache (edge/page-cache.ts) in front of Next: anonymous campaign
 * pages and public API answers are served from memory, and dropped when PostgreSQL says a campaign changed
 * (LISTEN chorus_pages). On the embedded database (one process only) it is one process without the cache.
 * `PAGE_CACHE=off` sends everything to Next. `npm run start:next` is plain `next start`.
 * Signed-out campaign pages, cached or not, are served lite (edge/lite-page.ts: no React, one small
 * script); `PAGE_LITE=off` serves Next's page instead.
 */
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import next from "next";
import postgres from "postgres";
import {
  ALL_CAMPAIGNS,
  CAMPAIGN_CHANGES_KEY,
  type CampaignChanges,
  NOTIFY_CHANNEL,
} from "@/lib/edge-manifest";
import { EnvError, loadEnv } from "@/lib/env";
import type { TrustedProxies } from "@/lib/security/client-address";
import { LETTERS_ROUTE, loadRouteHandler, type RouteHandler } from "./direct-route";
import { frontHandler } from "./front";
import { loadLiteScriptSrc } from "./lite-page";
import { PageCache } from "./page-cache";

function readEnv() {
  try {
    return loadEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

export async function launch(): Promise<void> {
  const env = readEnv();
  const usesCluster = env.databaseKind === "postgres";
  const workers = usesCluster ? (env.webConcurrency ?? os.availableParallelism()) : 1;
  if (cluster.isPrimary && usesCluster && workers > 1) return runPrimary(workers);
  await runWorker(
    env.port,
    usesCluster && env.pageCache ? env.databaseUrl : null,
    liteScriptFor(env.pageLite),
    env.directRoutes ? env.nextDistDir : null,
    env.trustedProxies,
  );
}

function liteScriptFor(isOn: boolean): string | null {
  if (!isOn) return null;
  const src = loadLiteScriptSrc();
  if (!src) console.error("[chorus] public/enhance.js is missing: campaign pages are served with React");
  return src;
}

function runPrimary(workers: number): void {
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`[chorus] web process ${worker.process.pid} ended (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(0), 15_000).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGTERM"));
  console.log(`[chorus] ${workers} web processes (node:cluster)`);
}

async function runWorker(
  port: number,
  listenUrl: string | null,
  liteScript: string | null,
  directDistDir: string | null,
  trustedProxies: TrustedProxies,
): Promise<void> {
  const app = next({ dev: false, dir: process.cwd(), port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const letters = directDistDir ? await loadLettersHandler(directDistDir) : null;
  const cache = listenUrl ? new PageCache() : null;

  // Misses are rendered through this process's own private listener, without the cache in front.
  const inner = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => inner.listen(0, "127.0.0.1", resolve));
  const innerPort = (inner.address() as { port: number }).port;

  // The cache answers only while this process hears about changes: until LISTEN is set up (the database may
  // be down at start), everything goes to Next, and LISTEN is tried again every 5 s.
  let listening = false;
  let warned = false;
  let listener: postgres.Sql | null = null;
  if (cache && listenUrl) {
    // The letter setups kept in this process (lib/letters/setup.ts) follow the same notifications.
    const changes: CampaignChanges = {
      get listening() {
        return listening;
      },
      stamp: (slug: string) => cache.stamp(slug),
    };
    (globalThis as Record<symbol, unknown>)[CAMPAIGN_CHANGES_KEY] = changes;
    const sql = postgres(listenUrl, { max: 1, onnotice: () => {} });
    listener = sql;
    const startListening = () => {
      sql
        .listen(
          NOTIFY_CHANNEL,
          (slug) => cache.invalidate(slug),
          // (Re)connected: notifications may have been missed meanwhile.
          () => {
            cache.invalidate(ALL_CAMPAIGNS);
            listening = true;
          },
        )
        .catch((error: unknown) => {
          // Said once, not every 5 s while the database is away.
          if (!warned)
            console.error(`[chorus] page cache waits: cannot LISTEN for changes (${String(error)})`);
          warned = true;
          setTimeout(startListening, 5000).unref();
        });
    };
    startListening();
  }

  const server = http.createServer(
    frontHandler({
      handle,
      innerPort,
      port,
      cache,
      isListening: () => listening,
      liteScript,
      letters,
      trustedProxies,
    }),
  );
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(port, resolve));

  const stop = () => {
    server.close();
    inner.close();
    server.closeIdleConnections();
    void listener?.end({ timeout: 2 });
    setTimeout(() => process.exit(0), 10_000).unref();
    server.on("close", () => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  if (!cluster.isWorker) console.log(`[chorus] listening on port ${port}${cache ? " (page cache on)" : ""}`);
}

/** The letters route's handler, or null (Next serves it) when this build's cannot be called directly. */
async function loadLettersHandler(distDir: string): Promise<RouteHandler | null> {
  try {
    return await loadRouteHandler(distDir, LETTERS_ROUTE.route);
  } catch (error) {
    console.error(`[chorus] letters go through Next: ${error instanceof Error ? error.message : error}`);
    return null;
  }
}
