import { defineMessages } from "@/lib/i18n/messages";

/** Where a person is signed in, and the fresh sign-in that downloads and deletion need (app/(account)/account). */
export const securityPages = defineMessages({
  en: {
    sessionsLink: "Where you are signed in",
    sessionsText: ": your sessions, and signing out everywhere else.",
    sessionsTitle: "Where you are signed in",
    sessionsIntro: (days: number) =>
      `Each sign-in link you use signs in one browser. A session ends after ${days} days without use, and ${days} days after it signed in however much it is used.`,
    sessionsListLabel: "Your sessions",
    thisBrowser: "This browser",
    anotherBrowser: "Another browser or device",
    signedInOn: (date: string) => `Signed in ${date}`,
    lastUsedOn: (date: string) => `last used ${date}`,
    endsOn: (date: string) => `ends ${date}`,
    onlyHere: "You are not signed in anywhere else.",
    signOutElsewhere: "Sign out everywhere else",
    signOutElsewhereText:
      "Ends every other session at once, for example on a shared or lost computer. This browser stays signed in.",
    signedOutElsewhere: (n: number) =>
      n === 1 ? "Signed out of 1 other session." : `Signed out of ${n} other sessions.`,
    nothingToEnd: "There was no other session to end.",
    freshHeading: "First, confirm it is you",
    freshText: (minutes: number, email: string) =>
      `Downloading your data and deleting your account need a sign-in from the last ${minutes} minutes. We will email a new sign-in link to ${email}; it brings you back to this page.`,
    freshButton: "Email me a sign-in link",
    sending: "Sending…",
    freshUntil: (time: string) =>
      `You signed in just now: you can download your data or delete your account until ${time}.`,
  },
  es: {
    sessionsLink: "Dónde iniciaste sesión",
    sessionsText: ": tus sesiones, y cerrar sesión en todos los demás lugares.",
    sessionsTitle: "Dónde iniciaste sesión",
    sessionsIntro: (days: number) =>
      `Cada enlace para iniciar sesión que usas abre sesión en un navegador. Una sesión termina tras ${days} días sin uso, y ${days} días después de iniciarse aunque se use mucho.`,
    sessionsListLabel: "Tus sesiones",
    thisBrowser: "Este navegador",
    anotherBrowser: "Otro navegador o dispositivo",
    signedInOn: (date: string) => `Sesión iniciada el ${date}`,
    lastUsedOn: (date: string) => `usada por última vez el ${date}`,
    endsOn: (date: string) => `termina el ${date}`,
    onlyHere: "No tienes sesión abierta en ningún otro lugar.",
    signOutElsewhere: "Cerrar sesión en todos los demás lugares",
    signOutElsewhereText:
      "Termina de una vez todas las demás sesiones, por ejemplo en una computadora compartida o perdida. Este navegador sigue con la sesión abierta.",
    signedOutElsewhere: (n: number) =>
      n === 1 ? "Se cerró 1 sesión más." : `Se cerraron ${n} sesiones más.`,
    nothingToEnd: "No había otra sesión que cerrar.",
    freshHeading: "Primero, confirma que eres tú",
    freshText: (minutes: number, email: string) =>
      `Para descargar tus datos o eliminar tu cuenta necesitas haber iniciado sesión en los últimos ${minutes} minutos. Enviaremos un nuevo enlace para iniciar sesión a ${email}; te trae de vuelta a esta página.`,
    freshButton: "Envíame un enlace para iniciar sesión",
    sending: "Enviando…",
    freshUntil: (time: string) =>
      `Acabas de iniciar sesión: puedes descargar tus datos o eliminar tu cuenta hasta las ${time}.`,
  },
});
