"use client";

import { useState } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";
import { useMessages } from "@/lib/i18n/client";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locale";
import { builderMessages } from "./messages";

type Choice = "visitor" | Locale;

/**
 * The campaign widget's embed code for the organizer's own site: the language it is in (each visitor's, or one
 * chosen), a read-only box (select it to copy, which works without JavaScript) and a Copy button. The widget is
 * the only Chorus page other sites may frame. `codes`: the snippet for each choice (./embed-section.tsx).
 */
export function EmbedCode({ codes, widgetUrl }: { codes: Record<Choice, string>; widgetUrl: string }) {
  const t = useMessages(builderMessages);
  const [message, setMessage] = useState("");
  const [choice, setChoice] = useState<Choice>("visitor");
  const hydrated = useHydrated();
  const code = codes[choice];
  return (
    <section aria-labelledby="embed-heading" className="mt-4 rounded border border-stone-300 bg-white p-3">
      <h2 id="embed-heading" className="font-semibold">
        {t.embedHeading}
      </h2>
      <p className="mt-1 text-sm text-stone-700">
        {t.embedIntro}{" "}
        <a
          href={choice === "visitor" ? widgetUrl : `${widgetUrl}?lang=${choice}`}
          target="_blank"
          rel="noopener"
          className="font-medium text-brand-800 underline"
        >
          {t.seeWidget}
          <span className="sr-only">{t.newTab}</span>
        </a>
      </p>
      <label htmlFor="embed-language" className="mt-2 block font-medium">
        {t.embedLanguage}
      </label>
      <select
        id="embed-language"
        value={choice}
        onChange={(event) => {
          setChoice(event.target.value as Choice);
          setMessage("");
        }}
        aria-describedby="embed-language-hint"
        className="mt-1 block rounded border border-stone-400 bg-white px-2 py-1.5"
      >
        <option value="visitor">{t.embedEachVisitor}</option>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
      <p id="embed-language-hint" className="mt-1 text-sm text-stone-700">
        {t.embedLanguageHint}
      </p>
      <label htmlFor="embed-code" className="mt-2 block font-medium">
        {t.embedCode}
      </label>
      <textarea
        id="embed-code"
        readOnly
        rows={3}
        value={code}
        onFocus={(event) => event.currentTarget.select()}
        className="mt-1 block w-full rounded border border-stone-400 bg-stone-50 px-2 py-1.5 font-mono text-sm"
      />
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button
          type="button"
          hidden={!hydrated}
          onClick={() => {
            if (!navigator.clipboard) {
              setMessage(t.copyYourself);
              return;
            }
            navigator.clipboard.writeText(code).then(
              () => setMessage(t.copied),
              () => setMessage(t.copyYourself),
            );
          }}
          className="rounded border border-stone-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100"
        >
          {t.copyEmbed}
        </button>
        <p aria-live="polite" className="text-sm text-green-900">
          {message}
        </p>
      </div>
    </section>
  );
}
