/**
 * A chamber's standing: halted when it refuses Chorus itself, and the alerts the organizer's dashboard shows.
 *
 * A halt (401/403: the key or the allow-listed address; 415: the content type; 404: the base URL) stops that
 * chamber's sending: its letters stay queued, not failed. Fixing it means changing the configuration and
 * restarting the workers; a worker's start clears the halts (clearCwcHalts) and the next message tells.
 */
import { eq, isNotNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cwcChambers } from "@/db/schema";
import type { CwcChamber } from "./codes";
import { forgetCwcOfficeCache } from "./offices";

export async function haltCwcChamber(chamber: CwcChamber, status: number, reason: string): Promise<void> {
  const now = new Date();
  await getDb()
    .insert(cwcChambers)
    .values({ chamber, haltedAt: now, haltStatus: status, haltReason: reason.slice(0, 500) })
    .onConflictDoUpdate({
      target: cwcChambers.chamber,
      set: { haltedAt: now, haltStatus: status, haltReason: reason.slice(0, 500) },
    });
  forgetCwcOfficeCache();
  console.error(`[cwc] ${chamber}: sending halted after HTTP ${status}: ${reason}`);
}

/** At a worker's start: the configuration may have been fixed, so halted chambers try again. */
export async function clearCwcHalts(): Promise<void> {
  await getDb()
    .update(cwcChambers)
    .set({ haltedAt: null, haltStatus: null, haltReason: null })
    .where(isNotNull(cwcChambers.haltedAt));
  forgetCwcOfficeCache();
}

export async function haltedCwcChambers(): Promise<Set<CwcChamber>> {
  const rows = await getDb()
    .select({ chamber: cwcChambers.chamber })
    .from(cwcChambers)
    .where(isNotNull(cwcChambers.haltedAt));
  return new Set(rows.map((row) => row.chamber));
}

export async function isCwcChamberHalted(chamber: CwcChamber): Promise<boolean> {
  const [row] = await getDb()
    .select({ haltedAt: cwcChambers.haltedAt })
    .from(cwcChambers)
    .where(eq(cwcChambers.chamber, chamber));
  return Boolean(row?.haltedAt);
}

/**
 * What the organizer's dashboard should warn about, per chamber: "halted" (letters wait: the chamber refuses
 * our key, address or requests) or "list_stale" (the last office-list fetch failed; the last good list is
 * used). Operator-level facts, the same for every organization; they name no letter or person.
 */
export type CwcAlert = {
  chamber: CwcChamber;
  kind: "halted" | "list_stale";
  since: Date;
  httpStatus: number | null;
  detail: string;
};

export async function cwcAlerts(): Promise<CwcAlert[]> {
  const rows = await getDb()
    .select()
    .from(cwcChambers)
    .where(or(isNotNull(cwcChambers.haltedAt), isNotNull(cwcChambers.lastFetchError)))
    .orderBy(sql`${cwcChambers.chamber}`);
  const alerts: CwcAlert[] = [];
  for (const row of rows) {
    if (row.haltedAt) {
      alerts.push({
        chamber: row.chamber,
        kind: "halted",
        since: row.haltedAt,
        httpStatus: row.haltStatus,
        detail: row.haltReason ?? "",
      });
    }
    if (row.lastFetchError && row.lastFetchAt) {
      alerts.push({
        chamber: row.chamber,
        kind: "list_stale",
        since: row.lastFetchAt,
        httpStatus: null,
        detail: row.lastFetchError,
      });
    }
  }
  return alerts;
}
