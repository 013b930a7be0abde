import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { officials, territoryZipRanges, zipDistricts } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import type { Locale } from "@/lib/i18n/locale";
import { officialsCacheVersion } from "./cache";
import { hasSenators, type OfficialChamber, type OfficialSummary, officialTitle } from "./present";
import { officeKinds } from "./present.messages";

export type District = { state: string; district: number };

/** The `GET /api/officials?zip=` contract (shared/DESIGN.md), plus presentation fields on each official. */
export type ZipLookup = {
  zip: string;
  districts: District[];
  /** More than one House district: the person has to tell us which one is theirs. */
  ambiguous: boolean;
  officials: OfficialSummary[];
};

export type OfficialOffice = { kind: string; address: string; phone: string | null };
export type OfficialDetail = OfficialSummary & { offices: OfficialOffice[] };

const ZIP_PATTERN = /^\d{5}$/;

/** Public columns only: the raw source record stays in the database. */
export const summaryColumns = {
  id: officials.id,
  name: officials.name,
  level: officials.level,
  chamber: officials.chamber,
  state: officials.state,
  district: officials.district,
  districtLabel: officials.districtLabel,
  party: officials.party,
  phone: officials.phone,
  email: officials.email,
  contactFormUrl: officials.contactFormUrl,
  websiteUrl: officials.websiteUrl,
  termEnd: officials.termEnd,
  stateRank: sql<string | null>`${officials.raw}->>'state_rank'`,
};

export type SummaryRow = {
  id: string;
  name: string;
  level: OfficialSummary["level"];
  chamber: string;
  state: string;
  district: number | null;
  districtLabel: string | null;
  party: string | null;
  phone: string | null;
  email: string | null;
  contactFormUrl: string | null;
  websiteUrl: string | null;
  termEnd: string | null;
};

const CHAMBERS: readonly string[] = ["senate", "house", "upper", "lower", "legislature"];

export function toSummary(row: SummaryRow): OfficialSummary {
  const chamber = CHAMBERS.includes(row.chamber) ? (row.chamber as OfficialChamber) : null;
  const channels: OfficialSummary["channels"] = {};
  if (row.email) channels.email = row.email;
  if (row.contactFormUrl) channels.contactForm = row.contactFormUrl;
  if (row.phone) channels.phone = row.phone;
  return {
    id: row.id,
    name: row.name,
    title: officialTitle(row),
    level: row.level,
    chamber,
    state: row.state,
    district: row.district,
    districtLabel: row.districtLabel,
    party: row.party ?? "",
    termEnd: row.termEnd,
    website: row.websiteUrl,
    channels,
    vacant: false,
  };
}

function vacantSeat(seat: {
  state: string;
  chamber: "senate" | "house";
  district: number | null;
  id: string;
}) {
  return {
    id: seat.id,
    name: "Vacant seat",
    title: officialTitle({ level: "federal", chamber: seat.chamber, state: seat.state }),
    level: "federal",
    chamber: seat.chamber,
    state: seat.state,
    district: seat.district,
    districtLabel: null,
    party: "",
    termEnd: null,
    website: null,
    channels: {},
    vacant: true,
  } satisfies OfficialSummary;
}

const vacantHouseId = (state: string, district: number) => `vacant-${state}-${district}`;
const vacantSenateId = (state: string, n: number) => `vacant-${state}-senate-${n}`;

/** Senior senator first, as the Senate lists them. */
function bySeniority(
  a: { stateRank: string | null; name: string },
  b: { stateRank: string | null; name: string },
) {
  const rank = (r: string | null) => (r === "senior" ? 0 : r === "junior" ? 1 : 2);
  return rank(a.stateRank) - rank(b.stateRank) || a.name.localeCompare(b.name);
}

/**
 * The federal lookup tables (42k ZIP–district pairs, the island ranges, 537 members of Congress) held in
 * memory: a lookup is then a few map reads instead of two queries. Reloaded after an import in this process,
 * and at least every minute, so other processes see a refresh within a minute.
 */
type FederalSnapshot = {
  zips: Map<string, District[]>;
  ranges: { state: string; zipFrom: string; zipTo: string }[];
  byState: Map<string, (SummaryRow & { stateRank: string | null })[]>;
  /** Per district key ("IL-7"): what helps a person recognize it. Precomputed so a lookup stays a map read. */
  places: Map<string, { officeCities: string[]; soleZips: string[] }>;
};

