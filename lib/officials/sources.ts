/**
 * Reads the officials snapshot (db/data, format described in db/data/README.md) into rows for the officials,
 * zip_districts and territory_zip_ranges tables. Pure: no database here, so a broken file fails before the
 * import touches anything.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

export const FEDERAL_FILE = "federal-legislators.json";
export const ZIP_FILE = "zip-to-congressional-districts.json";
export const STATE_FILE = "state-legislators.json";

/** A data file that cannot be imported, said in one line a person can act on. */
export class OfficialsDataError extends Error {
  override name = "OfficialsDataError";
}

export type OfficialRow = {
  id: string;
  level: "federal" | "state";
  chamber: "senate" | "house" | "upper" | "lower" | "legislature";
  state: string;
  district: number | null;
  districtLabel: string | null;
  name: string;
  firstName: string | null;
  lastName: string | null;
  party: string | null;
  phone: string | null;
  email: string | null;
  contactFormUrl: string | null;
  websiteUrl: string | null;
  termEnd: string | null;
  raw: Record<string, unknown>;
  sourceHash: string;
};

export type ZipDistrictRow = { zip: string; state: string; district: number };
export type TerritoryRangeRow = { state: string; zipFrom: string; zipTo: string };

export type OfficialsSnapshot = {
  officials: OfficialRow[];
  zipDistricts: ZipDistrictRow[];
  territoryRanges: TerritoryRangeRow[];
  /** What was read, with the upstream commits each file's meta names. */
  source: Record<string, unknown>;
  /** Values left out because they are unusable (a malformed URL or e-mail address), with the record id. */
  warnings: string[];
};

const stateCode = z.string().regex(/^[A-Z]{2}$/, "must be a 2-letter USPS code");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be an ISO date (YYYY-MM-DD)");
const zipCode = z.string().regex(/^\d{5}$/, "must be a 5-digit ZIP string");
const optionalText = z.string().optional();

const meta = z.looseObject({
  source: optionalText,
  source_commit: optionalText,
  source_commit_date: optionalText,
  fetched: optionalText,
});

const federalRecord = z.looseObject({
  bioguide: z.string().regex(/^[A-Z]\d{6}$/, "must be a bioguide ID like M001153"),
  name: z.looseObject({
    first: z.string().min(1),
    middle: optionalText,
    last: z.string().min(1),
    suffix: optionalText,
    official_full: optionalText,
  }),
  chamber: z.enum(["sen", "rep"]),
  state: stateCode,
  district: z.number().int().min(0).optional(),
  party: optionalText,
  term_end: isoDate.optional(),
  phone: optionalText,
  url: optionalText,
  contact_form: optionalText,
});

const federalFile = z.object({
  meta: meta.extend({ count: z.number().int().optional() }),
  legislators: z.array(z.unknown()),
});

const zipFile = z.object({
  meta: meta.extend({
    zips: z.number().int().optional(),
    zip_district_pairs: z.number().int().optional(),
    territory_zip_ranges: z.record(stateCode, z.tuple([zipCode, zipCode])),
  }),
  zips: z.record(zipCode, z.array(z.object({ state: stateCode, district: z.number().int().min(0) })).min(1)),
});

const stateRecord = z.looseObject({
  id: z.string().regex(/^ocd-person\/[0-9a-f-]{36}$/, "must be an Open States person ID"),
  name: z.string().min(1),
  given_name: optionalText,
  family_name: optionalText,
  party: optionalText,
  state: stateCode,
  chamber: z.enum(["upper", "lower", "legislature"]),
  district: z.string().min(1),
  role_end: isoDate.optional(),
  email: optionalText,
  offices: z.array(z.looseObject({ type: optionalText, phone: optionalText })).optional(),
  links: z.array(z.string()).optional(),
});

