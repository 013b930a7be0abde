import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getConnection, getDb } from "@/db/client";
import { campaignSupporters, campaigns, letters, organizations } from "@/db/schema";
import { NOTIFY_CHANNEL } from "@/lib/edge-manifest";
import { campaign, letter, organization, person } from "@/lib/organize/testing";
import {
  acceptsGzip,
  CAMPAIGN_PAGE_MAX_AGE_MS,
  type CacheRule,
  cacheRuleFor,
  keepFor,
  PageCache,
  toCachedAnswer,
} from "./page-cache";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });
const html = () => new Headers({ "content-type": "text/html; charset=utf-8" });
const answer = (rule: CacheRule, body = "x".repeat(2000), now = Date.now()) =>
  toCachedAnswer(rule, 200, html(), Buffer.from(body), CAMPAIGN_PAGE_MAX_AGE_MS, now);

describe("which requests the cache may answer", () => {
  it("answers a signed-out campaign page, never a signed-in one or one with a query", () => {
    expect(cacheRuleFor(get("/campaigns/demo"))).toEqual({
      key: "en:/campaigns/demo",
      path: "/campaigns/demo",
      kind: "campaign",
      slug: "demo",
      locale: "en",
    });
    expect(cacheRuleFor(get("/campaigns/demo", { cookie: "a=1; authjs.session-token=abc" }))).toBeNull();
    expect(cacheRuleFor(get("/campaigns/demo", { cookie: "__Secure-authjs.session-token=abc" }))).toBeNull();
    // Other cookies (say, Auth.js's CSRF cookie) do not make the page personal.
    expect(cacheRuleFor(get("/campaigns/demo", { cookie: "authjs.csrf-token=abc" }))).not.toBeNull();
    expect(cacheRuleFor(get("/campaigns/demo?zip=60623"))).toBeNull();
    expect(cacheRuleFor(get("/campaigns/demo", { rsc: "1" }))).toBeNull();
    expect(cacheRuleFor(get("/campaigns/demo", { authorization: "Bearer x" }))).toBeNull();
    expect(cacheRuleFor({ method: "POST", url: "/campaigns/demo", headers: {} })).toBeNull();
    expect(cacheRuleFor(get("/campaigns/demo/join"))).toBeNull();
    expect(cacheRuleFor(get("/account"))).toBeNull();
  });

  it("keeps one copy of a campaign page per language: the switch's cookie, then Accept-Language", () => {
    const key = (headers: Record<string, string>) => cacheRuleFor(get("/campaigns/demo", headers))?.key;
    expect(key({ "accept-language": "es-MX,es;q=0.9,en;q=0.8" })).toBe("es:/campaigns/demo");
    expect(key({ "accept-language": "fr-FR,en;q=0.5,es;q=0.7" })).toBe("es:/campaigns/demo");
    expect(key({ "accept-language": "fr-FR" })).toBe("en:/campaigns/demo");
    expect(key({ cookie: "chorus_lang=es", "accept-language": "en-US" })).toBe("es:/campaigns/demo");
    expect(key({ cookie: "a=1; chorus_lang=en", "accept-language": "es" })).toBe("en:/campaigns/demo");
    // An unknown value is no choice at all.
    expect(key({ cookie: "chorus_lang=xx", "accept-language": "es" })).toBe("es:/campaigns/demo");
    expect(cacheRuleFor(get("/campaigns/demo", { cookie: "chorus_lang=es" }))?.locale).toBe("es");
  });

  it("answers the officials API, tied to the campaign it names", () => {
    expect(cacheRuleFor(get("/api/officials?zip=60623"))).toEqual({
      key: "/api/officials?zip=60623",
      path: "/api/officials?zip=60623",
      kind: "public",
      slug: null,
      locale: null,
    });
    expect(cacheRuleFor(get("/api/officials?zip=60623&campaign=demo"))?.slug).toBe("demo");
    expect(cacheRuleFor(get(`/api/officials?zip=${"1".repeat(600)}`))).toBeNull();
  });

  it("keeps only 200s without cookies, and public API answers for their s-maxage (at most an hour)", () => {
    const page = cacheRuleFor(get("/campaigns/demo")) as CacheRule;
    const api = cacheRuleFor(get("/api/officials?zip=60623")) as CacheRule;
    expect(keepFor(page, 200, html())).toBe(CAMPAIGN_PAGE_MAX_AGE_MS);
    expect(keepFor(page, 404, html())).toBeNull();
    expect(keepFor(page, 308, html())).toBeNull();
    expect(keepFor(page, 200, new Headers({ "content-type": "text/html", "set-cookie": "a=1" }))).toBeNull();
    // Next's own page (not made lite) carries one request's nonce: never kept for others.
    const nonced = new Headers({
      "content-type": "text/html",
      "content-security-policy": "script-src 'self' 'nonce-abc' 'strict-dynamic'",
    });
    expect(keepFor(page, 200, nonced)).toBeNull();
    const lite = new Headers({ "content-type": "text/html", "content-security-policy": "script-src 'self'" });
    expect(keepFor(page, 200, lite)).toBe(CAMPAIGN_PAGE_MAX_AGE_MS);
    expect(keepFor(page, 200, new Headers({ "content-type": "text/x-component" }))).toBeNull();
    expect(keepFor(api, 200, new Headers({ "cache-control": "public, max-age=300, s-maxage=60" }))).toBe(
      60_000,
    );
    expect(keepFor(api, 200, new Headers({ "cache-control": "public, s-maxage=86400" }))).toBe(3_600_000);
    expect(keepFor(api, 200, new Headers({ "cache-control": "no-store" }))).toBeNull();
    expect(keepFor(api, 200, new Headers({ "cache-control": "public, max-age=300" }))).toBeNull();
    expect(keepFor(api, 400, new Headers({ "cache-control": "public, s-maxage=60" }))).toBeNull();
  });

  it("compresses once, and serves gzip only to those who ask", () => {
    const entry = answer({
      key: "en:/campaigns/demo",
      path: "/campaigns/demo",
      kind: "campaign",
      slug: "demo",
      locale: "en",
    });
    expect(entry.gzip?.length).toBeLessThan(entry.body.length);
    expect(entry.headers).toContainEqual(["vary", "Accept-Encoding"]);
    const rsc = new Headers({ "content-type": "text/html", vary: "rsc, next-router-state-tree" });
    const page: CacheRule = {
      key: "en:/campaigns/demo",
      path: "/campaigns/demo",
      kind: "campaign",
      slug: "demo",
      locale: "en",
    };
    expect(toCachedAnswer(page, 200, rsc, Buffer.from("x"), 1000).headers).toContainEqual([
      "vary",
      "rsc, next-router-state-tree, Accept-Encoding",
    ]);
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br")).toBe(false);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe("PageCache", () => {
  const demo: CacheRule = {
    key: "en:/campaigns/demo",
    path: "/campaigns/demo",
    kind: "campaign",
    slug: "demo",
    locale: "en",
  };
  const other: CacheRule = {
    key: "en:/campaigns/other",
    path: "/campaigns/other",
    kind: "campaign",
    slug: "other",
    locale: "en",
  };

  it("drops a campaign's entries when it changes, and everything on *", () => {
    const cache = new PageCache();
    expect(cache.set(demo.key, answer(demo), cache.stamp("demo"))).toBe(true);
    expect(cache.set(other.key, answer(other), cache.stamp("other"))).toBe(true);
    cache.invalidate("demo");
    expect(cache.get(demo.key)).toBeUndefined();
    expect(cache.get(other.key)).toBeDefined();
    cache.invalidate("*");
    expect(cache.size).toBe(0);
  });

  it("refuses an answer rendered before a change that arrived while it was rendered", () => {
    const cache = new PageCache();
    const stamp = cache.stamp("demo");
    cache.invalidate("demo");
    expect(cache.set(demo.key, answer(demo), stamp)).toBe(false);
    const everything = cache.stamp("other");
    cache.invalidate("*");
    expect(cache.set(other.key, answer(other), everything)).toBe(false);
    expect(cache.set(other.key, answer(other), cache.stamp("other"))).toBe(true);
  });

  it("forgets expired answers and the least recently used beyond its size", () => {
    const cache = new PageCache(2);
    const now = Date.now();
    cache.set(demo.key, answer(demo, "a", now), cache.stamp("demo"));
    expect(cache.get(demo.key, now + CAMPAIGN_PAGE_MAX_AGE_MS + 1)).toBeUndefined();
    const third: CacheRule = {
      key: "en:/campaigns/third",
      path: "/campaigns/third",
      kind: "campaign",
      slug: "third",
      locale: "en",
    };
    cache.set(demo.key, answer(demo), cache.stamp("demo"));
    cache.set(other.key, answer(other), cache.stamp("other"));
    cache.get(demo.key); // demo is now the most recently used
    cache.set(third.key, answer(third), cache.stamp("third"));
    expect(cache.get(other.key)).toBeUndefined();
    expect(cache.get(demo.key)).toBeDefined();
    expect(cache.get(third.key)).toBeDefined();
  });
});

describe("PostgreSQL says which campaign page changed (migration page_cache_notify)", () => {
  const heard: string[] = [];
  let orgId = "";
  let campaignId = "";

  beforeAll(async () => {
    const connection = getConnection();
    const onNotify = (payload: string) => heard.push(payload);
    if (connection.kind === "pglite") await connection.pglite.listen(NOTIFY_CHANNEL, onNotify);
    else await connection.client.listen(NOTIFY_CHANNEL, onNotify);
    orgId = await organization("cache-org");
    campaignId = await campaign(orgId, "cache-demo");
  });

  async function heardAfter(change: () => Promise<unknown>): Promise<string[]> {
    heard.length = 0;
    await change();
    // Notifications arrive after the commit, on the listening connection.
    await new Promise((resolve) => setTimeout(resolve, 150));
    return [...new Set(heard)];
  }

  it("on organizer edits, with the old and the new slug when it is renamed", async () => {
    expect(
      await heardAfter(() =>
        getDb().update(campaigns).set({ summary: "New words" }).where(eq(campaigns.id, campaignId)),
      ),
    ).toEqual(["cache-demo"]);
    expect(
      await heardAfter(() =>
        getDb().update(campaigns).set({ slug: "cache-renamed" }).where(eq(campaigns.id, campaignId)),
      ),
    ).toEqual(["cache-demo", "cache-renamed"]);
    expect(
      await heardAfter(() =>
        getDb().update(organizations).set({ name: "Renamed org" }).where(eq(organizations.id, orgId)),
      ),
    ).toEqual(["*"]);
  });

  it("when the counters move: confirmed letters and joins, not letters awaiting confirmation", async () => {
    expect(await heardAfter(() => letter(campaignId, { status: "awaiting_confirmation" }))).toEqual([]);
    let written = { id: "", supporterId: "" };
    expect(
      await heardAfter(async () => {
        written = await letter(campaignId, { status: "confirmed" });
      }),
    ).toEqual(["cache-renamed"]);
    const supporter = await person();
    expect(
      await heardAfter(() =>
        getDb().insert(campaignSupporters).values({ campaignId, userId: supporter.id, source: "join" }),
      ),
    ).toEqual(["cache-renamed"]);
    expect(await heardAfter(() => getDb().delete(letters).where(eq(letters.id, written.id)))).toEqual([
      "cache-renamed",
    ]);
  });
});