/**
 * Hints that help a person recognize their district among a split ZIP's candidates. The data has no place
 * names per district, so these are the honest ones it supports: the cities of the House member's district
 * offices, and nearby ZIP codes that lie wholly in the district. The ZIP table over-includes districts (it
 * matches by whole census tracts), so a ZIP it maps to one district only is reliably inside that district.
 */
export type DistrictPlaces = District & {
  /** Cities of the member's district offices in the district's state, in the source's order, without repeats. */
  officeCities: string[];
  /** Up to NEARBY_ZIPS ZIP codes that map only to this district, numerically closest to the searched ZIP, ascending. */
  nearbyZips: string[];
  /** The district has more such ZIP codes than those listed. */
  hasMoreZips: boolean;
};

export const NEARBY_ZIPS = 6;

const houseOffices = z.array(z.looseObject({ city: z.string().optional(), state: z.string().optional() }));

const districtKeyOf = (d: District) => `${d.state}-${d.district}`;

/** Office cities without repeats ("CHICAGO" and "Chicago" are one city), first spelling kept. */
function officeCitiesOf(state: string, offices: unknown): string[] {
  const parsed = houseOffices.safeParse(offices);
  if (!parsed.success) return [];
  const seen = new Map<string, string>();
  for (const office of parsed.data) {
    const city = office.city?.trim();
    // An office across the state line (rare) says nothing about where the district is.
    if (!city || (office.state && office.state !== state)) continue;
    const key = city.toLowerCase();
    if (!seen.has(key)) seen.set(key, city);
  }
  return [...seen.values()];
}

/** The `count` entries of `sorted` (ascending 5-digit strings) numerically closest to `zip`, ascending. */
export function closestZips(sorted: readonly string[], zip: string, count: number): string[] {
  const target = Number(zip);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? "") < zip) lo = mid + 1;
    else hi = mid;
  }
  // Grow a window [left, right) outwards from the insertion point, taking the nearer side each time.
  let left = lo;
  let right = lo;
  // The searched ZIP itself, when it is one of them, is not a hint: take one more and drop it.
  const want = sorted[lo] === zip ? count + 1 : count;
  while (right - left < want && (left > 0 || right < sorted.length)) {
    const below = left > 0 ? target - Number(sorted[left - 1]) : Number.POSITIVE_INFINITY;
    const above = right < sorted.length ? Number(sorted[right]) - target : Number.POSITIVE_INFINITY;
    if (below <= above) left--;
    else right++;
  }
  return sorted.slice(left, right).filter((z) => z !== zip);
}

const SNAPSHOT_MS = 60_000;
let snapshot: { data: Promise<FederalSnapshot>; expiresAt: number; version: number } | undefined;

async function loadFederalSnapshot(): Promise<FederalSnapshot> {
  const db = getDb();
  const [pairs, ranges, members, offices] = await Promise.all([
    db
      .select({ zip: zipDistricts.zip, state: zipDistricts.state, district: zipDistricts.district })
      .from(zipDistricts)
      .orderBy(asc(zipDistricts.zip), asc(zipDistricts.state), asc(zipDistricts.district)),
    db
      .select({
        state: territoryZipRanges.state,
        zipFrom: territoryZipRanges.zipFrom,
        zipTo: territoryZipRanges.zipTo,
      })
      .from(territoryZipRanges)
      .orderBy(asc(territoryZipRanges.state)),
    db
      .select(summaryColumns)
      .from(officials)
      .where(and(eq(officials.level, "federal"), isNull(officials.removedAt))),
    db
      .select({
        state: officials.state,
        district: officials.district,
        offices: sql<unknown>`${officials.raw}->'district_offices'`,
      })
      .from(officials)
      .where(
        and(eq(officials.level, "federal"), eq(officials.chamber, "house"), isNull(officials.removedAt)),
      ),
  ]);
  const zips = new Map<string, District[]>();
  for (const { zip, state, district } of pairs) {
    const list = zips.get(zip);
    if (list) list.push({ state, district });
    else zips.set(zip, [{ state, district }]);
  }
  const byState = new Map<string, (SummaryRow & { stateRank: string | null })[]>();
  for (const member of members) {
    const list = byState.get(member.state);
    if (list) list.push(member);
    else byState.set(member.state, [member]);
  }
  const places = new Map<string, { officeCities: string[]; soleZips: string[] }>();
  const placesOf = (d: District) => {
    const key = districtKeyOf(d);
    let entry = places.get(key);
    if (!entry) {
      entry = { officeCities: [], soleZips: [] };
      places.set(key, entry);
    }
    return entry;
  };
  // Pairs arrive ordered by ZIP, so each district's list of whole ZIPs is already ascending.
  for (const [zip, districts] of zips) {
    const [only] = districts;
    if (only && districts.length === 1) placesOf(only).soleZips.push(zip);
  }
  for (const office of offices) {
    if (office.district === null) continue;
    placesOf({ state: office.state, district: office.district }).officeCities.push(
      ...officeCitiesOf(office.state, office.offices),
    );
  }
  return { zips, ranges, byState, places };
}

