/**
 * The shared page cache of `npm start` (edge/launcher.ts): what a CDN would keep, inside each web process.
 * Which paths, and what drops them, is declared in lib/edge-manifest.ts.
 *
 * - Campaign pages (`/campaigns/SLUG`, no query) for people without a session cookie: the same bytes for every
 *   anonymous visitor. Kept until the campaign changes (PostgreSQL triggers `pg_notify('chorus_pages', slug)` on
 *   organizer edits and when its counters move: CAMPAIGN_PAGE_TABLES in lib/edge-manifest.ts), and at most
 *   CAMPAIGN_PAGE_MAX_AGE_MS as a backstop (its form stamps are valid for a day).
 * - Public API answers (`/api/officials…`) that say `Cache-Control: public, s-maxage=N`: kept N seconds (at most
 *   an hour), and those about a campaign (`?campaign=SLUG`) also dropped when that campaign changes.
 *
 * Everything else, and every request with a session cookie, an Authorization header, a router (RSC) header or
 * a method other than GET/HEAD, goes to Next as before. Only 200 answers without Set-Cookie are kept.
 */
import { gzipSync } from "node:zlib";
import { hasSessionCookieHeader } from "@/lib/auth/session-cookie";
import { ALL_CAMPAIGNS, CAMPAIGN_PAGE_PATH, isPublicApiPath } from "@/lib/edge-manifest";
import { type Locale, localeFromCookieHeader, pickLocale } from "@/lib/i18n/locale";

export const CAMPAIGN_PAGE_MAX_AGE_MS = 60_000;
export const PUBLIC_MAX_AGE_CAP_MS = 3_600_000;
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "date",
  "age",
  "x-chorus-cache",
]);

/**
 * `path` is what is asked of Next; `key` also holds the language a campaign page is rendered in (the same rule
 * as the pages': lib/i18n/locale.ts), which the fill sends as the only cookie.
 */
export type CacheRule = {
  key: string;
  path: string;
  kind: "campaign" | "public";
  slug: string | null;
  locale: Locale | null;
};

type RequestLike = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

/** Which requests may be answered from the cache, and under which key; null: straight to Next. */
export function cacheRuleFor(request: RequestLike): CacheRule | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const h = request.headers;
  if (
    h.authorization ||
    h.rsc ||
    h["next-router-prefetch"] ||
    h["next-router-state-tree"] ||
    h["next-action"]
  ) {
    return null;
  }
  const url = request.url ?? "";
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  const campaign = CAMPAIGN_PAGE_PATH.exec(path);
  if (campaign && q === -1) {
    const cookie = Array.isArray(h.cookie) ? h.cookie.join("; ") : (h.cookie ?? "");
    if (hasSessionCookieHeader(cookie)) return null;
    const acceptLanguage = h["accept-language"];
    const locale = pickLocale({
      cookie: localeFromCookieHeader(cookie),
      acceptLanguage: Array.isArray(acceptLanguage) ? acceptLanguage.join(",") : acceptLanguage,
    });
    return { key: `${locale}:${path}`, path, kind: "campaign", slug: campaign[1] ?? null, locale };
  }
  if (isPublicApiPath(path)) {
    if (url.length > 512) return null;
    const slug = q === -1 ? null : new URLSearchParams(url.slice(q + 1)).get("campaign");
    return { key: url, path: url, kind: "public", slug: slug?.trim() || null, locale: null };
  }
  return null;
}

export type CachedAnswer = {
  status: number;
  headers: [string, string][];
  body: Buffer;
  gzip: Buffer | null;
  storedAt: number;
  expiresAt: number;
  slug: string | null;
};

/** How long an answer may be kept, from its headers; null: not at all. */
export function keepFor(rule: CacheRule, status: number, headers: Headers): number | null {
  if (status !== 200 || headers.has("set-cookie")) return null;
  if (rule.kind === "campaign") {
    // A page whose policy names a nonce (Next's own page, not made lite) allows the scripts of one request:
    // a copy served to others would hand them that nonce. Only lite pages (no inline script) are kept.
    if (/'nonce-/i.test(headers.get("content-security-policy") ?? "")) return null;
    return (headers.get("content-type") ?? "").startsWith("text/html") ? CAMPAIGN_PAGE_MAX_AGE_MS : null;
  }
  const cacheControl = headers.get("cache-control") ?? "";
  if (!/\bpublic\b/.test(cacheControl) || /\b(?:private|no-store|no-cache)\b/.test(cacheControl)) return null;
  const sMaxAge = /\bs-maxage=(\d+)/.exec(cacheControl)?.[1];
  if (!sMaxAge || Number(sMaxAge) <= 0) return null;
  return Math.min(Number(sMaxAge) * 1000, PUBLIC_MAX_AGE_CAP_MS);
}

export function toCachedAnswer(
  rule: CacheRule,
  status: number,
  headers: Headers,
  body: Buffer,
  maxAgeMs: number,
  now: number = Date.now(),
): CachedAnswer {
  const kept: [string, string][] = [];
  headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name) && name !== "vary") kept.push([name, value]);
  });
  // Next's own Vary (its router headers) stays; the copy also varies by encoding.
  const vary = headers.get("vary");
  kept.push([
    "vary",
    !vary ? "Accept-Encoding" : /accept-encoding/i.test(vary) ? vary : `${vary}, Accept-Encoding`,
  ]);
  return {
    status,
    headers: kept,
    body,
    // Pages and lookups compress well; compressed once here instead of on every request.
    gzip: body.length > 1024 ? gzipSync(body, { level: 6 }) : null,
    storedAt: now,
    expiresAt: now + maxAgeMs,
    slug: rule.slug,
  };
}

/** A bounded map (least recently used goes first) with generations, so a fill that raced a change is not kept. */
export class PageCache {
  private entries = new Map<string, CachedAnswer>();
  private bytes = 0;
  private generation = 0;
  private slugGenerations = new Map<string, number>();

  constructor(
    private readonly maxEntries = 5000,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, now: number = Date.now()): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.delete(key);
      return undefined;
    }
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** A token to hand back to `set`: it refuses the answer if the slug (or everything) changed meanwhile. */
  stamp(slug: string | null): string {
    return `${this.generation}:${slug ? (this.slugGenerations.get(slug) ?? 0) : 0}`;
  }

  set(key: string, entry: CachedAnswer, stamp: string): boolean {
    if (stamp !== this.stamp(entry.slug)) return false;
    const size = entry.body.length + (entry.gzip?.length ?? 0);
    if (size > this.maxBytes / 8) return false;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
    return true;
  }

  /** A campaign changed: its page and the answers about it go. `*` (or null): everything goes. */
  invalidate(slug: string | null): void {
    if (!slug || slug === ALL_CAMPAIGNS) {
      this.generation++;
      this.entries.clear();
      this.bytes = 0;
      return;
    }
    this.slugGenerations.set(slug, (this.slugGenerations.get(slug) ?? 0) + 1);
    for (const [key, entry] of this.entries) if (entry.slug === slug) this.delete(key);
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.body.length + (entry.gzip?.length ?? 0);
  }
}

export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  return /\bgzip\b(?!\s*;\s*q=0(?:\.0+)?\b)/i.test(value);
}
