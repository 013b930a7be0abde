import { defineMessages } from "@/lib/i18n/messages";

/**
 * Errors of the form guard and rate limits (lib/security). Thrown as `errorText.security.<key>`
 * (lib/i18n/errors.ts).
 */
export const securityErrors = defineMessages({
  en: {
    somethingAboutFormLookedAutomated: "Something about this form looked automated, so we did not send it.",
    formExpiredReloadPageSend: "This form has expired. Please reload the page and send it again.",
    wasVeryQuickCheckDetails: "That was very quick! Please check your details, then send again.",
    manyLettersBeenSentFrom:
      "Many letters have been sent from your network today. Please try again tomorrow.",
    writtenTenLettersTodayMost:
      "You have written ten letters today, the most we send for one person in a day. Thank you! Please come back tomorrow.",
    alreadyEmailedAddressAboutLetter: "We have already emailed this address about its letter today.",
    sentSeveralSignLinksAddress:
      "We have sent several sign-in links to this address in the last hour. Please use the newest one, or try again later.",
    manySignLinksWereAsked:
      "Many sign-in links were asked for from your network in the last hour. Please try again later.",
    madeManyPledgesTodayCome: "You have made many pledges today. Please come back tomorrow to make more.",
    manyPledgesBeenMadeFrom:
      "Many pledges have been made from your network today. Please try again tomorrow.",
    sentYourselfTenTestEmails:
      "You have sent yourself ten test emails in the last hour. Please check your inbox, or try again later.",
    sentTwentyInvitationsTodayTry: "You have sent twenty invitations today. Please try again tomorrow.",
    organizationSentFiftyInvitationsToday:
      "Your organization has sent fifty invitations today. Please try again tomorrow.",
    startedThirtyCampaignsTodayTry: "You have started thirty campaigns today. Please try again tomorrow.",
    organizationStartedHundredCampaignsToday:
      "Your organization has started a hundred campaigns today. Please try again tomorrow.",
    emailedAddressThreeTimesToday:
      "We have emailed this address three times today. Please ask its owner to look for our email, or try again tomorrow.",
    createdFiveOrganizationsTodayTry: "You have created five organizations today. Please try again tomorrow.",
  },
  es: {
    somethingAboutFormLookedAutomated: "Algo en este formulario parecía automático, así que no lo enviamos.",
    formExpiredReloadPageSend: "Este formulario caducó. Vuelve a cargar la página y envíalo de nuevo.",
    wasVeryQuickCheckDetails: "¡Eso fue muy rápido! Revisa tus datos y vuelve a enviarlo.",
    manyLettersBeenSentFrom: "Hoy se enviaron muchas cartas desde tu red. Inténtalo de nuevo mañana.",
    writtenTenLettersTodayMost:
      "Hoy escribiste diez cartas, lo máximo que enviamos por persona en un día. ¡Gracias! Vuelve mañana.",
    alreadyEmailedAddressAboutLetter: "Hoy ya le escribimos a esta dirección de correo sobre su carta.",
    sentSeveralSignLinksAddress:
      "En la última hora enviamos varios enlaces para iniciar sesión a esta dirección. Usa el más reciente, o inténtalo de nuevo más tarde.",
    manySignLinksWereAsked:
      "En la última hora se pidieron muchos enlaces para iniciar sesión desde tu red. Inténtalo de nuevo más tarde.",
    madeManyPledgesTodayCome: "Hoy hiciste muchos compromisos. Vuelve mañana para hacer más.",
    manyPledgesBeenMadeFrom: "Hoy se hicieron muchos compromisos desde tu red. Inténtalo de nuevo mañana.",
    sentYourselfTenTestEmails:
      "En la última hora te enviaste diez correos de prueba. Revisa tu bandeja de entrada, o inténtalo de nuevo más tarde.",
    sentTwentyInvitationsTodayTry: "Hoy enviaste veinte invitaciones. Inténtalo de nuevo mañana.",
    organizationSentFiftyInvitationsToday:
      "Hoy tu organización envió cincuenta invitaciones. Inténtalo de nuevo mañana.",
    startedThirtyCampaignsTodayTry: "Hoy empezaste treinta campañas. Inténtalo de nuevo mañana.",
    organizationStartedHundredCampaignsToday:
      "Hoy tu organización empezó cien campañas. Inténtalo de nuevo mañana.",
    emailedAddressThreeTimesToday:
      "Hoy escribimos tres veces a esta dirección. Pide a su dueño que busque nuestro correo, o inténtalo de nuevo mañana.",
    createdFiveOrganizationsTodayTry: "Hoy creaste cinco organizaciones. Inténtalo de nuevo mañana.",
  },
});
