import { defineMessages } from "@/lib/i18n/messages";

/** The page a custom target's confirmation email links to (app/(public)/targets/confirm). */
export const targetConfirmPages = defineMessages({
  en: {
    title: "Confirm your address",
    heading: "May supporters write to you at this address?",
    body: (organization: string, target: string, email: string) =>
      `${organization} added ${email} on Chorus as “${target}”, the recipient of a campaign's letters. People who support the campaign would write to you here, each letter in their own name.`,
    why: "Nothing is sent to this address until you confirm. If it is not yours, or you don't want these letters, close this page: no letters will come.",
    button: "Yes, send these letters to this address",
    confirmedHeading: "Address confirmed",
    confirmedBody: (organization: string, email: string) =>
      `Thank you. Letters from ${organization}'s campaign now go to ${email}.`,
    goneHeading: "This link no longer works",
    expired: "Confirmation links work for 7 days, and this one has expired. Nothing is sent to this address.",
    notFound:
      "We couldn't find this confirmation link. Please check that you copied all of it. Nothing is sent to an address that nobody confirmed.",
  },
  es: {
    title: "Confirma tu dirección",
    heading: "¿Pueden los simpatizantes escribirte a esta dirección?",
    body: (organization: string, target: string, email: string) =>
      `${organization} agregó ${email} en Chorus como “${target}”, destinatario de las cartas de una campaña. Las personas que apoyan la campaña te escribirían aquí, cada carta en su propio nombre.`,
    why: "No se envía nada a esta dirección hasta que confirmes. Si no es tuya, o no quieres estas cartas, cierra esta página: no llegará ninguna carta.",
    button: "Sí, enviar estas cartas a esta dirección",
    confirmedHeading: "Dirección confirmada",
    confirmedBody: (organization: string, email: string) =>
      `Gracias. Las cartas de la campaña de ${organization} ahora van a ${email}.`,
    goneHeading: "Este enlace ya no funciona",
    expired:
      "Los enlaces de confirmación funcionan durante 7 días, y este venció. No se envía nada a esta dirección.",
    notFound:
      "No encontramos este enlace de confirmación. Revisa que lo hayas copiado completo. No se envía nada a una dirección que nadie confirmó.",
  },
});
