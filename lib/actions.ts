/**
 * The shape every server action returns, for `useActionState`: a message for the person, and errors tied to
 * the fields they belong to. Form values are strings; schemas use z.coerce where they need numbers. Client
 * components import this file; the server side (parseForm, errorState) is lib/server-actions.ts.
 */

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
