/**
 * Whom a caller is asked to call: a call step's rules resolved against the caller's ZIP lookup, with the same
 * place rules as letters (lib/letters/targets.ts): a ZIP's split only matters when it matters for these rules
 * (senators need the state, the House the district), and state legislators can't be found from a ZIP alone.
 * Unlike letters, every official with a seat is callable: what counts is a phone, not an email channel. Pure.
 */

import type { District, ZipLookup } from "@/lib/officials/lookup";
import type { OfficialSummary } from "@/lib/officials/present";
import { type CallRule, districtKey } from "./rules";

export type CallResolution =
  | { status: "needs_district"; candidates: District[] }
  | {
      status: "resolved";
      officials: OfficialSummary[];
      district: District | null;
      /** Rules that found nobody to call from a ZIP: vacant seats, state legislators. */
      notes: ("vacant" | "needs_address")[];
    };

export function resolveCallTargets(
  rules: CallRule[],
  lookup: ZipLookup,
  chosen: District | null,
  stateLegislators: OfficialSummary[] = [],
): CallResolution {
  const needsDistrict = rules.some((r) => r.rule === "house");
  const needsState = needsDistrict || rules.some((r) => r.rule === "senators");
  const states = [...new Set(lookup.districts.map((d) => d.state))];
  const choice =
    chosen && lookup.districts.some((d) => districtKey(d) === districtKey(chosen)) ? chosen : null;
  if (!choice && ((needsDistrict && lookup.districts.length > 1) || (needsState && states.length > 1))) {
    return { status: "needs_district", candidates: lookup.districts };
  }
  const district = choice ?? (lookup.districts.length === 1 ? (lookup.districts[0] ?? null) : null);
  const state = district?.state ?? (states.length === 1 ? states[0] : undefined);

  const officials: OfficialSummary[] = [];
  const notes = new Set<"vacant" | "needs_address">();
  const add = (official: OfficialSummary) => {
    if (official.vacant) notes.add("vacant");
    else if (!officials.some((o) => o.id === official.id)) officials.push(official);
  };
  for (const rule of rules) {
    switch (rule.rule) {
      case "senators":
        for (const o of lookup.officials.filter((o) => o.chamber === "senate" && o.state === state)) add(o);
        break;
      case "house":
        for (const o of lookup.officials.filter(
          (o) => o.chamber === "house" && o.state === district?.state && o.district === district?.district,
        )) {
          add(o);
        }
        break;
      case "state_upper":
      case "state_lower": {
        const chambers = rule.rule === "state_upper" ? ["upper", "legislature"] : ["lower"];
        const mine = stateLegislators.filter(
          (o) => o.level === "state" && o.state === state && chambers.includes(o.chamber ?? ""),
        );
        for (const o of mine) add(o);
        if (mine.length === 0 && !(rule.rule === "state_lower" && state === "NE")) notes.add("needs_address");
        break;
      }
      case "official":
        if (rule.official) add(rule.official);
        break;
    }
  }
  return { status: "resolved", officials, district, notes: [...notes] };
}
