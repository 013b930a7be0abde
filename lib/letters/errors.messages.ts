import { defineMessages } from "@/lib/i18n/messages";

/** The letter form's fields, as their messages name them. */
type Field = "firstName" | "lastName" | "city";
const FIELD_EN: Record<Field, string> = { firstName: "first name", lastName: "last name", city: "city" };
const FIELD_ES: Record<Field, string> = { firstName: "nombre", lastName: "apellido", city: "ciudad" };
/** "A, B y C". */
const listEs = (names: string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(", ")} y ${names.at(-1)}` : (names[0] ?? "");

/**
 * Errors of writing and sending a letter: templates, submission, receipts, replies (lib/letters). Thrown as
 * `errorText.letters.<key>` (lib/i18n/errors.ts).
 */
export const lettersErrors = defineMessages({
  en: {
    confirmationLinkExpiredWasAlready: "This confirmation link has expired or was already used.",
    campaignsLetterChangedSinceWrote:
      "The campaign's letter has changed since you wrote yours, so it can no longer be changed here.",
    letterNoLongerExists: "This letter no longer exists.",
    couldntFindLetter: "We couldn't find that letter.",
    chooseYesNoNotYet: "Choose Yes, No or Not yet.",
    couldntFindLinkCheckCopied:
      "We couldn't find this link. Please check that you copied all of it from the email.",
    checkAnswers: "Please check your answers.",
    someTheseAnswersNotAbout: "Some of these answers are not about this letter. Nothing was saved.",
    chooseAnswerLeastOneOfficial: "Choose an answer for at least one official.",
    letterEmpty: "Your letter is empty.",
    zipCode5DigitsLike: "A ZIP code is 5 digits, like 60623.",
    emailAddressTooLong: "That email address is too long.",
    enterEmailAddressLikeName: "Please enter an email address like name@example.org.",
    keepCityUnder80Characters: "Please keep the city under 80 characters.",
    keepStreetAddressUnder200: "Please keep the street address under 200 characters.",
    streetAddressCantContainLine: "A street address can't contain line breaks or < >.",
    chooseTitleFromListNone: "Please choose a title from the list, or “None of these”.",
    needEmailAddressConfirmLetter: "We need your email address to confirm your letter.",
    couldntFindCampaign: "We couldn't find that campaign.",
    campaignClosedNoLongerSends: "This campaign has closed, so it no longer sends letters.",
    zipCodeCoversMoreThan: "Your ZIP code covers more than one district: please choose yours.",
    zipCodeCampaignNobodySend: "For your ZIP code, this campaign has nobody we can send your letter to yet.",
    congresssMailSystemNeedsStreet:
      "Congress's mail system needs your street address to deliver your letter. Please add yours.",
    campaignsSubjectLineTooShort:
      "This campaign's subject line is too short for Congress's mail system. Please tell the organizers.",
    campaignsSubjectLineTooLong:
      "This campaign's subject line is too long for Congress's mail system. Please tell the organizers.",
    campaignsLetterTooShortCongresss:
      "This campaign's letter is too short for Congress's mail system. Please tell the organizers.",
    campaignsLetterTooLongCongresss:
      "This campaign's letter is too long for Congress's mail system. Please tell the organizers.",
    writeFullStreetAddressNumber: "Please write your full street address, with the number and the street.",
    writeCitysFullNameCongresss:
      "Please write your city's full name (Congress's mail system needs at least 3 letters).",
    congresssMailSystemCannotTake:
      "Congress's mail system cannot take this email address. Please use another one.",
    letterCannotGoThroughCongresss: "Your letter cannot go through Congress's mail system as written.",
    stateLegislatorsCantFoundFrom:
      "Your state legislators can't be found from a ZIP code alone: give your street address or choose your state district to include them.",
    tellUsYour: ({ field }: { field: Field }) => `Please tell us your ${FIELD_EN[field]}.`,
    keepYourUnder: ({ field, max }: { field: Field; max: number }) =>
      `Please keep your ${FIELD_EN[field]} under ${max} characters.`,
    yourNoLineBreaks: ({ field }: { field: Field }) =>
      `Your ${FIELD_EN[field]} can't contain line breaks or < >.`,
    partTooLong: ({ max }: { max: number }) => `Each part of the letter can be up to ${max} characters.`,
    chooseOneOf: ({ choices }: { choices: string[] }) => `Choose one of: ${choices.join(", ")}.`,
    onlyReadWithAddress: ({ names }: { names: string[] }) =>
      `${names.join(" and ")} only read letters that include a street address. Please add yours.`,
    ownWordsTooShort: ({ limit }: { limit: number }) =>
      `What you wrote is too short for Congress's mail system: write at least ${limit} characters, or leave the suggested text.`,
    ownWordsTooLong: ({ limit }: { limit: number }) =>
      `What you wrote is too long for Congress's mail system: please keep your own words under ${limit} characters.`,
    noChannel: ({ name }: { name: string }) =>
      `${name} publishes no email address or contact form we can use.`,
    replyTooLong: ({ max }: { max: number }) => `Please keep the reply under ${max} characters.`,
    replyLinkExpired: ({ days }: { days: number }) =>
      `This link stopped working ${days} days after we sent it. If you are signed in, you can still answer from your letter's page.`,
    chooseAnswerFor: ({ name }: { name: string }) =>
      `Choose Yes, No or Not yet for ${name}, so we can save the reply you pasted.`,
    seatVacant: ({ title, state }: { title: string; state: string }) =>
      `${title} (${state}): this seat is vacant right now.`,
  },
  es: {
    confirmationLinkExpiredWasAlready: "Este enlace de confirmación venció o ya se usó.",
    campaignsLetterChangedSinceWrote:
      "La carta de la campaña cambió desde que escribiste la tuya, así que ya no se puede cambiar aquí.",
    letterNoLongerExists: "Esta carta ya no existe.",
    couldntFindLetter: "No encontramos esa carta.",
    chooseYesNoNotYet: "Elige Sí, No o Todavía no.",
    couldntFindLinkCheckCopied:
      "No encontramos este enlace. Revisa que lo hayas copiado completo del correo.",
    checkAnswers: "Revisa tus respuestas.",
    someTheseAnswersNotAbout: "Algunas de estas respuestas no son sobre esta carta. No se guardó nada.",
    chooseAnswerLeastOneOfficial: "Elige una respuesta para al menos un funcionario.",
    letterEmpty: "Tu carta está vacía.",
    zipCode5DigitsLike: "Un código postal (ZIP) tiene 5 dígitos, como 60623.",
    emailAddressTooLong: "Esa dirección de correo electrónico es demasiado larga.",
    enterEmailAddressLikeName: "Escribe una dirección de correo electrónico como nombre@example.org.",
    keepCityUnder80Characters: "La ciudad debe tener menos de 80 caracteres.",
    keepStreetAddressUnder200: "La dirección debe tener menos de 200 caracteres.",
    streetAddressCantContainLine: "La dirección no puede tener saltos de línea ni < >.",
    chooseTitleFromListNone: "Elige un tratamiento de la lista, o “Ninguno de estos”.",
    needEmailAddressConfirmLetter: "Necesitamos tu correo electrónico para confirmar tu carta.",
    couldntFindCampaign: "No encontramos esa campaña.",
    campaignClosedNoLongerSends: "Esta campaña terminó, así que ya no envía cartas.",
    zipCodeCoversMoreThan: "Tu código postal abarca más de un distrito: elige el tuyo.",
    zipCodeCampaignNobodySend:
      "Para tu código postal, esta campaña todavía no tiene a quién enviar tu carta.",
    congresssMailSystemNeedsStreet:
      "El sistema de correo del Congreso necesita tu dirección para entregar tu carta. Agrégala.",
    campaignsSubjectLineTooShort:
      "El asunto de esta campaña es demasiado corto para el sistema de correo del Congreso. Avísales a quienes la organizan.",
    campaignsSubjectLineTooLong:
      "El asunto de esta campaña es demasiado largo para el sistema de correo del Congreso. Avísales a quienes la organizan.",
    campaignsLetterTooShortCongresss:
      "La carta de esta campaña es demasiado corta para el sistema de correo del Congreso. Avísales a quienes la organizan.",
    campaignsLetterTooLongCongresss:
      "La carta de esta campaña es demasiado larga para el sistema de correo del Congreso. Avísales a quienes la organizan.",
    writeFullStreetAddressNumber: "Escribe tu dirección completa, con el número y la calle.",
    writeCitysFullNameCongresss:
      "Escribe el nombre completo de tu ciudad (el sistema de correo del Congreso necesita al menos 3 letras).",
    congresssMailSystemCannotTake:
      "El sistema de correo del Congreso no acepta esta dirección de correo electrónico. Usa otra.",
    letterCannotGoThroughCongresss:
      "Tu carta no puede pasar por el sistema de correo del Congreso tal como está escrita.",
    stateLegislatorsCantFoundFrom:
      "No podemos saber quiénes son tus legisladores estatales solo con el código postal: escribe tu dirección o elige tu distrito estatal para incluirlos.",
    tellUsYour: ({ field }: { field: Field }) => `Escribe tu ${FIELD_ES[field]}.`,
    keepYourUnder: ({ field, max }: { field: Field; max: number }) =>
      `Tu ${FIELD_ES[field]} debe tener menos de ${max} caracteres.`,
    yourNoLineBreaks: ({ field }: { field: Field }) =>
      `Tu ${FIELD_ES[field]} no puede tener saltos de línea ni < >.`,
    partTooLong: ({ max }: { max: number }) => `Cada parte de la carta puede tener hasta ${max} caracteres.`,
    chooseOneOf: ({ choices }: { choices: string[] }) => `Elige uno de estos: ${choices.join(", ")}.`,
    onlyReadWithAddress: ({ names }: { names: string[] }) =>
      `${listEs(names)} solo ${names.length > 1 ? "leen" : "lee"} cartas que incluyen una dirección. Agrega la tuya.`,
    ownWordsTooShort: ({ limit }: { limit: number }) =>
      `Lo que escribiste es demasiado corto para el sistema de correo del Congreso: escribe al menos ${limit} caracteres, o deja el texto sugerido.`,
    ownWordsTooLong: ({ limit }: { limit: number }) =>
      `Lo que escribiste es demasiado largo para el sistema de correo del Congreso: tus propias palabras deben tener menos de ${limit} caracteres.`,
    noChannel: ({ name }: { name: string }) =>
      `${name} no publica una dirección de correo ni un formulario de contacto que podamos usar.`,
    replyTooLong: ({ max }: { max: number }) => `La respuesta debe tener menos de ${max} caracteres.`,
    replyLinkExpired: ({ days }: { days: number }) =>
      `Este enlace dejó de funcionar ${days} días después de que lo enviamos. Si iniciaste sesión, todavía puedes responder desde la página de tu carta.`,
    chooseAnswerFor: ({ name }: { name: string }) =>
      `Elige Sí, No o Todavía no para ${name}, así podemos guardar la respuesta que pegaste.`,
    seatVacant: ({ title, state }: { title: string; state: string }) =>
      `${title} (${state}): este puesto está vacante ahora.`,
  },
});
