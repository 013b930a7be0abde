import "server-only";
import type { z } from "zod";
import { type ActionState, formValues } from "./actions";
import { AppError, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "./errors";
import { translateError } from "./i18n/errors";
import type { Locale } from "./i18n/locale";
import { getLocale } from "./i18n/server";

/** Checks a form against its schema; the messages come back in the request's language (lib/i18n/errors.ts). */
export async function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; state: ActionState }> {
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const locale = await getLocale();
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? "form");
    fieldErrors[key] = [...(fieldErrors[key] ?? []), translateError(issue.message, locale)];
  }
  return {
    ok: false,
    state: {
      status: "error",
      message: translateError("Please check the highlighted fields.", locale),
      fieldErrors,
      values,
    },
  };
}

/**
 * Turns a thrown AppError into a state the form can show, in the request's language; anything else is logged
 * and kept generic.
 */
export async function errorState(error: unknown, values?: Record<string, string>): Promise<ActionState> {
  const locale = await getLocale();
  if (error instanceof AppError) {
    return {
      status: "error",
      message: translateError(error.message, locale),
      fieldErrors: translateFieldErrors(error.fieldErrors, locale),
      values,
    };
  }
  if (isDatabaseUnavailable(error)) {
    console.error("[action] the database is unavailable:", (error as Error).message);
    return { status: "error", message: translateError(DATABASE_UNAVAILABLE_MESSAGE, locale), values };
  }
  console.error("[action] unexpected error:", error);
  return {
    status: "error",
    message: translateError("Something went wrong on our side. Please try again in a moment.", locale),
    values,
  };
}

function translateFieldErrors(
  fieldErrors: Record<string, string[]> | undefined,
  locale: Locale,
): Record<string, string[]> | undefined {
  if (!fieldErrors) return undefined;
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, messages]) => [
      field,
      messages.map((m) => translateError(m, locale)),
    ]),
  );
}
