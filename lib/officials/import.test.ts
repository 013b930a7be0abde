import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { officials, officialsImports, territoryZipRanges, zipDistricts } from "@/db/schema";
import {
  DEFAULT_OFFICIALS_DATA_DIR,
  importOfficials,
  importOfficialsIfEmpty,
  OfficialsDataError,
  type OfficialsImportResult,
} from "./import";
import { FEDERAL_FILE, STATE_FILE, ZIP_FILE } from "./sources";

type JsonFile = { meta: Record<string, unknown>; [key: string]: unknown };

let first: OfficialsImportResult | null;
let workDir: string;

async function copyData(): Promise<string> {
  const dir = await mkdtemp(path.join(workDir, "data-"));
  for (const file of [FEDERAL_FILE, STATE_FILE, ZIP_FILE]) {
    await cp(path.join(DEFAULT_OFFICIALS_DATA_DIR, file), path.join(dir, file));
  }
  return dir;
}

async function editJson(dir: string, file: string, edit: (json: JsonFile) => void): Promise<void> {
  const where = path.join(dir, file);
  const json = JSON.parse(await readFile(where, "utf8")) as JsonFile;
  edit(json);
  await writeFile(where, JSON.stringify(json));
}

function legislatorsOf(json: JsonFile): Record<string, unknown>[] {
  return json.legislators as Record<string, unknown>[];
}

async function snapshotOfTables() {
  const db = getDb();
  const [current] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(officials)
    .where(isNull(officials.removedAt));
  const [zips] = await db.select({ count: sql<number>`count(*)`.mapWith(Number) }).from(zipDistricts);
  const [hashes] = await db
    .select({
      digest: sql<string>`md5(string_agg(${officials.id} || ${officials.sourceHash}, ',' order by ${officials.id}))`,
    })
    .from(officials)
    .where(isNull(officials.removedAt));
  const [imports] = await db.select({ count: sql<number>`count(*)`.mapWith(Number) }).from(officialsImports);
  return { officials: current?.count, zips: zips?.count, digest: hashes?.digest, imports: imports?.count };
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), "chorus-officials-"));
  first = await importOfficialsIfEmpty(getDb());
}, 120_000);

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe("importing the bundled snapshot", () => {
  it("loads every record the data README counts", async () => {
    expect(first).not.toBeNull();
    expect(first?.officials.added).toHaveLength(537 + 7451);
    expect(first?.totals).toEqual({ federal: 537, state: 7451, zipDistricts: 42_033 });
    expect(first?.zipDistricts).toEqual({ added: 42_033, removed: 0 });

    const db = getDb();
    const byChamber = await db
      .select({
        level: officials.level,
        chamber: officials.chamber,
        count: sql<number>`count(*)`.mapWith(Number),
      })
      .from(officials)
      .groupBy(officials.level, officials.chamber)
      .orderBy(officials.level, officials.chamber);
    expect(byChamber).toEqual([
      { level: "federal", chamber: "house", count: 437 },
      { level: "federal", chamber: "senate", count: 100 },
      { level: "state", chamber: "legislature", count: 61 },
      { level: "state", chamber: "lower", count: 5441 },
      { level: "state", chamber: "upper", count: 1949 },
    ]);
    const [zipCount] = await db
      .select({ zips: sql<number>`count(distinct ${zipDistricts.zip})`.mapWith(Number) })
      .from(zipDistricts);
    expect(zipCount?.zips).toBe(33_774);
    const ranges = await db.select().from(territoryZipRanges).orderBy(territoryZipRanges.state);
    expect(ranges).toEqual([
      { state: "AS", zipFrom: "96799", zipTo: "96799" },
      { state: "GU", zipFrom: "96910", zipTo: "96932" },
      { state: "MP", zipFrom: "96950", zipTo: "96952" },
      { state: "VI", zipFrom: "00801", zipTo: "00851" },
    ]);
  });

  it("maps the source fields onto columns, leaving out unusable values", async () => {
    const [murkowski] = await getDb().select().from(officials).where(eq(officials.id, "M001153"));
    expect(murkowski).toMatchObject({
      level: "federal",
      chamber: "senate",
      state: "AK",
      district: null,
      name: "Lisa Murkowski",
      firstName: "Lisa",
      lastName: "Murkowski",
      party: "Republican",
      phone: "202-224-6665",
      email: null,
      contactFormUrl: "https://www.murkowski.senate.gov/public/index.cfm/contact",
      websiteUrl: "https://www.murkowski.senate.gov",
      termEnd: "2029-01-03",
      removedAt: null,
    });
    expect(murkowski?.raw).toMatchObject({ bioguide: "M001153", state_rank: "senior" });

    // Upstream publishes "hhttps://…" as this member's contact form: not a link anyone can follow.
    const [fine] = await getDb().select().from(officials).where(eq(officials.id, "F000484"));
    expect(fine?.contactFormUrl).toBeNull();
    expect(first?.warnings.some((w) => w.startsWith("F000484:"))).toBe(true);

    const [bynum] = await getDb()
      .select()
      .from(officials)
      .where(eq(officials.id, "ocd-person/b2eaa848-d651-4521-9abb-21b68da5d5c6"));
    expect(bynum).toMatchObject({
      level: "state",
      chamber: "lower",
      state: "AK",
      district: null,
      districtLabel: "1",
      email: "representative.jeremy.bynum@akleg.gov",
      phone: "907-465-3824",
      websiteUrl: "https://www.akleg.gov/basis/Member/Detail/34?code=byn",
    });
  });

  it("does nothing when officials are already there", async () => {
    expect(await importOfficialsIfEmpty(getDb())).toBeNull();
  });

  it("changes nothing on a second run, and records that it ran", async () => {
    const before = await snapshotOfTables();
    const second = await importOfficials(getDb());
    expect(second.officials).toEqual({ added: [], removed: [], changed: [] });
    expect(second.zipDistricts).toEqual({ added: 0, removed: 0 });
    expect(second.territoryRangesChanged).toBe(false);
    const after = await snapshotOfTables();
    expect(after).toEqual({ ...before, imports: (before.imports ?? 0) + 1 });
    const [record] = await getDb()
      .select()
      .from(officialsImports)
      .where(eq(officialsImports.id, second.importId));
    expect(record).toMatchObject({ officialsAdded: 0, officialsRemoved: 0, officialsChanged: 0 });
  });
});

