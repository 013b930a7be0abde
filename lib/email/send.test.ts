import { eq } from "drizzle-orm";
import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mailboxMessages } from "@/db/schema";
import { type FakeResend, startFakeResend } from "@/e2e/fakes/fake-resend";
import SignInEmail from "@/emails/sign-in";
import { reloadEnv } from "@/lib/env";
import { EmailSendError, sendEmail, sendEmailBatch } from "./send";

const props = {
  url: "http://localhost:3000/api/auth/callback/resend?token=t0k3n",
  host: "localhost:3000",
  minutes: 10,
};
const message = (key: string, to = "ana@example.org") => ({
  to,
  subject: "Your sign-in link",
  react: createElement(SignInEmail, props),
  idempotencyKey: key,
  replyTo: "help@example.org",
});

describe("without RESEND_API_KEY: the local mailbox", () => {
  beforeAll(() => {
    reloadEnv();
  });

  it("stores the rendered html and text", async () => {
    const sent = await sendEmail(message("mailbox-1"));
    expect(sent.transport).toBe("mailbox");
    const [row] = await getDb().select().from(mailboxMessages).where(eq(mailboxMessages.id, sent.id));
    expect(row?.to).toEqual(["ana@example.org"]);
    expect(row?.from).toBe("Chorus Tests <chorus@example.org>");
    expect(row?.replyTo).toBe("help@example.org");
    expect(row?.html).toContain('href="http://localhost:3000/api/auth/callback/resend?token=t0k3n"');
    expect(row?.text).toContain("http://localhost:3000/api/auth/callback/resend?token=t0k3n");
    expect(row?.text).not.toContain("<");
  });

  it("stores a message once however often it is retried", async () => {
    const first = await sendEmail(message("mailbox-2"));
    const again = await sendEmail(message("mailbox-2"));
    expect(again.id).toBe(first.id);
    const rows = await getDb()
      .select({ id: mailboxMessages.id })
      .from(mailboxMessages)
      .where(eq(mailboxMessages.idempotencyKey, "mailbox-2"));
    expect(rows).toHaveLength(1);
  });
});

describe("with RESEND_API_KEY: the Resend SDK, pointed at the fake", () => {
  let fake: FakeResend;

  beforeAll(async () => {
    fake = await startFakeResend();
    process.env.RESEND_API_KEY = "re_test_key";
    process.env.RESEND_BASE_URL = fake.url;
    reloadEnv();
  });

  afterAll(async () => {
    delete process.env.RESEND_API_KEY;
    delete process.env.RESEND_BASE_URL;
    reloadEnv();
    await fake.close();
  });

  it("sends html and text with the idempotency key and the API key", async () => {
    fake.reset();
    const sent = await sendEmail(message("resend-1", "bo@example.org"));
    expect(sent.transport).toBe("resend");
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.idempotencyKey).toBe("resend-1");
    expect(fake.requests[0]?.authorization).toBe("Bearer re_test_key");
    const [email] = fake.emailsTo("bo@example.org");
    expect(email?.id).toBe(sent.id);
    expect(email?.html).toContain("token=t0k3n");
    expect(email?.text).toContain("token=t0k3n");
    expect(email?.reply_to).toEqual("help@example.org");
  });

  it("a retry with the same key is accepted once by the provider", async () => {
    fake.reset();
    const first = await sendEmail(message("resend-2"));
    const second = await sendEmail(message("resend-2"));
    expect(second.id).toBe(first.id);
    expect(fake.requests).toHaveLength(2);
    expect(fake.emails).toHaveLength(1);
  });

  it("reports 429 as retryable, with Retry-After", async () => {
    fake.reset();
    fake.failNext({ kind: "status", status: 429, retryAfterSeconds: 7 });
    const error = await sendEmail(message("resend-3")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmailSendError);
    expect(error).toMatchObject({ retryable: true, statusCode: 429, retryAfterSeconds: 7 });
    expect(fake.emails).toHaveLength(0);
  });

  it("reports 500 as retryable and a rejected payload as not", async () => {
    fake.reset();
    fake.failNext({ kind: "status", status: 500 });
    await expect(sendEmail(message("resend-4"))).rejects.toMatchObject({ retryable: true, statusCode: 500 });
    await expect(
      sendEmail({ ...message("resend-5"), subject: undefined as unknown as string }),
    ).rejects.toMatchObject({
      retryable: false,
      statusCode: 422,
    });
  });

  it("gives up on a provider that never answers, as a retryable failure", async () => {
    fake.reset();
    fake.failNext({ kind: "hang" });
    await expect(sendEmail(message("resend-6"), { timeoutMs: 300 })).rejects.toMatchObject({
      retryable: true,
      statusCode: null,
    });
  });

  it("sends a batch of up to 100 in one request, keyed once", async () => {
    fake.reset();
    const emails = Array.from({ length: 100 }, (_, i) => message(`b-${i}`, `p${i}@example.org`));
    const sent = await sendEmailBatch(emails, "batch-1");
    expect(sent).toHaveLength(100);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.path).toBe("/emails/batch");
    expect(fake.requests[0]?.idempotencyKey).toBe("batch-1");
    expect(fake.emails).toHaveLength(100);
    await expect(sendEmailBatch([...emails, message("b-100")], "batch-2")).rejects.toThrow(/at most 100/);
  });
});
