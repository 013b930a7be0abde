import type { Locale } from "./locale";

/** Intl's tag for each language (US English; Spanish as read in the United States). */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-US", es: "es-US" };

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], options).format(value);
}

export function formatDate(locale: Locale, date: Date, options?: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], options ?? { dateStyle: "medium" }).format(date);
}

/** "a, b and c" / "a, b y c". */
export function formatList(locale: Locale, items: string[]): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { style: "long", type: "conjunction" }).format(items);
}
