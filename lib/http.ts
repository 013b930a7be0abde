/**
 * JSON error responses for route handlers: `{ error: { code, message, fields? } }` with the AppError's status
 * (`fields` names the input fields at fault, each with its messages), and a generic 500 for anything unexpected
 * (logged with context, never shown).
 */
import { env } from "@/lib/env";
import { AppError, DATABASE_UNAVAILABLE_MESSAGE, httpStatus, isDatabaseUnavailable } from "@/lib/errors";

/** Public, slow-changing answers (officials change only with an import): browsers and CDNs may keep them. */
export const PUBLIC_CACHE = "public, max-age=300, s-maxage=3600";

export function errorResponse(error: unknown, context: string): Response {
  if (error instanceof AppError) {
    const fields = error.fieldErrors ? { fields: error.fieldErrors } : {};
    const retryAfter = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
    return Response.json(
      { error: { code: error.code, message: error.message, ...fields } },
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
    return Response.json(
      { error: { code: "UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE } },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "30" } },
    );
  }
  console.error(`[api] ${context}:`, error);
  return Response.json(
    {
      error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again in a moment." },
    },
    { status: 500, headers: { "Cache-Control": "no-store" } },
  );
}

export function invalidInput(message: string): Response {
  return errorResponse(new AppError("INVALID_INPUT", message), "invalid input");
}

/**
 * State-changing route handlers call this first: a browser request from another site (or from a sandboxed
 * frame, `Origin: null`) gets 403 and changes nothing. Requests without an Origin header are not from a
 * browser's cross-site form or script (browsers always send it on POST), such as a provider's webhook.
 */
export function rejectCrossOrigin(request: Request): Response | null {
  const origin = request.headers.get("origin");
  if (origin === null) return null;
  const allowed = new Set([new URL(env.appUrl).origin, new URL(request.url).origin]);
  if (origin !== "null" && allowed.has(origin)) return null;
  return Response.json(
    {
      error: { code: "FORBIDDEN", message: "This request came from another site, so we did not accept it." },
    },
    { status: 403, headers: { "Cache-Control": "no-store" } },
  );
}
