import { describe, expect, it } from "vitest";
import type { ZipLookup } from "@/lib/officials/lookup";
import type { OfficialSummary } from "@/lib/officials/present";
import { numbersFor } from "./numbers";
import { fillScript } from "./script";
import { resolveCallTargets } from "./targets";

const person = (over: Partial<OfficialSummary> & { id: string }): OfficialSummary => ({
  name: over.id,
  title: "U.S. Senator",
  level: "federal",
  chamber: "senate",
  state: "IL",
  district: null,
  districtLabel: null,
  party: "",
  termEnd: null,
  website: null,
  channels: {},
  vacant: false,
  ...over,
});

const durbin = person({ id: "D000563", name: "Richard J. Durbin" });
const duckworth = person({ id: "D000622", name: "Tammy Duckworth" });
const rep = (id: string, state: string, district: number) =>
  person({ id, state, district, chamber: "house", title: "U.S. Representative" });

const split: ZipLookup = {
  zip: "60062",
  districts: [
    { state: "IL", district: 5 },
    { state: "IL", district: 9 },
  ],
  ambiguous: true,
  officials: [durbin, duckworth, rep("Q000023", "IL", 5), rep("S001145", "IL", 9)],
};

describe("resolveCallTargets: the letters' place rules", () => {
  it("asks for nothing more when the targets need only the state", () => {
    const result = resolveCallTargets([{ rule: "senators" }], split, null);
    expect(result).toMatchObject({ status: "resolved" });
    expect(result.status === "resolved" && result.officials.map((o) => o.id)).toEqual(["D000563", "D000622"]);
  });

  it("asks for the district when the House is a target and the ZIP is split", () => {
    expect(resolveCallTargets([{ rule: "senators" }, { rule: "house" }], split, null)).toEqual({
      status: "needs_district",
      candidates: split.districts,
    });
    const chosen = resolveCallTargets([{ rule: "senators" }, { rule: "house" }], split, {
      state: "IL",
      district: 9,
    });
    expect(chosen.status === "resolved" && chosen.officials.map((o) => o.id)).toEqual([
      "D000563",
      "D000622",
      "S001145",
    ]);
  });

  it("ignores a chosen district that is not the ZIP's", () => {
    expect(resolveCallTargets([{ rule: "house" }], split, { state: "IL", district: 7 }).status).toBe(
      "needs_district",
    );
  });

  it("asks for the state when a ZIP spans two and senators are targets", () => {
    const twoStates: ZipLookup = {
      zip: "02861",
      districts: [
        { state: "MA", district: 4 },
        { state: "RI", district: 1 },
      ],
      ambiguous: true,
      officials: [person({ id: "MA1", state: "MA" }), person({ id: "RI1", state: "RI" })],
    };
    expect(resolveCallTargets([{ rule: "senators" }], twoStates, null).status).toBe("needs_district");
    const ri = resolveCallTargets([{ rule: "senators" }], twoStates, { state: "RI", district: 1 });
    expect(ri.status === "resolved" && ri.officials.map((o) => o.id)).toEqual(["RI1"]);
  });

  it("notes vacant seats and state legislators a ZIP can't find, and calls a named official anywhere", () => {
    const vacant: ZipLookup = {
      zip: "90210",
      districts: [{ state: "CA", district: 14 }],
      ambiguous: false,
      officials: [rep("vacant-CA-14", "CA", 14)].map((o) => ({ ...o, vacant: true })),
    };
    const named = person({ id: "X000001", state: "TX" });
    const result = resolveCallTargets(
      [{ rule: "house" }, { rule: "state_upper" }, { rule: "official", official: named }],
      vacant,
      null,
    );
    expect(result).toEqual({
      status: "resolved",
      officials: [named],
      district: { state: "CA", district: 14 },
      notes: ["vacant", "needs_address"],
    });
  });

  it("finds the state legislators it is given, and Nebraska's one chamber needs no lower house", () => {
    const ne: ZipLookup = {
      zip: "68508",
      districts: [{ state: "NE", district: 1 }],
      ambiguous: false,
      officials: [],
    };
    const senator = person({ id: "ocd-person/1", level: "state", chamber: "legislature", state: "NE" });
    const result = resolveCallTargets([{ rule: "state_upper" }, { rule: "state_lower" }], ne, null, [
      senator,
    ]);
    expect(result).toMatchObject({ status: "resolved", officials: [senator], notes: [] });
  });
});

