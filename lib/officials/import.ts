/**
 * Loads the officials snapshot into the database: `npm run officials:import`, and on first start.
 *
 * One transaction: a file that fails its checks, or a database error halfway, leaves the previous data as it
 * was. Only what differs is written, so a second run with the same files changes nothing and says so; every
 * run is recorded in officials_imports with the ids it added, removed and changed.
 */

import path from "node:path";
import { and, getTableColumns, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  type OfficialsImportChanges,
  officials,
  officialsImports,
  territoryZipRanges,
  zipDistricts,
} from "@/db/schema";
import { invalidateOfficialsCache } from "./cache";
import { type OfficialRow, readOfficialsSnapshot, type ZipDistrictRow } from "./sources";

export { OfficialsDataError } from "./sources";

export const DEFAULT_OFFICIALS_DATA_DIR = path.join(process.cwd(), "db", "data");

// Row counts per statement: large enough to be fast, small enough to stay far below PostgreSQL's 65,535
// bind parameters (officials have 19 columns; ZIP rows 3).
const OFFICIALS_CHUNK = 500;
const ZIP_CHUNK = 2000;

// Two first starts at once (several web processes) must not both import: the second waits, then sees data.
const IMPORT_LOCK = sql`select pg_advisory_xact_lock(hashtext('chorus.officials-import'))`;

export type OfficialsImportResult = {
  importId: string;
  startedAt: Date;
  finishedAt: Date;
  officials: OfficialsImportChanges["officials"];
  zipDistricts: OfficialsImportChanges["zipDistricts"];
  territoryRangesChanged: boolean;
  /** Rows now current: federal and state officials, ZIP–district pairs. */
  totals: { federal: number; state: number; zipDistricts: number };
  warnings: string[];
};

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const zipKey = (row: ZipDistrictRow) => `${row.zip}|${row.state}|${row.district}`;

/** `set column = excluded.column` for every column the snapshot provides. */
function upsertSet() {
  const columns = getTableColumns(officials);
  const set: Record<string, ReturnType<typeof sql>> = {};
  for (const [key, column] of Object.entries(columns)) {
    if (key === "id") continue;
    set[key] = sql.raw(`excluded."${column.name}"`);
  }
  set.removedAt = sql`null`;
  set.updatedAt = sql`now()`;
  return set;
}

async function writeOfficials(tx: Executor, rows: OfficialRow[], now: Date) {
  const existing = await tx
    .select({ id: officials.id, sourceHash: officials.sourceHash, removedAt: officials.removedAt })
    .from(officials)
    .where(inArray(officials.level, ["federal", "state"]));
  const byId = new Map(existing.map((row) => [row.id, row]));
  const incoming = new Set(rows.map((row) => row.id));

  const added: string[] = [];
  const changed: string[] = [];
  const toWrite: OfficialRow[] = [];
  for (const row of rows) {
    const current = byId.get(row.id);
    if (!current || current.removedAt !== null) {
      added.push(row.id);
      toWrite.push(row);
    } else if (current.sourceHash !== row.sourceHash) {
      changed.push(row.id);
      toWrite.push(row);
    }
  }
  const removed = existing.filter((row) => row.removedAt === null && !incoming.has(row.id)).map((r) => r.id);

  const set = upsertSet();
  for (const chunk of chunks(toWrite, OFFICIALS_CHUNK)) {
    await tx
      .insert(officials)
      .values(chunk.map((row) => ({ ...row, updatedAt: now })))
      .onConflictDoUpdate({ target: officials.id, set });
  }
  for (const chunk of chunks(removed, OFFICIALS_CHUNK)) {
    await tx
      .update(officials)
      .set({ removedAt: now, updatedAt: now })
      .where(and(inArray(officials.id, chunk), isNull(officials.removedAt)));
  }
  return { added: added.sort(), removed: removed.sort(), changed: changed.sort() };
}

async function writeZipDistricts(tx: Executor, rows: ZipDistrictRow[]) {
  const existing = await tx
    .select({ zip: zipDistricts.zip, state: zipDistricts.state, district: zipDistricts.district })
    .from(zipDistricts);
  const existingKeys = new Set(existing.map(zipKey));
  const incomingKeys = new Set(rows.map(zipKey));
  const added = rows.filter((row) => !existingKeys.has(zipKey(row)));
  const removed = existing.filter((row) => !incomingKeys.has(zipKey(row)));

  for (const chunk of chunks(removed, ZIP_CHUNK)) {
    const tuples = sql.join(
      chunk.map((row) => sql`(${row.zip}, ${row.state}, ${row.district}::integer)`),
      sql`, `,
    );
    await tx.execute(
      sql`delete from ${zipDistricts} where (${zipDistricts.zip}, ${zipDistricts.state}, ${zipDistricts.district}) in (${tuples})`,
    );
  }
  for (const chunk of chunks(added, ZIP_CHUNK)) {
    await tx.insert(zipDistricts).values(chunk);
  }
  return { added: added.length, removed: removed.length };
}

