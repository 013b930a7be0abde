import type { Catalog } from "../errors";

/** The reasons a provider's refusal or a webhook's rejection carries (written inside longer messages). */
const REASONS: Record<string, string> = {
  "no response": "sin respuesta",
  "unknown error": "error desconocido",
  "empty response": "respuesta vacía",
  "missing signature headers": "faltan los encabezados de la firma",
  "timestamp outside the allowed five minutes":
    "la marca de tiempo está fuera de los cinco minutos permitidos",
  "signature does not match": "la firma no coincide",
};
const reason = (text: string | undefined) => (text === undefined ? "" : (REASONS[text] ?? text));

/** Delivery, email, webhooks and the route handlers' own errors (lib/delivery, lib/email, app/api). */
export const catalog: Catalog = {
  exact: {
    ...REASONS,
    // Stored on a delivery (deliveries.last_error) and shown on the letter's receipt.
    "This address bounced or refused earlier email, so we did not send to it again.":
      "Esta dirección rebotó o rechazó correos anteriores, así que no le volvimos a escribir.",
    // Resend's webhook (app/api/webhooks/resend, lib/email/webhooks.ts).
    "The webhook body is not a Resend event.": "El cuerpo del webhook no es un evento de Resend.",
    "Webhooks are not configured.": "Los webhooks no están configurados.",
    "Body too large.": "El cuerpo es demasiado grande.",
    // The letters API (app/api/campaigns/[slug]/letters).
    "You have already written for this campaign, so nothing new was sent.":
      "Ya escribiste para esta campaña, así que no se envió nada nuevo.",
    "Send the letter as JSON (Content-Type: application/json).":
      "Envía la carta como JSON (Content-Type: application/json).",
    "That letter is far too long.": "Esa carta es demasiado larga.",
    "That is not valid JSON.": "Eso no es un JSON válido.",
    "Send the letter's fields as one JSON object.": "Envía los campos de la carta como un solo objeto JSON.",
    // One official (app/api/officials/[...id]).
    "That is not an official's id.": "Ese no es el identificador de un representante.",
  },
  patterns: [
    [
      /^Email provider refused the message \((.+?)\): (.*)$/,
      (m) => `El proveedor de correo rechazó el mensaje (${reason(m[1])}): ${reason(m[2])}`,
    ],
    [/^Webhook refused: (.+)\.$/, (m) => `Webhook rechazado: ${reason(m[1])}.`],
  ],
};
