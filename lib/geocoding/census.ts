/**
 * The U.S. Census Bureau geocoder (free, public domain, no key): GET {baseUrl}/geographies/address with the
 * address parts, which answers the matched address, its coordinates and the Census geographies around it.
 *
 * Response shape, as this module reads it (Census "Geocoding Services API" JSON output; field names checked
 * against recorded responses and other clients of the service):
 *
 *   { result: { input: {…}, addressMatches: [ {
 *       matchedAddress: "1600 PENNSYLVANIA AVE NW, WASHINGTON, DC, 20500",
 *       coordinates: { x: -77.03, y: 38.89 },                  // x is longitude
 *       addressComponents: { state: "DC", zip: "20500", … },
 *       geographies: {
 *         "119th Congressional Districts": [{ STATE: "11", CD119: "98", GEOID: "1198", BASENAME, NAME, … }],
 *         "2024 State Legislative Districts - Upper": [{ STATE, SLDU: "009", BASENAME: "9", NAME: "State Senate District 9", … }],
 *         "2024 State Legislative Districts - Lower": [{ STATE, SLDL: "017", BASENAME: "17", … }] } } ] } }
 *
 * No match is a 200 with an empty `addressMatches`.
 */
import { z } from "zod";
import {
  type AddressInput,
  type GeocodeMatch,
  type GeocodeResult,
  type Geocoder,
  GeocoderUnavailableError,
} from "./geocoder";

/** The public service. GEOCODER_URL points here in production, at the fake in tests. */
export const CENSUS_GEOCODER_URL = "https://geocoding.geo.census.gov/geocoder";

const BENCHMARK = "Public_AR_Current";
const VINTAGE = "Current_Current";
/**
 * Layer ids of TIGERweb's tigerWMS_Current service: 54 congressional districts, 56 state legislative upper,
 * 58 lower. Ids, because the layer names carry the Congress or the year and change with each vintage; the
 * default set of layers has not always included the districts. The answer is still keyed by name.
 */
const LAYERS = "54,56,58";

/** State FIPS code → USPS code, for the states, DC, Puerto Rico and the four populated island areas. */
// biome-ignore format: a table reads better in rows
export const USPS_BY_FIPS: ReadonlyMap<string, string> = new Map([
  ["01", "AL"], ["02", "AK"], ["04", "AZ"], ["05", "AR"], ["06", "CA"], ["08", "CO"], ["09", "CT"],
  ["10", "DE"], ["11", "DC"], ["12", "FL"], ["13", "GA"], ["15", "HI"], ["16", "ID"], ["17", "IL"],
  ["18", "IN"], ["19", "IA"], ["20", "KS"], ["21", "KY"], ["22", "LA"], ["23", "ME"], ["24", "MD"],
  ["25", "MA"], ["26", "MI"], ["27", "MN"], ["28", "MS"], ["29", "MO"], ["30", "MT"], ["31", "NE"],
  ["32", "NV"], ["33", "NH"], ["34", "NJ"], ["35", "NM"], ["36", "NY"], ["37", "NC"], ["38", "ND"],
  ["39", "OH"], ["40", "OK"], ["41", "OR"], ["42", "PA"], ["44", "RI"], ["45", "SC"], ["46", "SD"],
  ["47", "TN"], ["48", "TX"], ["49", "UT"], ["50", "VT"], ["51", "VA"], ["53", "WA"], ["54", "WV"],
  ["55", "WI"], ["56", "WY"], ["60", "AS"], ["66", "GU"], ["69", "MP"], ["72", "PR"], ["78", "VI"],
]);
const USPS_CODES = new Set(USPS_BY_FIPS.values());

// Only what we read is checked; Census adds fields over time, and types vary (OID is a number in some
// vintages and a string in others), so a geography record stays an open bag of values.
const geographyRecord = z.record(z.string(), z.unknown());
const addressMatch = z.object({
  matchedAddress: z.string(),
  coordinates: z.object({ x: z.number(), y: z.number() }),
  addressComponents: z.object({ state: z.string().optional() }).optional(),
  geographies: z.record(z.string(), z.array(geographyRecord)).default({}),
});
const censusResponse = z.object({ result: z.object({ addressMatches: z.array(addressMatch) }) });

type AddressMatch = z.infer<typeof addressMatch>;
type GeographyRecord = z.infer<typeof geographyRecord>;

export type CensusGeocoderOptions = {
  /** e.g. https://geocoding.geo.census.gov/geocoder (no trailing /geographies/…). */
  baseUrl: string;
  /** For the whole exchange, body included: a slow geocoder must not hold up the page. */
  timeoutMs: number;
};

export function createCensusGeocoder({ baseUrl, timeoutMs }: CensusGeocoderOptions): Geocoder {
  const endpoint = `${baseUrl.replace(/\/+$/, "")}/geographies/address`;

  return {
    async geocodeAddress(
      input: AddressInput,
      options: { signal?: AbortSignal } = {},
    ): Promise<GeocodeResult> {
      const street = input.street.trim();
      // Census answers a blank street with a 400; that is the person's input, not an outage.
      if (!street) return { status: "no_match" };

      const url = new URL(endpoint);
      url.searchParams.set("street", street);
      for (const key of ["city", "state", "zip"] as const) {
        const value = input[key]?.trim();
        if (value) url.searchParams.set(key, value);
      }
      url.searchParams.set("benchmark", BENCHMARK);
      url.searchParams.set("vintage", VINTAGE);
      url.searchParams.set("layers", LAYERS);
      url.searchParams.set("format", "json");

      const body = await fetchJson(url, timeoutMs, options.signal);
      const parsed = censusResponse.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue
          ? `${issue.path.join(".") || "(root)"}: ${issue.message}`.replace(/\s+/g, " ")
          : "unknown";
        throw new GeocoderUnavailableError(
          "malformed",
          `Census geocoder response has an unexpected shape (${where})`,
        );
      }
      return fromMatches(parsed.data.result.addressMatches);
    },
  };
}

