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
/** "de la Cámara" / "del Senado", as a message names the chamber. */
const chamberEs = (name: string | undefined) => (name === "House" ? "de la Cámara" : "del Senado");
const reason = (text: string | undefined) => (text === undefined ? "" : (REASONS[text] ?? text));

/** Delivery, email, webhooks and the route handlers' own errors (lib/delivery, lib/email, app/api). */
export const catalog: Catalog = {
  exact: {
    ...REASONS,
    // Stored on a delivery (deliveries.last_error) and shown on the letter's receipt.
    "This address bounced or refused earlier email, so we did not send to it again.":
      "Esta dirección rebotó o rechazó correos anteriores, así que no le volvimos a escribir.",
    // Congress (CWC): why a letter became a hand-off (deliveries.last_error) and the dashboard's alerts.
    "No explanation was given.": "No se dio ninguna explicación.",
    "The campaign has no Library of Congress topic.":
      "La campaña no tiene ningún tema de la Biblioteca del Congreso.",
    "The Senate takes only Mr., Mrs., Miss, Ms. or Dr. as a title.":
      "El Senado solo acepta Mr., Mrs., Miss, Ms. o Dr. como tratamiento.",
    "The chamber refused our API key.": "La cámara rechazó nuestra clave de API.",
    "The chamber refused access: check the API key, and that we send from an allow-listed address.":
      "La cámara rechazó el acceso: revisa la clave de API y que enviemos desde una dirección autorizada.",
    "The chamber's address was not found: check the base URL.":
      "No se encontró la dirección de la cámara: revisa la URL base.",
    "The chamber refused the content type.": "La cámara rechazó el tipo de contenido.",
    "The chamber refused our requests.": "La cámara rechazó nuestras solicitudes.",
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
    [
      /^(.+)'s office is no longer on the (.+?)'s CWC list\.$/,
      (m) => `La oficina de ${m[1]} ya no está en la lista de CWC ${chamberEs(m[2])}.`,
    ],
    [
      /^We tried (\d+) times, but the (.+?)'s CWC did not take the message\.$/,
      (m) => `Lo intentamos ${m[1]} veces, pero el CWC ${chamberEs(m[2])} no aceptó el mensaje.`,
    ],
    [/^No answer from the (.+?)'s CWC: (.*)$/, (m) => `Sin respuesta del CWC ${chamberEs(m[1])}: ${m[2]}`],
    [/^The (.+?)'s CWC answered HTTP (\d+)\.$/, (m) => `El CWC ${chamberEs(m[1])} respondió HTTP ${m[2]}.`],
    [
      /^The (.+?) office's system refused the message \(HTTP (\d+)\): (.*)$/s,
      (m) =>
        `El sistema de la oficina ${m[1] === "House" ? "de la Cámara" : "del Senado"} rechazó el mensaje (HTTP ${m[2]}): ${m[3]}`,
    ],
    [
      /^The letter does not fit Congress's mail system: (.*)\.$/,
      (m) => `La carta no cabe en el sistema de correo del Congreso: ${m[1]}.`,
    ],
  ],
};
