import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locale";

/**
 * English / Español on every page: a plain form post to app/language/route.ts (no JavaScript needed). Each
 * language is named in itself and marked with its own lang, so a screen reader says it right. On a phone the
 * menu has room for the other language's code only ("ES"); the full name is still what a screen reader says.
 */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  return (
    <form
      method="post"
      action="/language"
      aria-label={label}
      className="flex items-center gap-1 text-[13px] sm:text-sm"
    >
      {LOCALES.map((option) =>
        option === locale ? (
          <span
            key={option}
            lang={option}
            aria-current="true"
            className="sr-only rounded px-2 py-1 font-semibold text-stone-900 sm:not-sr-only"
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
            className="rounded px-1.5 py-1 text-brand-800 underline hover:bg-brand-50 sm:px-2"
          >
            <span aria-hidden="true" className="uppercase sm:hidden">
              {option}
            </span>
            <span className="sr-only sm:not-sr-only">{LOCALE_NAMES[option]}</span>
          </button>
        ),
      )}
    </form>
  );
}