describe("numbersFor", () => {
  const raw = {
    district_offices: [
      {
        city: "Carbondale",
        state: "IL",
        phone: "618-351-1122",
        hours: "8:30 am to 5:00 pm",
        latitude: 37.72,
        longitude: -89.22,
      },
      { city: "Chicago", state: "IL", phone: "312-353-4952", latitude: 41.88, longitude: -87.63 },
      { city: "Nowhere", state: "IL" },
    ],
  };
  // Tuesday 2026-03-03 14:00 UTC: 9:00 in Washington, 8:00 in Illinois.
  const now = new Date("2026-03-03T14:00:00Z");

  it("gives the Washington number, then the district office nearest the ZIP's place", () => {
    const chicago = { lat: 41.85, lon: -87.7 };
    const numbers = numbersFor({ level: "federal", state: "IL", phone: "202-224-2152", raw }, chicago, now);
    expect(numbers.map((n) => [n.label, n.phone, n.openNow, n.hoursSource])).toEqual([
      ["Washington office", "202-224-2152", true, "assumed"],
      ["District office, Chicago", "312-353-4952", false, "assumed"],
    ]);
    const south = numbersFor(
      { level: "federal", state: "IL", phone: null, raw },
      { lat: 37.5, lon: -89 },
      now,
    );
    expect(south.map((n) => [n.label, n.openNow, n.hoursSource, n.timeZone])).toEqual([
      ["District office, Carbondale", false, "published", "America/Chicago"],
    ]);
    expect(south[0]?.hours).toBe("Office hours: 8:30 am to 5:00 pm");
  });

  it("without a place, takes the first office in the state; in Spanish", () => {
    const numbers = numbersFor(
      { level: "federal", state: "IL", phone: "202-224-2152", raw },
      null,
      now,
      "es",
    );
    expect(numbers.map((n) => n.label)).toEqual(["Oficina en Washington", "Oficina local, Carbondale"]);
  });

  it("gives a state legislator's capitol office and a district office, never a home", () => {
    const numbers = numbersFor(
      {
        level: "state",
        state: "IL",
        phone: "217-782-0000",
        raw: {
          offices: [
            { type: "home", phone: "555-0100" },
            { type: "district", phone: "773-555-0199" },
            { type: "capitol", phone: "217-782-0000" },
          ],
        },
      },
      null,
      now,
    );
    expect(numbers.map((n) => [n.kind, n.phone])).toEqual([
      ["capitol", "217-782-0000"],
      ["district", "773-555-0199"],
    ]);
  });
});

describe("fillScript", () => {
  const parts = [
    {
      id: "a",
      text: "Hi, I'm {{supporter.full_name}} from {{supporter.zip}}, calling the {{office.city}} office.",
      isLocked: false,
    },
    {
      id: "b",
      text: "Please tell {{official.title}} {{official.last_name}} to back {{bill.number}}.",
      isLocked: true,
    },
  ];
  const official = {
    name: "Richard J. Durbin",
    title: "U.S. Senator",
    firstName: "Richard",
    lastName: "Durbin",
    state: "IL",
    district: null,
    districtLabel: null,
  };
  const context = { campaignTitle: "Keep families housed", organizationName: "Neighbors", bill: null };

  it("fills the official, the office and the caller, with prompts for what it does not know", () => {
    expect(
      fillScript(
        parts,
        official,
        { label: "Washington office", city: "Washington", phone: "1" },
        { state: "IL", zip: "60623" },
        context,
      ),
    ).toBe(
      "Hi, I'm [your name] from 60623, calling the Washington office.\n\nPlease tell Senator Durbin to back.",
    );
    expect(
      fillScript(
        parts,
        official,
        null,
        { firstName: "Ida", lastName: "Wells", state: "IL", zip: "60623" },
        {
          ...context,
          bill: { number: "H.R. 1", title: "t", status: "", url: null },
        },
        "es",
      ),
    ).toBe("Hi, I'm Ida Wells from 60623, calling the office.\n\nPlease tell Senator Durbin to back H.R. 1.");
  });
});
