import { and, eq, isNull, notExists, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { officials, zipDistricts } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { importOfficials } from "./import";
import { findOfficialById, findOfficialsByZip, listStateLegislators } from "./lookup";
import { hasSenators, STATE_NAMES } from "./present";

beforeAll(async () => {
  await importOfficials(getDb());
}, 120_000);

async function lookupError(zip: string): Promise<AppError> {
  try {
    await findOfficialsByZip(zip);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`expected ${zip} to fail`);
}

const seat = (o: { state: string; chamber: string | null; district: number | null }) =>
  o.chamber === "senate" ? `${o.state}-senate` : `${o.state}-${o.district}`;

describe("the bundled data", () => {
  it("has a current House member for every district in the ZIP table, except the four known vacancies", async () => {
    const db = getDb();
    const seatHolder = db
      .select({ id: officials.id })
      .from(officials)
      .where(
        and(
          eq(officials.level, "federal"),
          eq(officials.chamber, "house"),
          eq(officials.state, zipDistricts.state),
          eq(officials.district, zipDistricts.district),
          isNull(officials.removedAt),
        ),
      );
    const list = await db
      .selectDistinct({ state: zipDistricts.state, district: zipDistricts.district })
      .from(zipDistricts)
      .where(notExists(seatHolder))
      .orderBy(zipDistricts.state, zipDistricts.district);
    expect(list.map((r) => `${r.state}-${r.district}`)).toEqual(["CA-14", "FL-20", "GA-13", "TX-23"]);
  });

  it("has two senators for every state, none for DC, Puerto Rico or the territories", async () => {
    const senators = await getDb()
      .select({ state: officials.state, count: sql<number>`count(*)`.mapWith(Number) })
      .from(officials)
      .where(and(eq(officials.chamber, "senate"), isNull(officials.removedAt)))
      .groupBy(officials.state);
    const states = Object.keys(STATE_NAMES).filter(hasSenators).sort();
    expect(states).toHaveLength(50);
    expect(senators.map((s) => s.state).sort()).toEqual(states);
    expect(senators.every((s) => s.count === 2)).toBe(true);
  });

  it("has no House seat held by two people", async () => {
    const doubled = await getDb()
      .select({ state: officials.state, district: officials.district })
      .from(officials)
      .where(and(eq(officials.chamber, "house"), isNull(officials.removedAt)))
      .groupBy(officials.state, officials.district)
      .having(sql`count(*) > 1`);
    expect(doubled).toEqual([]);
  });
});

describe("findOfficialsByZip", () => {
  it("finds both senators and the at-large member for a Wyoming ZIP", async () => {
    const result = await findOfficialsByZip("82001");
    expect(result).toMatchObject({
      zip: "82001",
      districts: [{ state: "WY", district: 0 }],
      ambiguous: false,
    });
    expect(result.officials.map(seat)).toEqual(["WY-senate", "WY-senate", "WY-0"]);
    const representative = result.officials[2];
    expect(representative).toMatchObject({
      id: "H001096",
      level: "federal",
      chamber: "house",
      state: "WY",
      district: 0,
      title: "U.S. Representative",
      vacant: false,
    });
    expect(representative?.channels.phone).toMatch(/^202-/);
    expect(representative?.channels.email).toBeUndefined();
  });

  it("lists every candidate district of a split ZIP and says it is ambiguous", async () => {
    const result = await findOfficialsByZip("60062");
    expect(result.districts).toEqual([
      { state: "IL", district: 5 },
      { state: "IL", district: 9 },
      { state: "IL", district: 10 },
    ]);
    expect(result.ambiguous).toBe(true);
    expect(result.officials.map(seat)).toEqual(["IL-senate", "IL-senate", "IL-5", "IL-9", "IL-10"]);
    expect(result.officials.every((o) => !o.vacant && o.name.length > 0 && o.party.length > 0)).toBe(true);
  });

  it("shows the senators of both states for a ZIP on a state line", async () => {
    const result = await findOfficialsByZip("02861");
    expect(result.districts).toEqual([
      { state: "MA", district: 4 },
      { state: "RI", district: 1 },
    ]);
    expect(result.ambiguous).toBe(true);
    expect(result.officials.filter((o) => o.chamber === "senate").map((o) => o.state)).toEqual([
      "MA",
      "MA",
      "RI",
      "RI",
    ]);
    expect(result.officials.filter((o) => o.chamber === "house").map(seat)).toEqual(["MA-4", "RI-1"]);
  });

  it("finds DC's delegate and no senators", async () => {
    const result = await findOfficialsByZip("20001");
    expect(result.districts).toEqual([{ state: "DC", district: 0 }]);
    expect(result.officials).toHaveLength(1);
    expect(result.officials[0]).toMatchObject({
      id: "N000147",
      chamber: "house",
      district: 0,
      title: "Delegate to the U.S. House",
    });
  });

  it.each([
    ["00802", "VI", "P000610"],
    ["96910", "GU", "M001219"],
    ["96932", "GU", "M001219"],
    ["96950", "MP", "K000404"],
    ["96799", "AS", "R000600"],
  ])("finds the delegate of an island area from its ZIP range (%s → %s)", async (zip, state, id) => {
    const result = await findOfficialsByZip(zip);
    expect(result).toMatchObject({ zip, districts: [{ state, district: 0 }], ambiguous: false });
    expect(result.officials.map((o) => o.id)).toEqual([id]);
  });

  it("finds Puerto Rico's Resident Commissioner", async () => {
    const result = await findOfficialsByZip("00601");
    expect(result.officials.map((o) => [o.id, o.title])).toEqual([["H001103", "Resident Commissioner"]]);
  });

  it("shows a vacant House seat as vacant instead of leaving it out", async () => {
    const result = await findOfficialsByZip("94541");
    expect(result.districts).toEqual([{ state: "CA", district: 14 }]);
    expect(result.officials.map(seat)).toEqual(["CA-senate", "CA-senate", "CA-14"]);
    expect(result.officials[2]).toEqual({
      id: "vacant-CA-14",
      name: "Vacant seat",
      title: "U.S. Representative",
      level: "federal",
      chamber: "house",
      state: "CA",
      district: 14,
      districtLabel: null,
      party: "",
      termEnd: null,
      website: null,
      channels: {},
      vacant: true,
    });
  });

  it.each(["6006", "600621", "abcde", "", " 60062", "6006e"])("rejects the malformed ZIP %j", async (zip) => {
    const error = await lookupError(zip);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toMatch(/5-digit ZIP code/);
  });

  it.each(["00000", "20500", "96800"])("says kindly that it does not know the ZIP %s", async (zip) => {
    const error = await lookupError(zip);
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toContain(zip);
    expect(error.message).toMatch(/try the ZIP code where you live/);
  });
});

describe("findOfficialById", () => {
  it("returns a member of Congress with their offices", async () => {
    const official = await findOfficialById("M001153");
    expect(official).toMatchObject({
      id: "M001153",
      name: "Lisa Murkowski",
      title: "U.S. Senator",
      vacant: false,
    });
    expect(official.offices[0]).toEqual({
      kind: "Washington, DC office",
      address: "522 Hart Senate Office Building Washington DC 20510",
      phone: "202-224-6665",
    });
    expect(
      official.offices.some((o) => o.kind === "District office" && o.address.includes("Anchorage")),
    ).toBe(true);
    expect(official).not.toHaveProperty("raw");
  });

  it("returns a state legislator, whose id contains a slash", async () => {
    const official = await findOfficialById("ocd-person/b2eaa848-d651-4521-9abb-21b68da5d5c6");
    expect(official).toMatchObject({
      name: "Jeremy Bynum",
      level: "state",
      chamber: "lower",
      districtLabel: "1",
      title: "State Representative",
      channels: { email: "representative.jeremy.bynum@akleg.gov", phone: "907-465-3824" },
    });
    expect(official.offices.map((o) => o.kind)).toEqual(["Capitol office", "District office"]);
  });

  it("returns a vacant seat by the id a lookup gave it, and only while it is vacant", async () => {
    await expect(findOfficialById("vacant-CA-14")).resolves.toMatchObject({ vacant: true, district: 14 });
    await expect(findOfficialById("vacant-CA-13")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findOfficialById("vacant-CA-99")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findOfficialById("vacant-WY-senate-1")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("says an unknown id is not found", async () => {
    await expect(findOfficialById("X999999")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("listStateLegislators", () => {
  it("lists a unicameral legislature", async () => {
    const nebraska = await listStateLegislators({ state: "NE" });
    expect(nebraska).toHaveLength(49);
    expect(nebraska.every((o) => o.chamber === "legislature" && o.title === "State Senator")).toBe(true);
    expect(nebraska.slice(0, 3).map((o) => o.districtLabel)).toEqual(["1", "2", "3"]);
  });

  it("filters by chamber and district, in the order people count districts", async () => {
    const upper = await listStateLegislators({ state: "il", chamber: "upper" });
    expect(upper.length).toBeGreaterThan(50);
    expect(upper.slice(0, 3).map((o) => o.districtLabel)).toEqual(["1", "2", "3"]);
    const [first] = upper;
    if (!first?.districtLabel) throw new Error("expected a district");
    const one = await listStateLegislators({ state: "IL", chamber: "upper", district: first.districtLabel });
    expect(one.map((o) => o.id)).toEqual([first.id]);
  });

  it("names the Assembly by its own name", async () => {
    const [member] = await listStateLegislators({ state: "CA", chamber: "lower" });
    expect(member?.title).toBe("Assembly Member");
  });

  it("rejects a state that is not a 2-letter code", async () => {
    await expect(listStateLegislators({ state: "Illinois" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});
