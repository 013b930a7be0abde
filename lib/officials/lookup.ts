import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { officials, territoryZipRanges, zipDistricts } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { officialsCacheVersion } from "./cache";
import {
  compareDistrictLabels,
  hasSenators,
  type OfficialChamber,
  type OfficialSummary,
  officialTitle,
} from "./present";

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
const summaryColumns = {
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

type SummaryRow = {
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

function toSummary(row: SummaryRow): OfficialSummary {
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
};

const SNAPSHOT_MS = 60_000;
let snapshot: { data: Promise<FederalSnapshot>; expiresAt: number; version: number } | undefined;

async function loadFederalSnapshot(): Promise<FederalSnapshot> {
  const db = getDb();
  const [pairs, ranges, members] = await Promise.all([
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
  return { zips, ranges, byState };
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
    throw new AppError("INVALID_INPUT", "Please enter a 5-digit ZIP code, like 60062.", {
      zip: ["Enter 5 digits, like 60062."],
    });
  }
  const districts = await districtsForZip(zip);
  if (districts.length === 0) {
    throw new AppError(
      "NOT_FOUND",
      `We couldn't find ZIP code ${zip}. Some ZIP codes are only used for PO boxes or businesses; please try the ZIP code where you live.`,
    );
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

function officesFrom(raw: unknown): OfficialOffice[] {
  const parsed = rawOffices.safeParse(raw);
  if (!parsed.success) return [];
  const source = parsed.data;
  const offices: OfficialOffice[] = [];
  if (source.address) {
    offices.push({ kind: "Washington, DC office", address: source.address, phone: source.phone ?? null });
  }
  for (const office of source.district_offices ?? []) {
    const street = [office.building, office.address, office.suite].filter(Boolean).join(", ");
    const place = [office.city, [office.state, office.zip].filter(Boolean).join(" ")]
      .filter(Boolean)
      .join(", ");
    const address = [street, place].filter(Boolean).join(", ");
    if (address) offices.push({ kind: "District office", address, phone: office.phone ?? null });
  }
  const kinds: Record<string, string> = {
    capitol: "Capitol office",
    district: "District office",
    "capitol-mail": "Capitol mailing address",
    "district-mail": "District mailing address",
    primary: "Office",
  };
  for (const office of source.offices ?? []) {
    // Home addresses are published by some states, but a letter-writing site has no business repeating them.
    if (!office.address || office.type === "home") continue;
    offices.push({
      kind: kinds[office.type ?? ""] ?? "Office",
      address: office.address,
      phone: office.phone ?? null,
    });
  }
  return offices;
}

/** A current official by id, with their offices; a `vacant-…` id from a lookup while that seat is still empty. */
export async function findOfficialById(id: string): Promise<OfficialDetail> {
  const notFound = new AppError("NOT_FOUND", "We couldn't find that official. They may have left office.");
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
  return { ...toSummary(row), offices: officesFrom(row.raw) };
}

const stateLegislatorsQuery = z.object({
  state: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Use a 2-letter state code, like IL."),
  chamber: z.enum(["upper", "lower", "legislature"]).optional(),
  district: z.string().trim().min(1).max(40).optional(),
});

const CHAMBER_ORDER = ["upper", "lower", "legislature"];

/**
 * A state's current legislators, optionally one chamber or one district (label as Open States publishes it).
 * There is no ZIP → state district mapping in the data, so people find theirs by district or by name.
 */
export async function listStateLegislators(query: {
  state: string;
  chamber?: "upper" | "lower" | "legislature";
  district?: string;
}): Promise<OfficialSummary[]> {
  const parsed = stateLegislatorsQuery.safeParse(query);
  if (!parsed.success) {
    throw new AppError(
      "INVALID_INPUT",
      parsed.error.issues[0]?.message ?? "Please check the state and chamber.",
    );
  }
  const { state, chamber, district } = parsed.data;
  const rows = await getDb()
    .select(summaryColumns)
    .from(officials)
    .where(
      and(
        eq(officials.level, "state"),
        eq(officials.state, state),
        chamber ? eq(officials.chamber, chamber) : undefined,
        district ? eq(officials.districtLabel, district) : undefined,
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
