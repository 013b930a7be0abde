import { isLocale } from "@/lib/i18n/locale";
import { getLocale } from "@/lib/i18n/server";
import { languageNote } from "./language-note.messages";

/**
 * When the organizers have not translated the campaign into the reader's language, its words are shown as they
 * wrote them (each marked with their language's lang) with this short note in the reader's own language.
 */
export async function LanguageNote({ language }: { language: string }) {
  const locale = await getLocale();
  if (language === locale || !isLocale(language)) return null;
  return <p className="mt-2 text-sm text-stone-600">{languageNote[locale][language]}</p>;
}
