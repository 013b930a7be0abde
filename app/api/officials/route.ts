import { z } from "zod";
import { AppError } from "@/lib/errors";
import { errorResponse, invalidInput, PUBLIC_CACHE } from "@/lib/http";
import { findLetterSetup } from "@/lib/letters/setup";
import { resolveTargets } from "@/lib/letters/targets";
import { findOfficialsByZip } from "@/lib/officials/lookup";
import { findStateLegislators, stateLegislatorsQuery } from "@/lib/officials/state";
import { withoutNul } from "@/lib/validation";

export const dynamic = "force-dynamic";

const query = withoutNul(
  z.object({
    zip: z
      .string({ error: "Add a ZIP code: /api/officials?zip=60062." })
      .trim()
      .regex(/^\d{5}$/, "A ZIP code is 5 digits, like 60062."),
    // Judges ambiguity against this campaign's targets: a campaign to senators needs only the state.
    campaign: z
      .string()
      .trim()
      .min(1, "Add the campaign, like campaign=demo, or leave it out.")
      .max(80, "A campaign is named in at most 80 characters.")
      .optional(),
  }),
);

/** `?state=IL&chamber=upper&district=5` or `?state=IL&name=…`: state legislators, by district or by name. */
async function stateLegislators(params: URLSearchParams) {
  if (params.has("zip")) return invalidInput("Look up by ZIP code or by state, not both.");
  const parsed = stateLegislatorsQuery.safeParse({
    state: params.get("state") ?? undefined,
    chamber: params.get("chamber") || undefined,
    district: params.get("district") ?? undefined,
    name: params.get("name") ?? undefined,
  });
  if (!parsed.success) {
    return invalidInput(parsed.error.issues[0]?.message ?? "Please check the state, chamber and district.");
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
  if (!parsed.success) return invalidInput(parsed.error.issues[0]?.message ?? "Please check the ZIP code.");
  try {
    const result = await findOfficialsByZip(parsed.data.zip);
    if (parsed.data.campaign) {
      const setup = await findLetterSetup(parsed.data.campaign);
      if (!setup) throw new AppError("NOT_FOUND", "We couldn't find that campaign.");
      result.ambiguous = resolveTargets(setup.rules, result, null).status === "needs_district";
    }
    return Response.json(result, { headers: { "Cache-Control": PUBLIC_CACHE } });
  } catch (error) {
    return errorResponse(error, `lookup of ZIP ${parsed.data.zip}`);
  }
}
