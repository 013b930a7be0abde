import { defineMessages } from "@/lib/i18n/messages";

/** What the one-click unsubscribe answers in plain text (a mail provider's POST, or a person's). */
export const unsubscribeMessages = defineMessages({
  en: {
    invalid: "This unsubscribe link is not valid.",
    done: "You will get no more updates from this organization.",
  },
  es: {
    invalid: "Este enlace para cancelar la suscripción no es válido.",
    done: "Ya no recibirás más novedades de esta organización.",
  },
});
