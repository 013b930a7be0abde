/**
 * Elected officials and the ZIP → House district mapping, loaded from the public-domain snapshot in db/data by
 * `npm run officials:import` (lib/officials/import.ts). Imported rows are replaced by the next import; nothing
 * else writes them.
 *
 * An official who disappears from the data is marked `removed_at`, not deleted: letters and deliveries will
 * refer to officials by id, and their history must still say whom a letter went to.
 */
import { sql } from "drizzle-orm";
import {
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  varchar,
} from "drizzle-orm/pg-core";

export const officialLevel = pgEnum("official_level", ["federal", "state", "local"]);

export const officials = pgTable(
  "officials",
  {
    /** Bioguide ID for members of Congress (e.g. "M001153"), Open States ID for state legislators. */
    id: text("id").primaryKey(),
    level: officialLevel("level").notNull(),
    /** federal: senate | house (delegates included); state: upper | lower | legislature (unicameral). */
    chamber: text("chamber").notNull(),
    state: varchar("state", { length: 2 }).notNull(),
    /** Federal House seats only; 0 = at-large seat or non-voting delegate, as in db/data. */
    district: integer("district"),
    /** State districts exactly as Open States publishes them ("22A", "At-Large", "Chittenden-1"). */
    districtLabel: text("district_label"),
    name: text("name").notNull(),
    firstName: text("first_name"),
    lastName: text("last_name"),
    /** As published: congress-legislators says "Democrat", Open States "Democratic"; not normalised. */
    party: text("party"),
    phone: text("phone"),
    email: text("email"),
    contactFormUrl: text("contact_form_url"),
    websiteUrl: text("website_url"),
    termEnd: date("term_end", { mode: "string" }),
    /** The source record as published, for fields not (yet) given columns: offices, social accounts. */
    raw: jsonb("raw").$type<Record<string, unknown>>().notNull(),
    /** Hash of everything the importer derives from the source record: a changed hash is a changed official. */
    sourceHash: text("source_hash").notNull(),
    removedAt: timestamp("removed_at", { mode: "date", withTimezone: true }),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("officials_seat_idx")
      .on(t.state, t.level, t.chamber, t.district)
      .where(sql`${t.removedAt} is null`),
  ],
);

/**
 * ZIP (Census ZCTA) → 119th-Congress House district. A ZIP may have several rows (split ZIPs) and even several
 * states. The primary key's index starts with `zip`, so it also serves lookups by ZIP.
 */
export const zipDistricts = pgTable(
  "zip_districts",
  {
    zip: varchar("zip", { length: 5 }).notNull(),
    state: varchar("state", { length: 2 }).notNull(),
    district: integer("district").notNull(),
  },
  (t) => [primaryKey({ columns: [t.zip, t.state, t.district] })],
);

/**
 * The island areas (VI, GU, MP, AS) have no ZCTAs; every ZIP in these ranges belongs to the territory's one
 * delegate seat (district 0). Bounds are inclusive 5-digit strings, compared as strings.
 */
export const territoryZipRanges = pgTable(
  "territory_zip_ranges",
  {
    state: varchar("state", { length: 2 }).notNull(),
    zipFrom: varchar("zip_from", { length: 5 }).notNull(),
    zipTo: varchar("zip_to", { length: 5 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.state, t.zipFrom] })],
);

export type OfficialsImportChanges = {
  officials: { added: string[]; removed: string[]; changed: string[] };
  zipDistricts: { added: number; removed: number };
  territoryRanges: { changed: boolean };
};

/** One row per run of the importer, with what it changed: the audit trail of data refreshes. */
export const officialsImports = pgTable(
  "officials_imports",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    startedAt: timestamp("started_at", { mode: "date", withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { mode: "date", withTimezone: true }).notNull(),
    /** The files read and the upstream commits their `meta` names. */
    source: jsonb("source").$type<Record<string, unknown>>().notNull(),
    officialsAdded: integer("officials_added").notNull(),
    officialsRemoved: integer("officials_removed").notNull(),
    officialsChanged: integer("officials_changed").notNull(),
    zipDistrictsAdded: integer("zip_districts_added").notNull(),
    zipDistrictsRemoved: integer("zip_districts_removed").notNull(),
    /** The ids behind the counts. */
    changes: jsonb("changes").$type<OfficialsImportChanges>().notNull(),
  },
  (t) => [index("officials_imports_started_at_idx").on(t.startedAt)],
);
