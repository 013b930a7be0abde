import { defineMessages } from "@/lib/i18n/messages";

/** The answer to an address whose path does not decode (lib/security/malformed-path.ts). */
export const malformedPathWords = defineMessages({
  en: { invalidAddress: "That address is not valid. Please check the link and try again." },
  es: { invalidAddress: "Esa dirección no es válida. Revisa el enlace e inténtalo de nuevo." },
});
