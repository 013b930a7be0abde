/**
 * The lite campaign page (issue 9: campaign page JavaScript ≤ 100 KiB gzipped). Signed-out visitors to
 * `/campaigns/SLUG` get the HTML Next rendered, without React: every `<script>` (Next's chunks, the Turbopack
 * runtime, the inline `self.__next_f` flight data) and every script preload goes, and one small hand-written
 * script (public/enhance.js: the live "how personal is this" indicator, copy link, the phone's share sheet,
 * "Sending…" on submit) comes in. The page works without it: links are links and forms post to server actions
 * the plain HTML way (e2e/low-bandwidth.spec.ts), so the script only adds what truly needs a browser.
 *
 * Used by edge/launcher.ts (`npm start`) before the page cache stores an anonymous page, for the same
 * pages with a query (the letter form after a ZIP), which are not cached, and for the page that answers a form
 * posted from a lite page. `PAGE_LITE=off` turns it off; signed-in
 * visitors always get Next's page unchanged. Pure functions here, so the transform is tested without a server.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { cacheRuleFor } from "./page-cache";

/** The script signed-out campaign pages load, served by Next from public/. */
export const LITE_SCRIPT_PATH = "/enhance.js";

type RequestLike = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

/**
 * Whether a request may get the lite page: a GET or HEAD of `/campaigns/SLUG` (with or without a query) by
 * someone without a session, and not a request of Next's client router (which only a hydrated page sends).
 * The same conditions as the page cache's, whose rule is reused on the path without its query.
 */
export function isLitePageRequest(request: RequestLike): boolean {
  const url = request.url ?? "";
  const q = url.indexOf("?");
  // Named one by one: an IncomingMessage's headers are a getter, which a spread would lose.
  const path = q === -1 ? url : url.slice(0, q);
  const rule = cacheRuleFor({ method: request.method, url: path, headers: request.headers });
  return rule?.kind === "campaign";
}

/**
 * A form posted from a lite page: with no React there, a server action arrives the plain HTML way (a POST to the
 * page's own address, without Next's `Next-Action` header, which a hydrated page sends), and its answer is the
 * page again, made lite too. Signed-in visitors' posts go to Next untouched.
 */
export function isLitePostRequest(request: RequestLike): boolean {
  if (request.method !== "POST") return false;
  const type = String(request.headers["content-type"] ?? "");
  if (!/^(?:multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type)) return false;
  return isLitePageRequest({ method: "GET", url: request.url, headers: request.headers });
}

/** `/enhance.js?v=HASH`: the address changes with the script, so browsers may keep it for a year. */
export function liteScriptSrc(script: Buffer | string): string {
  const hash = createHash("sha256").update(script).digest("base64url").slice(0, 10);
  return `${LITE_SCRIPT_PATH}?v=${hash}`;
}

/** Reads public/enhance.js once at start; null (and the lite page off) when it is missing. */
export function loadLiteScriptSrc(dir: string = process.cwd()): string | null {
  try {
    return liteScriptSrc(readFileSync(path.join(dir, "public", LITE_SCRIPT_PATH)));
  } catch {
    return null;
  }
}

const SCRIPT_ELEMENT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const LINK_ELEMENT = /<link\b[^>]*>/gi;
const NONCED_TAG = /<(?:link|style|meta)\b[^>]*\snonce=[^>]*>/gi;
const NONCE_ATTRIBUTE = /\snonce=(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
/**
 * React's marks of a Suspense boundary still waiting for its content, which only a script moves into place. Not
 * an API (none says whether a page is whole): edge/react-contract.test.ts renders with the React Next ships and
 * fails if these stop matching. The campaign page itself never streams (edge/manifest.test.tsx).
 */
const PENDING_BOUNDARY = /<template id="B:|<div hidden id="S:|\$R[CSX]\(/;

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>;,]+))`, "i").exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? "") : null;
}

function isScriptPreload(tag: string): boolean {
  const rel = (attribute(tag, "rel") ?? "").toLowerCase().split(/\s+/);
  if (rel.includes("modulepreload")) return true;
  return rel.includes("preload") && (attribute(tag, "as") ?? "").toLowerCase() === "script";
}

/**
 * Next's HTML without its scripts, with `scriptSrc` loaded (deferred) instead. Null when the page cannot do
 * without React's scripts (a Suspense boundary still pending) or is not a whole document: then the caller
 * serves Next's page as it is.
 *
 * React escapes `<` in text and attribute values, and Next escapes it inside its inline scripts, so a `<script`
 * or `<link` in this HTML is always a tag, and the first `</script>` after a script's start is its end, as a
 * browser reads it.
 */
export function toLitePage(html: string, scriptSrc: string): string | null {
  if (!/<\/head\s*>/i.test(html) || !/<\/body\s*>/i.test(html) || PENDING_BOUNDARY.test(html)) return null;
  const bare = html
    .replace(SCRIPT_ELEMENT, "")
    .replace(LINK_ELEMENT, (link) => (isScriptPreload(link) ? "" : link))
    // The nonce of the request that rendered it must not travel to everyone who gets this copy.
    .replace(NONCED_TAG, (tag) => tag.replace(NONCE_ATTRIBUTE, ""));
  const tag = `<script src="${scriptSrc.replace(/[&"<>]/g, "")}" defer></script>`;
  return bare.replace(/<\/head\s*>/i, (end) => `${tag}${end}`);
}

/**
 * The headers of a lite page: no inline script is left, so the Content-Security-Policy allows scripts from
 * 'self' only (no 'unsafe-inline', and not the nonce Next's page was rendered with: the copy is for everyone);
 * script preloads go from `Link`; the length and any validator of Next's bytes go (they describe another body).
 */
export function toLiteHeaders(headers: Headers): Headers {
  const out = new Headers();
  headers.forEach((value, name) => {
    if (name === "content-length" || name === "etag" || name === "set-cookie") return;
    if (name === "content-security-policy") {
      out.append(name, strictScripts(value));
    } else if (name === "link") {
      const kept = value.split(/,\s*(?=<)/).filter((entry) => !isScriptPreload(` ${entry}`));
      if (kept.length > 0) out.append(name, kept.join(", "));
    } else {
      out.append(name, value);
    }
  });
  headers.getSetCookie().forEach((cookie) => {
    out.append("set-cookie", cookie);
  });
  out.set("x-chorus-page", "lite");
  return out;
}

function strictScripts(policy: string): string {
  return policy
    .split(";")
    .map((directive) => {
      const trimmed = directive.trim();
      if (!/^script-src(?:-elem)?\s/i.test(trimmed)) return trimmed;
      return trimmed
        .split(/\s+/)
        .filter(
          (token) => token !== "'unsafe-inline'" && token !== "'strict-dynamic'" && !/^'nonce-/i.test(token),
        )
        .join(" ");
    })
    .join("; ");
}

export type LiteAnswer = { status: number; headers: Headers; body: Buffer };

/** Next's answer, made lite when it is a whole HTML page (200); otherwise unchanged. */
export function toLiteAnswer(answer: LiteAnswer, scriptSrc: string): LiteAnswer {
  if (answer.status !== 200 || !(answer.headers.get("content-type") ?? "").startsWith("text/html")) {
    return answer;
  }
  const html = toLitePage(answer.body.toString("utf8"), scriptSrc);
  if (html === null) return answer;
  return { status: answer.status, headers: toLiteHeaders(answer.headers), body: Buffer.from(html, "utf8") };
}