function federalSnapshot(): Promise<FederalSnapshot> {
  const version = officialsCacheVersion();
  if (!snapshot || snapshot.version !== version || Date.now() > snapshot.expiresAt) {
    const data = loadFederalSnapshot();
    snapshot = { data, expiresAt: Date.now() + SNAPSHOT_MS, version };
    data.catch(() => {
      snapshot = undefined;
    });
  }
  return snapshot.data;
}

async function districtsForZip(zip: string): Promise<District[]> {
  const { zips, ranges } = await federalSnapshot();
  const districts = zips.get(zip);
  if (districts) return districts.map((d) => ({ ...d }));
  // Census defines no ZCTAs in the island areas; every ZIP in their ranges is the one delegate seat.
  return ranges
    .filter((r) => r.zipFrom <= zip && zip <= r.zipTo)
    .map(({ state }) => ({ state, district: 0 }));
}

/**
 * Members of Congress for a ZIP: both senators of every state the ZIP touches and the House member of every
 * district it may lie in. Vacant seats are listed as vacant, never dropped.
 */
export async function findOfficialsByZip(zip: string): Promise<ZipLookup> {
  if (!ZIP_PATTERN.test(zip)) {
    throw new AppError("INVALID_INPUT", errorText.officials.enter5DigitZipCode, {
      zip: [errorText.officials.enter5DigitsLike60062],
    });
  }
  const districts = await districtsForZip(zip);
  if (districts.length === 0) {
    throw new AppError("NOT_FOUND", errorText.officials.zipNotFound({ zip }));
  }
  const states = [...new Set(districts.map((d) => d.state))];
  const { byState } = await federalSnapshot();
  const rows = states.flatMap((state) => byState.get(state) ?? []);

  const result: OfficialSummary[] = [];
  for (const state of states) {
    if (hasSenators(state)) {
      const senators = rows.filter((r) => r.state === state && r.chamber === "senate").sort(bySeniority);
      result.push(...senators.map(toSummary));
      for (let n = senators.length + 1; n <= 2; n++) {
        result.push(vacantSeat({ id: vacantSenateId(state, n), state, chamber: "senate", district: null }));
      }
    }
    for (const { district } of districts.filter((d) => d.state === state)) {
      const members = rows.filter(
        (r) => r.state === state && r.chamber === "house" && r.district === district,
      );
      if (members.length === 0) {
        result.push(vacantSeat({ id: vacantHouseId(state, district), state, chamber: "house", district }));
      }
      result.push(...members.sort((a, b) => a.name.localeCompare(b.name)).map(toSummary));
    }
  }
  return { zip, districts, ambiguous: districts.length > 1, officials: result };
}

/**
 * For each candidate district of a ZIP: its member's office cities and nearby ZIP codes wholly inside it, so a
 * person choosing among districts can recognize theirs. Districts the data knows nothing about get empty hints.
 */
export async function findDistrictPlaces(
  zip: string,
  districts: readonly District[],
): Promise<DistrictPlaces[]> {
  const { places } = await federalSnapshot();
  return districts.map((d) => {
    const entry = places.get(districtKeyOf(d));
    const sole = entry?.soleZips ?? [];
    const nearbyZips = ZIP_PATTERN.test(zip) ? closestZips(sole, zip, NEARBY_ZIPS) : [];
    return {
      state: d.state,
      district: d.district,
      officeCities: [...(entry?.officeCities ?? [])],
      nearbyZips,
      hasMoreZips: sole.length - (sole.includes(zip) ? 1 : 0) > nearbyZips.length,
    };
  });
}