async function fetchJson(
  url: URL,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): Promise<unknown> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
  let text: string;
  try {
    const response = await fetch(url, { signal, headers: { accept: "application/json" } });
    if (!response.ok) {
      await response.body?.cancel();
      throw new GeocoderUnavailableError("http", `Census geocoder answered HTTP ${response.status}`);
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof GeocoderUnavailableError) throw error;
    // The caller gave up (the person left the page): theirs to handle, not an outage.
    if (callerSignal?.aborted) throw callerSignal.reason;
    if (timeout.aborted) {
      throw new GeocoderUnavailableError("timeout", `Census geocoder did not answer within ${timeoutMs} ms`, {
        cause: error,
      });
    }
    const detail = describeFetchError(error);
    throw new GeocoderUnavailableError("network", `Census geocoder unreachable: ${detail}`, { cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new GeocoderUnavailableError("malformed", "Census geocoder answered something that is not JSON", {
      cause: error,
    });
  }
}

/** fetch says only "fetch failed"; the useful part (ECONNREFUSED, ENOTFOUND) is in its cause. */
function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const detail =
    typeof cause?.code === "string" ? cause.code : typeof cause?.message === "string" ? cause.message : "";
  return `${error.message}${detail ? ` (${detail})` : ""}`.replace(/\s+/g, " ");
}

/**
 * Census returns several matches when an address is ambiguous (the same street in two towns of a ZIP). If
 * they all fall in the same districts the answer is clear; if not, guessing could send a letter to the wrong
 * representative, so it counts as no match and the person chooses.
 */
function fromMatches(matches: AddressMatch[]): GeocodeResult {
  const results = matches.map(toMatch);
  const [first, ...rest] = results;
  if (!first) return { status: "no_match" };
  if (rest.some((other) => districtKey(other) !== districtKey(first))) return { status: "no_match" };
  return first;
}

function districtKey(match: GeocodeMatch): string {
  return JSON.stringify([match.state, match.congressionalDistrict, match.stateUpper, match.stateLower]);
}

function toMatch(match: AddressMatch): GeocodeMatch {
  const congressional = firstRecord(match.geographies, /congressional districts/i);
  const upper = firstRecord(match.geographies, /legislative districts\W+upper/i);
  const lower = firstRecord(match.geographies, /legislative districts\W+lower/i);

  const state = stateOf([congressional, upper, lower], match.addressComponents?.state);
  if (!state) {
    throw new GeocoderUnavailableError(
      "malformed",
      `Census geocoder matched "${match.matchedAddress}" to no state`,
    );
  }
  return {
    status: "matched",
    matchedAddress: match.matchedAddress,
    coordinates: { lat: match.coordinates.y, lon: match.coordinates.x },
    state,
    congressionalDistrict: congressional ? congressionalDistrict(congressional) : null,
    stateUpper: upper ? legislativeDistrict(upper, "SLDU") : null,
    stateLower: lower ? legislativeDistrict(lower, "SLDL") : null,
  };
}

/** Layer names carry a vintage ("119th …", "2024 …"), so they are matched by meaning, never spelled out. */
function firstRecord(
  geographies: Record<string, GeographyRecord[]>,
  pattern: RegExp,
): GeographyRecord | undefined {
  for (const [name, records] of Object.entries(geographies)) {
    if (pattern.test(name) && !/labels/i.test(name) && records[0]) return records[0];
  }
  return undefined;
}

function stateOf(records: (GeographyRecord | undefined)[], addressState: string | undefined): string | null {
  for (const record of records) {
    const usps = USPS_BY_FIPS.get(text(record, "STATE") ?? "");
    if (usps) return usps;
  }
  const fromAddress = addressState?.trim().toUpperCase();
  return fromAddress && USPS_CODES.has(fromAddress) ? fromAddress : null;
}

/**
 * The code sits in CD<Congress> ("CD119", "CD120" next), two characters: "01"…"52"; "00" for an at-large
 * state and "98" for a non-voting delegate (both our 0, as in db/data); "ZZ" for no district (water).
 * GEOID is state FIPS + the same code, the fallback if the field is ever renamed.
 */
function congressionalDistrict(record: GeographyRecord): number | null {
  const field = Object.keys(record).find((key) => /^CD\d{3}$/.test(key));
  const code = (field ? text(record, field) : undefined) ?? text(record, "GEOID")?.slice(2);
  if (code === "98") return 0;
  return code && /^\d{1,2}$/.test(code) ? Number(code) : null;
}

/**
 * BASENAME is the district's short name: "9" where NAME reads "State Senate District 9", "22A" in Minnesota,
 * a place name in the states that name districts. Open States labels are the same short form for most
 * states, but this is the Census's spelling, not theirs: named districts (VT, MA, NH…) may be written
 * differently, so a caller joining on it must treat "no legislator with this label" as "let the person
 * choose", never as "no legislator". SLDU/SLDL hold a zero-padded code ("009"); "ZZZ" marks no district.
 */
function legislativeDistrict(record: GeographyRecord, codeField: "SLDU" | "SLDL"): string | null {
  const code = text(record, codeField);
  if (code && /^Z+$/i.test(code)) return null;
  return text(record, "BASENAME") ?? code?.replace(/^0+(?=.)/, "") ?? null;
}

function text(record: GeographyRecord | undefined, key: string): string | undefined {
  const value = record?.[key];
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}
