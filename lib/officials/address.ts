import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { GeocoderUnavailableError, getGeocoder } from "@/lib/geocoding";
import { errorText, issueText } from "@/lib/i18n/errors";
import { findOfficialsByZip, type ZipLookup } from "./lookup";
import type { OfficialSummary } from "./present";
import { listStateLegislators } from "./state";

export const addressSchema = z.object({
  zip: z
    .string()
    .trim()
    .regex(/^\d{5}$/, { message: errorText.officials.zipCode5DigitsLike }),
  street: z
    .string()
    .trim()
    .min(3, { message: errorText.officials.enterStreetAddressLike1225 })
    .max(200, { message: errorText.officials.keepStreetAddressUnder200 }),
  city: z.string().trim().max(100).optional(),
});

export type AddressLookup = ZipLookup & { matchedAddress: string; stateLegislators: OfficialSummary[] };

/** Is address lookup available here? Without a geocoder, people choose among the districts of their ZIP. */
export function canLookUpAddress(): boolean {
  return getGeocoder() !== null;
}

/**
 * A street address narrows a ZIP to one House district, and finds the state legislators too. The answer stays
 * within the ZIP's own candidates: a geocoder that disagrees with the ZIP is not trusted over it.
 */
export async function findOfficialsByAddress(input: z.input<typeof addressSchema>): Promise<AddressLookup> {
  const parsed = addressSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("INVALID_INPUT", issue ? issueText(issue.message) : errorText.officials.checkAddress, {
      [String(issue?.path[0] ?? "street")]: [issue ? issueText(issue.message) : errorText.common.checkThis],
    });
  }
  const { zip, street, city } = parsed.data;
  const byZip = await findOfficialsByZip(zip);
  const geocoder = getGeocoder();
  if (!geocoder) throw new AppError("UNAVAILABLE", errorText.officials.lookingUpStreetAddressIsnt);

  let match: Awaited<ReturnType<typeof geocoder.geocodeAddress>>;
  try {
    match = await geocoder.geocodeAddress({ street, city, zip });
  } catch (error) {
    if (error instanceof GeocoderUnavailableError) {
      console.warn(`[officials] geocoder unavailable: ${error.message}`);
      throw new AppError("UNAVAILABLE", errorText.officials.couldntLookUpAddressesJust);
    }
    throw error;
  }
  const district =
    match.status === "matched"
      ? byZip.districts.find((d) => d.state === match.state && d.district === match.congressionalDistrict)
      : undefined;
  if (match.status !== "matched" || !district) {
    throw new AppError("NOT_FOUND", errorText.officials.addressNotPlaced({ zip }), {
      street: [errorText.officials.couldntFindAddressZipCode],
    });
  }

  const stateLegislators: OfficialSummary[] = [];
  for (const [chamber, label] of [
    ["upper", match.stateUpper],
    ["lower", match.stateLower],
  ] as const) {
    if (!label) continue;
    // Census labels usually equal Open States' for numbered districts; when they don't, we show none rather
    // than guess.
    stateLegislators.push(...(await listStateLegislators({ state: match.state, chamber, district: label })));
  }

  return {
    zip,
    districts: [district],
    ambiguous: false,
    officials: byZip.officials.filter(
      (o) => o.state === district.state && (o.chamber === "senate" || o.district === district.district),
    ),
    matchedAddress: match.matchedAddress,
    stateLegislators,
  };
}
