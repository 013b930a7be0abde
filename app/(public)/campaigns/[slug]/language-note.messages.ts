import { defineMessages } from "@/lib/i18n/messages";

/** The note on a campaign shown in another language than the reader's (no translation in theirs). */
export const languageNote = defineMessages({
  en: {
    en: "This campaign is in English.",
    es: "This campaign is in Spanish.",
  },
  es: {
    en: "Esta campaña está en inglés.",
    es: "Esta campaña está en español.",
  },
});
