/**
 * Pacing per target: office hours in the target's time zone and a daily cap, decided before anything is
 * claimed, and honoured by the dispatcher against the fake Resend.
 */
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { campaigns, customTargets, deliveries, organizations } from "@/db/schema";
import { type FakeResend, startFakeResend } from "@/e2e/fakes/fake-resend";
import { reloadEnv } from "@/lib/env";
import { queueEmailLetters, seedLetterFixture } from "@/lib/letters/testing";
import { dispatchLetterEmails } from "./dispatch";
import { localDayBounds, nextOpening } from "./office-hours";
import { paceDueDeliveries } from "./pacing";

let fake: FakeResend;
let campaignId = "";

const STATE_SENATOR = {
  targetKey: "official:D000563",
  officialId: "D000563",
  name: "Richard J. Durbin",
  title: "Senator",
  email: "senator@example.org",
};

async function times(ids: string[]) {
  const rows = await getDb()
    .select({ id: deliveries.id, nextAttemptAt: deliveries.nextAttemptAt, status: deliveries.status })
    .from(deliveries)
    .where(inArray(deliveries.id, ids));
  return ids.map((id) => rows.find((row) => row.id === id));
}

async function setPacing(values: Partial<typeof campaigns.$inferInsert>) {
  await getDb().update(campaigns).set(values).where(eq(campaigns.id, campaignId));
}

beforeAll(async () => {
  await seedLetterFixture();
  const [demo] = await getDb().select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, "demo"));
  campaignId = demo?.id ?? "";
  fake = await startFakeResend({ requestsPerSecond: 2 });
  process.env.RESEND_API_KEY = "re_pacing_test";
  process.env.RESEND_BASE_URL = fake.url;
  reloadEnv();
});

afterAll(async () => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  reloadEnv();
  await fake.close();
});

beforeEach(async () => {
  fake.reset();
  await getDb().delete(deliveries);
  await setPacing({
    deliveryDailyCap: null,
    officeHoursStart: null,
    officeHoursEnd: null,
    officeWeekdaysOnly: false,
    timeZone: "America/New_York",
  });
});

describe("paceDueDeliveries", () => {
  it("holds letters outside office hours until the office opens, in the target's own time zone", async () => {
    await setPacing({ officeHoursStart: 9, officeHoursEnd: 17, officeWeekdaysOnly: true });
    const council = await queueEmailLetters(campaignId, 2, "council"); // custom target: the campaign's zone
    const senator = await queueEmailLetters(campaignId, 1, "senator", STATE_SENATOR); // Illinois: Chicago
    // Friday 2026-11-27 09:30 in New York, 08:30 in Chicago.
    const now = new Date("2026-11-27T14:30:00Z");
    expect(await paceDueDeliveries(now)).toEqual({ ready: 2, deferred: 1 });
    const [first, second] = await times(council);
    expect(first?.nextAttemptAt).toEqual(now);
    expect(second?.nextAttemptAt).toEqual(now);
    expect((await times(senator))[0]?.nextAttemptAt).toEqual(new Date("2026-11-27T15:00:00Z"));
  });

  it("sends at most the daily cap to one target, the oldest first, and the rest on its next local day", async () => {
    await setPacing({ deliveryDailyCap: 3 });
    const ids = await queueEmailLetters(campaignId, 5, "capped");
    const now = new Date();
    expect(await paceDueDeliveries(now)).toEqual({ ready: 3, deferred: 2 });
    const rows = await times(ids);
    const tomorrow = localDayBounds(now, "America/New_York").next;
    expect(rows.filter((row) => row?.nextAttemptAt?.getTime() === now.getTime())).toHaveLength(3);
    expect(rows.filter((row) => row?.nextAttemptAt?.getTime() === tomorrow.getTime())).toHaveLength(2);

    // Through the dispatcher: three go out today, whatever the number of runs.
    const report = await dispatchLetterEmails();
    expect(report).toMatchObject({ sent: 3 });
    expect((await dispatchLetterEmails()).sent).toBe(0);
    expect(fake.emails).toHaveLength(3);
    // A new letter today waits too: the cap counts what was sent since the office's midnight.
    const [late] = await queueEmailLetters(campaignId, 1, "late");
    expect((await dispatchLetterEmails()).deferred).toBe(1);
    expect((await times([late ?? ""]))[0]).toMatchObject({ status: "queued", nextAttemptAt: tomorrow });
  });

  it("the dispatcher sends nothing while the office is closed and says when it will", async () => {
    // A one-hour window two hours from now (UTC), every day.
    const hour = (new Date().getUTCHours() + 2) % 24;
    await setPacing({ officeHoursStart: hour, officeHoursEnd: hour + 1, timeZone: "UTC" });
    const ids = await queueEmailLetters(campaignId, 2, "closed");
    const report = await dispatchLetterEmails();
    expect(report).toMatchObject({ batches: 0, sent: 0, deferred: 2 });
    const opens = nextOpening(new Date(), {
      start: hour,
      end: hour + 1,
      weekdaysOnly: false,
      timeZone: "UTC",
    });
    expect(report.nextAttemptAt).toEqual(opens);
    expect((await times(ids)).every((row) => row?.status === "queued")).toBe(true);
    expect(fake.requests).toHaveLength(0);
  });

  it("has nothing to decide when nothing is waiting", async () => {
    expect(await paceDueDeliveries()).toEqual({ ready: 0, deferred: 0 });
  });
});

