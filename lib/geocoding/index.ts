/**
 * Which geocoder this process uses, if any. None is a supported setup (no network, self-hosting without the
 * Census service): callers get null and ask the person to choose their district.
 */
import "server-only";
import { loadEnv } from "@/lib/env";
import { createCensusGeocoder } from "./census";
import type { Geocoder } from "./geocoder";

export { CENSUS_GEOCODER_URL } from "./census";
export type { AddressInput, GeocodeMatch, GeocodeResult, Geocoder } from "./geocoder";
export { GeocoderUnavailableError } from "./geocoder";

export const DEFAULT_GEOCODER_TIMEOUT_MS = 4000;

export type GeocoderConfig = { baseUrl?: string; timeoutMs?: number };

export function geocoderFromConfig({ baseUrl, timeoutMs }: GeocoderConfig): Geocoder | null {
  if (!baseUrl) return null;
  return createCensusGeocoder({ baseUrl, timeoutMs: timeoutMs ?? DEFAULT_GEOCODER_TIMEOUT_MS });
}

/** Read on every call (it is cheap), so a test that points GEOCODER_URL at the fake and reloads env sees it. */
export function getGeocoder(): Geocoder | null {
  const env = loadEnv();
  return geocoderFromConfig({ baseUrl: env.geocoderUrl, timeoutMs: env.geocoderTimeoutMs });
}
