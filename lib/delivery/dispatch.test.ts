/**
 * The letter email dispatcher against the fake Resend, through the real SDK: batches of up to 100, within the
 * provider's request rate, each email accepted exactly once through retries, crashes and refusals.
 */
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { campaigns, campaignTranslations, deliveries, letters } from "@/db/schema";
import { type FakeResend, startFakeResend } from "@/e2e/fakes/fake-resend";
import { reloadEnv } from "@/lib/env";
import { findLetterReceipt, listMyLetters } from "@/lib/letters/receipts";
import { queueEmailLetters, seedLetterFixture } from "@/lib/letters/testing";
import { BATCH_SIZE, dispatchLetterEmails, MAX_ATTEMPTS } from "./dispatch";

let fake: FakeResend;
let campaignId = "";

function queueLetters(n: number, prefix: string): Promise<string[]> {
  return queueEmailLetters(campaignId, n, prefix);
}

async function statuses(ids: string[]) {
  return getDb()
    .select({
      id: deliveries.id,
      status: deliveries.status,
      attempts: deliveries.attempts,
      batchId: deliveries.batchId,
    })
    .from(deliveries)
    .where(inArray(deliveries.id, ids));
}

/** Each idempotency key the fake accepted, and how many emails it accepted in all. */
function acceptedKeys(): string[] {
  return fake.requests.filter((r) => r.status === 200).map((r) => r.idempotencyKey ?? "");
}

beforeAll(async () => {
  await seedLetterFixture();
  const [demo] = await getDb().select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, "demo"));
  campaignId = demo?.id ?? "";
  // These tests are about the provider's pace; the per-target cap has tests of its own (pacing.test.ts).
  await getDb().update(campaigns).set({ deliveryDailyCap: null }).where(eq(campaigns.id, campaignId));
  fake = await startFakeResend({ requestsPerSecond: 2 });
  process.env.RESEND_API_KEY = "re_dispatch_test";
  process.env.RESEND_BASE_URL = fake.url;
  // Hundreds of letters go to one council here; the cap per recipient address has its own test (pacing.test.ts).
  process.env.EMAILS_PER_RECIPIENT_PER_DAY = "100000";
  reloadEnv();
});

afterAll(async () => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  delete process.env.EMAILS_PER_RECIPIENT_PER_DAY;
  reloadEnv();
  await fake.close();
});

beforeEach(async () => {
  fake.reset();
  fake.setRequestsPerSecond(2);
  await getDb().delete(deliveries);
});

