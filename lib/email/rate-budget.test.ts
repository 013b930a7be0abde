/**
 * The provider's one request budget (lib/email/rate-budget.ts), against the fake Resend enforcing Resend's
 * 2 requests per second: every sender shares it, and a sign-in link does not wait behind letter batches.
 */
import { eq } from "drizzle-orm";
import { createElement } from "react";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { campaigns, deliveries } from "@/db/schema";
import { type FakeResend, startFakeResend } from "@/e2e/fakes/fake-resend";
import SignInEmail from "@/emails/sign-in";
import { dispatchLetterEmails } from "@/lib/delivery/dispatch";
import { reloadEnv } from "@/lib/env";
import { queueEmailLetters, seedLetterFixture } from "@/lib/letters/testing";
import { type OutgoingEmail, sendEmail, sendEmailBatch } from "./send";

let fake: FakeResend;
let campaignId = "";

const signInLink = (key: string, to: string): OutgoingEmail => ({
  to,
  subject: "Your sign-in link",
  react: createElement(SignInEmail, {
    url: `http://localhost:3000/api/auth/callback/resend?token=${key}`,
    host: "localhost:3000",
    minutes: 10,
  }),
  idempotencyKey: key,
});

const statuses = () => fake.requests.map((request) => request.status);

beforeAll(async () => {
  await seedLetterFixture();
  const [demo] = await getDb().select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, "demo"));
  campaignId = demo?.id ?? "";
  await getDb().update(campaigns).set({ deliveryDailyCap: null }).where(eq(campaigns.id, campaignId));
  fake = await startFakeResend({ requestsPerSecond: 2 });
  process.env.RESEND_API_KEY = "re_budget_test";
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
  await getDb().delete(deliveries);
});

describe("the provider's request budget", () => {
  it("a sign-in link asked for while letter batches are going out takes one of the next turns, within the rate", async () => {
    await queueEmailLetters(campaignId, 700, "budget");
    const dispatching = dispatchLetterEmails({ requestsPerSecond: 2 });
    // Wait until the batches are flowing at the provider's pace.
    while (fake.requests.length < 3) await new Promise((resolve) => setTimeout(resolve, 20));

    const askedAt = fake.requests.length;
    await sendEmail(signInLink("sign-in-during-batches", "waiting@example.org"), { priority: "urgent" });
    const position = fake.requests.findIndex((r) => r.idempotencyKey === "sign-in-during-batches");
    // Batches may hold the turn in progress and the one booked next, never more: the link does not queue
    // behind the remaining batches (without the shared budget it went when the pacer allowed, or met a 429).
    expect(position - askedAt).toBeLessThanOrEqual(2);
    expect(fake.requests.length).toBeLessThan(8);

    const report = await dispatching;
    expect(report).toMatchObject({ batches: 7, sent: 700, failed: 0, retrying: 0 });
    // The fake answers 429 to any request beyond 2 in any second: none at all.
    expect(statuses().every((status) => status === 200)).toBe(true);
    expect(fake.emailsTo("waiting@example.org")).toHaveLength(1);
  });

  it("senders that share no memory (workers, processes) share the one budget: never over the rate", async () => {
    // Three independent senders at once, as two email workers and the dispatcher would be: nothing in this
    // process paces them except the budget in the database.
    const worker = (name: string, n: number) =>
      (async () => {
        for (let i = 0; i < n; i++) await sendEmail(signInLink(`${name}-${i}`, `${name}@example.org`));
      })();
    const batches = (async () => {
      for (let i = 0; i < 3; i++) {
        await sendEmailBatch(
          [signInLink(`batch-${i}-a`, "a@example.org"), signInLink(`batch-${i}-b`, "b@example.org")],
          `batch-${i}`,
        );
      }
    })();
    await Promise.all([worker("first", 4), worker("second", 4), batches]);
    expect(fake.requests).toHaveLength(11);
    expect(statuses().every((status) => status === 200)).toBe(true);
    expect(fake.emails).toHaveLength(14);
  });

  it("urgent mail goes before waiting transactional mail and letter batches", async () => {
    // A backlog: 6 transactional emails and 3 batches all waiting for turns, then one urgent link.
    const waiting = Array.from({ length: 6 }, (_, i) =>
      sendEmail(signInLink(`update-${i}`, "update@example.org")),
    );
    while (fake.requests.length < 1) await new Promise((resolve) => setTimeout(resolve, 20));
    waiting.push(
      ...Array.from({ length: 3 }, (_, i) =>
        sendEmailBatch([signInLink(`letters-${i}`, "office@example.org")], `letters-batch-${i}`).then(
          () => undefined as never,
        ),
      ),
    );
    const askedAt = fake.requests.length;
    await sendEmail(signInLink("urgent-link", "urgent@example.org"), { priority: "urgent" });
    await Promise.all(waiting);
    const order = fake.requests.map((r) => r.idempotencyKey ?? "");
    // Transactional mail books at most a second ahead (2 turns); the urgent link comes right after those.
    expect(order.indexOf("urgent-link") - askedAt).toBeLessThanOrEqual(3);
    // Letter batches wait until the transactional backlog is through.
    const lastUpdate = Math.max(...order.map((key, i) => (key.startsWith("update-") ? i : -1)));
    const firstBatch = order.findIndex((key) => key.startsWith("letters-batch-"));
    expect(firstBatch).toBeGreaterThan(lastUpdate);
    expect(statuses().every((status) => status === 200)).toBe(true);
  });
});
