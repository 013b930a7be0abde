/**
 * Which members of Congress Chorus can reach through CWC right now: the chamber has an API key, the office is
 * on the chamber's list, and the chamber is not halted. Loaded once per submit (and by the letter form, to
 * know whether to ask for a street address and a prefix), then handed to the pure `chooseChannel`.
 */
import { and, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { officials } from "@/db/schema";
import type { OfficialSummary } from "@/lib/officials/present";
import { cwcEndpoint } from "./client";
import { type CwcChamber, cwcChamberOf, cwcOfficeCode } from "./codes";
import { cwcOfficeSnapshot } from "./offices";

export type CwcOffice = { chamber: CwcChamber; officeCode: string };

/** Official id → the CWC office that takes their mail now. Empty when no chamber is configured. */
export type CwcReach = ReadonlyMap<string, CwcOffice>;

export const NO_CWC_REACH: CwcReach = new Map();

/** The reach among these officials (members of Congress only; others are ignored). */
export async function loadCwcReach(
  candidates: Pick<OfficialSummary, "id" | "level" | "chamber">[],
): Promise<CwcReach> {
  const ids = candidates
    .filter((official) => {
      const chamber = cwcChamberOf(official);
      return chamber !== null && cwcEndpoint(chamber) !== null;
    })
    .map((official) => official.id);
  // Without a key (the default) nothing is read: the submit path stays as it was.
  if (ids.length === 0) return NO_CWC_REACH;
  const [rows, lists] = await Promise.all([
    getDb()
      .select({
        id: officials.id,
        level: officials.level,
        chamber: officials.chamber,
        state: officials.state,
        district: officials.district,
        senateClass: sql<string | null>`${officials.raw}->>'senate_class'`,
      })
      .from(officials)
      .where(and(inArray(officials.id, [...new Set(ids)]), isNull(officials.removedAt))),
    cwcOfficeSnapshot(),
  ]);
  const reach = new Map<string, CwcOffice>();
  for (const row of rows) {
    const chamber = cwcChamberOf(row);
    const officeCode = cwcOfficeCode(row);
    if (!chamber || !officeCode || lists.halted.has(chamber)) continue;
    if (!lists.offices.has(`${chamber}:${officeCode}`)) continue;
    reach.set(row.id, { chamber, officeCode });
  }
  return reach;
}

/**
 * For the letter form: whether to ask for a street address and a prefix, and which offices would be left to
 * the supporter if they choose "none of these" as the prefix (the Senate takes only Mr., Mrs., Miss, Ms. and
 * Dr.). `ask` is true when at least one of these officials would get the letter through CWC.
 */
export type CwcDetailsNeed = {
  ask: boolean;
  /** Names of the Senate offices that would take it through CWC (a hand-off instead with prefix "none"). */
  senateNames: string[];
};

export function cwcDetailsNeeded(
  officials: Pick<OfficialSummary, "id" | "name" | "vacant">[],
  reach: CwcReach,
): CwcDetailsNeed {
  const reached = officials.filter((official) => !official.vacant && reach.has(official.id));
  return {
    ask: reached.length > 0,
    senateNames: reached
      .filter((official) => reach.get(official.id)?.chamber === "senate")
      .map((o) => o.name),
  };
}

/** The same, loading the reach: what a page calls with the officials the letter would go to. */
export async function lettersNeedCwcDetails(
  officials: Pick<OfficialSummary, "id" | "name" | "vacant" | "level" | "chamber">[],
): Promise<CwcDetailsNeed> {
  return cwcDetailsNeeded(officials, await loadCwcReach(officials));
}