const stateFile = z.object({
  meta: meta.extend({ count: z.number().int().optional() }),
  legislators: z.array(z.unknown()),
});

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "(top level)"}: ${issue.message}`)
    .join("; ");
}

async function readJson(dir: string, file: string): Promise<unknown> {
  const where = path.join(dir, file);
  let text: string;
  try {
    text = await readFile(where, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new OfficialsDataError(`Cannot read ${where}${code ? ` (${code})` : ""}.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new OfficialsDataError(`${where} is not valid JSON: ${(error as Error).message}`);
  }
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new OfficialsDataError(`${where}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** Only http(s) URLs become links: anything else (upstream has "hhttps://…") would be a broken or unsafe href. */
function httpUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? value : null;
  } catch {
    return null;
  }
}

function emailAddress(value: string | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  return /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(trimmed) ? trimmed : null;
}

/** JSON with sorted keys, so the hash of a record does not depend on key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function withHash(row: Omit<OfficialRow, "sourceHash">): OfficialRow {
  return { ...row, sourceHash: createHash("sha256").update(stableJson(row)).digest("base64url") };
}

function checkCount(where: string, what: string, expected: number | undefined, actual: number): void {
  // A file cut short can still be valid JSON; its meta says how many records it should hold.
  if (expected !== undefined && expected !== actual) {
    throw new OfficialsDataError(
      `${where}: meta says ${expected} ${what} but the file holds ${actual}; is it truncated?`,
    );
  }
}

function federalName(name: z.infer<typeof federalRecord>["name"]): string {
  if (name.official_full) return name.official_full;
  // Upstream advises showing the middle name only when the first name is an initial ("J. Gresham Barrett").
  const middle = name.middle && /^[A-Z]\.?$/.test(name.first) ? name.middle : undefined;
  const full = [name.first, middle, name.last].filter(Boolean).join(" ");
  return name.suffix ? `${full}, ${name.suffix}` : full;
}

function federalRows(file: z.infer<typeof federalFile>, where: string, warnings: string[]): OfficialRow[] {
  checkCount(where, "legislators", file.meta.count, file.legislators.length);
  return file.legislators.map((value, index) => {
    const record = parseWith(federalRecord, value, `${where}: legislators[${index}]`);
    if ((record.chamber === "rep") !== (record.district !== undefined)) {
      throw new OfficialsDataError(
        `${where}: ${record.bioguide} is chamber "${record.chamber}" but ${record.chamber === "rep" ? "has no" : "has a"} district`,
      );
    }
    const websiteUrl = httpUrl(record.url);
    const contactFormUrl = httpUrl(record.contact_form);
    if (record.url && !websiteUrl) warnings.push(`${record.bioguide}: website "${record.url}" is not a URL`);
    if (record.contact_form && !contactFormUrl) {
      warnings.push(`${record.bioguide}: contact form "${record.contact_form}" is not a URL`);
    }
    return withHash({
      id: record.bioguide,
      level: "federal",
      chamber: record.chamber === "sen" ? "senate" : "house",
      state: record.state,
      district: record.district ?? null,
      districtLabel: null,
      name: federalName(record.name),
      firstName: record.name.first,
      lastName: record.name.last,
      party: record.party ?? null,
      phone: record.phone ?? null,
      // Members of Congress publish no e-mail address, only a contact form.
      email: null,
      contactFormUrl,
      websiteUrl,
      termEnd: record.term_end ?? null,
      raw: value as Record<string, unknown>,
    });
  });
}

/** The capitol office's phone if it has one, else the first office phone: the number most people should call. */
function statePhone(offices: z.infer<typeof stateRecord>["offices"]): string | null {
  const withPhone = (offices ?? []).filter((office) => office.phone);
  const capitol = withPhone.find((office) => office.type === "capitol");
  return (capitol ?? withPhone[0])?.phone ?? null;
}

function stateRows(file: z.infer<typeof stateFile>, where: string, warnings: string[]): OfficialRow[] {
  checkCount(where, "legislators", file.meta.count, file.legislators.length);
  return file.legislators.map((value, index) => {
    const record = parseWith(stateRecord, value, `${where}: legislators[${index}]`);
    const email = emailAddress(record.email);
    if (record.email && !email) warnings.push(`${record.id}: e-mail "${record.email}" is not an address`);
    const websiteUrl = (record.links ?? []).map(httpUrl).find((url) => url !== null) ?? null;
    return withHash({
      id: record.id,
      level: "state",
      chamber: record.chamber,
      state: record.state,
      district: null,
      districtLabel: record.district,
      name: record.name,
      firstName: record.given_name ?? null,
      lastName: record.family_name ?? null,
      party: record.party ?? null,
      phone: statePhone(record.offices),
      email,
      contactFormUrl: null,
      websiteUrl,
      termEnd: record.role_end ?? null,
      raw: value as Record<string, unknown>,
    });
  });
}

function zipRows(file: z.infer<typeof zipFile>, where: string): ZipDistrictRow[] {
  const rows: ZipDistrictRow[] = [];
  const zips = Object.entries(file.zips);
  for (const [zip, districts] of zips) {
    const seen = new Set<string>();
    for (const { state, district } of districts) {
      const key = `${state}-${district}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ zip, state, district });
    }
  }
  checkCount(where, "ZIPs", file.meta.zips, zips.length);
  checkCount(where, "ZIP–district pairs", file.meta.zip_district_pairs, rows.length);
  return rows;
}

function sourceOf(file: string, fileMeta: z.infer<typeof meta>) {
  return {
    file,
    source: fileMeta.source,
    commit: fileMeta.source_commit,
    commitDate: fileMeta.source_commit_date,
    fetched: fileMeta.fetched,
  };
}

/** Reads and checks the three files in `dir`. Throws OfficialsDataError, naming the file, when one is unusable. */
export async function readOfficialsSnapshot(dir: string): Promise<OfficialsSnapshot> {
  const warnings: string[] = [];
  const federalPath = path.join(dir, FEDERAL_FILE);
  const statePath = path.join(dir, STATE_FILE);
  const zipPath = path.join(dir, ZIP_FILE);

  const federal = parseWith(federalFile, await readJson(dir, FEDERAL_FILE), federalPath);
  const state = parseWith(stateFile, await readJson(dir, STATE_FILE), statePath);
  const zips = parseWith(zipFile, await readJson(dir, ZIP_FILE), zipPath);

  const officials = [
    ...federalRows(federal, federalPath, warnings),
    ...stateRows(state, statePath, warnings),
  ];
  const ids = new Set<string>();
  for (const official of officials) {
    if (ids.has(official.id))
      throw new OfficialsDataError(`Official ${official.id} appears twice in ${dir}.`);
    ids.add(official.id);
  }

  const territoryRanges = Object.entries(zips.meta.territory_zip_ranges).map(([code, [zipFrom, zipTo]]) => {
    if (zipFrom > zipTo) throw new OfficialsDataError(`${zipPath}: territory range ${code} is reversed.`);
    return { state: code, zipFrom, zipTo };
  });

  return {
    officials,
    zipDistricts: zipRows(zips, zipPath),
    territoryRanges,
    source: {
      dir,
      federal: sourceOf(FEDERAL_FILE, federal.meta),
      state: sourceOf(STATE_FILE, state.meta),
      zipDistricts: sourceOf(ZIP_FILE, zips.meta),
    },
    warnings,
  };
}
