import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locale";

/**
 * English / Español on every page: a plain form post to app/language/route.ts (no JavaScript needed). Each
 * language is named in itself and marked with its own lang, so a screen reader says it right.
 */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  return (
    <form method="post" action="/language" aria-label={label} className="flex items-center gap-1 text-sm">
      {LOCALES.map((option) =>
        option === locale ? (
          <span
            key={option}
            lang={option}
            aria-current="true"
            className="rounded px-2 py-1 font-semibold text-stone-900"
          >
            {LOCALE_NAMES[option]}
          </span>
        ) : (
          <button
            key={option}
            type="submit"
            name="to"
            value={option}
            lang={option}
            className="rounded px-2 py-1 text-brand-800 underline hover:bg-brand-50"
          >
            {LOCALE_NAMES[option]}
          </button>
        ),
      )}
    </form>
  );
}