describe("refreshing from newer files", () => {
  it("reports and applies added, removed and changed officials and ZIP pairs, and can go back", async () => {
    const dir = await copyData();
    await editJson(dir, FEDERAL_FILE, (json) => {
      const list = legislatorsOf(json).filter((l) => l.bioguide !== "S001198");
      const murkowski = list.find((l) => l.bioguide === "M001153");
      if (murkowski) murkowski.phone = "202-555-0100";
      json.legislators = list;
      json.meta.count = list.length;
    });
    await editJson(dir, STATE_FILE, (json) => {
      const list = legislatorsOf(json);
      list.push({
        id: "ocd-person/00000000-0000-4000-8000-000000000001",
        name: "Test Newcomer",
        party: "Independent",
        state: "VT",
        chamber: "lower",
        district: "Chittenden-1",
        email: "newcomer@example.org",
      });
      json.meta.count = list.length;
    });
    await editJson(dir, ZIP_FILE, (json) => {
      const zips = json.zips as Record<string, unknown[]>;
      zips["60062"] = [
        { state: "IL", district: 9 },
        { state: "IL", district: 10 },
      ];
      json.meta.zip_district_pairs = Number(json.meta.zip_district_pairs) - 1;
    });

    const refresh = await importOfficials(getDb(), { fromDir: dir });
    expect(refresh.officials).toEqual({
      added: ["ocd-person/00000000-0000-4000-8000-000000000001"],
      removed: ["S001198"],
      changed: ["M001153"],
    });
    expect(refresh.zipDistricts).toEqual({ added: 0, removed: 1 });
    expect(refresh.totals).toEqual({ federal: 536, state: 7452, zipDistricts: 42_032 });

    const [sullivan] = await getDb().select().from(officials).where(eq(officials.id, "S001198"));
    expect(sullivan?.removedAt).toBeInstanceOf(Date);
    const [murkowski] = await getDb().select().from(officials).where(eq(officials.id, "M001153"));
    expect(murkowski?.phone).toBe("202-555-0100");
    const [record] = await getDb()
      .select()
      .from(officialsImports)
      .where(eq(officialsImports.id, refresh.importId));
    expect(record?.changes.officials.removed).toEqual(["S001198"]);
    expect(record).toMatchObject({ officialsAdded: 1, officialsRemoved: 1, officialsChanged: 1 });

    // Back to the bundled snapshot: a removed official who returns counts as added again.
    const back = await importOfficials(getDb());
    expect(back.officials).toEqual({
      added: ["S001198"],
      removed: ["ocd-person/00000000-0000-4000-8000-000000000001"],
      changed: ["M001153"],
    });
    expect(back.zipDistricts).toEqual({ added: 1, removed: 0 });
    expect(back.totals).toEqual({ federal: 537, state: 7451, zipDistricts: 42_033 });
  }, 60_000);
});

