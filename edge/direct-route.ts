/**
 * Letters posted to the JSON API (POST /api/campaigns/SLUG/letters) by someone not signed in, answered by
 * `npm start`'s launcher with the route's own handler from Next's build, without Next's request pipeline around
 * it (routing, request adaptation, tracing, async-storage hooks: about a third of a letter's CPU in profiles).
 *
 * The handler is the same function Next would call, loaded from the same build, so every check it makes (origin,
 * JSON, validation, limits, the one transaction) is unchanged. It needs nothing of Next's request context only
 * without a session cookie: a signed-in supporter's letter reads the session through Auth.js, which does, so
 * those requests (and anything with a query, or any other route) still go to Next. What Next adds around a route
 * handler's answer is added here too: the x-forwarded-* request headers, the request's URL as Next builds it,
 * and the security headers of next.config.ts. Such answers carry `X-Chorus-Route: direct`; `DIRECT_ROUTES=off`
 * sends everything to Next.
 */
import type http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { hasSessionCookieHeader } from "@/lib/auth/session-cookie";
import { DIRECT_ROUTES } from "@/lib/edge-manifest";
import { clientOfPeer, NO_TRUSTED_PROXIES, type TrustedProxies } from "@/lib/security/client-address";
import { securityHeaders } from "@/lib/security/headers";

export type RouteHandler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

/** The route's own limit is 64 KiB (app/api/campaigns/[slug]/letters/route.ts); a longer body is cut here. */
export const MAX_DIRECT_BODY_BYTES = 64 * 1024 + 1;

/** The letters route, as lib/edge-manifest.ts declares it. */
export const LETTERS_ROUTE = DIRECT_ROUTES[0];

/** The campaign's slug when this request is a letter the launcher may answer itself, else null. */
export function directLetterSlug(
  req: Pick<http.IncomingMessage, "method" | "url" | "headers">,
): string | null {
  if (req.method !== LETTERS_ROUTE.method) return null;
  const match = LETTERS_ROUTE.path.exec(req.url ?? "");
  if (!match?.[1]) return null;
  if (hasSessionCookieHeader(req.headers.cookie)) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/**
 * The POST handler of an app route from Next's build (`distDir`, relative to the project): the entry Next
 * itself requires, so both share one module (and one database pool). Throws when the build has no such route
 * or Next's layout of it changed; the launcher then leaves the route to Next.
 *
 * This reaches into Next's build: `routeModule.userland` is not a public API. Next documents one way to call a
 * built route (the entry's `handler(req, res, ctx)`, for deployment adapters), but that runs the whole request
 * pipeline this path exists to skip. edge/next-contract.test.ts checks the built module still has this shape
 * (it runs when a build exists: CI's PostgreSQL pass, after the e2e build), and `.ci/run` checks a letter takes
 * this path. `DIRECT_ROUTES=off` leaves the route to Next.
 */
export async function loadRouteHandler(distDir: string, route: string): Promise<RouteHandler> {
  const require = createRequire(import.meta.url);
  const file = path.join(process.cwd(), distDir, "server", "app", route, "route.js");
  const entry = require(file) as {
    routeModule?: { ensureUserland?: () => Promise<void>; userland?: Record<string, unknown> };
  };
  const routeModule = entry.routeModule;
  if (typeof routeModule?.ensureUserland !== "function") {
    throw new Error(
      `${file} has no routeModule.ensureUserland(): Next's build layout changed (was Next.js upgraded?). ` +
        "See DEVELOPERS.md, Direct letters; DIRECT_ROUTES=off silences this.",
    );
  }
  await routeModule.ensureUserland();
  const handler = routeModule.userland?.POST;
  if (typeof handler !== "function") {
    throw new Error(`${file}: routeModule.userland has no POST function (was Next.js upgraded?)`);
  }
  return handler as RouteHandler;
}

/** The security headers every answer gets from next.config.ts (this path is not embeddable). */
const SECURITY_HEADERS = securityHeaders({ isProduction: true });

/** Answers `req` with `handler`, the way Next would have. Never rejects: a failure is a 500 in JSON. */
export async function serveDirect(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  handler: RouteHandler,
  params: Record<string, string>,
  port: number,
  trustedProxies: TrustedProxies = NO_TRUSTED_PROXIES,
): Promise<void> {
  try {
    const body = await readBody(req, MAX_DIRECT_BODY_BYTES);
    const request = toRequest(req, body, port, trustedProxies);
    const response = await handler(request, { params: Promise.resolve(params) });
    const answer = Buffer.from(await response.arrayBuffer());
    const headers: http.OutgoingHttpHeaders = {};
    for (const { key, value } of SECURITY_HEADERS) headers[key.toLowerCase()] = value;
    response.headers.forEach((value, name) => {
      if (name === "set-cookie") headers[name] = response.headers.getSetCookie();
      else if (name !== "content-length" && name !== "transfer-encoding") headers[name] = value;
    });
    headers["content-length"] = answer.length;
    headers["x-chorus-route"] = "direct";
    res.writeHead(response.status, headers);
    res.end(answer);
  } catch (error) {
    console.error("[chorus] letter (direct) failed:", error);
    if (res.headersSent) return void res.destroy();
    res.writeHead(500, {
      "content-type": "application/json",
      "cache-control": "no-store",
      connection: "close",
    });
    res.end(
      JSON.stringify({
        // Said in both languages, as the launcher's own failures are: the route's language choice never ran.
        error: {
          code: "INTERNAL",
          message:
            "Something went wrong on our side. Please try again. / Algo salió mal de nuestro lado. Inténtalo de nuevo.",
        },
      }),
    );
  }
}

/**
 * The body, at most `limit` bytes of it: the rest is read and dropped (the connection stays usable, and closing
 * it with data unread would reset it before the client reads the answer).
 */
export function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size < limit) return;
      req.off("data", onData);
      req.resume();
      resolve(Buffer.concat(chunks).subarray(0, limit));
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/**
 * A Web Request as Next gives a route handler: its URL is built like Next's (`http(s)://localhost:PORT/path`,
 * the protocol from X-Forwarded-Proto), and the x-forwarded-* headers Next sets when they are missing are set.
 * X-Forwarded-For is always replaced by the client this connection shows (the socket, or whom a trusted proxy
 * speaks for): the client's own copy would let it choose its per-network bucket.
 */
export function toRequest(
  req: http.IncomingMessage,
  body: Buffer,
  port: number,
  trustedProxies: TrustedProxies = NO_TRUSTED_PROXIES,
): Request {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  // The launcher itself serves plain http: https is only what a proxy in front says.
  const protocol = headers.get("x-forwarded-proto")?.includes("https") ? "https" : "http";
  if (!headers.has("x-forwarded-host")) headers.set("x-forwarded-host", headers.get("host") ?? "localhost");
  if (!headers.has("x-forwarded-port")) headers.set("x-forwarded-port", String(port));
  if (!headers.has("x-forwarded-proto")) headers.set("x-forwarded-proto", "http");
  // From the raw headers, as the client or its proxy sent them (the launcher has already rewritten req.headers;
  // the answer is the same).
  const client = clientOfPeer(req.socket.remoteAddress, headers.get("x-forwarded-for"), trustedProxies);
  if (client) headers.set("x-forwarded-for", client);
  else headers.delete("x-forwarded-for");
  return new Request(`${protocol}://localhost:${port}${req.url}`, {
    method: req.method,
    headers,
    body: new Uint8Array(body),
  });
}
