import type { Locale } from "@/lib/i18n/locale";
import { PARTIES_ES, seatWords, stateNames } from "./present.messages";

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

/** Postal code → English name; `stateName(code, locale)` for the reader's language. */
export const STATE_NAMES: Record<string, string> = stateNames.en;

/** DC, Puerto Rico and the island areas elect no senators; their one House seat is a non-voting member. */
const NON_STATES = new Set(["DC", "PR", "AS", "GU", "MP", "VI"]);

export function stateName(code: string, locale: Locale = "en"): string {
  return (stateNames[locale] as Record<string, string>)[code] ?? code;
}

/** A party in the reader's language ("Republican/Conservative" → "Republicano/Conservador"); unknown ones as published. */
export function partyName(party: string, locale: Locale = "en"): string {
  if (locale === "en") return party;
  return (
    PARTIES_ES[party] ??
    party
      .split("/")
      .map((p) => PARTIES_ES[p] ?? p)
      .join("/")
  );
}

export function hasSenators(state: string): boolean {
  return state in STATE_NAMES && !NON_STATES.has(state);
}

// Lower chambers whose members are not called representatives.
const ASSEMBLY_STATES = new Set(["CA", "NV", "NY", "NJ", "WI"]);
const HOUSE_OF_DELEGATES_STATES = new Set(["MD", "VA", "WV"]);

export function officialTitle(
  seat: { level: OfficialLevel; chamber: string | null; state: string },
  locale: Locale = "en",
): string {
  const t = seatWords[locale];
  if (seat.level === "federal") {
    if (seat.chamber === "senate") return t.usSenator;
    if (seat.state === "PR") return t.residentCommissioner;
    if (NON_STATES.has(seat.state)) return t.houseDelegate;
    return t.usRepresentative;
  }
  if (seat.level === "state") {
    if (seat.chamber === "upper") return seat.state === "PR" ? t.senator : t.stateSenator;
    if (seat.chamber === "lower") {
      if (ASSEMBLY_STATES.has(seat.state)) return t.assemblyMember;
      if (HOUSE_OF_DELEGATES_STATES.has(seat.state)) return t.delegate;
      return seat.state === "PR" ? t.representative : t.stateRepresentative;
    }
    if (seat.chamber === "legislature") return seat.state === "DC" ? t.councilmember : t.stateSenator;
  }
  return t.official;
}

/** A state legislative chamber as people there call it: "State Senate", "Assembly", "House of Delegates", "Council". */
export function stateChamberName(
  state: string,
  chamber: "upper" | "lower" | "legislature",
  locale: Locale = "en",
): string {
  const t = seatWords[locale];
  if (chamber === "upper") return state === "PR" ? t.senate : t.stateSenate;
  if (chamber === "lower") {
    if (ASSEMBLY_STATES.has(state)) return t.stateAssembly;
    if (HOUSE_OF_DELEGATES_STATES.has(state)) return t.houseOfDelegates;
    return state === "PR" ? t.houseOfRepresentatives : t.stateHouse;
  }
  return state === "DC" ? t.council : t.legislature;
}

/** "CA-12", "WY at-large", "CA" (a senator), "District 22A", "Ward 1". */
export function seatLabel(
  official: Pick<OfficialSummary, "level" | "chamber" | "state" | "district" | "districtLabel">,
  locale: Locale = "en",
) {
  const t = seatWords[locale];
  if (official.level === "federal") {
    if (official.chamber === "senate") return official.state;
    if (official.district === 0) {
      return NON_STATES.has(official.state) ? t.atLargeNonVoting(official.state) : t.atLarge(official.state);
    }
    return `${official.state}-${official.district}`;
  }
  const label = official.districtLabel;
  if (!label) return official.state;
  // Open States labels are either bare numbers ("10", "22A") or already words ("Ward 1", "Chittenden-1").
  return /^\d+[A-Z]?$/.test(label) ? t.district(label) : label;
}

/** Orders state districts as people count them: "2" before "10", "22A" before "22B". */
export function compareDistrictLabels(a: string | null, b: string | null): number {
  return (a ?? "").localeCompare(b ?? "", "en", { numeric: true, sensitivity: "base" });
}

/**
 * A title stored with a letter (deliveries.target_title: officialTitle's English, or what an organizer typed for
 * a custom target) in the reader's language: our own titles are translated, anything else stays as written.
 */
export function translateTitle(title: string, locale: Locale = "en"): string {
  if (locale === "en") return title;
  const en = seatWords.en as Record<string, unknown>;
  const key = Object.keys(en).find((k) => en[k] === title);
  const translated = key ? (seatWords[locale] as Record<string, unknown>)[key] : undefined;
  return typeof translated === "string" ? translated : title;
}
