import { defineMessages } from "@/lib/i18n/messages";
import { type RuleKind, targetWords } from "./campaigns.messages";

/** A field named inside a message ("Please keep the link under 500 characters."). */
type Field = "number" | "title" | "status" | "subject" | "link" | "imageAddress" | "startDate" | "endDate";
const FIELD_EN: Record<Field, string> = {
  number: "number",
  title: "title",
  status: "status",
  subject: "subject",
  link: "link",
  imageAddress: "image address",
  startDate: "start date",
  endDate: "end date",
};
const FIELD_ES: Record<Field, string> = {
  number: "el número",
  title: "el título",
  status: "el estado",
  subject: "el asunto",
  link: "el enlace",
  imageAddress: "la dirección de la imagen",
  startDate: "la fecha de inicio",
  endDate: "la fecha de fin",
};
const capital = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;

/** What a campaign still needs before it can be published. */
type Missing = "letterTemplate" | "target" | "cwcTopic";
const MISSING_EN: Record<Missing, string> = {
  letterTemplate: "a letter template",
  target: "at least one target (who the letters go to)",
  cwcTopic: "a Library of Congress topic (the letters go to Congress)",
};
const MISSING_ES: Record<Missing, string> = {
  letterTemplate: "una carta",
  target: "al menos un destinatario (a quién van las cartas)",
  cwcTopic: "un tema de la Biblioteca del Congreso (las cartas van al Congreso)",
};

type Role = "owner" | "organizer" | "viewer";
const ROLES_EN: Record<Role, string> = { owner: "owners", organizer: "organizers", viewer: "viewers" };
const ROLES_ES: Record<Role, string> = {
  owner: "la administración",
  organizer: "el equipo organizador",
  viewer: "quienes tienen solo lectura",
};

/** Merge fields as a letter writes them: "{{official.name}}, {{bill.title}}". */
const mergeFields = (names: string[]) => names.map((name) => `{{${name}}}`).join(", ");

/**
 * Errors of the organizer console (lib/organize and its routes). Thrown as `errorText.organize.<key>`
 * (lib/i18n/errors.ts).
 */
