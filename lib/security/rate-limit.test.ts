import { count, eq, like, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, letters, rateLimitBuckets, users } from "@/db/schema";
import { submitLetter } from "@/lib/letters/submit";
import { seedLetterFixture } from "@/lib/letters/testing";
import { clientIp, hashForLimit, hitLimit, LIMITS, type Limit, RateLimitedError } from "./rate-limit";

const tiny: Limit = { name: "test:tiny", max: 5, windowSeconds: 60, message: LIMITS.lettersPerIp.message };

async function bucket(limit: Limit, subject: string) {
  const [row] = await getDb()
    .select()
    .from(rateLimitBuckets)
    .where(eq(rateLimitBuckets.key, `${limit.name}:${hashForLimit(limit.name, subject)}`));
  return row;
}

async function preset(limit: Limit, subject: string, used: number) {
  await getDb()
    .insert(rateLimitBuckets)
    .values({
      key: `${limit.name}:${hashForLimit(limit.name, subject)}`,
      windowStart: new Date(),
      count: used,
    })
    .onConflictDoUpdate({ target: rateLimitBuckets.key, set: { count: used, windowStart: new Date() } });
}

const letter = (email: string) => ({
  campaign: "demo",
  zip: "60623",
  firstName: "Rosa",
  lastName: "Parks",
  email,
  parts: { story: "We need lawyers in housing court." },
});

beforeAll(async () => {
  await seedLetterFixture();
});

describe("hitLimit", () => {
  it("lets exactly `max` of 20 simultaneous attempts through, then says when to come back", async () => {
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => hitLimit(tiny, "203.0.113.9")));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(15);
    const error = refused[0]?.reason as RateLimitedError;
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another subject has its own window.
    await expect(hitLimit(tiny, "203.0.113.10")).resolves.toBeUndefined();
  });

  it("starts a new window once the old one has passed", async () => {
    await preset(tiny, "198.51.100.1", 5);
    await expect(hitLimit(tiny, "198.51.100.1")).rejects.toBeInstanceOf(RateLimitedError);
    await getDb()
      .update(rateLimitBuckets)
      .set({ windowStart: new Date(Date.now() - 61_000) })
      .where(eq(rateLimitBuckets.key, `${tiny.name}:${hashForLimit(tiny.name, "198.51.100.1")}`));
    await expect(hitLimit(tiny, "198.51.100.1")).resolves.toBeUndefined();
    expect((await bucket(tiny, "198.51.100.1"))?.count).toBe(1);
  });

  it("stores no address in the clear, and audits the first refusal of a window only", async () => {
    await preset(tiny, "audit@example.org", 5);
    const before = await getDb()
      .select({ n: count() })
      .from(auditEvents)
      .where(eq(auditEvents.subject, tiny.name));
    await expect(hitLimit(tiny, "audit@example.org")).rejects.toBeInstanceOf(RateLimitedError);
    await expect(hitLimit(tiny, "audit@example.org")).rejects.toBeInstanceOf(RateLimitedError);
    const after = await getDb()
      .select({ n: count() })
      .from(auditEvents)
      .where(eq(auditEvents.subject, tiny.name));
    expect((after[0]?.n ?? 0) - (before[0]?.n ?? 0)).toBe(1);
    const leaked = await getDb()
      .select({ key: rateLimitBuckets.key })
      .from(rateLimitBuckets)
      .where(like(rateLimitBuckets.key, "%example.org%"));
    expect(leaked).toEqual([]);
  });

  it("reads the rightmost X-Forwarded-For entry (the peer, without trusted proxies), never X-Real-IP", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 192.0.2.7" }))).toBe("192.0.2.7");
    expect(clientIp(new Headers({ "x-real-ip": "192.0.2.8" }))).toBeNull();
    expect(clientIp(new Headers())).toBeNull();
  });
});

describe("letters", () => {
  it("refuses a network over its daily letters, and writes nothing", async () => {
    await preset(LIMITS.lettersPerIp, "192.0.2.50", LIMITS.lettersPerIp.max);
    const refused = await submitLetter(null, letter("from-busy-network@example.org"), {
      ip: "192.0.2.50",
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).message).toContain("tomorrow");
    const written = await getDb()
      .select()
      .from(users)
      .where(eq(users.email, "from-busy-network@example.org"));
    expect(written).toEqual([]);
  });

  it("counts only letters really written against an address, and refuses the one over", async () => {
    const email = "prolific@example.org";
    await preset(LIMITS.lettersPerEmail, email, LIMITS.lettersPerEmail.max);
    await expect(submitLetter(null, letter(email))).rejects.toBeInstanceOf(RateLimitedError);
    const [row] = await getDb().select({ n: count() }).from(letters).where(sql`${letters.email} = ${email}`);
    expect(row?.n).toBe(0);
    // The refused letter rolled its count back: still exactly at the limit.
    expect((await bucket(LIMITS.lettersPerEmail, email))?.count).toBe(LIMITS.lettersPerEmail.max);

    const fresh = "first-letter@example.org";
    expect((await submitLetter(null, letter(fresh))).status).toBe("confirm_email");
    expect((await bucket(LIMITS.lettersPerEmail, fresh))?.count).toBe(1);
  });
});
