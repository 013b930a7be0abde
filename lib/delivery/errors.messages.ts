import { defineMessages } from "@/lib/i18n/messages";

/** Why a webhook was refused (lib/email/webhooks.ts), in Spanish; another reason is shown as it came. */
const WEBHOOK_REASONS_ES: Record<string, string> = {
  "missing signature headers": "faltan los encabezados de la firma",
  "timestamp outside the allowed five minutes":
    "la marca de tiempo está fuera de los cinco minutos permitidos",
  "signature does not match": "la firma no coincide",
};

/**
 * Errors of the route handlers' own checks (app/api) and delivery. Thrown as `errorText.delivery.<key>`
 * (lib/i18n/errors.ts).
 */
export const deliveryErrors = defineMessages({
  en: {
    alreadyWrittenCampaignNothingNew: "You have already written for this campaign, so nothing new was sent.",
    sendLetterJsonContentType: "Send the letter as JSON (Content-Type: application/json).",
    letterFarTooLong: "That letter is far too long.",
    notValidJson: "That is not valid JSON.",
    sendLettersFieldsOneJson: "Send the letter's fields as one JSON object.",
    webhooksNotConfigured: "Webhooks are not configured.",
    webhookRefused: ({ reason }: { reason: string }) => `Webhook refused: ${reason}.`,
    webhookNotResendEvent: "The webhook body is not a Resend event.",
  },
  es: {
    alreadyWrittenCampaignNothingNew: "Ya escribiste para esta campaña, así que no se envió nada nuevo.",
    sendLetterJsonContentType: "Envía la carta como JSON (Content-Type: application/json).",
    letterFarTooLong: "Esa carta es demasiado larga.",
    notValidJson: "Eso no es un JSON válido.",
    sendLettersFieldsOneJson: "Envía los campos de la carta como un solo objeto JSON.",
    webhooksNotConfigured: "Los webhooks no están configurados.",
    webhookRefused: ({ reason }: { reason: string }) =>
      `Webhook rechazado: ${WEBHOOK_REASONS_ES[reason] ?? reason}.`,
    webhookNotResendEvent: "El cuerpo del webhook no es un evento de Resend.",
  },
});
