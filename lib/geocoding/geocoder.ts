/**
 * Address → districts, behind an adapter. A geocoder is optional and needs the network: when there is none,
 * or it fails, callers let the person choose among the candidate districts for their ZIP instead.
 */

export type AddressInput = {
  street: string;
  city?: string;
  state?: string;
  zip?: string;
};

export type GeocodeMatch = {
  status: "matched";
  /** The address as the geocoder understood it, to show back to the person ("Is this you?"). */
  matchedAddress: string;
  coordinates: { lat: number; lon: number };
  /** USPS code: a state, DC, PR, or an island area (AS, GU, MP, VI). */
  state: string;
  /**
   * Same convention as db/data: 1…N, and 0 for a seat covering the whole state or territory (at-large states
   * and the non-voting delegates). null when the point lies in no district (Census "ZZ", mostly water) or the
   * geocoder returned no congressional layer.
   */
  congressionalDistrict: number | null;
  /**
   * The geocoder's own labels for the state legislative districts, or null where the chamber has no district
   * here (Nebraska has no lower chamber, DC none at all). Not guaranteed to equal Open States' labels.
   */
  stateUpper: string | null;
  stateLower: string | null;
};

/** An address the geocoder does not know, or one it matched to several places that disagree. */
export type GeocodeNoMatch = { status: "no_match" };

export type GeocodeResult = GeocodeMatch | GeocodeNoMatch;

export interface Geocoder {
  /**
   * Resolves to a match or `no_match`; throws GeocoderUnavailableError when the service cannot answer
   * (timeout, network, 5xx, a response it cannot read). Aborting `signal` rejects with the signal's reason.
   */
  geocodeAddress(input: AddressInput, options?: { signal?: AbortSignal }): Promise<GeocodeResult>;
}

export type GeocoderFailure = "timeout" | "network" | "http" | "malformed";

/**
 * Not an AppError on purpose: nobody should show this to a person. Callers catch it, log the one-line
 * message, and fall back to asking the person to choose their district.
 */
export class GeocoderUnavailableError extends Error {
  override name = "GeocoderUnavailableError";
  constructor(
    readonly reason: GeocoderFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
