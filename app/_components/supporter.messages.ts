import { defineMessages } from "@/lib/i18n/messages";

/** The shared pieces of a supporter's actions: sharing after acting, the next step, the form guard. */
export const supporterWords = defineMessages({
  en: {
    shared: "Thank you for sharing!",
    shareFailed: "This device could not share it: use one of the other ways.",
    shareWithApp: "Share with an app on this device",
    passOn: {
      letter: "Pass it on: ask someone you know to write too",
      pledge: "Pass it on: ask someone you know to help too",
      join: "Pass it on: ask someone you know to join",
    },
    sendByEmail: "Send by email",
    sendByText: "Send by text message",
    copyMessage: "Copy the message",
    messageCopied: "Message copied. Paste it wherever you talk with people.",
    selectMessage: "Select the message above and copy it with your device's Copy command.",
    thanksNext: "Thank you — next: ",
    next: "Next: ",
    honeypot: "Leave this field empty",
  },
  es: {
    shared: "¡Gracias por compartir!",
    shareFailed: "Este dispositivo no pudo compartirlo: usa una de las otras opciones.",
    shareWithApp: "Compartir con una app de este dispositivo",
    passOn: {
      letter: "Pásalo: pídele a alguien que conoces que también escriba",
      pledge: "Pásalo: pídele a alguien que conoces que también ayude",
      join: "Pásalo: pídele a alguien que conoces que se una",
    },
    sendByEmail: "Enviar por correo",
    sendByText: "Enviar por mensaje de texto",
    copyMessage: "Copiar el mensaje",
    messageCopied: "Mensaje copiado. Pégalo donde hablas con la gente.",
    selectMessage: "Selecciona el mensaje de arriba y cópialo con la opción Copiar de tu dispositivo.",
    thanksNext: "Gracias. Lo siguiente: ",
    next: "Lo siguiente: ",
    honeypot: "Deja este campo vacío",
  },
});
