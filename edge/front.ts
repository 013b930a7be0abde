/**
 * What `npm start` does with each request (edge/launcher.ts): a letter posted by someone not signed in goes
 * to the route's handler directly (direct-route.ts), a signed-out campaign page and the forms posted from it are
 * made lite (lite-page.ts), cached answers come from memory (page-cache.ts), and everything else goes to Next.
 *
 * Before any of that, the request's X-Forwarded-For is replaced by the one client address the socket and
 * TRUSTED_PROXIES give (lib/security/client-address.ts), on every path: Next's handler, the inner listener that
 * renders lite pages and answers their form posts (whose socket is this process's own loopback), and the direct
 * route. A client's own header is never passed on as it came.
 */
import http from "node:http";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { clientOfPeer, type TrustedProxies } from "@/lib/security/client-address";
import {
  isMalformedPath,
  MALFORMED_PATH_STATUS,
  malformedPathHeaders,
  malformedPathText,
} from "@/lib/security/malformed-path";
import { directLetterSlug, type RouteHandler, serveDirect } from "./direct-route";
import { isLitePageRequest, isLitePostRequest, toLiteAnswer } from "./lite-page";
import {
  acceptsGzip,
  type CachedAnswer,
  type CacheRule,
  cacheRuleFor,
  keepFor,
  type PageCache,
  toCachedAnswer,
} from "./page-cache";

type Fetched = { status: number; headers: Headers; body: Buffer; entry: CachedAnswer | null };
type Handle = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

export type FrontOptions = {
  /** Next's request handler. */
  handle: Handle;
  /** This process's private loopback listener in front of `handle` (renders misses and lite pages). */
  innerPort: number;
  /** The public port (the direct route builds its request's URL with it). */
  port: number;
  cache: PageCache | null;
  /** Whether the cache hears of changes (LISTEN is up); it answers only then. */
  isListening: () => boolean;
  liteScript: string | null;
  letters: RouteHandler | null;
  trustedProxies: TrustedProxies;
};

/**
 * Sets X-Forwarded-For to the client as this connection shows it: the socket's address, or, from a trusted
 * proxy, the address it speaks for. Every later step (Next, the inner listener, the direct route) reads this.
 */
export function stampClientAddress(req: http.IncomingMessage, trustedProxies: TrustedProxies): void {
  const forwarded = req.headers["x-forwarded-for"];
  const client = clientOfPeer(
    req.socket.remoteAddress,
    Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    trustedProxies,
  );
  if (client) req.headers["x-forwarded-for"] = client;
  else delete req.headers["x-forwarded-for"];
}

/** The request listener of `npm start`'s public server. */
export function frontHandler({
  handle,
  innerPort,
  port,
  cache,
  isListening,
  liteScript,
  letters,
  trustedProxies,
}: FrontOptions): (req: http.IncomingMessage, res: http.ServerResponse) => void {
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

  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    stampClientAddress(req, trustedProxies);
    // A path that does not decode: answered here (Next would give a bare 500 without the site's headers).
    if (isMalformedPath(req.url ?? "/")) {
      const language = req.headers["accept-language"];
      const text = malformedPathText(
        req.headers.cookie,
        Array.isArray(language) ? language.join(",") : language,
      );
      const body = Buffer.from(text, "utf8");
      res.writeHead(MALFORMED_PATH_STATUS, { ...malformedPathHeaders(), "content-length": body.length });
      return void res.end(req.method === "HEAD" ? undefined : body);
    }
    const slug = letters && directLetterSlug(req);
    if (letters && slug) return void serveDirect(req, res, letters, { slug }, port, trustedProxies);
    const rule = cache && isListening() ? cacheRuleFor(req) : null;
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
  };
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
