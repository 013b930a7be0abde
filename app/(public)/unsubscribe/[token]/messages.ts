import { defineMessages } from "@/lib/i18n/messages";

/** The page an update's unsubscribe link opens. */
export const unsubscribePage = defineMessages({
  en: {
    title: "Stop updates",
    invalidHeading: "This link doesn't work",
    invalidText:
      "We couldn't read this unsubscribe link. Please check that you copied all of it from the email. If you have an account, you can also stop updates from your account's privacy settings.",
    goToAccount: "Go to your account",
    done: "Done",
    notGetting: "You're not getting these updates",
    noMore: (organization: string) =>
      `You won't get any more updates from ${organization}. Thank you for everything you did with them. Emails about your own letters and pledges still come as usual.`,
    question: (organization: string) => `Stop updates from ${organization}?`,
    agreed: (organization: string) =>
      `You agreed to hear from ${organization} about their campaigns. If you would rather not, we will stop sending their updates from now on. Emails about your own letters and pledges are not affected.`,
    stop: (organization: string) => `Stop updates from ${organization}`,
  },
  es: {
    title: "Dejar de recibir novedades",
    invalidHeading: "Este enlace no funciona",
    invalidText:
      "No pudimos leer este enlace para darte de baja. Revisa que lo hayas copiado completo del correo. Si tienes una cuenta, también puedes dejar de recibir novedades desde la sección de privacidad de tu cuenta.",
    goToAccount: "Ir a tu cuenta",
    done: "Listo",
    notGetting: "No estás recibiendo estas novedades",
    noMore: (organization: string) =>
      `Ya no recibirás más novedades de ${organization}. Gracias por todo lo que hiciste con ellos. Los correos sobre tus propias cartas y compromisos seguirán llegando como siempre.`,
    question: (organization: string) => `¿Dejar de recibir novedades de ${organization}?`,
    agreed: (organization: string) =>
      `Aceptaste recibir noticias de ${organization} sobre sus campañas. Si prefieres no recibirlas, dejaremos de enviarte sus novedades desde ahora. Los correos sobre tus propias cartas y compromisos no cambian.`,
    stop: (organization: string) => `Dejar de recibir novedades de ${organization}`,
  },
});
