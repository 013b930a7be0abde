/**
 * `npm start`: production Chorus. On PostgreSQL, one web process per core (node:cluster; WEB_CONCURRENCY
 * overrides), each with the shared page cache (lib/server/page-cache.ts) in front of Next: anonymous campaign
 * pages and public API answers are served from memory, and dropped when PostgreSQL says a campaign changed
 * (LISTEN chorus_pages). On the embedded database (one process only) it is one process without the cache.
 * `PAGE_CACHE=off` sends everything to Next. `npm run start:next` is plain `next start`.
 * Signed-out campaign pages, cached or not, are served lite (lib/server/lite-page.ts: no React, one small
 * script); `PAGE_LITE=off` serves Next's page instead.
 */
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import next from "next";
import postgres from "postgres";
import { EnvError, loadEnv } from "@/lib/env";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { directLetterSlug, loadRouteHandler, type RouteHandler, serveDirect } from "./direct-route";
import { isLitePageRequest, isLitePostRequest, loadLiteScriptSrc, toLiteAnswer } from "./lite-page";
import {
  acceptsGzip,
  type CachedAnswer,
  type CacheRule,
  cacheRuleFor,
  keepFor,
  NOTIFY_CHANNEL,
  PageCache,
  toCachedAnswer,
} from "./page-cache";

