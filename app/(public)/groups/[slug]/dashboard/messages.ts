import { formatNumber } from "@/lib/i18n/format";
import { defineMessages } from "@/lib/i18n/messages";

const en = (n: number) => formatNumber("en", n);
const es = (n: number) => formatNumber("es", n);

/**
 * A group's dashboard: totals, its ways to help, one option's roster, offering or editing an option, a message to
 * a shift's volunteers, and what those actions answer. Money comes in already written (formatDollars).
 */
export const dashboardWords = defineMessages({
  en: {
    kinds: {
      volunteer_shift: "Volunteer shift",
      donation: "Donation",
      goods: "Goods",
      skills: "Pro-bono skills",
    },
    kindHints: {
      volunteer_shift: "A date and time, a place or online, and how many people you need.",
      donation: "Suggested amounts; gifts go to your group's own donation page.",
      goods: "Things you need, and how many.",
      skills: "Professional help given for free, like translation or legal advice, in hours.",
    },

    // present.ts
    remote: "Remote",
    giftsToOwnPage: "Gifts go to your own donation page",
    hours: (n: number) => `${n} hours`,
    shiftSignedUp: (taken: number, capacity: number | null) =>
      capacity === null ? `${taken} signed up` : `${taken} / ${capacity} signed up`,
    goodsPledged: (taken: number, capacity: number | null) =>
      capacity === null ? `${taken} pledged` : `${taken} of ${capacity} pledged`,
    gifts: (n: number, money: string) => `${en(n)} ${n === 1 ? "gift" : "gifts"}, ${money}`,
    volunteersHours: (n: number, hours: number) =>
      `${en(n)} ${n === 1 ? "volunteer" : "volunteers"}, ${hours} hours`,
    came: (done: number, missed: number) => `${done} came${missed ? `, ${missed} missed` : ""}`,
    received: (n: number) => `${n} received`,
    given: (money: string) => `${money} given`,
    doneHours: (n: number, hours: number) => `${en(n)} done, ${hours} hours`,
    outcomes: {
      volunteer_shift: { done: "Attended", missed: "Missed" },
      donation: { done: "Received", missed: "Not received" },
      goods: { done: "Received", missed: "Not received" },
      skills: { done: "Done", missed: "Didn't happen" },
    },

    // The dashboard
    title: "Group dashboard",
    heading: "Dashboard",
    intro: (group: string) => `Who pledged what to ${group}, and what has happened so far.`,
    viewerNote: " You can see everything here; the group's owners and organizers make the changes.",
    totalsHeading: "Pledged and fulfilled",
    volunteers: "Volunteers",
    volunteersPledged: (n: number) => `${en(n)} signed up`,
    volunteersDone: (n: number) => `${en(n)} took part`,
    hoursLabel: "Hours",
    hoursPledged: (n: number) => `${en(n)} pledged`,
    hoursDone: (n: number) => `${en(n)} given`,
    money: "Money",
    moneyPledged: (money: string) => `${money} pledged`,
    moneyDone: (money: string) => `${money} received`,
    items: "Items",
    itemsPledged: (n: number) => `${en(n)} pledged`,
    itemsDone: (n: number) => `${en(n)} received`,
    waysToHelp: "Ways to help",
    offerNew: "Offer a new way to help",
    noOptions: "Your group doesn't offer any ways to help yet.",
    noOptionsManage:
      " Offer a volunteer shift, a donation, goods you need or a skill, and supporters can pledge.",
    tableCaption: (group: string) =>
      `Ways to help ${group} offers, with sign-ups and what has been fulfilled`,
    wayToHelp: "Way to help",
    pledged: "Pledged",
    fulfilled: "Fulfilled",
    status: "Status",
    onCampaign: (title: string) => `On “${title}”`,
    open: "Open",
    closed: "Closed",

    // One option's page
    rosterTitle: "Who signed up",
    backToDashboard: (group: string) => `${group}: dashboard`,
    created: "Thank you: it is offered now.",
    saved: "Saved.",
    alsoOn: "Also offered on",
    closedToNew: "Closed to new pledges",
    download: "Download the list (CSV)",
    edit: "Edit",
    close: "Close to new pledges",
    openAgain: "Open again",
    closingNote: "Closing keeps everyone who already pledged, and everything marked so far.",
    cancelShift: "Cancel this shift",
    cancelShiftNote: (volunteers: number) =>
      volunteers === 0
        ? "The shift will be closed for good. No one has signed up yet."
        : `The shift will be closed for good, and ${volunteers === 1 ? "the 1 volunteer" : `all ${volunteers} volunteers`} signed up will get an email that removes it from their calendar.`,
    yesCancelShift: "Yes, cancel the shift",
    shiftCancelled: (volunteers: number) =>
      volunteers === 0
        ? "The shift is cancelled."
        : `The shift is cancelled, and ${volunteers === 1 ? "its volunteer is" : `its ${volunteers} volunteers are`} being told.`,
    cancelledBadge: "Cancelled",
    cancelFailed: "This shift couldn't be cancelled: it has started, or it is cancelled already.",
    noOneYet: "No one has signed up yet — share the",
    campaign: "campaign",
    groupsPage: "group's page",
    soPeopleFind: "so people can find it.",
    rosterCaption: (title: string) =>
      `People who pledged to ${title}, with their contact details and what happened`,
    name: "Name",
    contact: "Contact",
    note: "Note",
    mark: "Mark",
    undo: "Undo",
    undoWho: (name: string) => `Undo: ${name}`,
    amount: (money: string, monthly: boolean) => `${money}${monthly ? " a month" : " once"}`,
    itemsN: (n: number) => `${n} items`,
    cancelledCount: (n: number) => `${n} ${n === 1 ? "person" : "people"} cancelled`,
    writeHeading: "Write to the volunteers of this shift",

    // The option form and its pages
    offerTitle: "Offer a way to help",
    chooseAnother: "Choose another kind",
    offerIt: "Offer it",
    whatToPledge: "What would you like people to pledge?",
    editTitle: "Edit a way to help",
    editHeading: (title: string) => `Edit: ${title}`,
    keepPlace: (kind: string) => `${kind}. People who already pledged keep their place.`,
    saveChanges: "Save changes",
    titleLabel: "Title",
    description: "Description (optional)",
    descriptionHint: "What people will do or give, in a few words.",
    timeZone: "Time zone of the place",
    unitedStates: "United States",
    elsewhere: "Everywhere else",
    zones: {
      "America/New_York": "Eastern Time (New York)",
      "America/Chicago": "Central Time (Chicago)",
      "America/Denver": "Mountain Time (Denver)",
      "America/Phoenix": "Arizona Time (Phoenix)",
      "America/Los_Angeles": "Pacific Time (Los Angeles)",
      "America/Anchorage": "Alaska Time (Anchorage)",
      "Pacific/Honolulu": "Hawaii Time (Honolulu)",
      "America/Puerto_Rico": "Atlantic Time (Puerto Rico)",
    },
    starts: "Starts",
    startsHint: "On the clock of the place, in its time zone.",
    ends: "Ends",
    place: "Place",
    placeHint: "The address where volunteers meet. Leave empty if the shift is remote.",
    shiftRemote: "Remote: volunteers take part from wherever they are",
    howManyVolunteers: "How many volunteers",
    hoursEach: "Hours each volunteer gives (optional)",
    hoursEachHint: "Leave empty to count the length of the shift.",
    amounts: "Suggested amounts in US dollars",
    amountsHint:
      "One to six whole-dollar amounts, separated by commas, like 10, 25, 50. Gifts go to your group's own donation page.",
    monthly: "Offer a monthly gift too",
    item: "Item",
    itemHint: "Like “Winter coats (adult sizes)”.",
    howManyNeeded: "How many you need",
    skill: "Skill",
    skillHint: "Like “Spanish translation”.",
    hoursAsked: "Hours you ask for",
    placeOptional: "Place (optional)",
    skillRemote: "Remote: can be done from anywhere",
    onCampaignToo: "Show it on a campaign too (optional)",
    onCampaignHint: "It always shows on your group's page.",
    noCampaign: "No campaign: only on our group's page",
    saving: "Saving…",

    // The message form
    goesTo: (n: number, email: string) =>
      `It goes by email to the ${n} ${n === 1 ? "person" : "people"} signed up (not to anyone who cancelled). Replies come to you at ${email}.`,
    subject: "Subject",
    message: "Message",
    messageHint: "Plain text, up to 5,000 characters. Leave a blank line between paragraphs.",
    writeAnother: "Write another message",
    sending: "Sending…",
    send: "Send to volunteers",

    // What the actions answer
    signedOut: "Your session has ended. Please sign in again.",
    alreadySent: (n: number) =>
      `This message was already sent to ${n} ${n === 1 ? "volunteer" : "volunteers"}.`,
    sent: (n: number) => `Sent to ${n} ${n === 1 ? "volunteer" : "volunteers"}.`,
    signInForList: "Please sign in to download the list.",
  },
  es: {
    kinds: {
      volunteer_shift: "Turno de voluntariado",
      donation: "Donación",
      goods: "Artículos",
      skills: "Habilidades pro bono",
    },
    kindHints: {
      volunteer_shift: "Una fecha y hora, un lugar o en línea, y cuántas personas necesitas.",
      donation: "Cantidades sugeridas; las donaciones van a la página de donaciones de tu grupo.",
      goods: "Cosas que necesitas, y cuántas.",
      skills: "Ayuda profesional gratuita, como traducción o asesoría legal, en horas.",
    },

    remote: "A distancia",
    giftsToOwnPage: "Las donaciones van a tu propia página de donaciones",
    hours: (n: number) => `${es(n)} ${n === 1 ? "hora" : "horas"}`,
    shiftSignedUp: (taken: number, capacity: number | null) =>
      capacity === null ? `${es(taken)} inscritos` : `${es(taken)} / ${es(capacity)} inscritos`,
    goodsPledged: (taken: number, capacity: number | null) =>
      capacity === null ? `${es(taken)} comprometidos` : `${es(taken)} de ${es(capacity)} comprometidos`,
    gifts: (n: number, money: string) => `${es(n)} ${n === 1 ? "donación" : "donaciones"}, ${money}`,
    volunteersHours: (n: number, hours: number) =>
      `${es(n)} ${n === 1 ? "voluntario" : "voluntarios"}, ${es(hours)} horas`,
    came: (done: number, missed: number) =>
      `${es(done)} ${done === 1 ? "asistió" : "asistieron"}${missed ? `, ${es(missed)} ${missed === 1 ? "faltó" : "faltaron"}` : ""}`,
    received: (n: number) => `${es(n)} recibidos`,
    given: (money: string) => `${money} donados`,
    doneHours: (n: number, hours: number) => `${es(n)} ${n === 1 ? "hecho" : "hechos"}, ${es(hours)} horas`,
    outcomes: {
      volunteer_shift: { done: "Asistió", missed: "Faltó" },
      donation: { done: "Recibido", missed: "No recibido" },
      goods: { done: "Recibido", missed: "No recibido" },
      skills: { done: "Hecho", missed: "No se hizo" },
    },

    title: "Panel del grupo",
    heading: "Panel",
    intro: (group: string) => `Quién se comprometió con qué en ${group}, y qué ha pasado hasta ahora.`,
    viewerNote: " Puedes ver todo aquí; los dueños y el equipo organizador del grupo hacen los cambios.",
    totalsHeading: "Comprometido y cumplido",
    volunteers: "Voluntarios",
    volunteersPledged: (n: number) => `${es(n)} inscritos`,
    volunteersDone: (n: number) => `${es(n)} participaron`,
    hoursLabel: "Horas",
    hoursPledged: (n: number) => `${es(n)} comprometidas`,
    hoursDone: (n: number) => `${es(n)} dadas`,
    money: "Dinero",
    moneyPledged: (money: string) => `${money} comprometidos`,
    moneyDone: (money: string) => `${money} recibidos`,
    items: "Artículos",
    itemsPledged: (n: number) => `${es(n)} comprometidos`,
    itemsDone: (n: number) => `${es(n)} recibidos`,
    waysToHelp: "Formas de ayudar",
    offerNew: "Ofrecer una nueva forma de ayudar",
    noOptions: "Tu grupo todavía no ofrece formas de ayudar.",
    noOptionsManage:
      " Ofrece un turno de voluntariado, una donación, artículos que necesitas o una habilidad, y la gente podrá comprometerse.",
    tableCaption: (group: string) =>
      `Formas de ayudar que ofrece ${group}, con las inscripciones y lo que se ha cumplido`,
    wayToHelp: "Forma de ayudar",
    pledged: "Comprometido",
    fulfilled: "Cumplido",
    status: "Estado",
    onCampaign: (title: string) => `En “${title}”`,
    open: "Abierta",
    closed: "Cerrada",

    rosterTitle: "Quién se inscribió",
    backToDashboard: (group: string) => `${group}: panel`,
    created: "Gracias: ya está publicada.",
    saved: "Guardado.",
    alsoOn: "También se ofrece en",
    closedToNew: "Cerrada a nuevos compromisos",
    download: "Descargar la lista (CSV)",
    edit: "Editar",
    close: "Cerrar a nuevos compromisos",
    openAgain: "Abrir de nuevo",
    closingNote:
      "Al cerrarla se conservan todas las personas que ya se comprometieron y todo lo marcado hasta ahora.",
    cancelShift: "Cancelar este turno",
    cancelShiftNote: (volunteers: number) =>
      volunteers === 0
        ? "El turno se cerrará para siempre. Nadie se ha inscrito todavía."
        : `El turno se cerrará para siempre, y ${volunteers === 1 ? "la persona voluntaria inscrita recibirá" : `las ${volunteers} personas voluntarias inscritas recibirán`} un correo que lo quita de su calendario.`,
    yesCancelShift: "Sí, cancelar el turno",
    shiftCancelled: (volunteers: number) =>
      volunteers === 0
        ? "El turno se canceló."
        : `El turno se canceló, y ${volunteers === 1 ? "estamos avisando a la persona voluntaria" : `estamos avisando a las ${volunteers} personas voluntarias`}.`,
    cancelledBadge: "Cancelado",
    cancelFailed: "No se pudo cancelar este turno: ya empezó o ya estaba cancelado.",
    noOneYet: "Nadie se ha inscrito todavía: comparte la",
    campaign: "campaña",
    groupsPage: "página del grupo",
    soPeopleFind: "para que la gente la encuentre.",
    rosterCaption: (title: string) =>
      `Personas que se comprometieron con ${title}, con sus datos de contacto y lo que pasó`,
    name: "Nombre",
    contact: "Contacto",
    note: "Nota",
    mark: "Marcar",
    undo: "Deshacer",
    undoWho: (name: string) => `Deshacer: ${name}`,
    amount: (money: string, monthly: boolean) => `${money}${monthly ? " al mes" : " una vez"}`,
    itemsN: (n: number) => `${es(n)} artículos`,
    cancelledCount: (n: number) => `${es(n)} ${n === 1 ? "persona canceló" : "personas cancelaron"}`,
    writeHeading: "Escribe a los voluntarios de este turno",

    offerTitle: "Ofrecer una forma de ayudar",
    chooseAnother: "Elegir otro tipo",
    offerIt: "Publicarla",
    whatToPledge: "¿Con qué te gustaría que la gente se comprometa?",
    editTitle: "Editar una forma de ayudar",
    editHeading: (title: string) => `Editar: ${title}`,
    keepPlace: (kind: string) => `${kind}. Las personas que ya se comprometieron conservan su lugar.`,
    saveChanges: "Guardar los cambios",
    titleLabel: "Título",
    description: "Descripción (opcional)",
    descriptionHint: "Lo que la gente hará o dará, en pocas palabras.",
    timeZone: "Zona horaria del lugar",
    unitedStates: "Estados Unidos",
    elsewhere: "Otros lugares",
    zones: {
      "America/New_York": "Hora del Este (Nueva York)",
      "America/Chicago": "Hora del Centro (Chicago)",
      "America/Denver": "Hora de la Montaña (Denver)",
      "America/Phoenix": "Hora de Arizona (Phoenix)",
      "America/Los_Angeles": "Hora del Pacífico (Los Ángeles)",
      "America/Anchorage": "Hora de Alaska (Anchorage)",
      "Pacific/Honolulu": "Hora de Hawái (Honolulu)",
      "America/Puerto_Rico": "Hora del Atlántico (Puerto Rico)",
    },
    starts: "Empieza",
    startsHint: "Según el reloj del lugar, en su zona horaria.",
    ends: "Termina",
    place: "Lugar",
    placeHint: "La dirección donde se reúnen los voluntarios. Déjalo vacío si el turno es a distancia.",
    shiftRemote: "A distancia: los voluntarios participan desde donde estén",
    howManyVolunteers: "Cuántos voluntarios",
    hoursEach: "Horas que da cada voluntario (opcional)",
    hoursEachHint: "Déjalo vacío para contar la duración del turno.",
    amounts: "Cantidades sugeridas en dólares estadounidenses",
    amountsHint:
      "De una a seis cantidades en dólares enteros, separadas por comas, como 10, 25, 50. Las donaciones van a la página de donaciones de tu grupo.",
    monthly: "Ofrecer también una donación mensual",
    item: "Artículo",
    itemHint: "Como “Abrigos de invierno (tallas de adulto)”.",
    howManyNeeded: "Cuántos necesitas",
    skill: "Habilidad",
    skillHint: "Como “Traducción al español”.",
    hoursAsked: "Horas que pides",
    placeOptional: "Lugar (opcional)",
    skillRemote: "A distancia: se puede hacer desde cualquier lugar",
    onCampaignToo: "Mostrarla también en una campaña (opcional)",
    onCampaignHint: "Siempre aparece en la página de tu grupo.",
    noCampaign: "Ninguna campaña: solo en la página de nuestro grupo",
    saving: "Guardando…",

    goesTo: (n: number, email: string) =>
      `Se envía por correo a ${n === 1 ? "la persona inscrita" : `las ${es(n)} personas inscritas`} (no a quienes cancelaron). Las respuestas te llegan a ${email}.`,
    subject: "Asunto",
    message: "Mensaje",
    messageHint: "Texto simple, hasta 5,000 caracteres. Deja una línea en blanco entre párrafos.",
    writeAnother: "Escribir otro mensaje",
    sending: "Enviando…",
    send: "Enviar a los voluntarios",

    signedOut: "Tu sesión terminó. Vuelve a iniciar sesión.",
    alreadySent: (n: number) =>
      `Este mensaje ya se envió a ${es(n)} ${n === 1 ? "voluntario" : "voluntarios"}.`,
    sent: (n: number) => `Enviado a ${es(n)} ${n === 1 ? "voluntario" : "voluntarios"}.`,
    signInForList: "Inicia sesión para descargar la lista.",
  },
});
