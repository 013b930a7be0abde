import { formatNumber } from "@/lib/i18n/format";
import { defineMessages } from "@/lib/i18n/messages";

/** How each letter goes, per recipient and in counts (lib/letters/delivery-words.ts). */
export const deliveryWords = defineMessages({
  en: {
    cwc: {
      awaiting: "once you confirm, delivered by Chorus to their office's constituent mail system",
      queued: "on its way to their office's constituent mail system (Chorus delivers it)",
      delivered: "delivered by Chorus to their office's constituent mail system",
      failed: "Chorus could not deliver it to their office's constituent mail system",
    },
    email: {
      awaiting: "once you confirm, sent by email (Chorus sends it)",
      queued: "will be sent by email (Chorus sends it)",
      sent: "sent by email",
      delivered: "delivered by email to their inbox",
      refused: "sent by email, but their address refused it",
      failed: "could not be sent by email",
    },
    waiting: {
      form: "waiting for you: their contact form",
      website: "waiting for you: their website (they have no contact form in our data)",
    },
    handedBack: {
      form: "their office's system did not accept it, so it is waiting for you: their contact form",
      website:
        "their office's system did not accept it, so it is waiting for you: their website (they have no contact form in our data)",
    },
    youSent: {
      form: "you sent it through their contact form",
      website: "you sent it through their website",
    },
    counts: {
      delivered: (n: number) => `${formatNumber("en", n)} delivered by Chorus`,
      onItsWay: (n: number) => `${formatNumber("en", n)} on ${n === 1 ? "its" : "their"} way`,
      waiting: (n: number) => `${formatNumber("en", n)} waiting for you`,
      youSent: (n: number) => `${formatNumber("en", n)} sent by you`,
      failed: (n: number) => `${formatNumber("en", n)} could not be delivered`,
    },
    waitForYou: (n: number) =>
      n === 1
        ? "One letter waits for you to send it yourself."
        : `${formatNumber("en", n)} letters wait for you to send them yourself.`,
  },
  es: {
    cwc: {
      awaiting: "cuando confirmes, Chorus la entrega al sistema de correo de constituyentes de su oficina",
      queued: "va en camino al sistema de correo de constituyentes de su oficina (Chorus la entrega)",
      delivered: "entregada por Chorus al sistema de correo de constituyentes de su oficina",
      failed: "Chorus no pudo entregarla al sistema de correo de constituyentes de su oficina",
    },
    email: {
      awaiting: "cuando confirmes, se envía por correo electrónico (Chorus la envía)",
      queued: "se enviará por correo electrónico (Chorus la envía)",
      sent: "enviada por correo electrónico",
      delivered: "entregada por correo electrónico en su bandeja de entrada",
      refused: "enviada por correo electrónico, pero su dirección la rechazó",
      failed: "no se pudo enviar por correo electrónico",
    },
    waiting: {
      form: "te espera a ti: su formulario de contacto",
      website: "te espera a ti: su sitio web (no tenemos un formulario de contacto suyo)",
    },
    handedBack: {
      form: "el sistema de su oficina no la aceptó, así que te espera a ti: su formulario de contacto",
      website:
        "el sistema de su oficina no la aceptó, así que te espera a ti: su sitio web (no tenemos un formulario de contacto suyo)",
    },
    youSent: {
      form: "tú la enviaste por su formulario de contacto",
      website: "tú la enviaste por su sitio web",
    },
    counts: {
      delivered: (n: number) => `${formatNumber("es", n)} ${n === 1 ? "entregada" : "entregadas"} por Chorus`,
      onItsWay: (n: number) => `${formatNumber("es", n)} en camino`,
      waiting: (n: number) => `${formatNumber("es", n)} ${n === 1 ? "te espera" : "te esperan"}`,
      youSent: (n: number) => `${formatNumber("es", n)} ${n === 1 ? "enviada" : "enviadas"} por ti`,
      failed: (n: number) => `${formatNumber("es", n)} no se ${n === 1 ? "pudo" : "pudieron"} entregar`,
    },
    waitForYou: (n: number) =>
      n === 1
        ? "Una carta te espera para que la envíes tú."
        : `${formatNumber("es", n)} cartas te esperan para que las envíes tú.`,
  },
});
