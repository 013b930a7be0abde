import { defineMessages } from "@/lib/i18n/messages";

/** Signing in and out, and the page after deleting an account. */
export const authPages = defineMessages({
  en: {
    signInTitle: "Sign in",
    signInHeading: "Sign in",
    signInIntro:
      "No password needed. We will email you a link that signs you in; it works once, for 10 minutes.",
    linkExpired:
      "That sign-in link has expired or was already used. Enter your email and we will send a new one.",
    notWorking: "Signing in is not working right now. Please try again in a few minutes.",
    couldNotSignIn: "We could not sign you in. Please try again.",
    emailLabel: "Email address",
    sending: "Sending your link…",
    emailMe: "Email me a sign-in link",
    checkTitle: "Check your email",
    checkHeading: "Check your email",
    checkText: (minutes: number) =>
      `We sent you a sign-in link. Open it on this device to continue. The link works once and expires in ${minutes} minutes.`,
    nothingArrived: "Nothing arrived after a few minutes? Look in your spam folder, or",
    askNewLink: "ask for a new link",
    signOutTitle: "Sign out",
    signOutHeading: "Sign out",
    signedInAs: (email: string) => `You are signed in as ${email}. Sign out on this device?`,
    signOut: "Sign out",
    deletedTitle: "Your account is deleted",
    deletedHeading: "Your account is deleted",
    deletedText:
      "We removed your account and signed you out everywhere. Letters that were delivered stay with the people who received them, without your name in our copy. Thank you for the action you took.",
    backToChorus: "Back to Chorus",
  },
  es: {
    signInTitle: "Iniciar sesión",
    signInHeading: "Inicia sesión",
    signInIntro:
      "No necesitas contraseña. Te enviaremos por correo un enlace para iniciar sesión; funciona una vez, durante 10 minutos.",
    linkExpired:
      "Ese enlace para iniciar sesión ya venció o ya se usó. Escribe tu correo electrónico y te enviaremos uno nuevo.",
    notWorking: "Iniciar sesión no está funcionando en este momento. Inténtalo de nuevo en unos minutos.",
    couldNotSignIn: "No pudimos iniciar tu sesión. Inténtalo de nuevo.",
    emailLabel: "Correo electrónico",
    sending: "Enviando tu enlace…",
    emailMe: "Envíame un enlace para iniciar sesión",
    checkTitle: "Revisa tu correo",
    checkHeading: "Revisa tu correo",
    checkText: (minutes: number) =>
      `Te enviamos un enlace para iniciar sesión. Ábrelo en este dispositivo para continuar. El enlace funciona una vez y vence en ${minutes} minutos.`,
    nothingArrived: "¿No llegó nada después de unos minutos? Busca en tu carpeta de correo no deseado, o",
    askNewLink: "pide un enlace nuevo",
    signOutTitle: "Cerrar sesión",
    signOutHeading: "Cerrar sesión",
    signedInAs: (email: string) =>
      `Iniciaste sesión como ${email}. ¿Quieres cerrar sesión en este dispositivo?`,
    signOut: "Cerrar sesión",
    deletedTitle: "Tu cuenta fue eliminada",
    deletedHeading: "Tu cuenta fue eliminada",
    deletedText:
      "Eliminamos tu cuenta y cerramos tu sesión en todos tus dispositivos. Las cartas que se entregaron siguen con las personas que las recibieron, sin tu nombre en nuestra copia. Gracias por lo que hiciste.",
    backToChorus: "Volver a Chorus",
  },
});