async function writeTerritoryRanges(tx: Executor, rows: { state: string; zipFrom: string; zipTo: string }[]) {
  const key = (r: { state: string; zipFrom: string; zipTo: string }) => `${r.state}|${r.zipFrom}|${r.zipTo}`;
  const existing = await tx.select().from(territoryZipRanges);
  const before = existing.map(key).sort().join(",");
  const after = rows.map(key).sort().join(",");
  if (before === after) return false;
  await tx.delete(territoryZipRanges);
  if (rows.length > 0) await tx.insert(territoryZipRanges).values(rows);
  return true;
}

async function countCurrent(tx: Executor) {
  const [row] = await tx
    .select({
      federal: sql<number>`count(*) filter (where ${officials.level} = 'federal')`.mapWith(Number),
      state: sql<number>`count(*) filter (where ${officials.level} = 'state')`.mapWith(Number),
    })
    .from(officials)
    .where(isNull(officials.removedAt));
  const [zips] = await tx.select({ count: sql<number>`count(*)`.mapWith(Number) }).from(zipDistricts);
  return { federal: row?.federal ?? 0, state: row?.state ?? 0, zipDistricts: zips?.count ?? 0 };
}

type ImportOptions = {
  /** Folder holding the three JSON files (db/data by default). */
  fromDir?: string;
  /** Import only when no official is stored yet; decided under the import lock. */
  onlyIfEmpty?: boolean;
};

async function runImport(db: Executor, options: ImportOptions): Promise<OfficialsImportResult | null> {
  const startedAt = new Date();
  const fromDir = path.resolve(options.fromDir ?? DEFAULT_OFFICIALS_DATA_DIR);
  // Read and check every file before the transaction opens, so a bad file never holds the lock or a write.
  const snapshot = await readOfficialsSnapshot(fromDir);

  return db.transaction(async (tx) => {
    await tx.execute(IMPORT_LOCK);
    if (options.onlyIfEmpty) {
      const [any] = await tx.select({ id: officials.id }).from(officials).limit(1);
      if (any) return null;
    }
    const now = new Date();
    const officialChanges = await writeOfficials(tx, snapshot.officials, now);
    const zipChanges = await writeZipDistricts(tx, snapshot.zipDistricts);
    const territoryRangesChanged = await writeTerritoryRanges(tx, snapshot.territoryRanges);
    const totals = await countCurrent(tx);
    const finishedAt = new Date();
    const changes: OfficialsImportChanges = {
      officials: officialChanges,
      zipDistricts: zipChanges,
      territoryRanges: { changed: territoryRangesChanged },
    };
    const [record] = await tx
      .insert(officialsImports)
      .values({
        startedAt,
        finishedAt,
        source: { ...snapshot.source, warnings: snapshot.warnings },
        officialsAdded: officialChanges.added.length,
        officialsRemoved: officialChanges.removed.length,
        officialsChanged: officialChanges.changed.length,
        zipDistrictsAdded: zipChanges.added,
        zipDistrictsRemoved: zipChanges.removed,
        changes,
      })
      .returning({ id: officialsImports.id });
    if (!record) throw new Error("officials_imports insert returned no row");
    return {
      importId: record.id,
      startedAt,
      finishedAt,
      officials: officialChanges,
      zipDistricts: zipChanges,
      territoryRangesChanged,
      totals,
      warnings: snapshot.warnings,
    };
  });
}

/** Imports (or refreshes) officials and ZIP districts from `fromDir`, returning what changed. */
export async function importOfficials(
  db: Executor,
  options: { fromDir?: string } = {},
): Promise<OfficialsImportResult> {
  const result = await runImport(db, options);
  invalidateOfficialsCache();
  if (!result) throw new Error("officials import returned nothing");
  return result;
}

/** First start: imports the bundled snapshot when no official is stored yet. Null when data was already there. */
export async function importOfficialsIfEmpty(
  db: Executor,
  options: { fromDir?: string } = {},
): Promise<OfficialsImportResult | null> {
  const [any] = await db.select({ id: officials.id }).from(officials).limit(1);
  if (any) return null;
  const result = await runImport(db, { ...options, onlyIfEmpty: true });
  invalidateOfficialsCache();
  return result;
}

/** One paragraph for people: what the import changed. */
export function describeImport(result: OfficialsImportResult): string {
  const { officials: o, zipDistricts: z, totals } = result;
  const seconds = ((result.finishedAt.getTime() - result.startedAt.getTime()) / 1000).toFixed(1);
  const changed =
    o.added.length + o.removed.length + o.changed.length + z.added + z.removed === 0 &&
    !result.territoryRangesChanged
      ? "No changes."
      : [
          `Officials: ${o.added.length} added, ${o.removed.length} removed, ${o.changed.length} changed.`,
          `ZIP–district pairs: ${z.added} added, ${z.removed} removed.`,
          result.territoryRangesChanged ? "Territory ZIP ranges updated." : "",
        ]
          .filter(Boolean)
          .join(" ");
  return [
    `Officials import ${result.importId} finished in ${seconds} s. ${changed}`,
    `Now stored: ${totals.federal} federal and ${totals.state} state officials, ${totals.zipDistricts} ZIP–district pairs.`,
  ].join("\n");
}
