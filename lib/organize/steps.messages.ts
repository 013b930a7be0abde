import { defineMessages } from "@/lib/i18n/messages";

/** The alert sent when an organizer's own step opens: written in the campaign's language, for its supporters. */
export const stepAlertWords = defineMessages({
  en: {
    subject: (step: string) => `New step: ${step}`,
    opened: (organization: string, campaign: string, step: string) =>
      `${organization} has opened a new step in “${campaign}”: **${step}**.`,
    button: (step: string) => `Take this step: ${step}`,
  },
  es: {
    subject: (step: string) => `Nuevo paso: ${step}`,
    opened: (organization: string, campaign: string, step: string) =>
      `${organization} abrió un nuevo paso en “${campaign}”: **${step}**.`,
    button: (step: string) => `Da este paso: ${step}`,
  },
});
