import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/resend/route";
import { getDb } from "@/db/client";
import { campaigns, deliveries, emailSuppressions, letters, users } from "@/db/schema";
import { dispatchLetterEmails } from "@/lib/delivery/dispatch";
import { reloadEnv } from "@/lib/env";
import { seedLetterFixture } from "@/lib/letters/testing";
import { signWebhook, verifyWebhook } from "./webhooks";

const SECRET = `whsec_${Buffer.from("a-test-signing-key-of-some-length").toString("base64")}`;
const now = () => Math.floor(Date.now() / 1000);

function post(body: string, options: { id?: string; timestamp?: number; secret?: string } = {}) {
  const id = options.id ?? `msg_${Math.random().toString(36).slice(2)}`;
  const timestamp = options.timestamp ?? now();
  return POST(
    new Request("http://localhost/api/webhooks/resend", {
      method: "POST",
      headers: {
        "svix-id": id,
        "svix-timestamp": String(timestamp),
        "svix-signature": signWebhook(options.secret ?? SECRET, id, timestamp, body),
      },
      body,
    }),
  );
}

async function sentDelivery(providerMessageId: string, targetEmail: string): Promise<string> {
  const [demo] = await getDb().select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, "demo"));
  const [user] = await getDb()
    .insert(users)
    .values({ email: `${providerMessageId}@example.org` })
    .returning({ id: users.id });
  const [letter] = await getDb()
    .insert(letters)
    .values({
      campaignId: demo?.id ?? "",
      supporterId: user?.id,
      status: "confirmed",
      subject: "s",
      body: "b",
      personalizationScore: 0,
      firstName: "A",
      lastName: "B",
      email: `${providerMessageId}@example.org`,
      state: "IL",
      zip: "60623",
    })
    .returning({ id: letters.id });
  const [delivery] = await getDb()
    .insert(deliveries)
    .values({
      letterId: letter?.id ?? "",
      targetKey: "custom:x",
      targetName: "Office",
      targetEmail,
      channel: "email",
      status: "sent",
      providerMessageId,
    })
    .returning({ id: deliveries.id });
  return delivery?.id ?? "";
}

const statusOf = async (id: string) =>
  (await getDb().select({ status: deliveries.status }).from(deliveries).where(eq(deliveries.id, id)))[0]
    ?.status;

describe("verifyWebhook", () => {
  const body = '{"type":"email.delivered","data":{"email_id":"e1"}}';
  const headers = (ts = now(), secret = SECRET) => ({
    id: "msg_1",
    timestamp: String(ts),
    signature: signWebhook(secret, "msg_1", ts, body),
  });

  it("accepts a correctly signed message, also among several signatures (key rotation)", () => {
    expect(verifyWebhook(SECRET, headers(), body)).toEqual({ ok: true, id: "msg_1" });
    const h = headers();
    expect(verifyWebhook(SECRET, { ...h, signature: `v1,bm90LWl0 ${h.signature}` }, body).ok).toBe(true);
  });

  it.each([
    ["a changed body", () => verifyWebhook(SECRET, headers(), body.replace("e1", "e2"))],
    ["another secret", () => verifyWebhook(SECRET, headers(now(), "whsec_b3RoZXI="), body)],
    ["a timestamp six minutes old", () => verifyWebhook(SECRET, headers(now() - 360), body)],
    ["missing headers", () => verifyWebhook(SECRET, { id: null, timestamp: null, signature: null }, body)],
  ])("refuses %s", (_name, attempt) => {
    expect(attempt().ok).toBe(false);
  });
});

describe("POST /api/webhooks/resend", () => {
  beforeAll(async () => {
    process.env.RESEND_WEBHOOK_SECRET = SECRET;
    reloadEnv();
    await seedLetterFixture();
  });
  afterAll(() => {
    delete process.env.RESEND_WEBHOOK_SECRET;
    reloadEnv();
  });

  it("records delivered, once, and ignores a replay of the same message", async () => {
    const id = await sentDelivery("email-delivered", "office-a@example.org");
    const body = JSON.stringify({ type: "email.delivered", data: { email_id: "email-delivered" } });
    const first = await post(body, { id: "msg_delivered" });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ ok: true, replay: false });
    expect(await statusOf(id)).toBe("delivered");
    expect(await (await post(body, { id: "msg_delivered" })).json()).toEqual({ ok: true, replay: true });
  });

  it("records a bounce, suppresses the address, and later letters to it are not sent", async () => {
    const id = await sentDelivery("email-bounced", "gone@example.org");
    const body = JSON.stringify({
      type: "email.bounced",
      data: { email_id: "email-bounced", to: ["Gone@example.org"] },
    });
    expect((await post(body)).status).toBe(200);
    expect(await statusOf(id)).toBe("bounced");
    expect(
      await getDb().select().from(emailSuppressions).where(eq(emailSuppressions.email, "gone@example.org")),
    ).toHaveLength(1);

    // A late "delivered" does not hide the bounce.
    await post(JSON.stringify({ type: "email.delivered", data: { email_id: "email-bounced" } }));
    expect(await statusOf(id)).toBe("bounced");

    const next = await sentDelivery("email-next", "gone@example.org");
    await getDb()
      .update(deliveries)
      .set({ status: "queued", providerMessageId: null })
      .where(eq(deliveries.id, next));
    const report = await dispatchLetterEmails();
    expect(report.failed).toBe(1);
    const [row] = await getDb().select().from(deliveries).where(eq(deliveries.id, next));
    expect(row?.status).toBe("failed");
    expect(row?.lastError).toContain("bounced or refused earlier email");
  });

  it.each([
    [
      "a bad signature",
      () => post('{"type":"email.delivered","data":{}}', { secret: "whsec_b3RoZXI=" }),
      401,
    ],
    ["an old timestamp", () => post('{"type":"email.delivered","data":{}}', { timestamp: now() - 600 }), 401],
    ["a body that is not an event", () => post('{"hello":"world"}'), 400],
  ])("answers %s with a clear 4xx and records nothing", async (_name, send, status) => {
    const before = await getDb().select().from(emailSuppressions);
    const response = await send();
    expect(response.status).toBe(status);
    expect((await response.json()).error.message).toMatch(/\w/);
    expect(await getDb().select().from(emailSuppressions)).toEqual(before);
  });
});
