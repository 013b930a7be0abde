import "server-only";
import type { z } from "zod";
import { type ActionState, formValues } from "./actions";
import { AppError, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "./errors";
import { describeError, describeFieldErrors, errorText } from "./i18n/errors";
import { getLocale } from "./i18n/server";

/**
 * Checks a form against its schema; the messages (error texts, lib/i18n/errors.ts) come back in the request's
 * language.
 */
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
    fieldErrors[key] = [...(fieldErrors[key] ?? []), describeError(issue.message, locale)];
  }
  return {
    ok: false,
    state: {
      status: "error",
      message: describeError(errorText.common.checkHighlightedFields, locale),
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
      message: describeError(error.text, locale),
      fieldErrors: describeFieldErrors(error.fieldErrors, locale),
      values,
    };
  }
  if (isDatabaseUnavailable(error)) {
    console.error("[action] the database is unavailable:", (error as Error).message);
    return { status: "error", message: describeError(DATABASE_UNAVAILABLE_MESSAGE, locale), values };
  }
  console.error("[action] unexpected error:", error);
  return {
    status: "error",
    message: describeError(errorText.common.somethingWentWrongOurSide, locale),
    values,
  };
}
