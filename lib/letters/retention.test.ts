/**
 * Retention (issue 19, item 11): letters nobody confirmed are purged after a week with the accounts only they
 * made, rate-limit windows long over are pruned, and both run daily from pg-boss's schedule.
 */
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { letters, mailboxMessages, rateLimitBuckets, sessions, users } from "@/db/schema";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import type { EmailJob } from "@/lib/jobs/enqueue";
import { PRUNE_DATA_QUEUE } from "@/lib/jobs/queues";
import { handleEmailJob, pruneData, registerWorkers } from "@/lib/jobs/worker";
import { type LetterInput, submitLetter } from "./submit";
import { seedLetterFixture } from "./testing";

const input = (email: string, campaign = "demo"): LetterInput => ({
  campaign,
  zip: "60623",
  firstName: "Rosa",
  lastName: "Parks",
  city: "Chicago",
  email,
  parts: {},
});

async function writtenDaysAgo(email: string, days: number): Promise<string> {
  await submitLetter(null, input(email));
  const [letter] = await getDb()
    .update(letters)
    .set({ createdAt: sql`now() - make_interval(days => ${days})` })
    .where(eq(letters.email, email))
    .returning({ id: letters.id });
  return letter?.id ?? "";
}

const accountOf = async (email: string) =>
  getDb().select({ id: users.id }).from(users).where(eq(users.email, email));
const letterExists = async (id: string) =>
  (await getDb().select({ id: letters.id }).from(letters).where(eq(letters.id, id))).length === 1;

beforeAll(async () => {
  await seedLetterFixture();
});

afterAll(async () => {
  await stopBoss({ graceful: false, timeoutMs: 2000 });
});

describe("the daily pruning", () => {
  it("purges letters unconfirmed for a week, and the accounts only they made", async () => {
    const stale = await writtenDaysAgo("stale@example.org", 8);
    const recent = await writtenDaysAgo("recent@example.org", 6);
    // A person who signed in once (Auth.js set email_verified) keeps their account; the stale letter goes.
    const verifiedLetter = await writtenDaysAgo("verified@example.org", 8);
    await getDb()
      .update(users)
      .set({ emailVerified: new Date() })
      .where(eq(users.email, "verified@example.org"));
    // A session (a sign-in) keeps the account too.
    const signedInLetter = await writtenDaysAgo("has-session@example.org", 8);
    const [withSession] = await accountOf("has-session@example.org");
    await getDb()
      .insert(sessions)
      .values({
        sessionToken: "retention-session",
        userId: withSession?.id ?? "",
        expires: new Date(Date.now() + 3600_000),
      });

    const report = await pruneData();
    expect(report.letters).toBeGreaterThanOrEqual(3);

    expect(await letterExists(stale)).toBe(false);
    expect(await accountOf("stale@example.org")).toEqual([]);
    expect(await letterExists(recent)).toBe(true);
    expect(await accountOf("recent@example.org")).toHaveLength(1);
    expect(await letterExists(verifiedLetter)).toBe(false);
    expect(await accountOf("verified@example.org")).toHaveLength(1);
    expect(await letterExists(signedInLetter)).toBe(false);
    expect(await accountOf("has-session@example.org")).toHaveLength(1);
  });

  it("keeps a confirmed letter however old", async () => {
    const id = await writtenDaysAgo("old-confirmed@example.org", 30);
    await getDb()
      .update(letters)
      .set({ status: "confirmed", confirmedAt: new Date() })
      .where(eq(letters.id, id));
    await pruneData();
    expect(await letterExists(id)).toBe(true);
  });

  it("a purged letter's confirmation job sends nothing", async () => {
    const id = await writtenDaysAgo("purged-before-send@example.org", 8);
    const [job] = rowsOf<{ data: EmailJob }>(
      await getDb().execute(sql`select data from pgboss.job where data->>'letterId' = ${id}`),
    );
    await pruneData();
    expect(await handleEmailJob(job?.data as EmailJob)).toEqual({ skipped: true });
    expect(
      await getDb()
        .select()
        .from(mailboxMessages)
        .where(sql`'purged-before-send@example.org' = any(${mailboxMessages.to})`),
    ).toEqual([]);
  });

  it("prunes rate-limit windows long over, and keeps the current ones", async () => {
    await getDb()
      .insert(rateLimitBuckets)
      .values([
        { key: "test:old", windowStart: new Date(Date.now() - 3 * 86_400_000), count: 3 },
        { key: "test:current", windowStart: new Date(), count: 1 },
      ]);
    const report = await pruneData();
    expect(report.rateLimitBuckets).toBeGreaterThanOrEqual(1);
    const left = await getDb()
      .select({ key: rateLimitBuckets.key })
      .from(rateLimitBuckets)
      .where(inArray(rateLimitBuckets.key, ["test:old", "test:current"]));
    expect(left).toEqual([{ key: "test:current" }]);
  });

  it("is on pg-boss's schedule, daily", async () => {
    const boss = await getBoss("worker");
    await registerWorkers(boss);
    const schedules = await boss.getSchedules();
    const prune = schedules.find((s) => s.name === PRUNE_DATA_QUEUE);
    expect(prune?.cron).toMatch(/^\d+ \d+ \* \* \*$/);
  });
});
