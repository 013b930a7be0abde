import { catalog as accounts } from "./catalog/accounts";
import { catalog as campaigns } from "./catalog/campaigns";
import { catalog as common } from "./catalog/common";
import { catalog as delivery } from "./catalog/delivery";
import { catalog as groups } from "./catalog/groups";
import { catalog as letters } from "./catalog/letters";
import { catalog as officials } from "./catalog/officials";
import { catalog as organize } from "./catalog/organize";
import { catalog as pledges } from "./catalog/pledges";
import { catalog as security } from "./catalog/security";
import { catalog as translations } from "./catalog/translations";
import type { Locale } from "./locale";

/**
 * Spanish for the messages the data layer writes in English (AppError messages, zod messages): the data layer
 * stays in one language, and what reaches a person is translated on the way out (lib/actions.ts: parseForm,
 * errorState; route handlers through errorResponse). One catalog per area in ./catalog/: an exact entry per
 * message, and a pattern for a message that carries a name or a number (it must match the whole message). A
 * message with no entry stays in English, and lib/i18n/untranslated.test.ts finds it.
 */
export type Catalog = {
  exact: Record<string, string>;
  patterns: [RegExp, (match: RegExpExecArray) => string][];
};

export const CATALOGS: Catalog[] = [
  common,
  campaigns,
  letters,
  security,
  officials,
  accounts,
  groups,
  pledges,
  organize,
  translations,
  delivery,
];
const EXACT = new Map(CATALOGS.flatMap((c) => Object.entries(c.exact)));
const PATTERNS = CATALOGS.flatMap((c) => c.patterns);

export function translateError(message: string, locale: Locale): string {
  if (locale === "en") return message;
  const exact = EXACT.get(message);
  if (exact) return exact;
  for (const [pattern, spanish] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return spanish(match);
  }
  return message;
}

/** Whether a message has a translation (the scanner's test). */
export function hasTranslation(message: string): boolean {
  return EXACT.has(message) || PATTERNS.some(([pattern]) => pattern.test(message));
}
