import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { callOutcomes, officials } from "@/db/schema";
import { seedLetterFixture } from "@/lib/letters/testing";
import { GET, POST } from "./route";

beforeAll(async () => {
  await getDb()
    .insert(officials)
    .values(
      [
        ["D000563", "Richard J. Durbin", "senate", null],
        ["D000622", "Tammy Duckworth", "senate", null],
        ["D000096", "Danny K. Davis", "house", 7],
      ].map(([id, name, chamber, district]) => ({
        id: String(id),
        level: "federal" as const,
        chamber: String(chamber),
        state: "IL",
        district: district === null ? null : Number(district),
        name: String(name),
        phone: "202-224-0000",
        raw: {
          district_offices: [
            { city: "Chicago", state: "IL", phone: "312-555-0100", latitude: 41.88, longitude: -87.63 },
          ],
        },
        sourceHash: String(id),
      })),
    );
  await seedLetterFixture();
}, 120_000);

const params = (slug: string) => ({ params: Promise.resolve({ slug }) });

function get(slug: string, query: string, headers: Record<string, string> = {}) {
  return GET(new Request(`http://localhost/api/campaigns/${slug}/calls${query}`, { headers }), params(slug));
}

function post(slug: string, body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new Request(`http://localhost/api/campaigns/${slug}/calls`, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "RouteTest/1", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    params(slug),
  );
}

async function stamp(): Promise<string> {
  const response = await get("demo", "?zip=60623", { "user-agent": "RouteTest/1" });
  return (await response.json()).stamp;
}

describe("GET /api/campaigns/[slug]/calls", () => {
  it("answers the script, the window and each call with its numbers (200, not cached)", async () => {
    const response = await get("demo", "?zip=60623");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body.window).toBeNull();
    expect(typeof body.script).toBe("string");
    expect(body.calls).toHaveLength(3);
    expect(body.calls[0].official).toEqual({
      id: "D000563",
      name: "Richard J. Durbin",
      title: "U.S. Senator",
    });
    expect(body.calls[0].numbers[0]).toMatchObject({ label: "Washington office", phone: "202-224-0000" });
    expect([true, false, null]).toContain(body.calls[0].numbers[0].openNow);
    expect(body.calls[0].script).toContain("Senator Durbin");
  });

  it("says when the ZIP is split, as /api/officials does", async () => {
    const body = await (await get("demo", "?zip=60062")).json();
    expect(body.ambiguous).toBe(true);
    expect(body.calls).toEqual([]);
    expect(body.districts.map((d: { key: string }) => d.key)).toEqual(["IL-5", "IL-9", "IL-10"]);
    expect((await (await get("demo", "?zip=60062&district=IL-9")).json()).calls).toHaveLength(3);
  });

  it("answers 400 for a missing or malformed ZIP or district, 404 for what is not there", async () => {
    for (const [query, field] of [
      ["", "zip"],
      ["?zip=606", "zip"],
      ["?zip=60062&district=Illinois", "district"],
      ["?zip=60062&district=IL-7", "district"],
    ] as const) {
      const response = await get("demo", query);
      expect(response.status).toBe(400);
      const { error } = await response.json();
      expect(error.code).toBe("INVALID_INPUT");
      expect(Object.keys(error.fields)).toEqual([field]);
    }
    expect((await get("demo", "?zip=99999")).status).toBe(404);
    const missing = await get("no-such-campaign", "?zip=60623");
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("NOT_FOUND");
  });

  it("speaks the caller's language", async () => {
    const response = await get("demo", "?zip=606", { "accept-language": "es" });
    expect((await response.json()).error.message).toBe("Un código postal tiene 5 dígitos, como 60623.");
    const body = await (await get("demo", "?zip=60623", { "accept-language": "es" })).json();
    expect(body.calls[0].numbers[0].label).toBe("Oficina en Washington");
  });
});

describe("POST /api/campaigns/[slug]/calls", () => {
  it("records an outcome (201); the same caller again replaces it (200) and adds nothing", async () => {
    const body = { officialId: "D000096", outcome: "voicemail", zip: "60623", stamp: await stamp() };
    const first = await post("demo", body);
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({
      status: "recorded",
      outcome: "voicemail",
      counts: { official: 1 },
    });
    const reloaded = await post("demo", { ...body, outcome: "reached", stamp: await stamp() });
    expect(reloaded.status).toBe(200);
    expect(await reloaded.json()).toMatchObject({
      status: "updated",
      outcome: "reached",
      counts: { official: 1 },
    });
    const rows = await getDb()
      .select({ outcome: callOutcomes.outcome })
      .from(callOutcomes)
      .where(and(eq(callOutcomes.officialId, "D000096")));
    expect(rows).toEqual([{ outcome: "reached" }]);
  });

  it("answers 422 for an official this caller is not asked to call", async () => {
    const response = await post("demo", {
      officialId: "Q000023",
      outcome: "reached",
      zip: "60623",
      stamp: await stamp(),
    });
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.code).toBe("NOT_A_TARGET");
    expect(error.fields.officialId).toHaveLength(1);
  });

  it("refuses a forged stamp, bad fields and bodies (400), another site (403), what is not there (404), too much (413)", async () => {
    const good = { officialId: "D000563", outcome: "reached", zip: "60623", stamp: await stamp() };
    const forged = await post("demo", { ...good, stamp: `${good.stamp.slice(0, -2)}xx` });
    expect(forged.status).toBe(400);
    expect((await forged.json()).error.fields.stamp).toHaveLength(1);
    expect((await post("demo", { ...good, outcome: "maybe" })).status).toBe(400);
    expect((await post("demo", "not json")).status).toBe(400);
    expect((await post("demo", "[1]")).status).toBe(400);
    expect((await post("demo", good, { "content-type": "text/plain" })).status).toBe(400);
    expect((await post("demo", good, { origin: "https://evil.example" })).status).toBe(403);
    expect((await post("no-such-campaign", good)).status).toBe(404);
    expect((await post("demo", { ...good, pad: "x".repeat(5000) })).status).toBe(413);
    const rows = await getDb()
      .select({ id: callOutcomes.id })
      .from(callOutcomes)
      .where(eq(callOutcomes.officialId, "D000563"));
    expect(rows).toEqual([]);
  });
});
