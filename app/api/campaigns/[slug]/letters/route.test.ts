import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { campaigns, deliveries, letters, rateLimitBuckets, users } from "@/db/schema";
import { seedLetterFixture } from "@/lib/letters/testing";
import { hashForLimit, LIMITS } from "@/lib/security/rate-limit";
import { POST } from "./route";

beforeAll(async () => {
  await seedLetterFixture();
}, 120_000);

const letter = (overrides: Record<string, unknown> = {}) => ({
  zip: "60623",
  firstName: "Ida",
  lastName: "Wells",
  email: "ida@example.org",
  city: "Chicago",
  parts: { story: "Our neighbours lost their home because nobody stood beside them in court." },
  ...overrides,
});

function post(slug: string, body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new Request(`http://localhost/api/campaigns/${slug}/letters`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug }) },
  );
}

async function lettersOf(email: string) {
  const [demo] = await getDb().select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, "demo"));
  return getDb()
    .select({ id: letters.id, status: letters.status, body: letters.body })
    .from(letters)
    .innerJoin(users, eq(users.id, letters.supporterId))
    .where(and(eq(users.email, email), eq(letters.campaignId, demo?.id ?? "")));
}

describe("POST /api/campaigns/[slug]/letters", () => {
  it("writes a new supporter's letter, awaiting their emailed confirmation (201)", async () => {
    const response = await post("demo", letter({ email: "Ida.Wells@Example.org" }));
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "confirm_email", email: "ida.wells@example.org" });

    const rows = await lettersOf("ida.wells@example.org");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.status).toBe("awaiting_confirmation");
    expect(rows[0]?.body).toContain("nobody stood beside them in court");
    const targets = await getDb()
      .select({ status: deliveries.status })
      .from(deliveries)
      .where(eq(deliveries.letterId, rows[0]?.id ?? ""));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((t) => t.status === "awaiting_confirmation")).toBe(true);
  });

  it("answers a second letter from the same address as the first, without saying it wrote before", async () => {
    const first = await post("demo", letter({ email: "twice@example.org" }));
    const second = await post("demo", letter({ email: "twice@example.org", firstName: "Other" }));
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(await second.json()).toEqual({ status: "confirm_email", email: "twice@example.org" });
    expect(await lettersOf("twice@example.org")).toHaveLength(1);
  });

  it("names each field at fault (400) and writes nothing", async () => {
    const response = await post(
      "demo",
      letter({ zip: "606", firstName: "", email: "not-an-address", parts: { story: "x".repeat(5001) } }),
    );
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fields.zip).toEqual(["A ZIP code is 5 digits, like 60623."]);
    expect(error.fields.firstName).toEqual(["Please tell us your first name."]);
    expect(error.fields.email).toEqual(["Please enter an email address like name@example.org."]);
    expect(error.fields["part:story"]).toEqual(["Each part of the letter can be up to 5000 characters."]);
    expect(await lettersOf("not-an-address")).toHaveLength(0);
  });

  it("says what is missing in a person's words when fields are left out, in their language", async () => {
    for (const [headers, expected] of [
      [{}, { zip: "A ZIP code is 5 digits, like 60623.", parts: "Your letter is empty." }],
      [{ "accept-language": "es" }, { zip: "Un código postal (ZIP) tiene 5 dígitos, como 60623." }],
    ] as const) {
      const response = await post("demo", { email: "left-out@example.org" }, headers);
      expect(response.status).toBe(400);
      const { error } = await response.json();
      expect(error.fields.zip).toEqual([expected.zip]);
      if ("parts" in expected) {
        expect(error.fields.firstName).toEqual(["Please tell us your first name."]);
        expect(error.fields.lastName).toEqual(["Please tell us your last name."]);
        expect(error.fields.form).toEqual([expected.parts]);
      }
      expect(JSON.stringify(error)).not.toMatch(/Invalid input|undefined/);
    }
  });

  it("asks for the district of a split ZIP (400)", async () => {
    const response = await post("demo", letter({ zip: "60062", email: "split@example.org" }));
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.fields.district[0]).toMatch(/^Choose one of: IL-/);
    expect(await lettersOf("split@example.org")).toHaveLength(0);
  });

  it("answers 404 for a campaign that is not there", async () => {
    const response = await post("no-such-campaign", letter({ email: "nowhere@example.org" }));
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("NOT_FOUND");
  });

  it.each([
    ["another site", "https://evil.example"],
    ["a sandboxed frame", "null"],
  ])("refuses a request from %s (403) and writes nothing", async (_what, origin) => {
    const response = await post("demo", letter({ email: `cross-${origin.length}@example.org` }), { origin });
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("FORBIDDEN");
    expect(await lettersOf(`cross-${origin.length}@example.org`)).toHaveLength(0);
  });

  it("answers 429 with Retry-After once a network is over its daily letters", async () => {
    const ip = "192.0.2.77";
    await getDb()
      .insert(rateLimitBuckets)
      .values({
        key: `${LIMITS.lettersPerIp.name}:${hashForLimit(LIMITS.lettersPerIp.name, ip)}`,
        windowStart: new Date(),
        count: LIMITS.lettersPerIp.max,
      });
    const response = await post("demo", letter({ email: "limited@example.org" }), { "x-forwarded-for": ip });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await response.json()).error.code).toBe("RATE_LIMITED");
    expect(await lettersOf("limited@example.org")).toHaveLength(0);
  });

  it("accepts a request from its own pages", async () => {
    const response = await post("demo", letter({ email: "same-origin@example.org" }), {
      origin: "http://localhost",
    });
    expect(response.status).toBe(201);
  });

  it.each([
    ["not JSON", "zip=60623", { "content-type": "application/x-www-form-urlencoded" }],
    ["malformed JSON", "{", {}],
    ["a JSON array", "[]", {}],
  ])("refuses %s (400)", async (_what, body, headers) => {
    const response = await post("demo", body, headers);
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("INVALID_INPUT");
  });

  it("refuses a huge body (413) by its Content-Length, or by reading no further than the limit", async () => {
    const huge = await post("demo", JSON.stringify(letter({ city: "x".repeat(70_000) })));
    expect(huge.status).toBe(413);
    expect((await huge.json()).error).toEqual({ code: "TOO_LARGE", message: "That letter is far too long." });

    // A body that never ends (no Content-Length): the route must stop reading, or this test never returns.
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 65_536;
        controller.enqueue(new Uint8Array(65_536).fill(32));
      },
    });
    const response = await POST(
      new Request("http://localhost/api/campaigns/demo/letters", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: endless,
        duplex: "half",
      } as RequestInit),
      { params: Promise.resolve({ slug: "demo" }) },
    );
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(1024 * 1024);
  });
});