const rawOffices = z.object({
  address: z.string().optional(),
  office: z.string().optional(),
  phone: z.string().optional(),
  district_offices: z
    .array(
      z.object({
        building: z.string().optional(),
        address: z.string().optional(),
        suite: z.string().optional(),
        city: z.string().optional(),
        state: z.string().optional(),
        zip: z.string().optional(),
        phone: z.string().optional(),
      }),
    )
    .optional(),
  offices: z
    .array(
      z.object({ type: z.string().optional(), address: z.string().optional(), phone: z.string().optional() }),
    )
    .optional(),
});

function officesFrom(raw: unknown, locale: Locale): OfficialOffice[] {
  const t = officeKinds[locale];
  const parsed = rawOffices.safeParse(raw);
  if (!parsed.success) return [];
  const source = parsed.data;
  const offices: OfficialOffice[] = [];
  if (source.address) {
    offices.push({ kind: t.washington, address: source.address, phone: source.phone ?? null });
  }
  for (const office of source.district_offices ?? []) {
    const street = [office.building, office.address, office.suite].filter(Boolean).join(", ");
    const place = [office.city, [office.state, office.zip].filter(Boolean).join(" ")]
      .filter(Boolean)
      .join(", ");
    const address = [street, place].filter(Boolean).join(", ");
    if (address) offices.push({ kind: t.district, address, phone: office.phone ?? null });
  }
  const kinds: Record<string, string> = {
    capitol: t.capitol,
    district: t.district,
    "capitol-mail": t.capitolMail,
    "district-mail": t.districtMail,
    primary: t.office,
  };
  for (const office of source.offices ?? []) {
    // Home addresses are published by some states, but a letter-writing site has no business repeating them.
    if (!office.address || office.type === "home") continue;
    offices.push({
      kind: kinds[office.type ?? ""] ?? t.office,
      address: office.address,
      phone: office.phone ?? null,
    });
  }
  return offices;
}

/** A current official by id, with their offices; a `vacant-…` id from a lookup while that seat is still empty. */
export async function findOfficialById(id: string, locale: Locale = "en"): Promise<OfficialDetail> {
  const notFound = new AppError("NOT_FOUND", errorText.officials.couldntFindOfficialTheyMay);
  const vacancy = /^vacant-([A-Z]{2})-(?:(\d{1,2})|senate-([12]))$/.exec(id);
  if (vacancy) {
    const [, state = "", houseDistrict, senateSeat] = vacancy;
    const chamber = houseDistrict !== undefined ? "house" : "senate";
    const district = houseDistrict !== undefined ? Number(houseDistrict) : null;
    const filled = await getDb()
      .select({ id: officials.id })
      .from(officials)
      .where(
        and(
          eq(officials.level, "federal"),
          eq(officials.state, state),
          eq(officials.chamber, chamber),
          district === null ? undefined : eq(officials.district, district),
          isNull(officials.removedAt),
        ),
      );
    const seats = chamber === "senate" ? (hasSenators(state) ? 2 : 0) : 1;
    const seatIsVacant =
      chamber === "senate" ? filled.length < Number(senateSeat) && seats > 0 : filled.length === 0;
    // Only seats that exist: a district the ZIP table knows, or one of a state's two Senate seats.
    const seatExists =
      chamber === "senate" ||
      (
        await getDb()
          .select({ zip: zipDistricts.zip })
          .from(zipDistricts)
          .where(and(eq(zipDistricts.state, state), eq(zipDistricts.district, district ?? -1)))
          .limit(1)
      ).length > 0;
    if (!seatIsVacant || !seatExists) throw notFound;
    return { ...vacantSeat({ id, state, chamber, district }), offices: [] };
  }

  const [row] = await getDb()
    .select({ ...summaryColumns, raw: officials.raw })
    .from(officials)
    .where(and(eq(officials.id, id), isNull(officials.removedAt)))
    .limit(1);
  if (!row) throw notFound;
  return { ...toSummary(row), offices: officesFrom(row.raw, locale) };
}
