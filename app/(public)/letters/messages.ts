import { defineMessages } from "@/lib/i18n/messages";

/** The pages an email links to: confirming a letter, and "Did you get a reply?" (app/(public)/letters). */
export const letterLinkPages = defineMessages({
  en: {
    confirmTitle: "Confirm your letter",
    alreadyConfirmed: "This letter is already confirmed",
    onItsWay: "Thank you. Your letter's page shows how it goes to each official, and what waits for you.",
    seeLetter: "See your letter and what happened to it",
    noLongerWorks: "This link no longer works",
    confirmExpired: "Confirmation links work for 48 hours, and this one has expired. Nothing was sent.",
    confirmNotFound: "We couldn't find this confirmation link. Please check that you copied all of it.",
    writeAgain: "You are welcome to write again from the campaign page.",
    seeCampaigns: "See open campaigns",
    sendYourLetter: (name: string) => `Send your letter, ${name}?`,
    confirmTextEach: (title: string) => `For “${title}”. How it goes to each of them:`,
    confirmText: (title: string, names: string) => `For “${title}”, to: ${names}.`,
    confirmSignsIn: "Confirming also signs you in, so you can follow what happens to your letter.",
    confirmSendsLink:
      "Your account has a role on a team, so confirming does not sign you in: we will email you a sign-in link instead.",
    signInLinkSent:
      "Your account has a role on a team, so confirming a letter does not sign you in. We have emailed you a sign-in link instead: open it to follow your letter.",
    signInNeeded:
      "Your account has a role on a team, so confirming a letter does not sign you in. Please sign in to follow your letter.",
    signIn: "Sign in",
    asSentHeading: "Word for word, as it will be sent",
    toNames: (names: string) => `To ${names}`,
    subjectLabel: "Subject:",
    changeHeading: "Change your words",
    changeIntro:
      "These are the parts you wrote. The campaign's own words stay as they are. Save to read your letter again, or save and send it.",
    saveChanges: "Save my changes",
    saveAndSend: "Save and send my letter",
    saving: "Saving…",
    changesSaved: "Your changes are saved. Read your letter again above, then send it.",
    cannotChange:
      "The campaign's letter has changed since you wrote yours, so your words can no longer be changed here. You can still send it as it is.",
    confirmButton: "Confirm and send my letter",

    repliesTitle: "Did you get a reply?",
    repliesExpired: (days: number) =>
      `Links to tell us about replies work for ${days} days, and this one has expired.`,
    repliesNotFound: "We couldn't find this link. Please check that you copied all of it from the email.",
    stillTellUs: "If you are signed in, you can still tell us from your letter's page.",
    goToAccount: "Go to your account",
    didYouGetReply: (name: string) => `Did you get a reply, ${name}?`,
    repliesIntro:
      "Tell us for each official your letter reached. “Not yet” is a fine answer, and you can change your answers later.",
    nothingToAnswer:
      "Your letter no longer shows as delivered to anyone (an email can bounce after we asked), so there is nothing to answer.",
    answersSaved:
      "Thank you: your answers are saved. You can come back and change them while this link works.",
    seeLetterAndAnswers: "See your letter and your answers",
  },
  es: {
    confirmTitle: "Confirma tu carta",
    alreadyConfirmed: "Esta carta ya está confirmada",
    onItsWay: "Gracias. La página de tu carta muestra cómo llega a cada funcionario, y qué te espera a ti.",
    seeLetter: "Mira tu carta y lo que pasó con ella",
    noLongerWorks: "Este enlace ya no funciona",
    confirmExpired: "Los enlaces de confirmación funcionan por 48 horas, y este ya venció. No se envió nada.",
    confirmNotFound: "No encontramos este enlace de confirmación. Revisa que lo hayas copiado completo.",
    writeAgain: "Puedes volver a escribir desde la página de la campaña.",
    seeCampaigns: "Ver campañas abiertas",
    sendYourLetter: (name: string) => `¿Enviamos tu carta, ${name}?`,
    confirmTextEach: (title: string) => `Para “${title}”. Así va a cada persona:`,
    confirmText: (title: string, names: string) => `Para “${title}”, a: ${names}.`,
    confirmSignsIn: "Al confirmar también inicias sesión, así puedes seguir lo que pasa con tu carta.",
    confirmSendsLink:
      "Tu cuenta tiene un rol en un equipo, así que confirmar no inicia tu sesión: te enviaremos por correo un enlace para iniciar sesión.",
    signInLinkSent:
      "Tu cuenta tiene un rol en un equipo, así que confirmar una carta no inicia tu sesión. Te enviamos por correo un enlace para iniciar sesión: ábrelo para seguir tu carta.",
    signInNeeded:
      "Tu cuenta tiene un rol en un equipo, así que confirmar una carta no inicia tu sesión. Inicia sesión para seguir tu carta.",
    signIn: "Iniciar sesión",
    asSentHeading: "Palabra por palabra, tal como se enviará",
    toNames: (names: string) => `Para ${names}`,
    subjectLabel: "Asunto:",
    changeHeading: "Cambia tus palabras",
    changeIntro:
      "Estas son las partes que escribiste. Las palabras de la campaña quedan como están. Guarda para leer tu carta de nuevo, o guárdala y envíala.",
    saveChanges: "Guardar mis cambios",
    saveAndSend: "Guardar y enviar mi carta",
    saving: "Guardando…",
    changesSaved: "Tus cambios quedaron guardados. Lee tu carta de nuevo arriba y luego envíala.",
    cannotChange:
      "La carta de la campaña cambió desde que escribiste la tuya, así que tus palabras ya no se pueden cambiar aquí. Todavía puedes enviarla tal como está.",
    confirmButton: "Confirmar y enviar mi carta",

    repliesTitle: "¿Recibiste una respuesta?",
    repliesExpired: (days: number) =>
      `Los enlaces para contarnos sobre respuestas funcionan por ${days} días, y este ya venció.`,
    repliesNotFound: "No encontramos este enlace. Revisa que lo hayas copiado completo del correo.",
    stillTellUs: "Si iniciaste sesión, todavía puedes contarnos desde la página de tu carta.",
    goToAccount: "Ir a tu cuenta",
    didYouGetReply: (name: string) => `¿Recibiste una respuesta, ${name}?`,
    repliesIntro:
      "Cuéntanos sobre cada funcionario al que llegó tu carta. “Todavía no” es una buena respuesta, y puedes cambiar tus respuestas después.",
    nothingToAnswer:
      "Tu carta ya no aparece como entregada a nadie (un correo puede rebotar después de que preguntamos), así que no hay nada que responder.",
    answersSaved:
      "Gracias: tus respuestas quedaron guardadas. Puedes volver y cambiarlas mientras este enlace funcione.",
    seeLetterAndAnswers: "Mira tu carta y tus respuestas",
  },
});
