/**
 * How an official is shown to the public (the /api/officials contract and the /officials page). Pure: no
 * database, safe to import anywhere.
 */

export type OfficialLevel = "federal" | "state" | "local";
export type OfficialChamber = "senate" | "house" | "upper" | "lower" | "legislature";

/** Ways to reach an official; a key is present only when the official publishes that channel. */
export type OfficialChannels = { email?: string; contactForm?: string; phone?: string };

/**
 * One official (or one vacant seat) as the public sees it. `vacant: true` marks a seat with nobody in it, so a
 * lookup shows "vacant" instead of silently leaving the seat out; its id is `vacant-<STATE>-<seat>`.
 */
export type OfficialSummary = {
  id: string;
  name: string;
  /** "U.S. Senator", "Delegate", "State Representative", "Assembly Member", … */
  title: string;
  level: OfficialLevel;
  chamber: OfficialChamber | null;
  state: string;
  /** Federal House seats; 0 = at-large or delegate. Null for senators and state legislators. */
  district: number | null;
  /** State legislative district as published ("22A", "Chittenden-1"); null for federal officials. */
  districtLabel: string | null;
  /** As published ("Democrat", "Democratic-Farmer-Labor", …); "" when unknown or the seat is vacant. */
  party: string;
  termEnd: string | null;
  website: string | null;
  channels: OfficialChannels;
  vacant: boolean;
};

export const STATE_NAMES: Record<string, string> = {
  AL: "Alabama",
  AK: "Alaska",
  AS: "American Samoa",
  AZ: "Arizona",
  AR: "Arkansas",
  CA: "California",
  CO: "Colorado",
  CT: "Connecticut",
  DE: "Delaware",
  DC: "District of Columbia",
  FL: "Florida",
  GA: "Georgia",
  GU: "Guam",
  HI: "Hawaii",
  ID: "Idaho",
  IL: "Illinois",
  IN: "Indiana",
  IA: "Iowa",
  KS: "Kansas",
  KY: "Kentucky",
  LA: "Louisiana",
  ME: "Maine",
  MD: "Maryland",
  MA: "Massachusetts",
  MI: "Michigan",
  MN: "Minnesota",
  MS: "Mississippi",
  MO: "Missouri",
  MT: "Montana",
  NE: "Nebraska",
  NV: "Nevada",
  NH: "New Hampshire",
  NJ: "New Jersey",
  NM: "New Mexico",
  NY: "New York",
  NC: "North Carolina",
  ND: "North Dakota",
  MP: "Northern Mariana Islands",
  OH: "Ohio",
  OK: "Oklahoma",
  OR: "Oregon",
  PA: "Pennsylvania",
  PR: "Puerto Rico",
  RI: "Rhode Island",
  SC: "South Carolina",
  SD: "South Dakota",
  TN: "Tennessee",
  TX: "Texas",
  UT: "Utah",
  VT: "Vermont",
  VI: "U.S. Virgin Islands",
  VA: "Virginia",
  WA: "Washington",
  WV: "West Virginia",
  WI: "Wisconsin",
  WY: "Wyoming",
};

/** DC, Puerto Rico and the island areas elect no senators; their one House seat is a non-voting member. */
const NON_STATES = new Set(["DC", "PR", "AS", "GU", "MP", "VI"]);

export function stateName(code: string): string {
  return STATE_NAMES[code] ?? code;
}

export function hasSenators(state: string): boolean {
  return state in STATE_NAMES && !NON_STATES.has(state);
}

// Lower chambers whose members are not called representatives.
const ASSEMBLY_STATES = new Set(["CA", "NV", "NY", "NJ", "WI"]);
const HOUSE_OF_DELEGATES_STATES = new Set(["MD", "VA", "WV"]);

export function officialTitle(seat: { level: OfficialLevel; chamber: string | null; state: string }): string {
  if (seat.level === "federal") {
    if (seat.chamber === "senate") return "U.S. Senator";
    if (seat.state === "PR") return "Resident Commissioner";
    if (NON_STATES.has(seat.state)) return "Delegate to the U.S. House";
    return "U.S. Representative";
  }
  if (seat.level === "state") {
    if (seat.chamber === "upper") return seat.state === "PR" ? "Senator" : "State Senator";
    if (seat.chamber === "lower") {
      if (ASSEMBLY_STATES.has(seat.state)) return "Assembly Member";
      if (HOUSE_OF_DELEGATES_STATES.has(seat.state)) return "Delegate";
      return seat.state === "PR" ? "Representative" : "State Representative";
    }
    if (seat.chamber === "legislature") return seat.state === "DC" ? "Councilmember" : "State Senator";
  }
  return "Official";
}

/** A state legislative chamber as people there call it: "State Senate", "Assembly", "House of Delegates", "Council". */
export function stateChamberName(state: string, chamber: "upper" | "lower" | "legislature"): string {
  if (chamber === "upper") return state === "PR" ? "Senate" : "State Senate";
  if (chamber === "lower") {
    if (ASSEMBLY_STATES.has(state)) return "State Assembly";
    if (HOUSE_OF_DELEGATES_STATES.has(state)) return "House of Delegates";
    return state === "PR" ? "House of Representatives" : "State House";
  }
  return state === "DC" ? "Council" : "Legislature";
}

/** "CA-12", "WY at-large", "CA" (a senator), "District 22A", "Ward 1". */
export function seatLabel(
  official: Pick<OfficialSummary, "level" | "chamber" | "state" | "district" | "districtLabel">,
) {
  if (official.level === "federal") {
    if (official.chamber === "senate") return official.state;
    if (official.district === 0) {
      return NON_STATES.has(official.state)
        ? `${official.state}, at-large (non-voting)`
        : `${official.state} at-large`;
    }
    return `${official.state}-${official.district}`;
  }
  const label = official.districtLabel;
  if (!label) return official.state;
  // Open States labels are either bare numbers ("10", "22A") or already words ("Ward 1", "Chittenden-1").
  return /^\d+[A-Z]?$/.test(label) ? `District ${label}` : label;
}

/** Orders state districts as people count them: "2" before "10", "22A" before "22B". */
export function compareDistrictLabels(a: string | null, b: string | null): number {
  return (a ?? "").localeCompare(b ?? "", "en", { numeric: true, sensitivity: "base" });
}
