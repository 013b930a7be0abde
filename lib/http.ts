/**
 * JSON error responses for route handlers: `{ error: { code, message, fields? } }` with the AppError's status
 * (`fields` names the input fields at fault, each with its messages), and a generic 500 for anything unexpected
 * (logged with context, never shown). The data layer's error texts (keys into the error dictionaries,
 * lib/i18n/errors.ts) are put into words here in the request's language; codes and field names stay as they are.
 */
import { getSessionUser } from "@/lib/auth";
import { hasSessionCookie } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { AppError, DATABASE_UNAVAILABLE_MESSAGE, httpStatus, isDatabaseUnavailable } from "@/lib/errors";
import { describeError, describeFieldErrors, type ErrorText, errorText } from "@/lib/i18n/errors";
import { DEFAULT_LOCALE, type Locale, localeFromCookieHeader, pickLocale } from "@/lib/i18n/locale";
import { getLocale } from "@/lib/i18n/server";

/** Public, slow-changing answers (officials change only with an import): browsers and CDNs may keep them. */
export const PUBLIC_CACHE = "public, max-age=300, s-maxage=3600";

const INTERNAL_MESSAGE = errorText.common.somethingWentWrongOurSide;

/**
 * The language of a route handler's request, read from the request itself (as getLocale reads it in a render):
 * the language switch's cookie, then the signed-in account, then Accept-Language. Without the request, this
 * render's getLocale. A handler that already read the session passes its user (or null) as `signedIn`.
 * Never fails: an error response must go out even when the database is away.
 */
export async function requestLocale(
  request?: Request,
  signedIn?: { language?: string | null } | null,
): Promise<Locale> {
  if (!request) return getLocale().catch(() => DEFAULT_LOCALE);
  const cookie = localeFromCookieHeader(request.headers.get("cookie"));
  if (cookie) return cookie;
  const user =
    signedIn !== undefined
      ? signedIn
      : hasSessionCookie(request)
        ? await getSessionUser().catch(() => null)
        : null;
  return pickLocale({ account: user?.language, acceptLanguage: request.headers.get("accept-language") });
}

/** The JSON error for `error`, in the language of `request` (or of the current request when not given). */
export async function errorResponse(error: unknown, context: string, request?: Request): Promise<Response> {
  if (error instanceof AppError) {
    const locale = await requestLocale(request);
    const fields = error.fieldErrors ? { fields: describeFieldErrors(error.fieldErrors, locale) } : {};
    const retryAfter = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
    return Response.json(
      { error: { code: error.code, message: describeError(error.text, locale), ...fields } },
      {
        status: httpStatus(error.code),
        headers: {
          "Cache-Control": "no-store",
          ...(retryAfter ? { "Retry-After": String(retryAfter) } : {}),
        },
      },
    );
  }
  if (isDatabaseUnavailable(error)) {
    // Not a bug: the database is away (restarting, unreachable). Say so, and when to try again.
    console.error(`[api] ${context}: the database is unavailable:`, (error as Error).message);
    const locale = await requestLocale(request);
    return Response.json(
      { error: { code: "UNAVAILABLE", message: describeError(DATABASE_UNAVAILABLE_MESSAGE, locale) } },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "30" } },
    );
  }
  console.error(`[api] ${context}:`, error);
  const locale = await requestLocale(request);
  return Response.json(
    { error: { code: "INTERNAL", message: describeError(INTERNAL_MESSAGE, locale) } },
    { status: 500, headers: { "Cache-Control": "no-store" } },
  );
}

export async function invalidInput(message: ErrorText, request?: Request): Promise<Response> {
  return errorResponse(new AppError("INVALID_INPUT", message), "invalid input", request);
}

/**
 * State-changing route handlers call this first: a browser request from another site (or from a sandboxed
 * frame, `Origin: null`) gets 403 and changes nothing. Requests without an Origin header are not from a
 * browser's cross-site form or script (browsers always send it on POST), such as a provider's webhook.
 * The refusal is in the language the request's cookie or Accept-Language asks for (no account lookup: a
 * request from another site gets no further than this).
 */
export function rejectCrossOrigin(request: Request): Response | null {
  const origin = request.headers.get("origin");
  if (origin === null) return null;
  const allowed = new Set([new URL(env.appUrl).origin, new URL(request.url).origin]);
  if (origin !== "null" && allowed.has(origin)) return null;
  const locale = pickLocale({
    cookie: localeFromCookieHeader(request.headers.get("cookie")),
    acceptLanguage: request.headers.get("accept-language"),
  });
  const message = errorText.common.requestCameFromAnotherSite;
  return Response.json(
    { error: { code: "FORBIDDEN", message: describeError(message, locale) } },
    { status: 403, headers: { "Cache-Control": "no-store" } },
  );
}

/** What a person reads when a request's body is over its route's limit (413). */
export const TOO_LARGE_MESSAGE = errorText.common.requestTooLargeUsRead;

/**
 * A request's body as text, at most `maxBytes` of it: refused from Content-Length before reading anything, and
 * otherwise read as a stream that stops (and is cancelled) as soon as it passes the limit, so a huge body never
 * sits in memory. Throws AppError TOO_LARGE (413, `message` or a general one) past the limit.
 */
export async function readBodyText(
  request: Request,
  maxBytes: number,
  message = TOO_LARGE_MESSAGE,
): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, maxBytes, message));
}

/** A form post's fields (urlencoded or multipart), read within `maxBytes` as readBodyText reads. */
export async function readBodyForm(
  request: Request,
  maxBytes: number,
  message = TOO_LARGE_MESSAGE,
): Promise<FormData> {
  const bytes = await readBodyBytes(request, maxBytes, message);
  const type = request.headers.get("content-type") ?? "";
  return new Response(bytes, { headers: { "content-type": type } }).formData();
}

async function readBodyBytes(
  request: Request,
  maxBytes: number,
  message: ErrorText,
): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () => new AppError("TOO_LARGE", message);
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await request.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
