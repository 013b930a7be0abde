import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { officials } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { errorText, issueText } from "@/lib/i18n/errors";
import type { Locale } from "@/lib/i18n/locale";
import { withoutNul } from "@/lib/validation";
import { summaryColumns, toSummary } from "./lookup";
import {
  compareDistrictLabels,
  type OfficialSummary,
  STATE_NAMES,
  seatLabel,
  stateChamberName,
} from "./present";

/**
 * State legislators by state, chamber and district, or by name. The bundled data has no ZIP → state district
 * mapping, so without a geocoder people find theirs by choosing their district or searching for a name.
 */

export const STATE_CHAMBERS = ["upper", "lower", "legislature"] as const;
export type StateChamber = (typeof STATE_CHAMBERS)[number];

/** Name searches answer at most this many people; a longer name narrows it. */
export const NAME_RESULTS_LIMIT = 20;

const stateCode = z
  .string({ error: errorText.officials.addStateStateIl })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, errorText.officials.state2LetterCodeLike);

const chamber = z.enum(STATE_CHAMBERS, {
  error: errorText.officials.chamberUpperStateSenateLower,
});

const district = z
  .string()
  .trim()
  .min(1, errorText.officials.addDistrictLikeDistrict5)
  .max(60, errorText.officials.districtMost60Characters);

const name = z
  .string()
  .trim()
  .min(2, errorText.officials.typeLeast2LettersName)
  .max(80, errorText.officials.keepNameUnder80Characters);

/** `GET /api/officials?state=IL&chamber=upper&district=5` or `?state=IL&name=garcia` (chamber optional). */
export const stateLegislatorsQuery = withoutNul(
  z
    .object({
      state: stateCode,
      chamber: chamber.optional(),
      district: district.optional(),
      name: name.optional(),
    })
    .refine((q) => q.district === undefined || q.chamber !== undefined, {
      message: errorText.officials.addChamberDistrictChamberUpper,
      path: ["chamber"],
    })
    .refine((q) => q.district === undefined || q.name === undefined, {
      message: errorText.officials.searchByDistrictByName,
      path: ["name"],
    }),
);

export type StateLegislatorsQuery = z.infer<typeof stateLegislatorsQuery>;

export type StateLegislatorsResult = {
  state: string;
  chamber: StateChamber | null;
  district: string | null;
  name: string | null;
  officials: OfficialSummary[];
  /** A name search found more than NAME_RESULTS_LIMIT people; only the first are listed. */
  truncated: boolean;
};

function invalid(error: z.ZodError): AppError {
  const issue = error.issues[0];
  return new AppError(
    "INVALID_INPUT",
    issue ? issueText(issue.message) : errorText.officials.checkStateChamberDistrict,
    {
      [String(issue?.path[0] ?? "state")]: [issue ? issueText(issue.message) : errorText.common.checkThis],
    },
  );
}

const CHAMBER_ORDER: readonly string[] = STATE_CHAMBERS;

/**
 * A state's current legislators, optionally one chamber or one district (label as Open States publishes it,
 * compared without regard to case), ordered by chamber, then district as people count them, then name.
 */
export async function listStateLegislators(query: {
  state: string;
  chamber?: StateChamber;
  district?: string;
}): Promise<OfficialSummary[]> {
  const parsed = z
    .object({ state: stateCode, chamber: chamber.optional(), district: district.optional() })
    .safeParse(query);
  if (!parsed.success) throw invalid(parsed.error);
  const { state, chamber: onlyChamber, district: onlyDistrict } = parsed.data;
  const rows = await getDb()
    .select(summaryColumns)
    .from(officials)
    .where(
      and(
        eq(officials.level, "state"),
        eq(officials.state, state),
        onlyChamber ? eq(officials.chamber, onlyChamber) : undefined,
        onlyDistrict ? sql`lower(${officials.districtLabel}) = lower(${onlyDistrict})` : undefined,
        isNull(officials.removedAt),
      ),
    );
  return rows
    .sort(
      (a, b) =>
        CHAMBER_ORDER.indexOf(a.chamber) - CHAMBER_ORDER.indexOf(b.chamber) ||
        compareDistrictLabels(a.districtLabel, b.districtLabel) ||
        a.name.localeCompare(b.name),
    )
    .map(toSummary);
}

export type StateDistrictChoice = {
  /** The district label as published, the value to send back ("5", "22A", "Chittenden-1"). */
  district: string;
  /** As people read it: "District 5", "Ward 1", "Chittenden-1". */
  label: string;
  /** Who holds the seat(s); several in multi-member districts. */
  names: string[];
};

