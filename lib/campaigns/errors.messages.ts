import { defineMessages } from "@/lib/i18n/messages";

/**
 * Errors of the campaign page and its actions: joining, steps (lib/campaigns). Thrown as
 * `errorText.campaigns.<key>` (lib/i18n/errors.ts).
 */
export const campaignsErrors = defineMessages({
  en: {
    couldntFindCampaignClosed: "We couldn't find that campaign, or it has closed.",
    couldntFindCampaign: "We couldn't find that campaign.",
    couldntFindStepOrganizersMay: "We couldn't find that step. The organizers may have closed it.",
  },
  es: {
    couldntFindCampaignClosed: "No encontramos esa campaña, o ya terminó.",
    couldntFindCampaign: "No encontramos esa campaña.",
    couldntFindStepOrganizersMay: "No encontramos ese paso. Puede que el equipo organizador lo haya cerrado.",
  },
});