export const organizeErrors = defineMessages({
  en: {
    couldntFindOrganizationAmongYours: "We couldn't find that organization among yours.",
    couldntFindCampaignAmongOrganizations: "We couldn't find that campaign among your organizations'.",
    chooseFederalState: "Choose federal or state.",
    giveBillsNumberLikeH: "Give the bill's number, like H.R. 1234 or SB 56.",
    giveBillsTitle: "Give the bill's title.",
    chooseStateWhoseBill: "Choose the state whose bill it is.",
    chooseStateFromList: "Choose a state from the list.",
    campaignNamesNoBill: "This campaign names no bill.",
    giveCampaignTitle: "Give the campaign a title.",
    giveCampaignTitleLeast3: "Give the campaign a title of at least 3 characters.",
    keepTitleUnder120Characters: "Please keep the title under 120 characters.",
    onlyOrganizationsOwnersOrganizersDo: "Only the organization's owners and organizers can do that.",
    tryAgainAnotherCampaignTook: "Please try again: another campaign took that web address a moment ago.",
    giveCampaignWebAddress: "Give the campaign a web address.",
    webAddressNeedsLeast3: "The web address needs at least 3 letters or numbers.",
    keepWebAddressUnder80: "Please keep the web address under 80 characters.",
    useLowerCaseLettersNumbers: "Use lower-case letters, numbers and dashes, like keep-families-housed.",
    keepSummaryUnder300Characters: "Please keep the summary under 300 characters.",
    keepStoryUnder20000: "Please keep the story under 20,000 characters.",
    keepCallActionUnder300: "Please keep the call to action under 300 characters.",
    keepDescriptionUnder300Characters: "Please keep the description under 300 characters.",
    giveGoalWholeNumberLetters: "Give the goal as a whole number of letters, like 500.",
    goalLeast1Letter: "A goal is at least 1 letter.",
    chooseEnglishSpanish: "Choose English or Spanish.",
    describeImagePeopleWhoCant: "Describe the image for people who can't see it.",
    endDateMustAfterStart: "The end date must be after the start date.",
    webAddressTakenChooseAnother: "That web address is taken. Please choose another.",
    onlyPublishedCampaignClosed: "Only a published campaign can be closed.",
    onlyDraftWasNeverPublished: "Only a draft that was never published can be deleted.",
    chooseLibraryCongressTopicsFrom: "Choose the Library of Congress topics from the list.",
    chooseAgainstNoStance: "Choose for, against, or no stance.",
    chooseWhoLettersGo: "Choose who the letters go to.",
    chooseOneOptions: "Choose one of the options.",
    giveTargetsName: "Give the target's name.",
    keepNameUnder120Characters: "Please keep the name under 120 characters.",
    giveAddressLettersGo: "Give the address letters go to.",
    enterEmailAddressLikeClerk: "Please enter an email address like clerk@example.gov.",
    couldntFindOfficialSearchBy: "We couldn't find that official. Search by name and choose from the list.",
    noCurrentOfficialId: "No current official has this id.",
    targetWasAlreadyRemoved: "That target was already removed.",
    giveLetterSubjectLine: "Give the letter a subject line.",
    keepSubjectUnder200Characters: "Please keep the subject under 200 characters.",
    keepPromptUnder500Characters: "Please keep the prompt under 500 characters.",
    keepEachPartUnder5: "Please keep each part under 5,000 characters.",
    writeLeastOnePartLetter: "Write at least one part of the letter.",
    saveLetterTemplateFirstThen: "Save a letter template first, then preview it.",
    giveResourcesTitle: "Give the resource's title.",
    keepTitleUnder200Characters: "Please keep the title under 200 characters.",
    sayWhoMade: "Say who made it.",
    keepAuthorUnder200Characters: "Please keep the author under 200 characters.",
    giveLink: "Give a link to it.",
    keepLinkUnder500Characters: "Please keep the link under 500 characters.",
    giveFullWebAddressLike: "Give a full web address, like https://example.org/book.",
    keepNoteUnder500Characters: "Please keep the note under 500 characters.",
    writeQuoteStoryPersonsWords: "Write the quote or story, in the person's words.",
    keepUnder3000Characters: "Please keep it under 3,000 characters.",
    sayHowPersonWantsNamed: "Say how the person wants to be named.",
    keepUnder200Characters: "Please keep this under 200 characters.",
    recordHowPersonGavePermission: "Record how the person gave permission to publish this.",
    giveDatePermissionWasGiven: "Give the date permission was given.",
    giveDatePermissionWasGiven2: "Give the date permission was given, like 2026-03-01.",
    giveRealDateLike2026: "Give a real date, like 2026-03-01.",
    permissionCantGivenFuture: "Permission can't be given in the future.",
    resourceWasRemoved: "That resource was removed.",
    resourceWasAlreadyRemoved: "That resource was already removed.",
    voiceWasRemoved: "That voice was removed.",
    voiceWasAlreadyRemoved: "That voice was already removed.",
    thereNoWaitingLettersOfficial: "There are no waiting letters to that official that we can send on.",
    someTheseLettersChangedWhile:
      "Some of these letters changed while we were sending them on. Please try again.",
    deliveryNotWaitingRetry: "That delivery is not waiting for a retry.",
    noFailedDeliveriesRetry: "No failed deliveries to retry.",
    giveOrganizationsName: "Give your organization's name.",
    keepWebAddressUnder60: "Please keep the web address under 60 characters.",
    useLowerCaseLettersNumbers2: "Use lower-case letters, numbers and dashes, like fair-housing-now.",
    enterTheirEmailAddress: "Enter their email address.",
    enterEmailAddressLikeName: "Please enter an email address like name@example.org.",
    chooseOwnerOrganizerViewer: "Choose owner, organizer or viewer.",
    alreadyTeam: "Already on the team.",
    onlyOrganizationsOwnersDo: "Only the organization's owners can do that.",
    invitationWasAlreadyAcceptedWithdrawn: "That invitation was already accepted or withdrawn.",
    invitationLinkDoesntWorkAsk:
      "This invitation link doesn't work. Ask the person who invited you for a new one.",
    invitationExpiredAskPersonWho:
      "This invitation has expired. Ask the person who invited you for a new one.",
    organizationNeedsLeastOneOwner:
      "An organization needs at least one owner, so its last owner can't be changed or removed.",
    personNotTeam: "That person is not on this team.",
    onlyDraftPutUpPreview: "Only a draft can be put up for preview.",
    onlyCampaignPreviewGoBack: "Only a campaign in preview can go back to draft.",
    couldntFindStepMayBeen: "We couldn't find that step. It may have been removed.",
    notOneCampaignsSteps: "That is not one of this campaign's steps.",
    giveStepsTheirNewOrder: "Give the steps in their new order.",
    eachStepAppearsOnceOrder: "Each step appears once in the order.",
    checkOrderSteps: "Please check the order of the steps.",
    stepsChangedWhileWereOrdering:
      "The steps changed while you were ordering them. Please look at the list again and reorder.",
    nameStepLikeCallTuesday: "Name the step, like “Call in on Tuesday”.",
    keepDescriptionUnder500Characters: "Please keep the description under 500 characters.",
    addressAlreadyConfirmedLettersGo: "This address is already confirmed: letters go to it.",
    linkNoLongerWorks: "This link no longer works.",
    campaignAlreadyLanguageTranslateInto:
      "The campaign is already in that language: translate it into the other one.",
    chorusSpeaksEnglishSpanishChoose: "Chorus speaks English and Spanish: choose one of those.",
    describeImagePeopleWhoCant2: "Describe the image for people who can't see it, in this language.",
    translationWasAlreadyRemoved: "That translation was already removed.",
    writeSubject: "Please write a subject.",
    subjectOneLine: "A subject is one line.",
    writeUpdate: "Please write your update.",
    keepUpdateUnder20000: "Please keep the update under 20,000 characters.",
    onlyOrganizationsOwnersOrganizersWrite:
      "Only the organization's owners and organizers can write updates.",
    couldntFindDraftMayBeen: "We couldn't find that draft. It may have been sent already.",
    couldntFindUpdate: "We couldn't find that update.",
    pageDoesNotExist: "This page does not exist.",
    thereNoOrganizationWebAddress: "There is no organization with that web address.",
    chooseLettersDeliveriesPledgesSupporters: "Choose letters, deliveries, pledges, supporters or osdi.",
    signDownloadFile: "Please sign in to download this file.",
    keepFieldUnder: ({ field, max }: { field: Field; max: number }) =>
      `Please keep the ${FIELD_EN[field]} under ${max} characters.`,
    fieldIsOneLine: ({ field }: { field: Field }) => `The ${FIELD_EN[field]} is one line.`,
    fieldNotHttps: ({ field }: { field: Field }) =>
      `The ${FIELD_EN[field]} must be a full web address starting with https://`,
    giveFieldAsDate: ({ field }: { field: Field }) =>
      `Give the ${FIELD_EN[field]} as a date, like 2026-03-01.`,
    giveBillField: ({ field }: { field: Field }) => `Give the bill's ${FIELD_EN[field]}.`,
    addBeforePublishing: ({ missing }: { missing: Missing[] }) =>
      `Before publishing, add ${missing.map((what) => MISSING_EN[what]).join(" and ")}.`,
    ruleAlreadyTargeted: ({ rule }: { rule: RuleKind }) =>
      `${targetWords.en.rules[rule]} is already one of this campaign's targets.`,
    officialAlreadyTargeted: ({ name }: { name: string }) =>
      `${name} is already one of this campaign's targets.`,
    unknownMergeFields: ({ unknown, known }: { unknown: string[]; known: string[] }) =>
      unknown.length === 1
        ? `${mergeFields(unknown)} is not a merge field we know. Use one of: ${mergeFields(known)}.`
        : `${mergeFields(unknown)} are not merge fields we know. Use one of: ${mergeFields(known)}.`,
    needsBill: ({ fields }: { fields: string[] }) =>
      fields.length > 1
        ? `${mergeFields(fields)} need the campaign's bill: name the bill in the Bill section first.`
        : `${mergeFields(fields)} needs the campaign's bill: name the bill in the Bill section first.`,
    letterMaxParts: ({ max }: { max: number }) => `A letter has at most ${max} parts.`,
    billFieldsInLetter: ({ fields }: { fields: string[] }) =>
      `The letter uses ${mergeFields(fields)}. Take them out of the letter first, then remove the bill.`,
    maxSteps: ({ max }: { max: number }) => `A campaign has at most ${max} steps.`,
    maxStepsRemoveOne: ({ max }: { max: number }) => `A campaign has at most ${max} steps. Remove one first.`,
    slugUsedByOrganization: ({ slug }: { slug: string }) =>
      `${slug} is already used by another organization.`,
    slugUsedByCampaign: ({ slug }: { slug: string }) =>
      `/campaigns/${slug} is already used by another campaign.`,
    emailAlreadyOnTeam: ({ email }: { email: string }) => `“${email}” is already on the team.`,
    unverifiedInvitations: ({ allowed }: { allowed: number }) =>
      `Your organization is not verified yet, so it can send ${allowed} invitations. More can go once an operator of this Chorus verifies it.`,
    invitationIsFor: ({ email }: { email: string }) =>
      `This invitation is for ${email}. Sign in with that address to accept it.`,
    noAudience: ({ name }: { name: string }) =>
      `No one has agreed to hear from ${name} yet, so there is no one to send this to.`,
    onlyRolesCanDoThat: ({ roles }: { roles: Role[] }) =>
      roles.length > 1
        ? `Only the organization's ${roles.map((role) => ROLES_EN[role]).join(" and ")} can do that.`
        : `Only the organization's ${ROLES_EN[roles[0] ?? "owner"]} can do that.`,
    chooseRole: "Choose a role.",
    exportHoldsPersonalData:
      "This file holds supporters' personal data: only the organization's owners and organizers can download it.",
  },
  es: {
    couldntFindOrganizationAmongYours: "No encontramos esa organización entre las tuyas.",
    couldntFindCampaignAmongOrganizations: "No encontramos esa campaña entre las de tus organizaciones.",
    chooseFederalState: "Elige federal o estatal.",
    giveBillsNumberLikeH: "Escribe el número del proyecto de ley, como H.R. 1234 o SB 56.",
    giveBillsTitle: "Escribe el título del proyecto de ley.",
    chooseStateWhoseBill: "Elige el estado al que pertenece el proyecto de ley.",
    chooseStateFromList: "Elige un estado de la lista.",
    campaignNamesNoBill: "Esta campaña no nombra ningún proyecto de ley.",
    giveCampaignTitle: "Ponle un título a la campaña.",
    giveCampaignTitleLeast3: "Ponle a la campaña un título de al menos 3 caracteres.",
    keepTitleUnder120Characters: "El título debe tener menos de 120 caracteres.",
    onlyOrganizationsOwnersOrganizersDo:
      "Solo la administración y el equipo organizador de la organización pueden hacer eso.",
    tryAgainAnotherCampaignTook: "Inténtalo de nuevo: otra campaña tomó esa dirección web hace un momento.",
    giveCampaignWebAddress: "Dale una dirección web a la campaña.",
    webAddressNeedsLeast3: "La dirección web necesita al menos 3 letras o números.",
    keepWebAddressUnder80: "La dirección web debe tener menos de 80 caracteres.",
    useLowerCaseLettersNumbers: "Usa letras minúsculas, números y guiones, como familias-con-hogar.",
    keepSummaryUnder300Characters: "El resumen debe tener menos de 300 caracteres.",
    keepStoryUnder20000: "La historia debe tener menos de 20,000 caracteres.",
    keepCallActionUnder300: "El llamado a la acción debe tener menos de 300 caracteres.",
    keepDescriptionUnder300Characters: "La descripción debe tener menos de 300 caracteres.",
    giveGoalWholeNumberLetters: "Escribe la meta como un número entero de cartas, por ejemplo 500.",
    goalLeast1Letter: "La meta es de al menos 1 carta.",
    chooseEnglishSpanish: "Elige inglés o español.",
    describeImagePeopleWhoCant: "Describe la imagen para quienes no pueden verla.",
    endDateMustAfterStart: "La fecha de fin debe ser después de la fecha de inicio.",
    webAddressTakenChooseAnother: "Esa dirección web ya está en uso. Elige otra.",
    onlyPublishedCampaignClosed: "Solo se puede cerrar una campaña publicada.",
    onlyDraftWasNeverPublished: "Solo se puede borrar un borrador que nunca se publicó.",
    chooseLibraryCongressTopicsFrom: "Elige los temas de la Biblioteca del Congreso de la lista.",
    chooseAgainstNoStance: "Elige a favor, en contra o sin postura.",
    chooseWhoLettersGo: "Elige a quién van las cartas.",
    chooseOneOptions: "Elige una de las opciones.",
    giveTargetsName: "Escribe el nombre del destinatario.",
    keepNameUnder120Characters: "El nombre debe tener menos de 120 caracteres.",
    giveAddressLettersGo: "Escribe la dirección a la que van las cartas.",
    enterEmailAddressLikeClerk: "Escribe un correo electrónico como secretaria@ejemplo.gov.",
    couldntFindOfficialSearchBy:
      "No encontramos a ese representante. Búscalo por nombre y elígelo de la lista.",
    noCurrentOfficialId: "Ningún representante actual tiene ese identificador.",
    targetWasAlreadyRemoved: "Ese destinatario ya se quitó.",
    giveLetterSubjectLine: "Ponle un asunto a la carta.",
    keepSubjectUnder200Characters: "El asunto debe tener menos de 200 caracteres.",
    keepPromptUnder500Characters: "La invitación a escribir debe tener menos de 500 caracteres.",
    keepEachPartUnder5: "Cada parte debe tener menos de 5,000 caracteres.",
    writeLeastOnePartLetter: "Escribe al menos una parte de la carta.",
    saveLetterTemplateFirstThen: "Primero guarda la carta y luego mírala en vista previa.",
    giveResourcesTitle: "Escribe el título del recurso.",
    keepTitleUnder200Characters: "El título debe tener menos de 200 caracteres.",
    sayWhoMade: "Di quién lo hizo.",
    keepAuthorUnder200Characters: "El nombre de quien lo hizo debe tener menos de 200 caracteres.",
    giveLink: "Agrega un enlace.",
    keepLinkUnder500Characters: "El enlace debe tener menos de 500 caracteres.",
    giveFullWebAddressLike: "Escribe una dirección web completa, como https://example.org/libro.",
    keepNoteUnder500Characters: "La nota debe tener menos de 500 caracteres.",
    writeQuoteStoryPersonsWords: "Escribe la cita o la historia, con las palabras de la persona.",
    keepUnder3000Characters: "Debe tener menos de 3,000 caracteres.",
    sayHowPersonWantsNamed: "Di cómo quiere la persona que se le nombre.",
    keepUnder200Characters: "Debe tener menos de 200 caracteres.",
    recordHowPersonGavePermission: "Anota cómo dio la persona su permiso para publicarlo.",
    giveDatePermissionWasGiven: "Escribe la fecha en que dio su permiso.",
    giveDatePermissionWasGiven2: "Escribe la fecha en que dio su permiso, como 2026-03-01.",
    giveRealDateLike2026: "Escribe una fecha real, como 2026-03-01.",
    permissionCantGivenFuture: "El permiso no puede tener una fecha futura.",
    resourceWasRemoved: "Ese recurso se quitó.",
    resourceWasAlreadyRemoved: "Ese recurso ya se quitó.",
    voiceWasRemoved: "Ese testimonio se quitó.",
    voiceWasAlreadyRemoved: "Ese testimonio ya se quitó.",
    thereNoWaitingLettersOfficial: "No hay cartas en espera para ese representante que podamos reenviar.",
    someTheseLettersChangedWhile:
      "Algunas de estas cartas cambiaron mientras las reenviábamos. Inténtalo de nuevo.",
    deliveryNotWaitingRetry: "Esa entrega no está esperando un reintento.",
    noFailedDeliveriesRetry: "No hay entregas fallidas que reintentar.",
    giveOrganizationsName: "Escribe el nombre de tu organización.",
    keepWebAddressUnder60: "La dirección web debe tener menos de 60 caracteres.",
    useLowerCaseLettersNumbers2: "Usa letras minúsculas, números y guiones, como vivienda-justa-ya.",
    enterTheirEmailAddress: "Escribe su correo electrónico.",
    enterEmailAddressLikeName: "Escribe una dirección de correo electrónico como nombre@example.org.",
    chooseOwnerOrganizerViewer: "Elige administración, equipo organizador o solo lectura.",
    alreadyTeam: "Ya está en el equipo.",
    onlyOrganizationsOwnersDo: "Solo la administración de la organización puede hacer eso.",
    invitationWasAlreadyAcceptedWithdrawn: "Esa invitación ya se aceptó o se retiró.",
    invitationLinkDoesntWorkAsk:
      "Este enlace de invitación no funciona. Pide a quien te invitó que te envíe otro.",
    invitationExpiredAskPersonWho: "Esta invitación venció. Pide a quien te invitó que te envíe otra.",
    organizationNeedsLeastOneOwner:
      "Una organización necesita al menos una persona en la administración, así que no se puede cambiar ni quitar a la última.",
    personNotTeam: "Esa persona no está en este equipo.",
    onlyDraftPutUpPreview: "Solo un borrador se puede poner en vista previa.",
    onlyCampaignPreviewGoBack: "Solo una campaña en vista previa puede regresar a borrador.",
    couldntFindStepMayBeen: "No encontramos ese paso. Quizás se quitó.",
    notOneCampaignsSteps: "Ese no es uno de los pasos de esta campaña.",
    giveStepsTheirNewOrder: "Indica los pasos en su nuevo orden.",
    eachStepAppearsOnceOrder: "Cada paso aparece una sola vez en el orden.",
    checkOrderSteps: "Revisa el orden de los pasos.",
    stepsChangedWhileWereOrdering:
      "Los pasos cambiaron mientras los ordenabas. Mira la lista de nuevo y vuelve a ordenarlos.",
    nameStepLikeCallTuesday: "Ponle nombre al paso, como “Llama el martes”.",
    keepDescriptionUnder500Characters: "La descripción debe tener menos de 500 caracteres.",
    addressAlreadyConfirmedLettersGo: "Esta dirección ya está confirmada: las cartas le llegan.",
    linkNoLongerWorks: "Este enlace ya no funciona.",
    campaignAlreadyLanguageTranslateInto: "La campaña ya está en ese idioma: tradúcela al otro.",
    chorusSpeaksEnglishSpanishChoose: "Chorus habla inglés y español: elige uno de los dos.",
    describeImagePeopleWhoCant2: "Describe la imagen, en este idioma, para las personas que no pueden verla.",
    translationWasAlreadyRemoved: "Esa traducción ya se había quitado.",
    writeSubject: "Escribe un asunto.",
    subjectOneLine: "El asunto es de una sola línea.",
    writeUpdate: "Escribe tus noticias.",
    keepUpdateUnder20000: "Las noticias deben tener menos de 20,000 caracteres.",
    onlyOrganizationsOwnersOrganizersWrite:
      "Solo la administración y el equipo organizador de la organización pueden escribir noticias.",
    couldntFindDraftMayBeen: "No encontramos ese borrador. Quizás ya se envió.",
    couldntFindUpdate: "No encontramos esas noticias.",
    pageDoesNotExist: "Esta página no existe.",
    thereNoOrganizationWebAddress: "No hay ninguna organización con esa dirección web.",
    chooseLettersDeliveriesPledgesSupporters: "Elige letters, deliveries, pledges, supporters u osdi.",
    signDownloadFile: "Inicia sesión para descargar este archivo.",
    keepFieldUnder: ({ field, max }: { field: Field; max: number }) =>
      `${capital(FIELD_ES[field])} debe tener menos de ${max} caracteres.`,
    fieldIsOneLine: ({ field }: { field: Field }) => `${capital(FIELD_ES[field])} es de una sola línea.`,
    fieldNotHttps: ({ field }: { field: Field }) =>
      `${capital(FIELD_ES[field])} debe ser una dirección web completa que empiece con https://`,
    giveFieldAsDate: ({ field }: { field: Field }) =>
      `Escribe ${FIELD_ES[field]} como una fecha, por ejemplo 2026-03-01.`,
    giveBillField: ({ field }: { field: Field }) => `Escribe ${FIELD_ES[field]} del proyecto de ley.`,
    addBeforePublishing: ({ missing }: { missing: Missing[] }) =>
      `Antes de publicar, agrega ${missing.map((what) => MISSING_ES[what]).join(" y ")}.`,
    ruleAlreadyTargeted: ({ rule }: { rule: RuleKind }) =>
      `${targetWords.es.rules[rule]} ya es uno de los destinatarios de esta campaña.`,
    officialAlreadyTargeted: ({ name }: { name: string }) =>
      `${name} ya es uno de los destinatarios de esta campaña.`,
    unknownMergeFields: ({ unknown, known }: { unknown: string[]; known: string[] }) =>
      `No conocemos estos campos combinados: ${mergeFields(unknown)}. Usa uno de estos: ${mergeFields(known)}.`,
    needsBill: ({ fields }: { fields: string[] }) =>
      `${mergeFields(fields)} necesita${fields.length > 1 ? "n" : ""} el proyecto de ley de la campaña: nómbralo primero en la sección Proyecto de ley.`,
    letterMaxParts: ({ max }: { max: number }) => `Una carta tiene como máximo ${max} partes.`,
    billFieldsInLetter: ({ fields }: { fields: string[] }) =>
      `La carta usa ${mergeFields(fields)}. Primero quítalos de la carta y luego quita el proyecto de ley.`,
    maxSteps: ({ max }: { max: number }) => `Una campaña tiene como máximo ${max} pasos.`,
    maxStepsRemoveOne: ({ max }: { max: number }) =>
      `Una campaña tiene como máximo ${max} pasos. Quita uno primero.`,
    slugUsedByOrganization: ({ slug }: { slug: string }) => `${slug} ya lo usa otra organización.`,
    slugUsedByCampaign: ({ slug }: { slug: string }) => `/campaigns/${slug} ya lo usa otra campaña.`,
    emailAlreadyOnTeam: ({ email }: { email: string }) => `“${email}” ya está en el equipo.`,
    unverifiedInvitations: ({ allowed }: { allowed: number }) =>
      `Tu organización aún no está verificada, así que puede enviar ${allowed} invitaciones. Podrá enviar más cuando un operador de este Chorus la verifique.`,
    invitationIsFor: ({ email }: { email: string }) =>
      `Esta invitación es para ${email}. Inicia sesión con esa dirección para aceptarla.`,
    noAudience: ({ name }: { name: string }) =>
      `Todavía nadie aceptó recibir noticias de ${name}, así que no hay a quién enviar esto.`,
    onlyRolesCanDoThat: ({ roles }: { roles: Role[] }) =>
      roles.length > 1
        ? `Solo ${roles.map((role) => ROLES_ES[role]).join(" y ")} de la organización pueden hacer eso.`
        : `Solo ${ROLES_ES[roles[0] ?? "owner"]} de la organización puede hacer eso.`,
    chooseRole: "Elige un rol.",
    exportHoldsPersonalData:
      "Este archivo contiene datos personales de quienes apoyan la campaña: solo la administración y el equipo organizador de la organización pueden descargarlo.",
  },
});
