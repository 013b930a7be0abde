import { accountsErrors } from "@/lib/accounts/errors.messages";
import { callsErrors } from "@/lib/calls/errors.messages";
import { campaignsErrors } from "@/lib/campaigns/errors.messages";
import { deliveryErrors } from "@/lib/delivery/errors.messages";
import { groupsErrors } from "@/lib/groups/errors.messages";
import { lettersErrors } from "@/lib/letters/errors.messages";
import { officialsErrors } from "@/lib/officials/errors.messages";
import { organizeErrors } from "@/lib/organize/errors.messages";
import { pledgesErrors } from "@/lib/pledges/errors.messages";
import { securityErrors } from "@/lib/security/errors.messages";
import { commonErrors } from "./errors.messages";
import type { Locale } from "./locale";
import type { Messages } from "./messages";

/**
 * What an error says, by key: the data layer throws `new AppError(code, errorText.area.key)` (or
 * `errorText.area.key({ params })` for a message with names or numbers) and zod schemas use the same value as
 * their message; `describeError` turns it into words in the request's language (lib/server-actions.ts:
 * parseForm, errorState; route handlers through errorResponse). The words live in one typed dictionary per area
 * (`errors.messages.ts` beside the code, made with `defineMessages`, registered in AREAS below), so a message
 * without Spanish does not compile and no message is ever matched by its English.
 *
 * An ErrorText is a string (so zod can carry it as an issue's message): the key, then the parameters as JSON.
 */
export type ErrorText = string & { readonly __errorText: true };

const AREAS = {
  common: commonErrors,
  accounts: accountsErrors,
  calls: callsErrors,
  campaigns: campaignsErrors,
  delivery: deliveryErrors,
  groups: groupsErrors,
  letters: lettersErrors,
  officials: officialsErrors,
  organize: organizeErrors,
  pledges: pledgesErrors,
  security: securityErrors,
};
type Areas = typeof AREAS;

/** A dictionary entry: the words, or a function of typed parameters that writes them. */
type Entry = string | ((params: never) => string);
type Texts<T> = {
  [K in keyof T]: T[K] extends (params: infer P) => string ? (params: P) => ErrorText : ErrorText;
};

function texts<A extends keyof Areas>(area: A): Texts<Areas[A]["en"]> {
  const english = AREAS[area].en as Record<string, Entry>;
  return Object.fromEntries(
    Object.entries(english).map(([name, entry]) => {
      const key = `${area}.${name}`;
      return [
        name,
        typeof entry === "function" ? (params: object) => `${key} ${JSON.stringify(params)}` : key,
      ];
    }),
  ) as Texts<Areas[A]["en"]>;
}

/** Every error message, by area: `errorText.organize.titleRequired`, `errorText.pledges.onlyLeft({ left })`. */
export const errorText: { [A in keyof Areas]: Texts<Areas[A]["en"]> } = Object.fromEntries(
  Object.keys(AREAS).map((area) => [area, texts(area as keyof Areas)]),
) as { [A in keyof Areas]: Texts<Areas[A]["en"]> };

/** The key and parameters inside an ErrorText, or null for any other string (zod's own messages, say). */
export function parseErrorText(text: string): { area: keyof Areas; name: string; params?: unknown } | null {
  const space = text.indexOf(" ");
  const key = space === -1 ? text : text.slice(0, space);
  const [area, name, ...rest] = key.split(".");
  if (!area || !name || rest.length > 0 || !Object.hasOwn(AREAS, area)) return null;
  const entry = (AREAS[area as keyof Areas].en as Record<string, Entry>)[name];
  if (entry === undefined) return null;
  if (space === -1) return typeof entry === "string" ? { area: area as keyof Areas, name } : null;
  try {
    return { area: area as keyof Areas, name, params: JSON.parse(text.slice(space + 1)) };
  } catch {
    return null;
  }
}

/** Whether a string is one of our error texts. */
export function isErrorText(text: string): text is ErrorText {
  return parseErrorText(text) !== null;
}

/**
 * The words for an error text in a language. A string that is not an error text (a message zod wrote itself,
 * which our schemas always replace) falls back to the generic "Please check this." rather than showing code.
 */
export function describeError(text: string, locale: Locale): string {
  const parsed = parseErrorText(text);
  if (!parsed) return AREAS.common[locale].checkThis;
  const dictionary = AREAS[parsed.area] as Messages<Record<string, Entry>>;
  const entry = dictionary[locale][parsed.name];
  return typeof entry === "function" ? (entry as (params: unknown) => string)(parsed.params) : (entry ?? "");
}

/** An error's messages by field, in words in a language (undefined stays undefined). */
export function describeFieldErrors(
  fieldErrors: Record<string, readonly string[]> | undefined,
  locale: Locale,
): Record<string, string[]> | undefined {
  if (!fieldErrors) return undefined;
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, texts]) => [
      field,
      texts.map((text) => describeError(text, locale)),
    ]),
  );
}

/** Every area's dictionary (for tests). */
export const ERROR_DICTIONARIES: Record<string, Messages<Record<string, Entry>>> = AREAS as never;

/**
 * A zod issue's message as an error text: our schemas always give one, so zod's own English (a schema that
 * forgot) becomes the generic "Please check this." rather than reaching a person untranslated.
 */
export function issueText(message: string): ErrorText {
  return isErrorText(message) ? message : errorText.common.checkThis;
}

/** The messages of a zod error by field (the first path segment, or "form"), as error texts. */
export function issueTexts(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const fieldErrors: Record<string, ErrorText[]> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "form");
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issueText(issue.message)];
  }
  return fieldErrors;
}
