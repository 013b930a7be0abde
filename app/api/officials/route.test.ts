import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { campaigns, campaignTargets } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { importOfficials } from "@/lib/officials/import";
import { GET as getOfficial } from "./[...id]/route";
import { GET } from "./route";

beforeAll(async () => {
  await importOfficials(getDb());
  await seedDemo(getDb());
}, 120_000);

const lookup = (query: string) => GET(new Request(`http://localhost/api/officials${query}`));
const byId = (...id: string[]) =>
  getOfficial(new Request(`http://localhost/api/officials/${id.join("/")}`), {
    params: Promise.resolve({ id }),
  });

describe("GET /api/officials?zip=", () => {
  it("answers a ZIP with the contract's shape, cacheable", async () => {
    const response = await lookup("?zip=60062&campaign=demo");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300, s-maxage=3600");
    const body = await response.json();
    expect(body).toMatchObject({
      zip: "60062",
      districts: [
        { state: "IL", district: 5 },
        { state: "IL", district: 9 },
        { state: "IL", district: 10 },
      ],
      ambiguous: true,
    });
    expect(body.officials).toHaveLength(5);
    for (const official of body.officials) {
      expect(official).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          name: expect.any(String),
          level: "federal",
          chamber: expect.stringMatching(/^(senate|house)$/),
          state: "IL",
          party: expect.any(String),
          channels: expect.any(Object),
        }),
      );
      expect(official.district === null || typeof official.district === "number").toBe(true);
    }
  });

  it.each(["", "?zip=", "?zip=123", "?zip=abcde", "?zip=123456"])(
    "answers 400 for a malformed ZIP (%j)",
    async (query) => {
      const response = await lookup(query);
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe("INVALID_INPUT");
      expect(body.error.message).toMatch(/ZIP code/);
    },
  );

  it("answers 404 with a message for a ZIP it does not know", async () => {
    const response = await lookup("?zip=00000");
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body.error).toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("00000") });
  });
});

describe("GET /api/officials/:id", () => {
  it("returns a member of Congress", async () => {
    const response = await byId("H001096");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: "H001096", state: "WY", district: 0 });
  });

  it("returns a state legislator, whose id has a slash in it", async () => {
    const response = await byId("ocd-person", "b2eaa848-d651-4521-9abb-21b68da5d5c6");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ name: "Jeremy Bynum", level: "state" });
  });

  it("answers 404 for an unknown id and 400 for one that cannot be an id", async () => {
    expect((await byId("X999999")).status).toBe(404);
    expect((await byId("<script>")).status).toBe(400);
  });
});

describe("GET /api/officials?zip=&campaign=", () => {
  it("judges ambiguity against the campaign's targets", async () => {
    // The demo writes to the House: a split ZIP is ambiguous for it.
    expect((await (await lookup("?zip=60062&campaign=demo")).json()).ambiguous).toBe(true);
    const [demo] = await getDb()
      .select({ id: campaigns.id })
      .from(campaigns)
      .where(eq(campaigns.slug, "demo"));
    await getDb()
      .delete(campaignTargets)
      .where(and(eq(campaignTargets.campaignId, demo?.id ?? ""), eq(campaignTargets.rule, "house")));
    // Senators only: the state is enough, so the same ZIP is not ambiguous for it...
    expect((await (await lookup("?zip=60062&campaign=demo")).json()).ambiguous).toBe(false);
    // ...but a ZIP in two states still is.
    expect((await (await lookup("?zip=02861&campaign=demo")).json()).ambiguous).toBe(true);
    expect((await (await lookup("?zip=60062")).json()).ambiguous).toBe(true);
  });

  it("says so when the campaign does not exist", async () => {
    const response = await lookup("?zip=60062&campaign=no-such-campaign");
    expect(response.status).toBe(404);
    expect((await response.json()).error.message).toBe("We couldn't find that campaign.");
  });
});

describe("GET /api/officials?state=", () => {
  const officialShape = expect.objectContaining({
    id: expect.stringMatching(/^ocd-person\//),
    name: expect.any(String),
    level: "state",
    chamber: expect.stringMatching(/^(upper|lower|legislature)$/),
    state: "IL",
    district: null,
    party: expect.any(String),
    channels: expect.any(Object),
  });

  it("answers a chamber and district with the ZIP contract's official shape, cacheable", async () => {
    const response = await lookup("?state=IL&chamber=upper&district=20");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300, s-maxage=3600");
    const body = await response.json();
    expect(body).toMatchObject({
      state: "IL",
      chamber: "upper",
      district: "20",
      name: null,
      truncated: false,
    });
    expect(body.officials).toEqual([officialShape]);
    expect(body.officials[0]).toMatchObject({ name: "Graciela Guzmán", districtLabel: "20" });
    expect(body.officials[0].channels.email).toMatch(/@/);
  });

  it("finds a legislator by name, whatever the case and accents", async () => {
    const body = await (await lookup(`?state=il&name=${encodeURIComponent("aaron ORTÍZ")}`)).json();
    expect(body.officials.map((o: { name: string }) => o.name)).toEqual(["Aarón Ortíz"]);
    expect(body.officials[0]).toEqual(officialShape);
  });

  it("lists a whole chamber", async () => {
    const body = await (await lookup("?state=IL&chamber=lower")).json();
    expect(body.officials).toHaveLength(118);
  });

  it("answers a name that matches no one with an empty list", async () => {
    const response = await lookup("?state=IL&name=xyzzy");
    expect(response.status).toBe(200);
    expect((await response.json()).officials).toEqual([]);
  });

  it("answers 404 with a message for a district nobody holds in the data", async () => {
    const response = await lookup("?state=IL&chamber=upper&district=99");
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect((await response.json()).error.message).toMatch(/Illinois has no State Senate district 99/);
  });

  it.each([
    ["?state=", /2-letter code/],
    ["?state=Illinois", /2-letter code/],
    ["?state=ZZ", /don't know the state code ZZ/],
    ["?state=IL&district=5", /chamber/],
    ["?state=IL&chamber=senate&district=5", /upper .*lower/],
    ["?state=IL&name=a", /at least 2 letters/],
    [`?state=IL&name=${"a".repeat(81)}`, /under 80/],
    ["?state=IL&chamber=upper&district=5&name=guzman", /not both/],
    ["?state=IL&zip=60623", /ZIP code or by state, not both/],
  ])("answers 400 with a message for %s", async (query, message) => {
    const response = await lookup(query);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toMatchObject({ code: "INVALID_INPUT", message: expect.stringMatching(message) });
  });
});
