import { defineMessages } from "@/lib/i18n/messages";

/** Errors of the route handlers' own checks (app/api) and delivery. Thrown as `errorText.delivery.<key>` (lib/i18n/errors.ts). */
export const deliveryErrors = defineMessages({
  en: {
    alreadyWrittenCampaignNothingNew: "You have already written for this campaign, so nothing new was sent.",
    sendLetterJsonContentType: "Send the letter as JSON (Content-Type: application/json).",
    letterFarTooLong: "That letter is far too long.",
    notValidJson: "That is not valid JSON.",
    sendLettersFieldsOneJson: "Send the letter's fields as one JSON object.",
    webhooksNotConfigured: "Webhooks are not configured.",
  },
  es: {
    alreadyWrittenCampaignNothingNew: "Ya escribiste para esta campaña, así que no se envió nada nuevo.",
    sendLetterJsonContentType: "Envía la carta como JSON (Content-Type: application/json).",
    letterFarTooLong: "Esa carta es demasiado larga.",
    notValidJson: "Eso no es un JSON válido.",
    sendLettersFieldsOneJson: "Envía los campos de la carta como un solo objeto JSON.",
    webhooksNotConfigured: "Los webhooks no están configurados.",
  },
});
