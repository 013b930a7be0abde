/**
 * The two languages Chorus speaks, and how a request's language is chosen: the person's own choice (the
 * `chorus_lang` cookie the switch sets, or their account's language), then the browser's Accept-Language, then
 * English. Pure functions: the page cache (edge/page-cache.ts) keys its copies with the same rule.
 */
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** Set by the language switch (app/language/route.ts); not a session: a cached page may still be served. */
export const LOCALE_COOKIE = "chorus_lang";
/** Each language's name in itself, as the switch shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", es: "Español" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The languages an Accept-Language header asks for, best first (q-values honored, "es-MX" read as "es"). */
export function acceptedLocales(header: string | null | undefined): Locale[] {
  if (!header) return [];
  const ranked: { locale: Locale; q: number; order: number }[] = [];
  header.split(",").forEach((part, order) => {
    const [tag = "", ...params] = part.trim().split(";");
    const base = tag.trim().toLowerCase().split("-")[0];
    let q = 1;
    for (const param of params) {
      const [name, value] = param.trim().split("=");
      if (name === "q") q = Number(value);
    }
    if (isLocale(base) && Number.isFinite(q) && q > 0) ranked.push({ locale: base, q, order });
  });
  ranked.sort((a, b) => b.q - a.q || a.order - b.order);
  return [...new Set(ranked.map((r) => r.locale))];
}

/** The chorus_lang value in a Cookie header, if it names a language Chorus speaks. */
export function localeFromCookieHeader(cookie: string | null | undefined): Locale | null {
  const match = /(?:^|;\s*)chorus_lang=([a-z]{2})(?:;|$)/.exec(cookie ?? "");
  return match && isLocale(match[1]) ? match[1] : null;
}

/** The person's choice first (cookie, then account), then the browser's languages, then English. */
export function pickLocale(choice: {
  cookie?: string | null;
  account?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(choice.cookie)) return choice.cookie;
  if (isLocale(choice.account)) return choice.account;
  return acceptedLocales(choice.acceptLanguage)[0] ?? DEFAULT_LOCALE;
}
