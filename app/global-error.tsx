"use client";

import { useState } from "react";
import { acceptedLocales, DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locale";
import { errorPages } from "./errors.messages";

/**
 * Replaces the root layout, so there is no server and no LocaleProvider here: the language is the one the page
 * was in (<html lang> before this replaced it), else the browser's. Both dictionaries are bundled.
 */
function clientLocale(): Locale {
  const lang = document.documentElement.lang;
  if (isLocale(lang)) return lang;
  return acceptedLocales(navigator.languages?.join(",") || navigator.language)[0] ?? DEFAULT_LOCALE;
}

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // Read before this component's own <html lang> is committed over the page's.
  const [locale] = useState<Locale>(() =>
    typeof document === "undefined" ? DEFAULT_LOCALE : clientLocale(),
  );
  const t = errorPages[locale];
  return (
    <html lang={locale}>
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", textAlign: "center" }}>
        <h1>{t.globalHeading}</h1>
        <p>{t.errorText}</p>
        <button type="button" onClick={reset}>
          {t.tryAgain}
        </button>
      </body>
    </html>
  );
}
