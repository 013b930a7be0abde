/**
 * Who a letter goes to: a campaign's target rules resolved against a supporter's ZIP lookup. Pure, so the
 * campaign page, the submit path and the tests share one answer.
 *
 * A ZIP's ambiguity only matters when it matters for this campaign: a campaign to senators needs the state, not
 * the district, so a ZIP split between two districts of one state asks nothing more.
 */
import { type ChannelContext, type ChannelName, chooseChannel } from "@/lib/delivery/channels";
import { type ErrorText, errorText } from "@/lib/i18n/errors";
import type { District, ZipLookup } from "@/lib/officials/lookup";
import type { OfficialSummary } from "@/lib/officials/present";
import { type HandoffKind, officialHandoffKind } from "./handoff-kind";

export type TargetRule =
  | { rule: "senators" | "house" | "state_upper" | "state_lower" }
  | { rule: "official"; official: OfficialSummary | null }
  | {
      rule: "custom";
      custom: { id: string; name: string; title: string; email: string; requiresAddress: boolean };
    };

export type ResolvedTarget = {
  targetKey: string;
  officialId: string | null;
  customTargetId: string | null;
  name: string;
  title: string;
  channel: ChannelName;
  email: string | null;
  contactFormUrl: string | null;
  /** The office reads letters only with the writer's street address (custom targets can ask for it). */
  requiresAddress: boolean;
  /** For a hand-off: whether its address is the official's contact form or only their website. */
  handoff?: HandoffKind;
  /** A member of Congress (the letter form then asks for what Congress's mail system needs). */
  congress?: "senate" | "house";
};

export type TargetNote = { kind: "vacant" | "no_channel" | "needs_address"; message: ErrorText };

export type TargetResolution =
  | { status: "needs_district"; candidates: District[] }
  | { status: "resolved"; targets: ResolvedTarget[]; notes: TargetNote[]; district: District | null };

export function districtKey(district: District): string {
  return `${district.state}-${district.district}`;
}

export function parseDistrictKey(value: string | undefined | null): District | null {
  const match = value?.match(/^([A-Z]{2})-(\d{1,2})$/);
  if (!match?.[1] || !match[2]) return null;
  return { state: match[1], district: Number(match[2]) };
}

function fromOfficial(official: OfficialSummary, context: ChannelContext): ResolvedTarget | TargetNote {
  if (official.vacant) {
    return {
      kind: "vacant",
      message: errorText.letters.seatVacant({ title: official.title, state: official.state }),
    };
  }
  const reach = chooseChannel(official, context);
  if (reach) {
    return {
      targetKey: `official:${official.id}`,
      officialId: official.id,
      customTargetId: null,
      requiresAddress: false,
      name: official.name,
      title: official.title,
      ...reach,
      handoff: officialHandoffKind(official),
      congress:
        official.level === "federal" && (official.chamber === "senate" || official.chamber === "house")
          ? official.chamber
          : undefined,
    };
  }
  return {
    kind: "no_channel",
    message: errorText.letters.noChannel({ name: official.name }),
  };
}

/**
 * `stateLegislators` are the supporter's own state senator and representative(s), when known: from a geocoded
 * street address or the supporter's choice of state district. A ZIP code alone never tells.
 */
export function resolveTargets(
  rules: TargetRule[],
  lookup: ZipLookup,
  chosen: District | null,
  stateLegislators: OfficialSummary[] = [],
  /** The CWC reach and the letter's prefix, when the caller loaded them (lib/delivery/channels.ts). */
  context: ChannelContext = {},
): TargetResolution {
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

  const targets: ResolvedTarget[] = [];
  const notes: TargetNote[] = [];
  const add = (result: ResolvedTarget | TargetNote) => {
    if ("targetKey" in result) {
      if (!targets.some((t) => t.targetKey === result.targetKey)) targets.push(result);
    } else {
      notes.push(result);
    }
  };

  for (const rule of rules) {
    switch (rule.rule) {
      case "senators":
        for (const o of lookup.officials.filter((o) => o.chamber === "senate" && o.state === state))
          add(fromOfficial(o, context));
        break;
      case "house":
        for (const o of lookup.officials.filter(
          (o) => o.chamber === "house" && o.state === district?.state && o.district === district?.district,
        )) {
          add(fromOfficial(o, context));
        }
        break;
      case "state_upper":
      case "state_lower": {
        // Nebraska's one chamber ("legislature") is its senate.
        const chambers = rule.rule === "state_upper" ? ["upper", "legislature"] : ["lower"];
        const mine = stateLegislators.filter(
          (o) => o.level === "state" && o.state === state && chambers.includes(o.chamber ?? ""),
        );
        if (mine.length > 0) {
          for (const o of mine) add(fromOfficial(o, context));
          break;
        }
        if (rule.rule === "state_lower" && state === "NE") break;
        notes.push({
          kind: "needs_address",
          message: errorText.letters.stateLegislatorsCantFoundFrom,
        });
        break;
      }
      case "official":
        if (rule.official) add(fromOfficial(rule.official, context));
        break;
      case "custom":
        add({
          targetKey: `custom:${rule.custom.id}`,
          officialId: null,
          customTargetId: rule.custom.id,
          name: rule.custom.name,
          title: rule.custom.title,
          channel: "email",
          email: rule.custom.email,
          contactFormUrl: null,
          requiresAddress: rule.custom.requiresAddress,
        });
        break;
    }
  }
  return { status: "resolved", targets, notes: dedupeNotes(notes), district };
}

function dedupeNotes(notes: TargetNote[]): TargetNote[] {
  return notes.filter((note, i) => notes.findIndex((n) => n.message === note.message) === i);
}
