/**
 * The chambers' office lists: fetched at the worker's start and daily (a pg-boss schedule), each chamber's
 * list replaced in one transaction on success; a failed fetch keeps the last good list, is logged and is
 * shown as an alert (state.ts). An office on neither list keeps the hand-off.
 */
import { eq, sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import { cwcChambers, cwcOffices } from "@/db/schema";
import { configuredCwcChambers, cwcEndpoint, getCwcOffices } from "./client";
import { type CwcChamber, chamberOfOfficeCode } from "./codes";

export type RefreshReport = Partial<
  Record<CwcChamber, { ok: true; offices: number } | { ok: false; error: string }>
>;

/** Fetches each configured chamber's list (or the one named) and stores it. Never throws for a chamber's failure. */
export async function refreshCwcOffices(
  only?: CwcChamber,
  options: { timeoutMs?: number } = {},
): Promise<RefreshReport> {
  const report: RefreshReport = {};
  for (const chamber of configuredCwcChambers()) {
    if (only && chamber !== only) continue;
    const endpoint = cwcEndpoint(chamber);
    if (!endpoint) continue;
    const now = new Date();
    try {
      const fetched = await getCwcOffices(chamber, endpoint, options);
      // Only codes of this chamber's shape; a list that comes back empty is not believed (it would silently
      // turn every letter into a hand-off), so it counts as a failed fetch.
      const offices = [
        ...new Map(
          fetched
            .filter((office) => chamberOfOfficeCode(office.officeCode) === chamber)
            .map((office) => [office.officeCode, office]),
        ).values(),
      ];
      if (offices.length === 0) throw new Error(`the ${chamber}'s office list came back empty`);
      await getDb().transaction(async (tx) => {
        await tx.delete(cwcOffices).where(eq(cwcOffices.chamber, chamber));
        await tx.insert(cwcOffices).values(
          offices.map((office) => ({
            chamber,
            officeCode: office.officeCode,
            name: office.name,
            fetchedAt: now,
          })),
        );
        await tx
          .insert(cwcChambers)
          .values({
            chamber,
            lastFetchAt: now,
            lastFetchOkAt: now,
            lastFetchError: null,
            officeCount: offices.length,
          })
          .onConflictDoUpdate({
            target: cwcChambers.chamber,
            set: { lastFetchAt: now, lastFetchOkAt: now, lastFetchError: null, officeCount: offices.length },
          });
      });
      forgetCwcOfficeCache();
      report[chamber] = { ok: true, offices: offices.length };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(
        `[cwc] ${chamber}: the office list could not be fetched; keeping the last good list: ${message}`,
      );
      await getDb()
        .insert(cwcChambers)
        .values({ chamber, lastFetchAt: now, lastFetchError: message.slice(0, 500) })
        .onConflictDoUpdate({
          target: cwcChambers.chamber,
          set: { lastFetchAt: now, lastFetchError: message.slice(0, 500) },
        });
      report[chamber] = { ok: false, error: message };
    }
  }
  return report;
}

type OfficeSnapshot = { at: number; offices: Set<string>; halted: Set<CwcChamber> };

/**
 * The lists change daily; a submit reads them from this snapshot, at most 15 s old (each process its own;
 * nothing depends on it being shared: the dispatcher checks the database again before sending).
 */
let snapshot: OfficeSnapshot | null = null;
const SNAPSHOT_MS = 15_000;

export function forgetCwcOfficeCache(): void {
  snapshot = null;
}

/** Every listed office as "chamber:code", and the halted chambers. */
export async function cwcOfficeSnapshot(): Promise<OfficeSnapshot> {
  if (snapshot && Date.now() - snapshot.at < SNAPSHOT_MS) return snapshot;
  const result = await getDb().execute(sql`
    select 'office' as kind, chamber::text as chamber, office_code as code from ${cwcOffices}
    union all
    select 'halt' as kind, chamber::text as chamber, null as code from ${cwcChambers} where halted_at is not null`);
  const list = rowsOf<{ kind: string; chamber: string; code: string | null }>(result);
  const offices = new Set<string>();
  const halted = new Set<CwcChamber>();
  for (const row of list) {
    if (row.kind === "office") offices.add(`${row.chamber}:${row.code}`);
    else halted.add(row.chamber as CwcChamber);
  }
  snapshot = { at: Date.now(), offices, halted };
  return snapshot;
}
