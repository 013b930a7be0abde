import { describe, expect, it } from "vitest";
import type { ZipLookup } from "@/lib/officials/lookup";
import type { OfficialSummary } from "@/lib/officials/present";
import { resolveTargets, type TargetRule } from "./targets";

function official(
  partial: Partial<OfficialSummary> & Pick<OfficialSummary, "id" | "name" | "state">,
): OfficialSummary {
  return {
    title: "U.S. Senator",
    level: "federal",
    chamber: "senate",
    district: null,
    districtLabel: null,
    party: "",
    termEnd: null,
    website: `https://example.gov/${partial.id}`,
    channels: {},
    vacant: false,
    ...partial,
  };
}

const ilSenators = [
  official({ id: "S1", name: "Sen One", state: "IL" }),
  official({ id: "S2", name: "Sen Two", state: "IL" }),
];
const rep = (id: string, state: string, district: number, extra: Partial<OfficialSummary> = {}) =>
  official({
    id,
    name: `Rep ${id}`,
    state,
    chamber: "house",
    district,
    title: "U.S. Representative",
    ...extra,
  });

const split: ZipLookup = {
  zip: "60062",
  districts: [
    { state: "IL", district: 5 },
    { state: "IL", district: 9 },
  ],
  ambiguous: true,
  officials: [...ilSenators, rep("H5", "IL", 5), rep("H9", "IL", 9)],
};

const twoStates: ZipLookup = {
  zip: "02861",
  districts: [
    { state: "MA", district: 4 },
    { state: "RI", district: 1 },
  ],
  ambiguous: true,
  officials: [
    official({ id: "MA1", name: "Sen MA", state: "MA" }),
    official({ id: "RI1", name: "Sen RI", state: "RI" }),
    rep("MA4", "MA", 4),
    rep("RI1H", "RI", 1),
  ],
};

const council: TargetRule = {
  rule: "custom",
  custom: {
    id: "c1",
    name: "City Council",
    title: "Council Members",
    email: "council@example.org",
    requiresAddress: false,
  },
};

describe("resolveTargets", () => {
  it("asks nothing more of a split ZIP when the campaign writes only to senators", () => {
    const result = resolveTargets([{ rule: "senators" }], split, null);
    expect(result.status).toBe("resolved");
    if (result.status !== "resolved") return;
    expect(result.targets.map((t) => t.officialId)).toEqual(["S1", "S2"]);
    expect(result.targets.every((t) => t.channel === "contact_form")).toBe(true);
  });

  it("asks for the district of a split ZIP when the campaign writes to the House", () => {
    expect(resolveTargets([{ rule: "house" }], split, null)).toEqual({
      status: "needs_district",
      candidates: split.districts,
    });
    const chosen = resolveTargets([{ rule: "house" }], split, { state: "IL", district: 9 });
    expect(chosen.status === "resolved" && chosen.targets.map((t) => t.officialId)).toEqual(["H9"]);
  });

  it("ignores a chosen district that is not one of the ZIP's", () => {
    expect(resolveTargets([{ rule: "house" }], split, { state: "IL", district: 1 }).status).toBe(
      "needs_district",
    );
  });

  it("asks for the state of a ZIP that spans two states, even for senators", () => {
    expect(resolveTargets([{ rule: "senators" }], twoStates, null).status).toBe("needs_district");
    const chosen = resolveTargets([{ rule: "senators" }], twoStates, { state: "RI", district: 1 });
    expect(chosen.status === "resolved" && chosen.targets.map((t) => t.officialId)).toEqual(["RI1"]);
  });

  it("needs no ZIP choice for custom targets, which go by email", () => {
    const result = resolveTargets([council], twoStates, null);
    expect(result.status === "resolved" && result.targets).toEqual([
      {
        targetKey: "custom:c1",
        officialId: null,
        customTargetId: "c1",
        name: "City Council",
        title: "Council Members",
        channel: "email",
        email: "council@example.org",
        contactFormUrl: null,
        requiresAddress: false,
      },
    ]);
  });

  it("writes to the supporter's own state legislators once their districts are known", () => {
    const il: ZipLookup = {
      zip: "60623",
      districts: [{ state: "IL", district: 7 }],
      ambiguous: false,
      officials: [...ilSenators],
    };
    const senator = official({
      id: "IL-U5",
      name: "State Sen",
      state: "IL",
      level: "state",
      chamber: "upper",
      channels: { email: "sen@example.org" },
    });
    const other = official({ id: "WI-U1", name: "Elsewhere", state: "WI", level: "state", chamber: "upper" });
    const result = resolveTargets([{ rule: "state_upper" }, { rule: "state_lower" }], il, null, [
      senator,
      other,
    ]);
    if (result.status !== "resolved") throw new Error("expected resolved");
    expect(result.targets.map((t) => [t.name, t.channel])).toEqual([["State Sen", "email"]]);
    // No representative known yet: said plainly, not guessed.
    expect(result.notes.map((n) => n.kind)).toEqual(["needs_address"]);
  });

  it("uses an official's email when there is one, and says so when a seat is vacant", () => {
    const lookup: ZipLookup = {
      zip: "94541",
      districts: [{ state: "CA", district: 14 }],
      ambiguous: false,
      officials: [rep("vacant-CA-14", "CA", 14, { vacant: true, name: "Vacant seat" })],
    };
    const result = resolveTargets(
      [
        { rule: "house" },
        {
          rule: "official",
          official: official({
            id: "X",
            name: "Assembly Member X",
            state: "CA",
            level: "state",
            channels: { email: "x@asm.ca.gov" },
          }),
        },
      ],
      lookup,
      null,
    );
    expect(result.status).toBe("resolved");
    if (result.status !== "resolved") return;
    expect(result.targets.map((t) => [t.officialId, t.channel, t.email])).toEqual([
      ["X", "email", "x@asm.ca.gov"],
    ]);
    expect(result.notes.map((n) => n.kind)).toEqual(["vacant"]);
  });

  it("is honest that state legislators cannot be found from a ZIP alone", () => {
    const result = resolveTargets([{ rule: "state_upper" }, { rule: "state_lower" }], split, null);
    expect(result.status === "resolved" && result.notes).toHaveLength(1);
  });
});
