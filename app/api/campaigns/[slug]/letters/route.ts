import { getSessionUser } from "@/lib/auth";
import { hasSessionCookie } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { errorResponse, readBodyText, rejectCrossOrigin, requestLocale } from "@/lib/http";
import { describeError, errorText } from "@/lib/i18n/errors";
import { type LetterInput, submitLetter } from "@/lib/letters/submit";
import { clientIp } from "@/lib/security/rate-limit";

export const dynamic = "force-dynamic";

/** Far above any real letter (each part is capped at 5,000 characters), far below anything harmful. */
const MAX_BODY_BYTES = 64 * 1024;

type Props = { params: Promise<{ slug: string }> };

/**
 * Writes a letter on a campaign from JSON: the letter form's fields (zip, district, firstName, lastName,
 * email, city, parts). 201 with the outcome: `sent` (signed in), or `confirm_email` (everyone else, who
 * confirms by an emailed link; it does not say whether the address wrote before). 409 when a signed-in
 * supporter already wrote on this campaign, with their letter. 400 with `fields`, 404 for an unknown campaign.
 */
export async function POST(request: Request, { params }: Props) {
  const refused = rejectCrossOrigin(request);
  if (refused) return refused;
  const { slug } = await params;
  try {
    const body = await readJson(request);
    const actor = await sessionFor(request);
    // The campaign's letter in the caller's language (the switch's cookie, the account, or Accept-Language).
    const language = await requestLocale(request, actor);
    const result = await submitLetter(
      actor,
      { ...body, campaign: slug },
      { ip: clientIp(request.headers), language },
    );
    if (result.status === "already_sent") {
      const message = errorText.delivery.alreadyWrittenCampaignNothingNew;
      return Response.json(
        {
          error: { code: "ALREADY_EXISTS", message: describeError(message, language) },
          letterId: result.letterId,
          receiptUrl: `/letters/${result.letterId}`,
        },
        { status: 409, headers: { "Cache-Control": "no-store" } },
      );
    }
    const outcome =
      result.status === "sent"
        ? { status: result.status, letterId: result.letterId, receiptUrl: `/letters/${result.letterId}` }
        : { status: result.status, email: result.email };
    return Response.json(outcome, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, `letter on campaign ${slug}`, request);
  }
}

/** The body as an object; submitLetter validates every field. */
async function readJson(request: Request): Promise<Omit<LetterInput, "campaign">> {
  // Requiring JSON also keeps plain cross-site HTML forms out: they cannot send this content type.
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) {
    throw new AppError("INVALID_INPUT", errorText.delivery.sendLetterJsonContentType);
  }
  // Read only up to the limit (413 past it): a session-like cookie sends a post here through Next, which
  // does not bound a route handler's body.
  const text = await readBodyText(request, MAX_BODY_BYTES, errorText.delivery.letterFarTooLong);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", errorText.delivery.notValidJson);
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError("INVALID_INPUT", errorText.delivery.sendLettersFieldsOneJson);
  }
  return body as Omit<LetterInput, "campaign">;
}

/** The signed-in supporter (cross-site requests were already refused), or null without a session cookie. */
async function sessionFor(request: Request) {
  return hasSessionCookie(request) ? getSessionUser() : null;
}