describe("a failed import leaves the previous data intact", () => {
  it("refuses a file that is not valid JSON", async () => {
    const before = await snapshotOfTables();
    const dir = await copyData();
    const where = path.join(dir, ZIP_FILE);
    const text = await readFile(where, "utf8");
    await writeFile(where, text.slice(0, text.length / 2));
    await expect(importOfficials(getDb(), { fromDir: dir })).rejects.toThrow(OfficialsDataError);
    expect(await snapshotOfTables()).toEqual(before);
  });

  it("refuses a file cut short at a record boundary, which is still valid JSON", async () => {
    const before = await snapshotOfTables();
    const dir = await copyData();
    await editJson(dir, FEDERAL_FILE, (json) => {
      json.legislators = legislatorsOf(json).slice(0, 100);
    });
    await expect(importOfficials(getDb(), { fromDir: dir })).rejects.toThrow(/meta says 537 legislators/);
    expect(await snapshotOfTables()).toEqual(before);
  });

  it("refuses a record with a malformed field, naming it", async () => {
    const dir = await copyData();
    await editJson(dir, STATE_FILE, (json) => {
      const [firstRecord] = legislatorsOf(json);
      if (firstRecord) firstRecord.chamber = "senate";
    });
    await expect(importOfficials(getDb(), { fromDir: dir })).rejects.toThrow(/legislators\[0\]: chamber/);
  });

  it("rolls back every table when the database fails partway", async () => {
    const before = await snapshotOfTables();
    const dir = await copyData();
    await editJson(dir, FEDERAL_FILE, (json) => {
      const list = legislatorsOf(json).filter((l) => l.bioguide !== "S001198");
      json.legislators = list;
      json.meta.count = list.length;
    });
    await editJson(dir, ZIP_FILE, (json) => {
      const zips = json.zips as Record<string, unknown[]>;
      delete zips["82001"];
      json.meta.zips = Number(json.meta.zips) - 1;
      json.meta.zip_district_pairs = Number(json.meta.zip_district_pairs) - 1;
    });
    // The audit row is the import's last write; failing it proves the earlier writes are undone too.
    const db = getDb();
    await db.execute(sql`
      create function chorus_test_fail() returns trigger language plpgsql as $$
      begin raise exception 'injected failure'; end $$`);
    await db.execute(sql`
      create trigger chorus_test_fail before insert on officials_imports
      for each row execute function chorus_test_fail()`);
    try {
      await expect(importOfficials(db, { fromDir: dir })).rejects.toThrow();
    } finally {
      await db.execute(sql`drop trigger chorus_test_fail on officials_imports`);
      await db.execute(sql`drop function chorus_test_fail()`);
    }
    expect(await snapshotOfTables()).toEqual(before);
    const wyoming = await db.select().from(zipDistricts).where(eq(zipDistricts.zip, "82001"));
    expect(wyoming).toEqual([{ zip: "82001", state: "WY", district: 0 }]);
  }, 60_000);
});
