/**
 * Congress delivery (CWC): which member offices each chamber takes messages for, and each chamber's state.
 * The lists are fetched at the worker's start and daily (lib/delivery/cwc/offices.ts); a fetch replaces a
 * chamber's list in one transaction, and a failed fetch keeps the last good one.
 */
import { integer, pgEnum, pgTable, primaryKey, text, timestamp, varchar } from "drizzle-orm/pg-core";

export const cwcChamber = pgEnum("cwc_chamber", ["house", "senate"]);

/** One office on a chamber's list: House codes like HIL07, Senate codes like SIL02 (lib/delivery/cwc/codes.ts). */
export const cwcOffices = pgTable(
  "cwc_offices",
  {
    chamber: cwcChamber("chamber").notNull(),
    officeCode: varchar("office_code", { length: 8 }).notNull(),
    /** The Senate's list names the office ("Alex Padilla [bioguide_id: P000145]"); the House's gives codes only. */
    name: text("name"),
    fetchedAt: timestamp("fetched_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.chamber, t.officeCode] })],
);

/**
 * A chamber's state: its last list fetch, and a halt. A chamber is halted when it refuses Chorus itself
 * (401/403: the key or the allow-listed address; 415: the content type): its letters stay queued, not failed,
 * and the organizer's dashboard shows the alert (cwcAlerts) until a worker restarts with the fix.
 */
export const cwcChambers = pgTable("cwc_chambers", {
  chamber: cwcChamber("chamber").primaryKey(),
  lastFetchAt: timestamp("last_fetch_at", { mode: "date", withTimezone: true }),
  lastFetchOkAt: timestamp("last_fetch_ok_at", { mode: "date", withTimezone: true }),
  /** Null after a good fetch; what went wrong with the last one otherwise. */
  lastFetchError: text("last_fetch_error"),
  officeCount: integer("office_count"),
  haltedAt: timestamp("halted_at", { mode: "date", withTimezone: true }),
  haltStatus: integer("halt_status"),
  haltReason: text("halt_reason"),
});
