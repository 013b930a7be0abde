import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizations, pledgeOptions, zipDistricts } from "@/db/schema";
import { type ErrorText, errorText } from "@/lib/i18n/errors";
import { foldName } from "@/lib/officials/state";
import { distanceMiles, districtCentroids, districtKey, meanPoint, type Point } from "./places";

/** What a person may ask the directory: words, a focus area, a ZIP code (all optional, as typed). */
export type DirectoryQuery = { q?: string; focus?: string; zip?: string };

export type DirectoryGroup = {
  slug: string;
  name: string;
  leadershipStatement: string | null;
  focusAreas: string[];
  city: string | null;
  state: string | null;
  zip: string | null;
  isRemote: boolean;
  /** Ways to help offered now (the same rule as the group's page: open, and shifts not yet started). */
  openOptions: number;
  /** Miles between district centroids, when a ZIP was given and both places are known. */
  distanceMiles: number | null;
};

/** How the ZIP code was understood: not given, not a ZIP, a ZIP we can't place, or the order it gave. */
export type ZipOutcome =
  | { status: "none" }
  | { status: "invalid"; zip: string; message: ErrorText }
  | { status: "unknown"; zip: string; message: ErrorText }
  | { status: "sorted"; zip: string };

export type DirectoryResult = {
  groups: DirectoryGroup[];
  /** Every focus area some group lists, for the filter. */
  focusAreas: string[];
  /** How many groups the directory holds before filtering (to tell "none yet" from "none match"). */
  total: number;
  zip: ZipOutcome;
};

const MAX_WORDS = 8;
const ZIP_PATTERN = /^\d{5}$/;

async function allGroups() {
  const db = getDb();
  const [rows, counts] = await Promise.all([
    db
      .select({
        id: organizations.id,
        slug: organizations.slug,
        name: organizations.name,
        leadershipStatement: organizations.leadershipStatement,
        description: organizations.description,
        focusAreas: organizations.focusAreas,
        city: organizations.city,
        state: organizations.state,
        zip: organizations.zip,
        isRemote: organizations.isRemote,
      })
      .from(organizations)
      .where(eq(organizations.kind, "community_group"))
      .orderBy(asc(organizations.name)),
    // Open, and a shift not yet started: the rule of lib/pledges/options.ts (`offered`), so the count here
    // matches the list on the group's page.
    db
      .select({ organizationId: pledgeOptions.organizationId, open: sql<number>`count(*)::int` })
      .from(pledgeOptions)
      .where(
        and(
          eq(pledgeOptions.isOpen, true),
          sql`(${pledgeOptions.kind} <> 'volunteer_shift' or ${pledgeOptions.startsAt} > now())`,
        ),
      )
      .groupBy(pledgeOptions.organizationId),
  ]);
  const openByGroup = new Map(counts.map((c) => [c.organizationId, Number(c.open)]));
  return rows.map(({ id, ...row }) => ({ ...row, openOptions: openByGroup.get(id) ?? 0 }));
}

type GroupRow = Awaited<ReturnType<typeof allGroups>>[number];

/** Every word of the search appears in the name, description, statement or focus areas (case, accents ignored). */
function matchesWords(group: GroupRow, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = foldName(
    [group.name, group.description ?? "", group.leadershipStatement ?? "", ...group.focusAreas].join(" "),
  );
  return words.every((word) => haystack.includes(word));
}

/** The districts of each ZIP, one query for all of them. */
async function districtsOfZips(zips: readonly string[]): Promise<Map<string, string[]>> {
  const byZip = new Map<string, string[]>();
  if (zips.length === 0) return byZip;
  const rows = await getDb()
    .select({ zip: zipDistricts.zip, state: zipDistricts.state, district: zipDistricts.district })
    .from(zipDistricts)
    .where(inArray(zipDistricts.zip, [...new Set(zips)]));
  for (const row of rows) byZip.set(row.zip, [...(byZip.get(row.zip) ?? []), districtKey(row)]);
  return byZip;
}

