/**
 * Emails go out in the recipient's language, chosen when they are sent (issue 8, item 3): the account's
 * language, else the locale the caller put in the job, else English. Through the real Resend SDK to the fake
 * Resend server; letters to officials keep the supporter's words and only Chorus's wrapper follows the letter.
 */
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { campaigns, deliveries, letters, users } from "@/db/schema";
import { type FakeEmail, type FakeResend, startFakeResend } from "@/e2e/fakes/fake-resend";
import { dispatchLetterEmails } from "@/lib/delivery/dispatch";
import { reloadEnv } from "@/lib/env";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { queueEmail } from "@/lib/jobs/enqueue";
import { handleSendEmail, registerWorkers } from "@/lib/jobs/worker";
import { queueEmailLetters, seedLetterFixture } from "@/lib/letters/testing";
import { accountLanguage, recipientLocale } from "./recipient-locale";

let fake: FakeResend;
let unique = 0;
const address = (name: string) => `${name}-${Date.now().toString(36)}-${unique++}@example.org`;

async function waitForEmail(to: string, timeoutMs = 20_000): Promise<FakeEmail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [email] = fake.emailsTo(to);
    if (email) return email;
    if (Date.now() > deadline) throw new Error(`no email to ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const confirmProps = {
  firstName: "Inés",
  campaignTitle: "Keep families housed",
  confirmUrl: "http://localhost:3000/letters/confirm/t0k3n",
  targetNames: ["Chicago City Council"],
  excerpt: "Dear Council Members, please act.",
  hours: 48,
};

beforeAll(async () => {
  await seedLetterFixture();
  fake = await startFakeResend();
  process.env.RESEND_API_KEY = "re_locale_test";
  process.env.RESEND_BASE_URL = fake.url;
  reloadEnv();
});

afterAll(async () => {
  await stopBoss({ graceful: false, timeoutMs: 2000 });
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  reloadEnv();
  await fake.close();
});

describe("the recipient's language", () => {
  it("is the account's, found by address whatever its case, else the caller's, else English", async () => {
    const spanish = address("Rosa");
    await getDb().insert(users).values({ email: spanish.toLowerCase(), language: "es" });
    const silent = address("quiet");
    await getDb().insert(users).values({ email: silent });
    expect(await accountLanguage(spanish)).toBe("es");
    expect(await recipientLocale(spanish, "en")).toBe("es");
    expect(await recipientLocale(silent, "es")).toBe("es");
    expect(await recipientLocale(silent)).toBe("en");
    expect(await recipientLocale(address("nobody"), "fr")).toBe("en");
  });

  it("a caller's locale counts for someone with no account; an account's language wins over it", async () => {
    const newcomer = address("newcomer");
    await handleSendEmail({
      template: "confirm-letter",
      props: { ...confirmProps, locale: "es" },
      to: newcomer,
      idempotencyKey: `confirm:${newcomer}`,
    });
    const toNewcomer = await waitForEmail(newcomer);
    expect(toNewcomer.subject).toBe("Confirma tu carta: Keep families housed");
    expect(toNewcomer.text).toContain("Confirmar y enviar mi carta");
    expect(toNewcomer.text).toContain("http://localhost:3000/letters/confirm/t0k3n");

    const reader = address("reader");
    await getDb().insert(users).values({ email: reader, language: "en" });
    await handleSendEmail({
      template: "confirm-letter",
      props: { ...confirmProps, locale: "es" },
      to: reader,
      idempotencyKey: `confirm:${reader}`,
    });
    expect((await waitForEmail(reader)).subject).toBe("Confirm your letter: Keep families housed");
  });

  it("a letter to an official keeps the supporter's words; 'via Chorus' and <html lang> follow the letter", async () => {
    const [demo] = await getDb()
      .select({ id: campaigns.id })
      .from(campaigns)
      .where(eq(campaigns.slug, "demo"));
    const campaignId = demo?.id ?? "";
    await getDb().update(campaigns).set({ deliveryDailyCap: null }).where(eq(campaigns.id, campaignId));
    const [spanishDelivery, englishDelivery] = await queueEmailLetters(campaignId, 2, `carta-${Date.now()}`);
    const [spanishLetter] = await getDb()
      .select({ id: deliveries.letterId })
      .from(deliveries)
      .where(eq(deliveries.id, spanishDelivery ?? ""));
    await getDb()
      .update(letters)
      .set({ language: "es", body: "Estimada concejal:\n\nLe escribo desde {{supporter.city}}." })
      .where(eq(letters.id, spanishLetter?.id ?? ""));

    fake.reset();
    const report = await dispatchLetterEmails({ requestsPerSecond: 10 });
    expect(report.sent).toBeGreaterThanOrEqual(2);
    const sent = (id: string | undefined) =>
      fake.emails.find((email) => email.headers?.["X-Chorus-Delivery"] === id);
    const inSpanish = sent(spanishDelivery);
    expect(inSpanish?.from).toMatch(/^"Pat Writer0 vía Chorus" </);
    expect(inSpanish?.html).toMatch(/<html[^>]* lang="es"/);
    expect(inSpanish?.text).toContain("Estimada concejal:\n\nLe escribo desde Chicago.");
    const inEnglish = sent(englishDelivery);
    expect(inEnglish?.from).toMatch(/^"Pat Writer1 via Chorus" </);
    expect(inEnglish?.html).toMatch(/<html[^>]* lang="en"/);
  });

  it("a queued email to someone who reads Spanish is sent in Spanish by the worker", async () => {
    const boss: PgBoss = await getBoss("worker");
    await registerWorkers(boss);
    const to = address("lucia");
    await getDb().transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email: to, name: "Lucía", language: "es" })
        .returning({ id: users.id });
      // Queued without a locale, as every caller did before: the worker finds the account's language.
      await queueEmail(tx, {
        template: "welcome",
        props: { name: "Lucía", appUrl: "http://localhost:3000" },
        to,
        idempotencyKey: `welcome:${user?.id}`,
      });
    });
    const email = await waitForEmail(to);
    expect(email.subject).toBe("Te damos la bienvenida a Chorus");
    expect(email.text).toContain("TE DAMOS LA BIENVENIDA, LUCÍA");
    expect(email.text).not.toMatch(/Welcome|Allyship/);
    expect(email.html).toMatch(/<html[^>]* lang="es"/);
    expect(email.html).toContain('href="http://localhost:3000/"');
  });
});