describe("dispatchLetterEmails", () => {
  it("a run whose job was taken over (its signal aborted) starts no request; the next run sends it all", async () => {
    const ids = await queueLetters(150, "aborted");
    const lost = await dispatchLetterEmails({ requestsPerSecond: 2, signal: AbortSignal.abort() });
    expect(lost).toMatchObject({ batches: 0, sent: 0 });
    expect(fake.requests).toHaveLength(0);
    const next = await dispatchLetterEmails({ requestsPerSecond: 2 });
    expect(next).toMatchObject({ sent: 150, failed: 0 });
    expect(fake.emails).toHaveLength(150);
    expect((await statuses(ids)).every((row) => row.status === "sent")).toBe(true);
  });

  it("sends 250 letters in 3 batch requests within 2 requests/s, each email once, merged per target", async () => {
    const ids = await queueLetters(250, "many");
    const report = await dispatchLetterEmails({ requestsPerSecond: 2 });
    expect(report).toMatchObject({ batches: 3, sent: 250, failed: 0, retrying: 0 });
    // The fake answers 429 to any request over its 2-per-second limit: none means the pacing held.
    expect(fake.requests.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(fake.requests.map((r) => r.path)).toEqual(["/emails/batch", "/emails/batch", "/emails/batch"]);
    expect(fake.requests[0]?.body as unknown[]).toHaveLength(BATCH_SIZE);
    expect(fake.emails).toHaveLength(250);

    const first = fake.emails.find((e) => e.text?.includes("Letter number 0 from"));
    expect(first?.subject).toBe("Re: Keep families housed: a right to counsel for tenants");
    expect(first?.text).toContain("Dear Ana Rivera,");
    expect(first?.text).toContain("Letter number 0 from Chicago.");
    expect(first?.text).toContain("Pat Writer0");
    expect(first?.reply_to).toEqual("many-0@example.org");
    expect(first?.from).toBe('"Pat Writer0 via Chorus" <chorus@example.org>');
    expect((await statuses(ids)).every((d) => d.status === "sent" && d.attempts === 1)).toBe(true);
  });

  it("retries a batch refused with 429 later, with the same key, honouring Retry-After", async () => {
    const ids = await queueLetters(3, "limited");
    fake.failNext({ kind: "status", status: 429, retryAfterSeconds: 30 });
    const first = await dispatchLetterEmails();
    expect(first).toMatchObject({ batches: 1, sent: 0, retrying: 3 });
    expect(first.nextAttemptAt?.getTime()).toBeGreaterThan(Date.now() + 25_000);
    expect((await statuses(ids)).every((d) => d.status === "queued" && d.attempts === 1)).toBe(true);

    // Not due yet: nothing is sent early.
    expect((await dispatchLetterEmails()).batches).toBe(0);
    await getDb()
      .update(deliveries)
      .set({ nextAttemptAt: new Date(Date.now() - 1000) })
      .where(inArray(deliveries.id, ids));
    expect(await dispatchLetterEmails()).toMatchObject({ batches: 1, sent: 3 });
    const keys = fake.requests.map((r) => r.idempotencyKey);
    expect(keys[0]).toBe(keys[1]);
    expect(fake.emails).toHaveLength(3);
  });

  it("after a 500 and after a provider that never answered, resends the same batch; the provider accepts it once", async () => {
    const ids = await queueLetters(2, "flaky");
    fake.failNext({ kind: "status", status: 500 }, { kind: "hang" });
    await dispatchLetterEmails({ timeoutMs: 300 });
    for (let attempt = 0; attempt < 2; attempt++) {
      await getDb()
        .update(deliveries)
        .set({ nextAttemptAt: new Date(Date.now() - 1000) })
        .where(inArray(deliveries.id, ids));
      await dispatchLetterEmails({ timeoutMs: 300 });
    }
    expect(fake.requests.map((r) => r.status)).toEqual([500, "hung", 200]);
    expect(new Set(fake.requests.map((r) => r.idempotencyKey)).size).toBe(1);
    expect(fake.emails).toHaveLength(2);
    expect((await statuses(ids)).every((d) => d.status === "sent" && d.attempts === 3)).toBe(true);
  });

  it("never sends twice when a worker died after the provider accepted but before recording it", async () => {
    const ids = await queueLetters(2, "crash");
    await dispatchLetterEmails();
    expect(fake.emails).toHaveLength(2);
    // Simulate the lost update: the database never heard that the batch was sent.
    await getDb()
      .update(deliveries)
      .set({ status: "queued", sentAt: null })
      .where(inArray(deliveries.id, ids));
    await dispatchLetterEmails();
    expect(acceptedKeys()).toHaveLength(2);
    expect(acceptedKeys()[0]).toBe(acceptedKeys()[1]);
    expect(fake.emails).toHaveLength(2);
    expect((await statuses(ids)).every((d) => d.status === "sent")).toBe(true);
  });

  it("marks a batch failed, visibly, after its last attempt", async () => {
    const ids = await queueLetters(1, "doomed");
    fake.setRandomFaults({ rate500: 1 });
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      await getDb()
        .update(deliveries)
        .set({ nextAttemptAt: new Date(Date.now() - 1000) })
        .where(inArray(deliveries.id, ids));
      await dispatchLetterEmails();
    }
    const [delivery] = await getDb()
      .select({ status: deliveries.status, attempts: deliveries.attempts, lastError: deliveries.lastError })
      .from(deliveries)
      .where(eq(deliveries.id, ids[0] ?? ""));
    expect(delivery).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    expect(delivery?.lastError).toContain("500");
    expect(fake.emails).toHaveLength(0);
  });

  it("merges {{campaign.title}} in the letter's language: the translation's title for a letter written from it", async () => {
    const [translation] = await getDb()
      .select({ title: campaignTranslations.title })
      .from(campaignTranslations)
      .where(
        sql`${campaignTranslations.campaignId} = ${campaignId} and ${campaignTranslations.language} = 'es'`,
      );
    const spanishTitle = translation?.title ?? "";
    expect(spanishTitle).toMatch(/^Que las familias/);
    const [spanish, english] = await queueLetters(2, "translated");
    const [written] = await getDb()
      .update(letters)
      .set({ language: "es" })
      .where(sql`${letters.id} = (select letter_id from ${deliveries} where id = ${spanish})`)
      .returning({ id: letters.id, supporterId: letters.supporterId, email: letters.email });

    expect(await dispatchLetterEmails({ requestsPerSecond: 10 })).toMatchObject({ sent: 2, failed: 0 });
    const subjectOf = (id: string | undefined) =>
      fake.emails.find((email) => email.headers?.["X-Chorus-Delivery"] === id)?.subject;
    expect(subjectOf(spanish)).toBe(`Re: ${spanishTitle}`);
    expect(subjectOf(english)).toBe("Re: Keep families housed: a right to counsel for tenants");

    // The supporter's receipt shows the letter as it went (the text a contact form would get) with the same title.
    const receipt = await findLetterReceipt(
      { id: written?.supporterId ?? "", email: written?.email ?? "", name: null },
      written?.id ?? "",
    );
    expect(receipt.campaignTitle).toBe("Keep families housed: a right to counsel for tenants");
    expect(receipt.deliveries[0]?.text.subject).toBe(`Re: ${spanishTitle}`);
    // The receipt's heading and "My letters" name the campaign as the letter did, marked with its language.
    expect(receipt.letterCampaignTitle).toBe(spanishTitle);
    expect(receipt.language).toBe("es");
    const mine = await listMyLetters({ id: written?.supporterId ?? "", email: "", name: null });
    expect(mine.find((letter) => letter.id === written?.id)).toMatchObject({
      campaignTitle: spanishTitle,
      language: "es",
    });
  });

  it("leaves hand-offs and unconfirmed letters alone", async () => {
    const [id] = await queueLetters(1, "unconfirmed");
    await getDb()
      .update(deliveries)
      .set({ status: "awaiting_confirmation" })
      .where(sql`${deliveries.id} = ${id}`);
    expect((await dispatchLetterEmails()).batches).toBe(0);
    expect(fake.requests).toHaveLength(0);
  });
});