function pointOf(keys: readonly string[] | undefined, centroids: ReadonlyMap<string, Point>): Point | null {
  return meanPoint((keys ?? []).flatMap((key) => centroids.get(key) ?? []));
}

/** A state's middle: the mean of its districts' centroids (for groups that give a state but no ZIP we know). */
function statePoint(state: string, centroids: ReadonlyMap<string, Point>): Point | null {
  const prefix = `${state}-`;
  return meanPoint([...centroids].filter(([key]) => key.startsWith(prefix)).map(([, point]) => point));
}

/**
 * The public directory of community-led groups: every word of `q` found in a group's name, description,
 * statement or focus areas; only groups with `focus`; with a ZIP code, nearest first (by district centroids,
 * so "nearest" is approximate), then groups that work remotely, then groups that give no place. A ZIP that is
 * not 5 digits, or that we cannot place, leaves the list in its usual order (by name) and says why.
 */
export async function searchGroupDirectory(query: DirectoryQuery): Promise<DirectoryResult> {
  const groups = await allGroups();
  const focusAreas = [...new Set(groups.flatMap((g) => g.focusAreas))].sort((a, b) => a.localeCompare(b));
  const words = foldName((query.q ?? "").slice(0, 200))
    .split(" ")
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  const focus = (query.focus ?? "").trim().toLowerCase();
  const matching = groups.filter(
    (g) => matchesWords(g, words) && (focus === "" || g.focusAreas.includes(focus)),
  );

  const toEntry = (g: GroupRow, distance: number | null): DirectoryGroup => ({
    slug: g.slug,
    name: g.name,
    leadershipStatement: g.leadershipStatement,
    focusAreas: g.focusAreas,
    city: g.city,
    state: g.state,
    zip: g.zip,
    isRemote: g.isRemote,
    openOptions: g.openOptions,
    distanceMiles: distance,
  });
  const unsorted = (zip: ZipOutcome): DirectoryResult => ({
    groups: matching.map((g) => toEntry(g, null)),
    focusAreas,
    total: groups.length,
    zip,
  });

  const zip = (query.zip ?? "").trim();
  if (zip === "") return unsorted({ status: "none" });
  if (!ZIP_PATTERN.test(zip)) {
    return unsorted({
      status: "invalid",
      zip: zip.slice(0, 10),
      message: errorText.groups.zipCode5DigitsLike,
    });
  }

  const [centroids, districts] = await Promise.all([
    districtCentroids(),
    districtsOfZips([zip, ...matching.flatMap((g) => (g.zip ? [g.zip] : []))]),
  ]);
  const origin = pointOf(districts.get(zip), centroids);
  if (!origin) {
    return unsorted({
      status: "unknown",
      zip,
      message: errorText.groups.zipNotPlaced({ zip }),
    });
  }

  const placed = matching.map((g) => {
    const point =
      (g.zip ? pointOf(districts.get(g.zip), centroids) : null) ??
      (g.state ? statePoint(g.state, centroids) : null);
    const distance = point ? distanceMiles(origin, point) : null;
    // 0: a place we can measure; 1: works remotely only; 2: no place given.
    const rank = distance !== null ? 0 : g.isRemote ? 1 : 2;
    return { g, distance, rank };
  });
  placed.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.distance ?? 0) - (b.distance ?? 0) ||
      a.g.name.localeCompare(b.g.name, "en", { sensitivity: "base" }),
  );
  return {
    groups: placed.map(({ g, distance }) => toEntry(g, distance)),
    focusAreas,
    total: groups.length,
    zip: { status: "sorted", zip },
  };
}

/** The focus areas groups already use (suggestions on the profile form). */
export async function listFocusAreas(): Promise<string[]> {
  const rows = await getDb()
    .selectDistinct({ focus: sql<string>`unnest(${organizations.focusAreas})` })
    .from(organizations)
    .where(eq(organizations.kind, "community_group"));
  return rows.map((r) => r.focus).sort((a, b) => a.localeCompare(b));
}
