import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { importOfficials } from "./import";
import {
  findStateLegislators,
  foldName,
  listStateDistricts,
  listStateLegislators,
  NAME_RESULTS_LIMIT,
  searchStateLegislators,
} from "./state";

beforeAll(async () => {
  await importOfficials(getDb());
}, 120_000);

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

describe("listStateDistricts", () => {
  it("lists Illinois's senate and house districts in order, with who holds each", async () => {
    const chambers = await listStateDistricts("IL");
    expect(chambers.map((c) => [c.chamber, c.chamberName])).toEqual([
      ["upper", "State Senate"],
      ["lower", "State House"],
    ]);
    const [senate, house] = chambers;
    expect(senate?.districts.slice(0, 3).map((d) => d.district)).toEqual(["1", "2", "3"]);
    expect(senate?.districts.find((d) => d.district === "20")).toEqual({
      district: "20",
      label: "District 20",
      names: ["Graciela Guzmán"],
    });
    // 58 senators in the data for 59 seats: the vacant seat is not offered.
    expect(senate?.districts).toHaveLength(58);
    expect(house?.districts).toHaveLength(118);
  });

  it("groups the members of a multi-member district and names DC's chamber the Council", async () => {
    const [vtHouse] = (await listStateDistricts("VT")).filter((c) => c.chamber === "lower");
    const multi = vtHouse?.districts.find((d) => d.names.length > 1);
    expect(multi?.names.length).toBeGreaterThan(1);
    const dc = await listStateDistricts("DC");
    expect(dc.map((c) => c.chamberName)).toEqual(["Council"]);
    expect(dc[0]?.districts.map((d) => d.label)).toContain("Ward 1");
  });

  it("has nothing for a territory without a legislature in the data", async () => {
    expect(await listStateDistricts("GU")).toEqual([]);
  });
});

describe("searchStateLegislators", () => {
  it("ignores case and accents both ways", async () => {
    const plain = await searchStateLegislators({ state: "IL", name: "guzman" });
    expect(plain.officials.map((o) => o.name)).toEqual(["Graciela Guzmán"]);
    const accented = await searchStateLegislators({ state: "il", name: "AARÓN ORTIZ" });
    expect(accented.officials.map((o) => [o.name, o.chamber, o.districtLabel])).toEqual([
      ["Aarón Ortíz", "lower", "1"],
    ]);
    expect(accented.officials[0]?.channels.email).toMatch(/@/);
  });

  it("needs every word, stays within the state, and puts surnames that begin with the search first", async () => {
    const garcia = await searchStateLegislators({ state: "NM", name: "garcia" });
    expect(garcia.officials.length).toBeGreaterThan(0);
    expect(garcia.officials.every((o) => o.state === "NM" && foldName(o.name).includes("garcia"))).toBe(true);
    const both = await searchStateLegislators({ state: "NM", name: "miguel garcía" });
    expect(both.officials.map((o) => o.name)).toEqual(["Miguel García"]);
    expect((await searchStateLegislators({ state: "IL", name: "Miguel García" })).officials).toEqual([]);
    const wil = await searchStateLegislators({ state: "IL", name: "wil" });
    const surnames = wil.officials.map((o) => foldName(o.name).split(" ").at(-1)?.startsWith("wil") ?? false);
    // Williams, Williams, Wilhour, … before Will Davis, Will Guzzardi, Willie Preston.
    expect(surnames.indexOf(false)).toBeGreaterThan(0);
    expect(surnames.slice(surnames.indexOf(false))).not.toContain(true);
    expect(wil.officials.map((o) => o.name)).toEqual(
      expect.arrayContaining(["Blaine Wilhour", "Will Davis"]),
    );
  });

  it("limits the results and says so", async () => {
    const many = await searchStateLegislators({ state: "NH", name: "an" });
    expect(many.officials).toHaveLength(NAME_RESULTS_LIMIT);
    expect(many.truncated).toBe(true);
    const few = await searchStateLegislators({ state: "NH", name: "an" }, 500);
    expect(few.truncated).toBe(false);
    expect(few.officials.length).toBeGreaterThan(NAME_RESULTS_LIMIT);
  });

  it("can keep to one chamber", async () => {
    const senate = await searchStateLegislators({ state: "IL", name: "an", chamber: "upper" });
    expect(senate.officials.length).toBeGreaterThan(0);
    expect(senate.officials.every((o) => o.chamber === "upper")).toBe(true);
  });

  it("folds names the way people type them", () => {
    expect(foldName("  Aarón  O’Neil-Smith Jr. ")).toBe("aaron oneil smith jr");
    expect(foldName("Debbie Sariñana")).toBe("debbie sarinana");
  });
});

describe("findStateLegislators", () => {
  it("answers a chamber and district with the people in it", async () => {
    const result = await findStateLegislators({ state: "il", chamber: "upper", district: "20" });
    expect(result).toMatchObject({
      state: "IL",
      chamber: "upper",
      district: "20",
      name: null,
      truncated: false,
    });
    expect(result.officials.map((o) => [o.name, o.title, o.level, o.district, o.districtLabel])).toEqual([
      ["Graciela Guzmán", "State Senator", "state", null, "20"],
    ]);
  });

  it("matches a district label without regard to case", async () => {
    const result = await findStateLegislators({ state: "DC", chamber: "legislature", district: "ward 1" });
    expect(result.officials.map((o) => o.districtLabel)).toEqual(["Ward 1"]);
  });

  it("says kindly when a district or a state has no one in the data", async () => {
    await expect(
      findStateLegislators({ state: "IL", chamber: "upper", district: "99" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining("Illinois has no State Senate district 99"),
    });
    await expect(findStateLegislators({ state: "GU" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findStateLegislators({ state: "NE", chamber: "lower" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining("Nebraska"),
    });
  });

  it("answers a name that matches no one with an empty list, not an error", async () => {
    const result = await findStateLegislators({ state: "IL", name: "xyzzy" });
    expect(result.officials).toEqual([]);
  });

  it.each([
    [{ state: "ZZ" }, /don't know the state code ZZ/],
    [{ state: "Illinois" }, /2-letter code/],
    [{ state: "IL", district: "5" }, /chamber/],
    [{ state: "IL", chamber: "middle" }, /upper .*lower/],
    [{ state: "IL", name: "a" }, /at least 2 letters/],
    [{ state: "IL", chamber: "upper", district: "5", name: "guzman" }, /not both/],
  ])("rejects %j", async (query, message) => {
    await expect(
      findStateLegislators(query as Parameters<typeof findStateLegislators>[0]),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringMatching(message),
    });
  });
});
