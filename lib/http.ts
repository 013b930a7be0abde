/**
 * JSON error responses for route handlers: `{ error: { code, message, fields? } }` with the AppError's status
 * (`fields` names the input fields at fault, each with its messages), and a generic 500 for anything unexpected
 * (logged with context, never shown).
 */
import { AppError, httpStatus } from "@/lib/errors";

/** Public, slow-changing answers (officials change only with an import): browsers and CDNs may keep them. */
export const PUBLIC_CACHE = "public, max-age=300, s-maxage=3600";

export function errorResponse(error: unknown, context: string): Response {
  if (error instanceof AppError) {
    const fields = error.fieldErrors ? { fields: error.fieldErrors } : {};
    return Response.json(
      { error: { code: error.code, message: error.message, ...fields } },
      { status: httpStatus(error.code), headers: { "Cache-Control": "no-store" } },
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
