/** Office codes and bill types, checked against the bundled congress-legislators snapshot. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  billTypeAbbreviation,
  chamberOfOfficeCode,
  cwcChamberOf,
  cwcOfficeCode,
  parseFederalBill,
} from "./codes";
import { CWC_TOPICS, isCwcTopic, validCwcTopics } from "./topics";

type Legislator = {
  bioguide: string;
  chamber: "sen" | "rep";
  state: string;
  district?: number;
  senate_class?: number;
};

const legislators = (
  JSON.parse(readFileSync(path.resolve("db/data/federal-legislators.json"), "utf8")) as {
    legislators: Legislator[];
  }
).legislators;

function codeOf(bioguide: string): string | null {
  const l = legislators.find((x) => x.bioguide === bioguide);
  if (!l) throw new Error(`no ${bioguide}`);
  return cwcOfficeCode({
    level: "federal",
    chamber: l.chamber === "sen" ? "senate" : "house",
    state: l.state,
    district: l.district ?? null,
    senateClass: l.senate_class,
  });
}

describe("cwcOfficeCode", () => {
  it("gives senators S + state + 0 + class, from the source record's senate_class", () => {
    expect(codeOf("P000145")).toBe("SCA03"); // Padilla, class 3
    expect(codeOf("K000367")).toBe("SMN01"); // Klobuchar, class 1
    expect(codeOf("S000148")).toBe("SNY03"); // Schumer, class 3
    expect(codeOf("D000563")).toBe("SIL02"); // Durbin, class 2
  });

  it("gives every one of the 100 senators a distinct code, two per state", () => {
    const codes = legislators.filter((l) => l.chamber === "sen").map((l) => codeOf(l.bioguide));
    expect(codes.every((c) => c && /^S[A-Z]{2}0[123]$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(100);
  });

  it("gives House seats two-digit districts, at-large 00, and American Samoa HAQ00", () => {
    expect(codeOf("D000096")).toBe("HIL07"); // Davis, IL-7
    expect(codeOf("B001323")).toBe("HAK00"); // Alaska at-large
    expect(codeOf("R000600")).toBe("HAQ00"); // American Samoa's delegate: AQ, not AS
    const codes = legislators.filter((l) => l.chamber === "rep").map((l) => codeOf(l.bioguide));
    expect(codes.every((c) => c && /^H[A-Z]{2}\d{2}$/.test(c))).toBe(true);
    expect(codes).not.toContain("HAS00");
  });

  it("gives no code without a class, for state legislators, or for a bad district", () => {
    expect(cwcOfficeCode({ level: "federal", chamber: "senate", state: "IL", district: null })).toBeNull();
    expect(cwcOfficeCode({ level: "state", chamber: "upper", state: "IL", district: 3 })).toBeNull();
    expect(cwcOfficeCode({ level: "federal", chamber: "house", state: "IL", district: null })).toBeNull();
    expect(cwcChamberOf({ level: "federal", chamber: "house" })).toBe("house");
    expect(chamberOfOfficeCode("SCA03")).toBe("senate");
    expect(chamberOfOfficeCode("HAQ00")).toBe("house");
    expect(chamberOfOfficeCode("SCA04")).toBeNull();
  });
});

describe("bills", () => {
  it("parses federal bill numbers as organizers write them", () => {
    expect(parseFederalBill("H.R. 1234")).toEqual({ type: "hr", number: 1234 });
    expect(parseFederalBill("HR1234")).toEqual({ type: "hr", number: 1234 });
    expect(parseFederalBill("S. 56")).toEqual({ type: "s", number: 56 });
    expect(parseFederalBill("H.J.Res. 7")).toEqual({ type: "hjres", number: 7 });
    expect(parseFederalBill("S.Con.Res.3")).toEqual({ type: "sconres", number: 3 });
    expect(parseFederalBill("SB 56")).toBeNull();
    expect(parseFederalBill("AB 1")).toBeNull();
  });

  it("writes the bill type as each chamber spells it", () => {
    expect(billTypeAbbreviation("house", "hr")).toBe("hr");
    expect(billTypeAbbreviation("senate", "hr")).toBe("H.R.");
    expect(billTypeAbbreviation("senate", "s")).toBe("S.");
  });
});

describe("topics", () => {
  it("are the notes' 32 strings, and nothing else passes", () => {
    expect(CWC_TOPICS).toHaveLength(32);
    expect(new Set(CWC_TOPICS).size).toBe(32);
    expect(isCwcTopic("Civil Rights and Liberties, Minority Issues")).toBe(true);
    expect(isCwcTopic("Civil Rights")).toBe(false);
    expect(validCwcTopics(["Taxation", "Nope", "Health", "Taxation"])).toEqual(["Health", "Taxation"]);
  });
});
