import { defineMessages } from "@/lib/i18n/messages";

/** The pages shown when something is missing or broken (not-found, error, global-error). */
export const errorPages = defineMessages({
  en: {
    notFoundHeading: "We could not find that page",
    notFoundText: "The link may be old, or the campaign may have moved. Nothing you did caused this.",
    seeCampaigns: "See open campaigns",
    errorHeading: "Something went wrong on our side",
    errorText: "Nothing you submitted has been lost. Please try again in a moment.",
    reference: "Reference:",
    tryAgain: "Try again",
    globalHeading: "Chorus is having trouble right now",
  },
  es: {
    notFoundHeading: "No encontramos esa página",
    notFoundText:
      "Puede que el enlace sea viejo o que la campaña se haya movido. No es por algo que hiciste.",
    seeCampaigns: "Ver campañas abiertas",
    errorHeading: "Algo salió mal de nuestro lado",
    errorText: "No se perdió nada de lo que enviaste. Inténtalo de nuevo en un momento.",
    reference: "Referencia:",
    tryAgain: "Intentar de nuevo",
    globalHeading: "Chorus tiene problemas en este momento",
  },
});
