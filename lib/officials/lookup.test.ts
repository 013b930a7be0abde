import { readFile } from "node:fs/promises";
import path from "node:path";
import { and, eq, isNull, notExists, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { officials, zipDistricts } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { importOfficials } from "./import";
import { closestZips, findDistrictPlaces, findOfficialById, findOfficialsByZip, NEARBY_ZIPS } from "./lookup";
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

describe("findDistrictPlaces", () => {
  type ZipFile = { zips: Record<string, { state: string; district: number }[]> };
  type FederalFile = {
    legislators: {
      chamber: string;
      state: string;
      district?: number;
      district_offices?: { city?: string; state?: string }[];
    }[];
  };
  const dataDir = path.join(process.cwd(), "db", "data");
  const readData = async <T>(file: string) =>
    JSON.parse(await readFile(path.join(dataDir, file), "utf8")) as T;

  /** The expected hints, computed straight from the bundled files by a different route than the snapshot's. */
  async function expectedPlaces(zip: string, state: string, district: number) {
    const { zips } = await readData<ZipFile>("zip-to-congressional-districts.json");
    const { legislators } = await readData<FederalFile>("federal-legislators.json");
    const sole = Object.entries(zips)
      .filter(
        ([z, list]) =>
          z !== zip && list.length === 1 && list[0]?.state === state && list[0]?.district === district,
      )
      .map(([z]) => z);
    const nearby = [...sole]
      .sort(
        (a, b) => Math.abs(Number(a) - Number(zip)) - Math.abs(Number(b) - Number(zip)) || a.localeCompare(b),
      )
      .slice(0, NEARBY_ZIPS)
      .sort();
    const member = legislators.find(
      (l) => l.chamber === "rep" && l.state === state && l.district === district,
    );
    const cities = [
      ...new Set((member?.district_offices ?? []).filter((o) => o.state === state).map((o) => o.city ?? "")),
    ].filter(Boolean);
    return {
      state,
      district,
      officeCities: cities,
      nearbyZips: nearby,
      hasMoreZips: sole.length > NEARBY_ZIPS,
    };
  }

  it("gives each district of a split ZIP its office cities and the nearby ZIPs wholly inside it", async () => {
    const lookup = await findOfficialsByZip("60623");
    expect(lookup.districts).toEqual([
      { state: "IL", district: 4 },
      { state: "IL", district: 7 },
    ]);
    const places = await findDistrictPlaces("60623", lookup.districts);
    expect(places).toEqual([await expectedPlaces("60623", "IL", 4), await expectedPlaces("60623", "IL", 7)]);
    // What a person from 60623 sees: García's offices, and Berwyn and Cicero's ZIPs on the IL-4 side.
    expect(places[0]).toMatchObject({
      officeCities: ["Melrose Park", "Chicago"],
      nearbyZips: ["60165", "60402", "60804"],
      hasMoreZips: false,
    });
    expect(places[1]?.officeCities).toEqual(["Chicago"]);
    expect(places[1]?.nearbyZips).toHaveLength(NEARBY_ZIPS);
    expect(places[1]?.hasMoreZips).toBe(true);
  });

  it("matches the source files for a three-way split ZIP and a ZIP on a state line", async () => {
    for (const zip of ["60062", "02861"]) {
      const { districts } = await findOfficialsByZip(zip);
      const places = await findDistrictPlaces(zip, districts);
      expect(places).toEqual(
        await Promise.all(districts.map((d) => expectedPlaces(zip, d.state, d.district))),
      );
      for (const place of places) {
        for (const nearby of place.nearbyZips) {
          expect((await findOfficialsByZip(nearby)).districts).toEqual([
            { state: place.state, district: place.district },
          ]);
        }
      }
    }
  });

  it("still lists nearby ZIPs for a vacant seat, which has no offices", async () => {
    const [place] = await findDistrictPlaces("94541", [{ state: "CA", district: 14 }]);
    expect(place?.officeCities).toEqual([]);
    expect(place?.nearbyZips).toHaveLength(NEARBY_ZIPS);
    expect(place?.nearbyZips).not.toContain("94541");
  });

  it("answers a district with no ZIP wholly inside it with office cities only", async () => {
    const [place] = await findDistrictPlaces("60623", [{ state: "IL", district: 3 }]);
    expect(place).toMatchObject({ nearbyZips: [], hasMoreZips: false });
    expect(place?.officeCities.length).toBeGreaterThan(0);
  });
});

describe("closestZips", () => {
  const sorted = ["10001", "10005", "10010", "10020", "10040"];
  it("takes the nearest on either side, the lower one on a tie, in ascending order", () => {
    expect(closestZips(sorted, "10011", 3)).toEqual(["10005", "10010", "10020"]);
    expect(closestZips(sorted, "10015", 2)).toEqual(["10010", "10020"]);
    expect(closestZips(sorted, "00001", 2)).toEqual(["10001", "10005"]);
    expect(closestZips(sorted, "99999", 2)).toEqual(["10020", "10040"]);
    expect(closestZips(sorted, "10010", 2)).toEqual(["10001", "10005"]);
    expect(closestZips(sorted, "10020", 1)).toEqual(["10010"]);
    expect(closestZips(sorted, "10010", 10)).toEqual(["10001", "10005", "10020", "10040"]);
    expect(closestZips([], "10010", 3)).toEqual([]);
  });
});