describe("letters to custom targets (issue 19 item 1)", () => {
  async function customTarget(verificationStatus: "unverified" | "verified", confirmedEmail: string | null) {
    const slug = `relay-${crypto.randomUUID().slice(0, 8)}`;
    const [org] = await getDb()
      .insert(organizations)
      .values({ slug, name: slug, verificationStatus })
      .returning({ id: organizations.id });
    const [target] = await getDb()
      .insert(customTargets)
      .values({ organizationId: org?.id ?? "", name: "Anyone", email: "anyone@example.net", confirmedEmail })
      .returning({ id: customTargets.id });
    const id = target?.id ?? "";
    return {
      id,
      organizationId: org?.id ?? "",
      fixture: {
        targetKey: `custom:${id}`,
        customTargetId: id,
        name: "Anyone",
        title: "",
        email: "anyone@example.net",
      },
    };
  }

  it("wait, queued and unpaced, until the organization is verified and the owner confirmed the address", async () => {
    const unverified = await customTarget("unverified", "anyone@example.net");
    const unconfirmed = await customTarget("verified", null);
    const otherAddress = await customTarget("verified", "someone-else@example.net");
    const held = [
      ...(await queueEmailLetters(campaignId, 2, "held-org", unverified.fixture)),
      ...(await queueEmailLetters(campaignId, 2, "held-owner", unconfirmed.fixture)),
      ...(await queueEmailLetters(campaignId, 1, "held-other", otherAddress.fixture)),
    ];
    expect(await paceDueDeliveries()).toEqual({ ready: 0, deferred: 0 });
    const report = await dispatchLetterEmails();
    expect(report).toMatchObject({ sent: 0, failed: 0 });
    expect(fake.emails).toHaveLength(0);
    expect((await times(held)).every((row) => row?.status === "queued" && row.nextAttemptAt === null)).toBe(
      true,
    );

    // Verified by an operator and confirmed by the owner: they go.
    await getDb()
      .update(organizations)
      .set({ verificationStatus: "verified" })
      .where(eq(organizations.id, unverified.organizationId));
    await getDb()
      .update(customTargets)
      .set({ confirmedEmail: "Anyone@Example.net" })
      .where(eq(customTargets.id, unconfirmed.id));
    expect((await dispatchLetterEmails()).sent).toBe(4);
    expect(fake.emails).toHaveLength(4);
    expect((await times(held.slice(4)))[0]).toMatchObject({ status: "queued", nextAttemptAt: null });
  });
});

describe("the cap per recipient address across campaigns (issue 19 item 1)", () => {
  afterAll(() => {
    delete process.env.EMAILS_PER_RECIPIENT_PER_DAY;
    reloadEnv();
  });

  it("sends one address at most the day's cap from two campaigns, whatever the case, and defers the rest", async () => {
    process.env.EMAILS_PER_RECIPIENT_PER_DAY = "3";
    reloadEnv();
    const [demo] = await getDb()
      .select({ organizationId: campaigns.organizationId })
      .from(campaigns)
      .where(eq(campaigns.id, campaignId));
    const [second] = await getDb()
      .insert(campaigns)
      .values({
        organizationId: demo?.organizationId ?? "",
        slug: `second-${crypto.randomUUID().slice(0, 8)}`,
        title: "A second campaign",
        status: "published",
        officeHoursStart: null,
        officeHoursEnd: null,
        officeWeekdaysOnly: false,
      })
      .returning({ id: campaigns.id });
    const mayor = { targetKey: "custom:mayor", name: "Mayor", title: "", email: "mayor@example.gov" };
    const first = await queueEmailLetters(campaignId, 2, "cap-a", mayor);
    const other = await queueEmailLetters(second?.id ?? "", 3, "cap-b", {
      ...mayor,
      email: "Mayor@EXAMPLE.gov",
    });

    expect((await dispatchLetterEmails()).sent).toBe(3);
    expect((await dispatchLetterEmails()).sent).toBe(0);
    expect(fake.emails).toHaveLength(3);
    const waiting = (await times([...first, ...other])).filter((row) => row?.status === "queued");
    expect(waiting).toHaveLength(2);
    // Deferred, not failed: they are looked at again in an hour.
    expect(waiting.every((row) => (row?.nextAttemptAt?.getTime() ?? 0) > Date.now() + 50 * 60_000)).toBe(
      true,
    );

    // A day later the address may receive again.
    await getDb()
      .update(deliveries)
      .set({ sentAt: new Date(Date.now() - 25 * 3600_000), nextAttemptAt: new Date(Date.now() - 1000) })
      .where(inArray(deliveries.id, [...first, ...other]));
    expect((await dispatchLetterEmails()).sent).toBe(2);
  });
});
