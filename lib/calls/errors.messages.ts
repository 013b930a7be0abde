import { defineMessages } from "@/lib/i18n/messages";

/**
 * Errors of call campaigns that travel as AppErrors (lib/i18n/errors.ts). The call API's own refusals are
 * CallRefusals with their words in ./messages.ts.
 */
export const callsErrors = defineMessages({
  en: {
    tooManyCalls: "Many calls have been recorded from your network today. Please try again tomorrow.",
  },
  es: {
    tooManyCalls: "Hoy se registraron muchas llamadas desde tu red. Vuelve a intentarlo mañana.",
  },
});
