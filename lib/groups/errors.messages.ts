import { defineMessages } from "@/lib/i18n/messages";

/** An option's number fields, as their messages name them. */
type NumberField = "volunteers" | "quantity";
const NUMBER_EN: Record<NumberField, string> = {
  volunteers: "number of volunteers",
  quantity: "quantity needed",
};
const NUMBER_ES: Record<NumberField, string> = {
  volunteers: "el número de voluntarios",
  quantity: "la cantidad que se necesita",
};
const capital = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
/** "10,000" in both languages, as the messages have always written it. */
const most = (max: number) => new Intl.NumberFormat("en-US").format(max);

/**
 * Errors of groups and their dashboards (lib/groups). Thrown as `errorText.groups.<key>` (lib/i18n/errors.ts).
 */
export const groupsErrors = defineMessages({
  en: {
    keepDropOffPlaceUnder200: "Please keep the drop-off place under 200 characters.",
    keepDropOffHoursUnder200: "Please keep the drop-off hours under 200 characters.",
    shiftAlreadyCancelled: "This shift is already cancelled.",
    shiftAlreadyStarted: "This shift has already started, so it can't be cancelled.",
    couldntFindGroupAmongGroups: "We couldn't find that group among the groups you help run.",
    onlyGroupsOwnersOrganizersChange: "Only the group's owners and organizers can change this.",
    couldntFindWayHelpAmong: "We couldn't find that way to help among this group's options.",
    chooseDoneMissed: "Please choose done or missed.",
    couldntFindPledgeWasCancelled: "We couldn't find that pledge, or it was cancelled.",
    choosePublishedCampaignNone: "Please choose a published campaign, or none.",
    timeAlreadyPassedChooseTime: "This time has already passed: please choose a time in the future.",
    optionKeepsKindOfferNew: "An option keeps its kind: offer a new one instead.",
    formOutDateReloadPage: "This form is out of date: please reload the page.",
    writeSubject: "Please write a subject.",
    keepSubjectUnder150Characters: "Please keep the subject under 150 characters.",
    subjectOneLine: "A subject is one line.",
    writeMessage: "Please write your message.",
    keepMessageUnder5000: "Please keep the message under 5,000 characters.",
    couldntFindShiftAmongGroups: "We couldn't find that shift among this group's options.",
    noOneSignedUpShift: "No one has signed up for this shift yet, so there is no one to write to.",
    zipCode5DigitsLike: "A ZIP code is 5 digits, like 60623.",
    giveGroupsName: "Give the group's name.",
    keepNameUnder120Characters: "Please keep the name under 120 characters.",
    saySentenceTwoWhoLeads: "Say in a sentence or two who leads the group.",
    keepUnder600Characters: "Please keep this under 600 characters.",
    keepDescriptionUnder2000: "Please keep the description under 2,000 characters.",
    use2LetterStateCode: "Use a 2-letter state code, like IL.",
    keepCityUnder100Characters: "Please keep the city under 100 characters.",
    enterTheirEmailAddress: "Enter their email address.",
    enterEmailAddressLikeName: "Please enter an email address like name@example.org.",
    chooseOrganizerViewer: "Choose organizer or viewer.",
    noChorusAccountUsesAddress: "No Chorus account uses this address yet.",
    personNotMemberGroup: "That person is not a member of this group.",
    groupNeedsLeastOneOwner: "A group needs at least one owner, so its last owner can't be removed.",
    giveShortTitle: "Please give it a short title.",
    keepTitleUnder120Characters: "Please keep the title under 120 characters.",
    enterHoursNumber: "Please enter the hours as a number.",
    enterLeastQuarterHour0: "Please enter at least a quarter of an hour (0.25).",
    chooseWhenShiftStarts: "Please choose when the shift starts.",
    chooseWhenShiftEnds: "Please choose when the shift ends.",
    chooseTimeZonePlace: "Please choose the time zone of the place.",
    chooseTimeZoneFromList: "Please choose a time zone from the list, like America/Chicago.",
    keepPlaceUnder300Characters: "Please keep the place under 300 characters.",
    enterRealDateTime: "Please enter a real date and time.",
    shiftMustEndAfterStarts: "The shift must end after it starts.",
    shiftLastMost24Hours: "A shift can last at most 24 hours.",
    sayWhereVolunteersShouldGo: "Please say where volunteers should go, or tick “Remote”.",
    suggestLeastOneAmountLike: "Please suggest at least one amount, like 10, 25, 50.",
    suggestBetween16Amounts: "Please suggest between 1 and 6 amounts.",
    nameItemLikeWinterCoats: "Please name the item, like “Winter coats”.",
    keepItemUnder120Characters: "Please keep the item under 120 characters.",
    nameSkillLikeSpanishTranslation: "Please name the skill, like “Spanish translation”.",
    keepSkillUnder120Characters: "Please keep the skill under 120 characters.",
    chooseWhatKindHelp: "Please choose what kind of help this is.",
    enterNumber: ({ field }: { field: NumberField }) => `Please enter the ${NUMBER_EN[field]} as a number.`,
    enterWholeNumber: ({ field }: { field: NumberField }) =>
      `Please enter the ${NUMBER_EN[field]} as a whole number.`,
    atLeastOne: ({ field }: { field: NumberField }) => `The ${NUMBER_EN[field]} must be at least 1.`,
    atMost: ({ field, max }: { field: NumberField; max: number }) =>
      `The ${NUMBER_EN[field]} can be at most ${most(max)}.`,
    atMostHours: ({ max }: { max: number }) => `Please enter at most ${max} hours.`,
    notWholeDollars: ({ text }: { text: string }) =>
      `“${text}” is not a whole number of dollars between 1 and 100,000.`,
    belowTaken: ({ kind, taken }: { kind: "goods" | "volunteers"; taken: number }) =>
      kind === "goods"
        ? `Already ${taken} pledged, so the quantity needed can't go below ${taken}.`
        : taken === 1
          ? "Already 1 person has signed up, so the number of volunteers can't go below 1."
          : `Already ${taken} people have signed up, so the number of volunteers can't go below ${taken}.`,
    maxFocusAreas: ({ max }: { max: number }) => `Choose up to ${max} focus areas.`,
    focusAreaTooLong: ({ max }: { max: number }) => `Keep each focus area under ${max} characters.`,
    noOneSignedInAs: ({ email }: { email: string }) =>
      `No one has signed in to Chorus as ${email} yet. Ask them to sign in once, then add them here.`,
    alreadyMemberAt: ({ email }: { email: string }) =>
      `The person at ${email} is already a member of this group.`,
    alreadyMember: "Already a member.",
    zipNotPlaced: ({ zip }: { zip: string }) =>
      `We couldn't place ZIP code ${zip}, so the groups are in their usual order. Some ZIP codes are only for PO boxes or businesses; the ZIP code where you live may work.`,
    keepWebsiteAddressUnder500: "Please keep the website address under 500 characters.",
    websiteAddressNotHttps: "The website address must be a full web address starting with https://",
    keepDonationAddressUnder500: "Please keep the donation page address under 500 characters.",
    donationAddressNotHttps: "The donation page address must be a full web address starting with https://",
  },
  es: {
    keepDropOffPlaceUnder200: "El lugar de entrega debe tener menos de 200 caracteres.",
    keepDropOffHoursUnder200: "El horario de entrega debe tener menos de 200 caracteres.",
    shiftAlreadyCancelled: "Este turno ya está cancelado.",
    shiftAlreadyStarted: "Este turno ya empezó, así que no se puede cancelar.",
    couldntFindGroupAmongGroups: "No encontramos ese grupo entre los grupos que ayudas a dirigir.",
    onlyGroupsOwnersOrganizersChange:
      "Solo los dueños y el equipo organizador del grupo pueden cambiar esto.",
    couldntFindWayHelpAmong: "No encontramos esa forma de ayudar entre las opciones de este grupo.",
    chooseDoneMissed: "Elige hecho o faltó.",
    couldntFindPledgeWasCancelled: "No encontramos ese compromiso, o fue cancelado.",
    choosePublishedCampaignNone: "Elige una campaña publicada, o ninguna.",
    timeAlreadyPassedChooseTime: "Esa hora ya pasó: elige una hora en el futuro.",
    optionKeepsKindOfferNew: "Una opción conserva su tipo: mejor ofrece una nueva.",
    formOutDateReloadPage: "Este formulario está desactualizado: recarga la página.",
    writeSubject: "Escribe un asunto.",
    keepSubjectUnder150Characters: "El asunto debe tener menos de 150 caracteres.",
    subjectOneLine: "El asunto es de una sola línea.",
    writeMessage: "Escribe tu mensaje.",
    keepMessageUnder5000: "El mensaje debe tener menos de 5,000 caracteres.",
    couldntFindShiftAmongGroups: "No encontramos ese turno entre las opciones de este grupo.",
    noOneSignedUpShift: "Nadie se ha inscrito en este turno todavía, así que no hay a quién escribir.",
    zipCode5DigitsLike: "Un código postal (ZIP) tiene 5 dígitos, como 60623.",
    giveGroupsName: "Escribe el nombre del grupo.",
    keepNameUnder120Characters: "El nombre debe tener menos de 120 caracteres.",
    saySentenceTwoWhoLeads: "Di en una o dos frases quién dirige el grupo.",
    keepUnder600Characters: "Esto debe tener menos de 600 caracteres.",
    keepDescriptionUnder2000: "La descripción debe tener menos de 2,000 caracteres.",
    use2LetterStateCode: "Usa el código de 2 letras del estado, como IL.",
    keepCityUnder100Characters: "La ciudad debe tener menos de 100 caracteres.",
    enterTheirEmailAddress: "Escribe su correo electrónico.",
    enterEmailAddressLikeName: "Escribe una dirección de correo electrónico como nombre@example.org.",
    chooseOrganizerViewer: "Elige organizador/a u observador/a.",
    noChorusAccountUsesAddress: "Todavía no hay una cuenta de Chorus con esta dirección.",
    personNotMemberGroup: "Esa persona no es miembro de este grupo.",
    groupNeedsLeastOneOwner: "Un grupo necesita al menos un dueño, así que no se puede quitar al último.",
    giveShortTitle: "Ponle un título corto.",
    keepTitleUnder120Characters: "El título debe tener menos de 120 caracteres.",
    enterHoursNumber: "Escribe las horas como un número.",
    enterLeastQuarterHour0: "Escribe al menos un cuarto de hora (0.25).",
    chooseWhenShiftStarts: "Elige cuándo empieza el turno.",
    chooseWhenShiftEnds: "Elige cuándo termina el turno.",
    chooseTimeZonePlace: "Elige la zona horaria del lugar.",
    chooseTimeZoneFromList: "Elige una zona horaria de la lista, como America/Chicago.",
    keepPlaceUnder300Characters: "El lugar debe tener menos de 300 caracteres.",
    enterRealDateTime: "Escribe una fecha y hora reales.",
    shiftMustEndAfterStarts: "El turno debe terminar después de empezar.",
    shiftLastMost24Hours: "Un turno puede durar como máximo 24 horas.",
    sayWhereVolunteersShouldGo: "Di a dónde deben ir los voluntarios, o marca “A distancia”.",
    suggestLeastOneAmountLike: "Sugiere al menos una cantidad, como 10, 25, 50.",
    suggestBetween16Amounts: "Sugiere entre 1 y 6 cantidades.",
    nameItemLikeWinterCoats: "Nombra el artículo, como “Abrigos de invierno”.",
    keepItemUnder120Characters: "El artículo debe tener menos de 120 caracteres.",
    nameSkillLikeSpanishTranslation: "Nombra la habilidad, como “Traducción al español”.",
    keepSkillUnder120Characters: "La habilidad debe tener menos de 120 caracteres.",
    chooseWhatKindHelp: "Elige qué tipo de ayuda es.",
    enterNumber: ({ field }: { field: NumberField }) => `Escribe ${NUMBER_ES[field]} como un número.`,
    enterWholeNumber: ({ field }: { field: NumberField }) =>
      `Escribe ${NUMBER_ES[field]} como un número entero.`,
    atLeastOne: ({ field }: { field: NumberField }) => `${capital(NUMBER_ES[field])} debe ser al menos 1.`,
    atMost: ({ field, max }: { field: NumberField; max: number }) =>
      `${capital(NUMBER_ES[field])} puede ser como máximo ${most(max)}.`,
    atMostHours: ({ max }: { max: number }) => `Escribe como máximo ${max} horas.`,
    notWholeDollars: ({ text }: { text: string }) =>
      `“${text}” no es un número entero de dólares entre 1 y 100,000.`,
    belowTaken: ({ kind, taken }: { kind: "goods" | "volunteers"; taken: number }) =>
      kind === "goods"
        ? `Ya hay ${taken} comprometidos, así que la cantidad que se necesita no puede bajar de ${taken}.`
        : `Ya ${taken === 1 ? "se inscribió 1 persona" : `se inscribieron ${taken} personas`}, así que el número de voluntarios no puede bajar de ${taken}.`,
    maxFocusAreas: ({ max }: { max: number }) => `Elige hasta ${max} temas.`,
    focusAreaTooLong: ({ max }: { max: number }) => `Cada tema debe tener menos de ${max} caracteres.`,
    noOneSignedInAs: ({ email }: { email: string }) =>
      `Nadie ha iniciado sesión en Chorus como ${email} todavía. Pídele que inicie sesión una vez y luego agrégalo aquí.`,
    alreadyMemberAt: ({ email }: { email: string }) =>
      `La persona con el correo ${email} ya es miembro de este grupo.`,
    alreadyMember: "Ya es miembro.",
    zipNotPlaced: ({ zip }: { zip: string }) =>
      `No pudimos ubicar el código postal ${zip}, así que los grupos aparecen en su orden habitual. Algunos códigos postales son solo para apartados postales o empresas; el código postal de donde vives puede funcionar.`,
    keepWebsiteAddressUnder500: "La dirección del sitio web debe tener menos de 500 caracteres.",
    websiteAddressNotHttps:
      "La dirección del sitio web debe ser una dirección completa que empiece con https://",
    keepDonationAddressUnder500:
      "La dirección de la página de donaciones debe tener menos de 500 caracteres.",
    donationAddressNotHttps:
      "La dirección de la página de donaciones debe ser una dirección completa que empiece con https://",
  },
});
