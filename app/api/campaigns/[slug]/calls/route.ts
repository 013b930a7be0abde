import { getSessionUser } from "@/lib/auth";
import { hasSessionCookie } from "@/lib/auth/session";
import { CallRefusal, findCallsForSupporter, recordCallOutcome } from "@/lib/calls/calls";
import { callWords } from "@/lib/calls/messages";
import { AppError } from "@/lib/errors";
import { errorResponse, readBodyText, rejectCrossOrigin, requestLocale } from "@/lib/http";
import type { Locale } from "@/lib/i18n/locale";
import { clientIp } from "@/lib/security/rate-limit";

export const dynamic = "force-dynamic";

/** An outcome is a few short fields. */
const MAX_BODY_BYTES = 4 * 1024;

type Props = { params: Promise<{ slug: string }> };

const NO_STORE = { "Cache-Control": "no-store" };

const CODES: Record<CallRefusal["status"], string> = {
  400: "INVALID_INPUT",
  404: "NOT_FOUND",
  413: "TOO_LARGE",
  422: "NOT_A_TARGET",
  429: "RATE_LIMITED",
};

/** A refusal as `{ error: { code, message, fields? } }`, the shape of every JSON error (lib/http.ts). */
function refusalResponse(refusal: CallRefusal, locale: Locale): Response {
  const errors = callWords[locale].errors;
  const message =
    refusal.key === "unknownZip" ? errors.unknownZip(refusal.detail.zip ?? "") : errors[refusal.key];
  const retryAfter = refusal.detail.retryAfterSeconds;
  return Response.json(
    {
      error: {
        code: CODES[refusal.status],
        message,
        ...(refusal.field ? { fields: { [refusal.field]: [message] } } : {}),
      },
    },
    {
      status: refusal.status,
      headers: { ...NO_STORE, ...(retryAfter ? { "Retry-After": String(retryAfter) } : {}) },
    },
  );
}

async function sessionFor(request: Request) {
  return hasSessionCookie(request) ? getSessionUser() : null;
}

/**
 * `?zip=60623[&district=IL-7]`: the open call step's script, call-in window and, for each official this caller
 * is asked to call, the numbers (with whether each office is likely open now) and the script filled in. A split
 * ZIP whose targets need the district answers `ambiguous: true` with the `districts` to choose from (as
 * /api/officials). 400 for a missing or malformed ZIP or district, 404 for an unknown ZIP, or a campaign that
 * is not there or asks for no calls.
 */
export async function GET(request: Request, { params }: Props) {
  const { slug } = await params;
  const search = new URL(request.url).searchParams;
  let locale: Locale = "en";
  try {
    const actor = await sessionFor(request);
    locale = await requestLocale(request, actor);
    const answer = await findCallsForSupporter(
      actor,
      slug,
      {
        zip: search.get("zip") ?? undefined,
        district: search.get("district") ?? undefined,
        step: search.get("step") ?? undefined,
      },
      { locale, ip: clientIp(request.headers), userAgent: request.headers.get("user-agent") },
    );
    return Response.json(answer, { headers: NO_STORE });
  } catch (error) {
    if (error instanceof CallRefusal) return refusalResponse(error, locale);
    return errorResponse(error, `calls on campaign ${slug}`, request);
  }
}

/**
 * `{ officialId, outcome: "reached"|"voicemail"|"busy"|"skipped", zip, district?, stamp? }` (the stamp from the
 * GET answer, for callers without an account): 201 with `status: "recorded"`, or 200 `status: "updated"` when
 * this caller had already reported on this official (the outcome is replaced, nothing is added). 422 for an
 * official this caller is not asked to call; 400, 403 (another site), 404, 413 and 429 as for letters.
 */
export async function POST(request: Request, { params }: Props) {
  const refused = rejectCrossOrigin(request);
  if (refused) return refused;
  const { slug } = await params;
  let locale: Locale = "en";
  try {
    const actor = await sessionFor(request);
    locale = await requestLocale(request, actor);
    const body = await readJson(request);
    const answer = await recordCallOutcome(actor, slug, body, {
      locale,
      ip: clientIp(request.headers),
      userAgent: request.headers.get("user-agent"),
    });
    return Response.json(answer, { status: answer.status === "recorded" ? 201 : 200, headers: NO_STORE });
  } catch (error) {
    if (error instanceof CallRefusal) return refusalResponse(error, locale);
    return errorResponse(error, `call outcome on campaign ${slug}`, request);
  }
}

async function readJson(request: Request): Promise<Record<string, unknown>> {
  // Requiring JSON also keeps plain cross-site HTML forms out: they cannot send this content type.
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) {
    throw new CallRefusal(400, "badJson");
  }
  let text: string;
  try {
    text = await readBodyText(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof AppError && error.code === "TOO_LARGE") throw new CallRefusal(413, "tooLarge");
    throw error;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new CallRefusal(400, "badJson");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new CallRefusal(400, "badJson");
  return body as Record<string, unknown>;
}
