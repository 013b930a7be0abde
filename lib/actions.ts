/**
 * The shape every server action returns, for `useActionState`: a message for the person, and errors tied to
 * the fields they belong to. Form values are strings; schemas use z.coerce where they need numbers.
 */
import type { z } from "zod";
import { AppError, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "./errors";

export type ActionState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
  /** A place to go next, shown with the message (e.g. a receipt). */
  link?: { href: string; label: string };
  /** The campaign's next step after this action, in its organizer's order (lib/campaigns/steps.ts). */
  next?: { href: string; label: string } | null;
};

export const idleState: ActionState = { status: "idle" };

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  // Every action is a public endpoint: a crafted call can put anything where the form goes (e2e/actions.spec.ts).
  if (!(formData instanceof FormData)) return values;
  for (const [key, value] of formData.entries()) {
    // U+0000 is never typed by a person and Postgres text cannot hold it: dropped here for every form.
    if (typeof value === "string" && !key.startsWith("$")) values[key] = value.replaceAll("\u0000", "");
  }
  return values;
}

export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
): { ok: true; data: z.infer<S> } | { ok: false; state: ActionState } {
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? "form");
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
  }
  return {
    ok: false,
    state: { status: "error", message: "Please check the highlighted fields.", fieldErrors, values },
  };
}

/** Turns a thrown AppError into a state the form can show; anything else is logged and kept generic. */
export function errorState(error: unknown, values?: Record<string, string>): ActionState {
  if (error instanceof AppError) {
    return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values };
  }
  if (isDatabaseUnavailable(error)) {
    console.error("[action] the database is unavailable:", (error as Error).message);
    return { status: "error", message: DATABASE_UNAVAILABLE_MESSAGE, values };
  }
  console.error("[action] unexpected error:", error);
  return {
    status: "error",
    message: "Something went wrong on our side. Please try again in a moment.",
    values,
  };
}
