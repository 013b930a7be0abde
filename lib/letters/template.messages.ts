import { defineMessages } from "@/lib/i18n/messages";

/** What the supporter reads at each level of the "how personal" measure (also handed to public/enhance.js). */
export const PERSONALIZATION_LABELS = defineMessages({
  en: {
    template: "This is the campaign's letter, word for word.",
    some: "Some of this is in your own words.",
    personal: "This letter is personal: thank you.",
  },
  es: {
    template: "Esta es la carta de la campaña, palabra por palabra.",
    some: "Una parte está en tus propias palabras.",
    personal: "Esta carta es personal: gracias.",
  },
});
