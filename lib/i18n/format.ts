import type { Locale } from "./locale";

/** Intl's tag for each language (US English; Spanish as read in the United States). */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-US", es: "es-US" };

/**
 * Intl formatters are costly to make (a page's render made hundreds) and safe to share: one per language and
 * options, kept for the process's life (the options in use are a handful).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  kind: string,
  locale: Locale,
  options: object | undefined,
  make: () => T,
): T {
  const key = `${kind}:${locale}:${options ? JSON.stringify(options) : ""}`;
  let made = formatters.get(key) as T | undefined;
  if (!made) {
    // Options come from code, not people, but a bound keeps a mistake from growing without end.
    if (formatters.size >= 500) formatters.clear();
    made = make();
    formatters.set(key, made);
  }
  return made;
}

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return formatter("n", locale, options, () => new Intl.NumberFormat(INTL_LOCALE[locale], options)).format(
    value,
  );
}

export function formatDate(locale: Locale, date: Date, options?: Intl.DateTimeFormatOptions): string {
  const chosen = options ?? { dateStyle: "medium" as const };
  return formatter("d", locale, chosen, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], chosen)).format(
    date,
  );
}

/** "a, b and c" / "a, b y c". */
export function formatList(locale: Locale, items: string[]): string {
  return formatter(
    "l",
    locale,
    undefined,
    () => new Intl.ListFormat(INTL_LOCALE[locale], { style: "long", type: "conjunction" }),
  ).format(items);
}
