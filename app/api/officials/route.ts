import { z } from "zod";
import { AppError } from "@/lib/errors";
import { errorResponse, invalidInput, PUBLIC_CACHE } from "@/lib/http";
import { errorText, issueText } from "@/lib/i18n/errors";
import { findLetterSetup } from "@/lib/letters/setup";
import { resolveTargets } from "@/lib/letters/targets";
import { findOfficialsByZip } from "@/lib/officials/lookup";
import { findStateLegislators, stateLegislatorsQuery } from "@/lib/officials/state";
import { withoutNul } from "@/lib/validation";

export const dynamic = "force-dynamic";

const query = withoutNul(
  z.object({
    zip: z
      .string({ error: errorText.officials.addZipCodeApiOfficials })
      .trim()
      .regex(/^\d{5}$/, errorText.officials.zipCode5DigitsLike),
    // Judges ambiguity against this campaign's targets: a campaign to senators needs only the state.
    campaign: z
      .string()
      .trim()
      .min(1, errorText.officials.addCampaignLikeCampaignDemo)
      .max(80, errorText.officials.campaignNamedMost80Characters)
      .optional(),
  }),
);

/** `?state=IL&chamber=upper&district=5` or `?state=IL&name=…`: state legislators, by district or by name. */
async function stateLegislators(params: URLSearchParams) {
  if (params.has("zip")) return invalidInput(errorText.officials.lookUpByZipCode);
  const parsed = stateLegislatorsQuery.safeParse({
    state: params.get("state") ?? undefined,
    chamber: params.get("chamber") || undefined,
    district: params.get("district") ?? undefined,
    name: params.get("name") ?? undefined,
  });
  if (!parsed.success) {
    return invalidInput(
      issueText(parsed.error.issues[0]?.message ?? errorText.officials.checkStateChamberDistrict),
    );
  }
  try {
    const result = await findStateLegislators(parsed.data);
    return Response.json(result, { headers: { "Cache-Control": PUBLIC_CACHE } });
  } catch (error) {
    return errorResponse(error, `state legislators ${params.toString()}`);
  }
}

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  if (params.has("state")) return stateLegislators(params);
  const parsed = query.safeParse({
    zip: params.get("zip") ?? undefined,
    campaign: params.get("campaign") ?? undefined,
  });
  if (!parsed.success)
    return invalidInput(issueText(parsed.error.issues[0]?.message ?? errorText.officials.checkZipCode));
  try {
    const result = await findOfficialsByZip(parsed.data.zip);
    if (parsed.data.campaign) {
      const setup = await findLetterSetup(parsed.data.campaign);
      if (!setup) throw new AppError("NOT_FOUND", errorText.officials.couldntFindCampaign);
      result.ambiguous = resolveTargets(setup.rules, result, null).status === "needs_district";
    }
    return Response.json(result, { headers: { "Cache-Control": PUBLIC_CACHE } });
  } catch (error) {
    return errorResponse(error, `lookup of ZIP ${parsed.data.zip}`);
  }
}
