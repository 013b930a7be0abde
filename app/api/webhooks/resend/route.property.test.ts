import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliveries, emailSuppressions, webhookEvents } from "@/db/schema";
import { expectClearRefusal, RUNS, rowCounts } from "@/db/testing/properties";
import { signWebhook } from "@/lib/email/webhooks";
import { reloadEnv } from "@/lib/env";
import { seedLetterFixture } from "@/lib/letters/testing";
import { POST } from "./route";

const SECRET = `whsec_${Buffer.from("a-property-test-signing-key").toString("base64")}`;
const TABLES = [webhookEvents, deliveries, emailSuppressions];
const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  process.env.RESEND_WEBHOOK_SECRET = SECRET;
  reloadEnv();
  await seedLetterFixture();
}, 120_000);

afterAll(() => {
  delete process.env.RESEND_WEBHOOK_SECRET;
  reloadEnv();
});

/** Strings including U+0000, which Postgres text cannot hold. */
const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("", "\u0000", "email.bounced", "email.delivered", "email.complained", "e\u0000"),
);

/** Resend-shaped events with any values, and any JSON or text at all. */
const body = fc.oneof(
  fc
    .record({
      type: fc.oneof(text, fc.jsonValue({ maxDepth: 1 })),
      data: fc.oneof(
        fc.record(
          { email_id: fc.oneof(text, fc.jsonValue({ maxDepth: 1 })), to: fc.oneof(fc.array(text), text) },
          { requiredKeys: [] },
        ),
        fc.jsonValue({ maxDepth: 2 }),
      ),
    })
    .map((event) => JSON.stringify(event)),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.string({ unit: "binary", maxLength: 200 }),
);

/** Header values a client can send (a Headers object refuses the rest, as HTTP does). */
const headerValue = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom("", "v1,", "v1,AAAA", "v2,abc v1,", String(now()), "msg_1"),
);

function request(body: string, headers: Record<string, string | undefined>): Request {
  const sent = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    try {
      if (value !== undefined) sent.set(name, value);
    } catch {
      // Not a value HTTP could carry.
    }
  }
  return new Request("http://localhost/api/webhooks/resend", { method: "POST", headers: sent, body });
}

describe("POST /api/webhooks/resend (property)", () => {
  it("refuses anything without a valid Svix signature with a clear 4xx and writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.option(headerValue, { nil: undefined }),
        fc.option(fc.oneof(headerValue, fc.integer().map(String)), { nil: undefined }),
        fc.option(headerValue, { nil: undefined }),
        fc.constantFrom(undefined, "http://localhost", "https://evil.example", "null"),
        async (raw, id, timestamp, signature, origin) => {
          const before = await rowCounts(TABLES);
          const response = await POST(
            request(raw, { "svix-id": id, "svix-timestamp": timestamp, "svix-signature": signature, origin }),
          );
          await expectClearRefusal(response);
          expect(await rowCounts(TABLES)).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("answers any correctly signed body with 200 or a clear 4xx, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.uuid(), async (raw, uuid) => {
        const id = `msg_${uuid}`;
        const timestamp = now();
        const before = await rowCounts(TABLES);
        const response = await POST(
          request(raw, {
            "svix-id": id,
            "svix-timestamp": String(timestamp),
            "svix-signature": signWebhook(SECRET, id, timestamp, raw),
          }),
        );
        if (response.status === 200) return;
        await expectClearRefusal(response);
        expect(await rowCounts(TABLES)).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });
});