export type StateChamberDistricts = {
  chamber: StateChamber;
  /** "State Senate", "State Assembly", "House of Delegates", "Council", … */
  chamberName: string;
  districts: StateDistrictChoice[];
};

/**
 * Every district of a state's chambers that has someone in it, with the names of who holds it, for a person to
 * choose theirs. A seat that is vacant in the data has no one to write to, so it is not listed.
 */
export async function listStateDistricts(
  state: string,
  locale: Locale = "en",
): Promise<StateChamberDistricts[]> {
  const members = await listStateLegislators({ state });
  const chambers: StateChamberDistricts[] = [];
  for (const member of members) {
    const memberChamber = member.chamber as StateChamber;
    let entry = chambers.find((c) => c.chamber === memberChamber);
    if (!entry) {
      entry = {
        chamber: memberChamber,
        chamberName: stateChamberName(member.state, memberChamber, locale),
        districts: [],
      };
      chambers.push(entry);
    }
    const label = member.districtLabel ?? "";
    const seat = entry.districts.at(-1);
    if (seat?.district === label) seat.names.push(member.name);
    else entry.districts.push({ district: label, label: seatLabel(member, locale), names: [member.name] });
  }
  return chambers;
}

/** Lower case, accents and punctuation gone: "Aarón Ortíz" and "O'Neil-Smith" read as "aaron ortiz", "oneil smith". */
export function foldName(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * A state's legislators whose name holds every word of `name` (case and accents ignored), surnames that begin
 * with the search first, at most `limit`.
 */
export async function searchStateLegislators(
  query: { state: string; name: string; chamber?: StateChamber },
  limit = NAME_RESULTS_LIMIT,
): Promise<{ officials: OfficialSummary[]; truncated: boolean }> {
  const parsed = z.object({ name }).safeParse({ name: query.name });
  if (!parsed.success) throw invalid(parsed.error);
  const words = foldName(parsed.data.name).split(" ").filter(Boolean);
  const members = await listStateLegislators({ state: query.state, chamber: query.chamber });
  if (words.length === 0) return { officials: [], truncated: false };
  const rank = (folded: string) => {
    const parts = folded.split(" ");
    const surname = parts.at(-1) ?? "";
    if (words.some((w) => surname.startsWith(w))) return 0;
    if (words.every((w) => parts.some((p) => p.startsWith(w)))) return 1;
    return 2;
  };
  const matches = members
    .map((member) => ({ member, folded: foldName(member.name) }))
    .filter(({ folded }) => words.every((w) => folded.includes(w)))
    .map(({ member, folded }) => ({ member, rank: rank(folded) }))
    .sort((a, b) => a.rank - b.rank);
  return { officials: matches.slice(0, limit).map((m) => m.member), truncated: matches.length > limit };
}

/**
 * The answer to `GET /api/officials?state=…`: a state's legislators, one chamber, one district or a name
 * search. A state or district we have no one for is a kind NOT_FOUND; a name that matches no one is an empty
 * list, since a search that finds nothing is an answer, not an error.
 */
export async function findStateLegislators(
  input: z.input<typeof stateLegislatorsQuery>,
): Promise<StateLegislatorsResult> {
  const parsed = stateLegislatorsQuery.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const q = parsed.data;
  if (!(q.state in STATE_NAMES)) {
    throw new AppError("INVALID_INPUT", errorText.officials.unknownStateCode({ state: q.state }), {
      state: [errorText.officials.use2LetterStateCode],
    });
  }
  const base = {
    state: q.state,
    chamber: q.chamber ?? null,
    district: q.district ?? null,
    name: q.name ?? null,
  };
  const all = await listStateLegislators({ state: q.state, chamber: q.chamber });
  if (all.length === 0) {
    throw new AppError(
      "NOT_FOUND",
      q.chamber
        ? errorText.officials.noChamberData({ state: q.state, chamber: stateChamberName(q.state, q.chamber) })
        : errorText.officials.noLegislatorsData({ state: q.state }),
    );
  }
  if (q.name !== undefined) {
    return {
      ...base,
      ...(await searchStateLegislators({ state: q.state, name: q.name, chamber: q.chamber })),
    };
  }
  if (q.district !== undefined && q.chamber !== undefined) {
    const wanted = q.district.toLowerCase();
    const inDistrict = all.filter((o) => o.districtLabel?.toLowerCase() === wanted);
    if (inDistrict.length === 0) {
      throw new AppError(
        "NOT_FOUND",
        errorText.officials.noDistrict({
          state: q.state,
          chamber: stateChamberName(q.state, q.chamber),
          district: q.district,
        }),
      );
    }
    return { ...base, officials: inDistrict, truncated: false };
  }
  return { ...base, officials: all, truncated: false };
}
