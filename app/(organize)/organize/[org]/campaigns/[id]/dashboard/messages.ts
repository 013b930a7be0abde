import { formatNumber } from "@/lib/i18n/format";
import { defineMessages } from "@/lib/i18n/messages";

const en = (value: number) => formatNumber("en", value);
const es = (value: number) => formatNumber("es", value);

/** The campaign dashboard, its chart, map and tables. */
export const dashboardMessages = defineMessages({
  en: {
    title: "Campaign dashboard",
    problems: {
      nothing: "There was nothing left to do: someone may have done it already.",
      forbidden: "Only the organization's owners and organizers can do that.",
      error: "Something went wrong on our side. Please try again in a moment.",
    } as Record<string, string>,
    exports: {
      letters: "Letters (CSV)",
      deliveries: "Deliveries (CSV)",
      pledges: "Pledges (CSV)",
      supporters: "Supporters who agreed to hear from you (CSV)",
      osdi: "Everything for Action Network or EveryAction (OSDI JSON)",
    },
    retried: (count: number) =>
      `${en(count)} ${count === 1 ? "delivery is" : "deliveries are"} back in the queue.`,
    moved: (count: number) =>
      `${en(count)} ${count === 1 ? "waiting letter now goes" : "waiting letters now go"} to the current officeholder.`,
    intro: (timeZone: string) => `How the campaign is doing. Days and times are in ${timeZone}.`,
    seePublicPage: "See the public page",
    viewerNote:
      "You can see everything here; the organization's owners and organizers retry deliveries and download supporters' data.",
    letters: "Letters",
    written: "Written",
    confirmed: "Confirmed",
    awaitingConfirmation: "Waiting for the writer to confirm",
    notStarted: "The campaign has not started yet, so there are no days to show.",
    noLettersYet: "No letters yet. When supporters write, you will see each day's count here.",
    changedHeading: "Officials who changed",
    noneChanged: "Every official this campaign has written to still holds their seat.",
    changedIntro:
      "These officials left office after an election or a data update. Letters already sent stay as they were; letters still waiting can go to whoever holds the seat now.",
    leftOffice: (name: string, seat: string, when: string) => `${name} (${seat}), left office ${when}`,
    addressedTo: (total: number, pending: number) =>
      `${en(total)} ${total === 1 ? "letter" : "letters"} addressed to them; ${en(pending)} not sent yet.`,
    heldBy: (name: string, title: string) => `The seat is now held by ${name}, ${title}.`,
    vacant: "Nobody holds the seat now; waiting letters stay until someone does.",
    unknownSeat: "We can't tell who holds the seat now, so waiting letters stay as they are.",
    sendWaiting: (count: number, name: string) =>
      `Send ${en(count)} ${count === 1 ? "waiting letter" : "waiting letters"} to ${name}`,
    sendAllWaiting: "Send all waiting letters to the current officeholders",
    deliveries: "Deliveries",
    nothingDelivered: "Nothing has been delivered yet.",
    deliveriesCaption: "Deliveries by channel and status",
    channel: "Channel",
    status: "Status",
    channels: { email: "Email", contact_form: "Contact form", cwc: "Congress (CWC)" },
    statuses: {
      awaiting_confirmation: "Waiting for the writer to confirm their email address",
      queued: "Waiting to be sent by email",
      sent: "Sent (accepted by our email provider)",
      delivered: "Delivered to the inbox",
      bounced: "Refused by their address (bounced)",
      complained: "Marked as unwanted by the recipient",
      failed: "Could not be sent",
      handoff_ready: "Waiting for the writer to send it through the contact form",
      handoff_done: "Sent by the writer through the contact form",
    },
    cwcStatuses: {
      queued: "Waiting to be sent to Congress's constituent mail system",
      sent: "Delivered to the office's constituent mail system (accepted by Congress's system)",
      delivered: "Delivered to the office's constituent mail system (accepted by Congress's system)",
      failed: "Could not be delivered to Congress's constituent mail system",
      handoff_ready: "Refused by the office's system: waiting for the writer to send it themselves",
      handoff_done: "Refused by the office's system, then sent by the writer",
    } as Partial<Record<string, string>>,
    officesHeading: "By office",
    officesIntro:
      "Every office the letters go to, by channel. Waiting: letters the writers still have to send themselves, through the office's contact form or website.",
    officesCaption: "Deliveries by office and channel",
    office: "Office",
    officeDelivered: "Delivered",
    officeQueued: "Not sent yet",
    officeWaiting: "Waiting for the writer",
    officeFailed: "Failed",
    officesLimited: (shown: number) => `The ${en(shown)} offices with the most letters are listed.`,
    failedHeading: "Failed deliveries",
    noneFailed: "No delivery has failed.",
    failedCount: (count: number, listed: number | null) =>
      `${en(count)} ${count === 1 ? "email could not be sent" : "emails could not be sent"}${
        listed === null ? "" : ` (the latest ${en(listed)} are listed)`
      }. Retrying puts them back in the queue as new.`,
    retryAll: "Retry all failed deliveries",
    failedAt: (when: string, attempts: number) =>
      ` · failed ${when} after ${en(attempts)} ${attempts === 1 ? "attempt" : "attempts"}`,
    retryTo: (name: string) => `Retry the delivery to ${name}`,
    retry: "Retry",
    placesHeading: "Where letters come from",
    noPlaces: "No letters yet, so no places to show.",
    placesIntro:
      "Districts come from the House member each letter went to; letters with no House member (to senators only, say) count only by state. Alaska, Hawaii and the territories are in the tables.",
    byState: "Letters by state",
    state: "State",
    byDistrict: "Letters by House district",
    noHouseLetter: "No letter went to a House member.",
    district: "District",
    atLarge: (state: string) => `${state} at-large`,
    pledges: "Pledges",
    noPledgeOptions: "This campaign offers no ways to help yet.",
    volunteers: "Volunteers",
    hours: "Hours",
    money: "Money pledged",
    items: "Items",
    closedOption: " (closed)",
    people: (count: number) => `${en(count)} ${count === 1 ? "person" : "people"}`,
    taken: (taken: number, capacity: number) => ` · ${en(taken)} of ${en(capacity)} taken`,
    activityHeading: "Recent activity",
    noActivity: "Nothing yet. New letters and pledges will show here.",
    wrote: (name: string, place: string, isConfirmed: boolean) =>
      `${name} from ${place} wrote a letter${isConfirmed ? "" : " (not confirmed yet)"}`,
    pledged: (name: string, option: string, isCancelled: boolean) =>
      `${name} pledged: ${option}${isCancelled ? " (cancelled)" : ""}`,
    downloadHeading: "Download",
    downloadIntro:
      "Spreadsheet files, and one file to move this campaign to Action Network or EveryAction. Each download is recorded.",
    personalFilesNote:
      "Files with supporters' names and addresses are for the organization's owners and organizers.",
    // The chart
    perDay: "Letters per day",
    chartSummary: (
      total: number,
      from: string,
      to: string,
      busiest: { day: string; letters: number } | null,
    ) =>
      `${en(total)} letters from ${from} to ${to}${
        busiest ? `; the busiest day was ${busiest.day} with ${en(busiest.letters)}` : ""
      }.`,
    dayLetters: (day: string, count: number) => `${day}: ${en(count)} ${count === 1 ? "letter" : "letters"}`,
    showTable: "Show these numbers as a table",
    day: "Day",
    // The map
    mapTitle: "Letters by House district (contiguous states)",
    mapDesc:
      "Darker districts sent more letters. Point at a district to see its count; the tables below list every state and district.",
    fewer: "Fewer",
    moreLetters: (max: number) => `More letters${max > 0 ? ` (most: ${en(max)})` : ""}`,
  },
  es: {
    title: "Panel de la campaña",
    problems: {
      nothing: "No quedaba nada por hacer: quizás alguien ya lo hizo.",
      forbidden: "Solo la administración y el equipo organizador de la organización pueden hacer eso.",
      error: "Algo salió mal de nuestro lado. Inténtalo de nuevo en un momento.",
    },
    exports: {
      letters: "Cartas (CSV)",
      deliveries: "Entregas (CSV)",
      pledges: "Compromisos de ayuda (CSV)",
      supporters: "Personas que aceptaron recibir noticias tuyas (CSV)",
      osdi: "Todo para Action Network o EveryAction (OSDI JSON)",
    },
    retried: (count: number) =>
      count === 1 ? "1 entrega volvió a la cola." : `${es(count)} entregas volvieron a la cola.`,
    moved: (count: number) =>
      count === 1
        ? "1 carta en espera ahora va a quien ocupa el cargo hoy."
        : `${es(count)} cartas en espera ahora van a quien ocupa el cargo hoy.`,
    intro: (timeZone: string) => `Cómo va la campaña. Los días y las horas están en ${timeZone}.`,
    seePublicPage: "Ver la página pública",
    viewerNote:
      "Puedes ver todo aquí; la administración y el equipo organizador reintentan las entregas y descargan los datos de quienes apoyan.",
    letters: "Cartas",
    written: "Escritas",
    confirmed: "Confirmadas",
    awaitingConfirmation: "Esperando que quien escribió confirme",
    notStarted: "La campaña todavía no empieza, así que no hay días que mostrar.",
    noLettersYet: "Todavía no hay cartas. Cuando la gente escriba, verás aquí cuántas hay cada día.",
    changedHeading: "Representantes que cambiaron",
    noneChanged: "Todos los representantes a quienes escribió esta campaña siguen en su cargo.",
    changedIntro:
      "Estos representantes dejaron el cargo después de una elección o una actualización de datos. Las cartas ya enviadas quedan como estaban; las que siguen en espera pueden ir a quien ocupa el cargo ahora.",
    leftOffice: (name: string, seat: string, when: string) => `${name} (${seat}), dejó el cargo el ${when}`,
    addressedTo: (total: number, pending: number) =>
      `${es(total)} ${total === 1 ? "carta dirigida" : "cartas dirigidas"} a esta persona; ${es(pending)} sin enviar todavía.`,
    heldBy: (name: string, title: string) => `Ahora ocupa el cargo ${name}, ${title}.`,
    vacant: "Nadie ocupa el cargo ahora; las cartas en espera se quedan hasta que alguien lo ocupe.",
    unknownSeat: "No sabemos quién ocupa el cargo ahora, así que las cartas en espera se quedan como están.",
    sendWaiting: (count: number, name: string) =>
      count === 1 ? `Enviar 1 carta en espera a ${name}` : `Enviar ${es(count)} cartas en espera a ${name}`,
    sendAllWaiting: "Enviar todas las cartas en espera a quienes ocupan los cargos hoy",
    deliveries: "Entregas",
    nothingDelivered: "Todavía no se ha entregado nada.",
    deliveriesCaption: "Entregas por canal y estado",
    channel: "Canal",
    status: "Estado",
    channels: { email: "Correo electrónico", contact_form: "Formulario de contacto", cwc: "Congreso (CWC)" },
    statuses: {
      awaiting_confirmation: "Esperando que quien escribió confirme su correo electrónico",
      queued: "Esperando el envío por correo electrónico",
      sent: "Enviada (la aceptó nuestro proveedor de correo)",
      delivered: "Entregada en la bandeja de entrada",
      bounced: "Rechazada por su dirección (rebotó)",
      complained: "Marcada como no deseada por quien la recibió",
      failed: "No se pudo enviar",
      handoff_ready: "Esperando que quien escribió la envíe por el formulario de contacto",
      handoff_done: "Enviada por quien escribió, por el formulario de contacto",
    },
    cwcStatuses: {
      queued: "Esperando el envío al sistema de correo de constituyentes del Congreso",
      sent: "Entregada al sistema de correo de constituyentes de la oficina (la aceptó el sistema del Congreso)",
      delivered:
        "Entregada al sistema de correo de constituyentes de la oficina (la aceptó el sistema del Congreso)",
      failed: "No se pudo entregar al sistema de correo de constituyentes del Congreso",
      handoff_ready: "Rechazada por el sistema de la oficina: esperando que quien escribió la envíe",
      handoff_done: "Rechazada por el sistema de la oficina, y luego enviada por quien escribió",
    } as Partial<Record<string, string>>,
    officesHeading: "Por oficina",
    officesIntro:
      "Cada oficina a la que van las cartas, por canal. En espera: cartas que quienes escribieron todavía tienen que enviar por el formulario de contacto o el sitio web de la oficina.",
    officesCaption: "Entregas por oficina y canal",
    office: "Oficina",
    officeDelivered: "Entregadas",
    officeQueued: "Sin enviar todavía",
    officeWaiting: "Esperando a quien escribió",
    officeFailed: "Fallidas",
    officesLimited: (shown: number) => `Aquí están las ${es(shown)} oficinas con más cartas.`,
    failedHeading: "Entregas fallidas",
    noneFailed: "Ninguna entrega ha fallado.",
    failedCount: (count: number, listed: number | null) =>
      `${count === 1 ? "1 correo no se pudo enviar" : `${es(count)} correos no se pudieron enviar`}${
        listed === null ? "" : ` (aquí están los ${es(listed)} más recientes)`
      }. Al reintentar, vuelven a la cola como nuevos.`,
    retryAll: "Reintentar todas las entregas fallidas",
    failedAt: (when: string, attempts: number) =>
      ` · falló el ${when} después de ${es(attempts)} ${attempts === 1 ? "intento" : "intentos"}`,
    retryTo: (name: string) => `Reintentar la entrega a ${name}`,
    retry: "Reintentar",
    placesHeading: "De dónde vienen las cartas",
    noPlaces: "Todavía no hay cartas, así que no hay lugares que mostrar.",
    placesIntro:
      "Los distritos salen del miembro de la Cámara de Representantes al que fue cada carta; las cartas sin miembro de la Cámara (solo a senadores, por ejemplo) cuentan solo por estado. Alaska, Hawái y los territorios están en las tablas.",
    byState: "Cartas por estado",
    state: "Estado",
    byDistrict: "Cartas por distrito de la Cámara",
    noHouseLetter: "Ninguna carta fue a un miembro de la Cámara de Representantes.",
    district: "Distrito",
    atLarge: (state: string) => `${state} (distrito único)`,
    pledges: "Compromisos de ayuda",
    noPledgeOptions: "Esta campaña todavía no ofrece formas de ayudar.",
    volunteers: "Voluntarios",
    hours: "Horas",
    money: "Dinero comprometido",
    items: "Artículos",
    closedOption: " (cerrada)",
    people: (count: number) => `${es(count)} ${count === 1 ? "persona" : "personas"}`,
    taken: (taken: number, capacity: number) => ` · ${es(taken)} de ${es(capacity)} ocupados`,
    activityHeading: "Actividad reciente",
    noActivity: "Nada todavía. Aquí aparecerán las cartas y los compromisos nuevos.",
    wrote: (name: string, place: string, isConfirmed: boolean) =>
      `${name}, de ${place}, escribió una carta${isConfirmed ? "" : " (sin confirmar todavía)"}`,
    pledged: (name: string, option: string, isCancelled: boolean) =>
      `${name} se comprometió: ${option}${isCancelled ? " (cancelado)" : ""}`,
    downloadHeading: "Descargar",
    downloadIntro:
      "Archivos de hoja de cálculo, y un archivo para llevar esta campaña a Action Network o EveryAction. Cada descarga queda registrada.",
    personalFilesNote:
      "Los archivos con nombres y direcciones de quienes apoyan son para la administración y el equipo organizador de la organización.",
    perDay: "Cartas por día",
    chartSummary: (
      total: number,
      from: string,
      to: string,
      busiest: { day: string; letters: number } | null,
    ) =>
      `${es(total)} cartas del ${from} al ${to}${
        busiest ? `; el día con más fue el ${busiest.day}, con ${es(busiest.letters)}` : ""
      }.`,
    dayLetters: (day: string, count: number) => `${day}: ${es(count)} ${count === 1 ? "carta" : "cartas"}`,
    showTable: "Ver estos números en una tabla",
    day: "Día",
    mapTitle: "Cartas por distrito de la Cámara (estados contiguos)",
    mapDesc:
      "Los distritos más oscuros enviaron más cartas. Señala un distrito para ver su número; las tablas de abajo muestran cada estado y distrito.",
    fewer: "Menos",
    moreLetters: (max: number) => `Más cartas${max > 0 ? ` (máximo: ${es(max)})` : ""}`,
  },
});