type Fetched = { status: number; headers: Headers; body: Buffer; entry: CachedAnswer | null };

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
    (globalThis as Record<symbol, unknown>)[Symbol.for("chorus.campaignChanges")] = {
      get listening() {
        return listening;
      },
      stamp: (slug: string) => cache.stamp(slug),
    };
    const sql = postgres(listenUrl, { max: 1, onnotice: () => {} });
    listener = sql;
    const startListening = () => {
      sql
        .listen(
          NOTIFY_CHANNEL,
          (slug) => cache.invalidate(slug),
          // (Re)connected: notifications may have been missed meanwhile.
          () => {
            cache.invalidate("*");
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

  const filling = new Map<string, Promise<Fetched>>();
  const fill = (rule: CacheRule, req: http.IncomingMessage): Promise<Fetched> => {
    const running = filling.get(rule.key);
    if (running) return running;
    const stamp = cache?.stamp(rule.slug) ?? "";
    const promise = fetchInner(innerPort, rule.path, req.headers, {
      cookie: rule.locale ? `${LOCALE_COOKIE}=${rule.locale}` : undefined,
    })
      .then((next) => {
        const fetched =
          liteScript && rule.kind === "campaign" ? { ...toLiteAnswer(next, liteScript), entry: null } : next;
        const maxAge = keepFor(rule, fetched.status, fetched.headers);
        if (maxAge === null || !cache) return fetched;
        const entry = toCachedAnswer(rule, fetched.status, fetched.headers, fetched.body, maxAge);
        cache.set(rule.key, entry, stamp);
        return { ...fetched, entry };
      })
      .finally(() => filling.delete(rule.key));
    filling.set(rule.key, promise);
    return promise;
  };

  // A signed-out campaign page that is not cached (a query, or no cache here), or the page that answers a form
  // posted from a lite page (a server action, the plain HTML way): made lite on its way out.
  const serveLite = (req: http.IncomingMessage, res: http.ServerResponse, src: string) => {
    const isPost = req.method === "POST";
    fetchInner(innerPort, req.url ?? "/", req.headers, {
      keepCookies: true,
      body: isPost ? req : undefined,
    }).then(
      (next) => {
        const answer = toLiteAnswer(next, src);
        if (answer === next) return void sendFetched(req, res, next);
        const url = req.url ?? "/";
        const rule: CacheRule = { key: url, path: url, kind: "campaign", slug: null, locale: null };
        sendCached(req, res, toCachedAnswer(rule, answer.status, answer.headers, answer.body, 0), null);
      },
      (error: unknown) => {
        console.error("[chorus] lite page failed:", error);
        if (res.headersSent) return;
        // A post's body is spent: it cannot go to Next again.
        if (!isPost) return void handle(req, res);
        res.writeHead(502, { "content-type": "text/plain; charset=utf-8", "retry-after": "5" });
        res.end(
          "Something went wrong on our side. Please go back and try again.\n" +
            "Algo salió mal de nuestro lado. Vuelve atrás e inténtalo de nuevo.",
        );
      },
    );
  };

  const server = http.createServer((req, res) => {
    const slug = letters && directLetterSlug(req);
    if (letters && slug) return void serveDirect(req, res, letters, { slug }, port);
    const rule = cache && listening ? cacheRuleFor(req) : null;
    if ((!rule || !cache) && liteScript && (isLitePageRequest(req) || isLitePostRequest(req))) {
      return serveLite(req, res, liteScript);
    }
    if (!rule || !cache) return void handle(req, res);
    const hit = cache.get(rule.key);
    if (hit) return sendCached(req, res, hit, "hit");
    fill(rule, req).then(
      (fetched) => {
        if (fetched.entry) return sendCached(req, res, fetched.entry, "miss");
        sendFetched(req, res, fetched);
      },
      (error: unknown) => {
        console.error("[chorus] page cache fill failed:", error);
        if (!res.headersSent) void handle(req, res);
      },
    );
  });
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
    return await loadRouteHandler(distDir, "api/campaigns/[slug]/letters");
  } catch (error) {
    console.error(`[chorus] letters go through Next: ${error instanceof Error ? error.message : error}`);
    return null;
  }
}

function fetchInner(
  port: number,
  path: string,
  headers: http.IncomingHttpHeaders,
  options: { keepCookies?: boolean; cookie?: string; body?: http.IncomingMessage } = {},
): Promise<Fetched> {
  // A cached copy is for everyone, so it is rendered without the visitor's cookies; a lite page that is not
  // kept (no session cookie, or it would not be lite) keeps them, for whatever else they say (a language).
  const { cookie, authorization: _authorization, ...rest } = headers;
  if (options.keepCookies && cookie) rest.cookie = cookie;
  else if (options.cookie) rest.cookie = options.cookie;
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: options.body ? "POST" : "GET",
        headers: { ...rest, "accept-encoding": "identity", connection: "close" },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const out = new Headers();
          for (const [name, value] of Object.entries(response.headers)) {
            if (value === undefined) continue;
            for (const v of Array.isArray(value) ? value : [value]) out.append(name, v);
          }
          resolve({
            status: response.statusCode ?? 502,
            headers: out,
            body: Buffer.concat(chunks),
            entry: null,
          });
        });
      },
    );
    request.setTimeout(30_000, () => request.destroy(new Error("page cache fill timed out")));
    request.on("error", reject);
    if (options.body) options.body.pipe(request);
    else request.end();
  });
}

function headerObject(headers: Headers, length: number): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {};
  headers.forEach((value, name) => {
    if (name === "transfer-encoding" || name === "connection" || name === "content-length") return;
    if (name === "set-cookie") out[name] = headers.getSetCookie();
    else out[name] = value;
  });
  out["content-length"] = length;
  return out;
}

function sendFetched(req: http.IncomingMessage, res: http.ServerResponse, fetched: Omit<Fetched, "entry">) {
  res.writeHead(fetched.status, headerObject(fetched.headers, fetched.body.length));
  res.end(req.method === "HEAD" ? undefined : fetched.body);
}

function sendCached(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  entry: CachedAnswer,
  how: "hit" | "miss" | null,
): void {
  const gzip = entry.gzip && acceptsGzip(req.headers["accept-encoding"]) ? entry.gzip : null;
  const body = gzip ?? entry.body;
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of entry.headers) headers[name] = value;
  if (gzip) headers["content-encoding"] = "gzip";
  headers["content-length"] = body.length;
  headers.age = String(Math.floor((Date.now() - entry.storedAt) / 1000));
  if (how) headers["x-chorus-cache"] = how;
  res.writeHead(entry.status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}
