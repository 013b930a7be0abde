import { defineMessages } from "@/lib/i18n/messages";

/**
 * Errors of the account area, privacy and sign-in (lib/accounts, lib/auth). Thrown as
 * `errorText.accounts.<key>` (lib/i18n/errors.ts).
 */
export const accountsErrors = defineMessages({
  en: {
    couldntFindAccount: "We couldn't find your account.",
    checkHighlightedField: "Please check the highlighted field.",
    typeEmailAddressExactlyShown: "Type your email address exactly as shown to confirm.",
    tellUsWhatCall: "Tell us what to call you.",
    keepNameUnder80Characters: "Please keep your name under 80 characters.",
    zipCode5DigitsLike: "A ZIP code is 5 digits, like 60623.",
    couldNotFindAccount: "We could not find your account.",
    keepAccountSafeConfirmSign:
      "To keep your account safe, please confirm it is you: sign in again with a new link from your email, then try once more.",
    couldNotSendSignLink: "We could not send your sign-in link just now. Please try again in a few minutes.",
    emailAddressTooLong: "That email address is too long.",
    enterEmailAddressLikeName: "Please enter an email address like name@example.org.",
  },
  es: {
    couldntFindAccount: "No encontramos tu cuenta.",
    checkHighlightedField: "Revisa el campo marcado.",
    typeEmailAddressExactlyShown: "Escribe tu correo electrónico tal como aparece para confirmar.",
    tellUsWhatCall: "Dinos cómo quieres que te llamemos.",
    keepNameUnder80Characters: "Tu nombre debe tener menos de 80 caracteres.",
    zipCode5DigitsLike: "Un código postal (ZIP) tiene 5 dígitos, como 60623.",
    couldNotFindAccount: "No encontramos tu cuenta.",
    keepAccountSafeConfirmSign:
      "Para proteger tu cuenta, confirma que eres tú: vuelve a iniciar sesión con un nuevo enlace de tu correo y luego inténtalo otra vez.",
    couldNotSendSignLink:
      "No pudimos enviar tu enlace para iniciar sesión en este momento. Inténtalo de nuevo en unos minutos.",
    emailAddressTooLong: "Esa dirección de correo electrónico es demasiado larga.",
    enterEmailAddressLikeName: "Escribe una dirección de correo electrónico como nombre@example.org.",
  },
});
