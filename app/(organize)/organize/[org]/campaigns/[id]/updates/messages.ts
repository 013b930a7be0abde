import { formatNumber } from "@/lib/i18n/format";
import { defineMessages } from "@/lib/i18n/messages";

const enPeople = (n: number) => (n === 1 ? "1 supporter" : `${formatNumber("en", n)} supporters`);
const esPeople = (n: number) => (n === 1 ? "1 persona" : `${formatNumber("es", n)} personas`);

/** Updates to supporters: writing, previewing, testing and sending. */
export const updatesMessages = defineMessages({
  en: {
    title: "Updates to supporters",
    problems: {
      nothing: "We couldn't find that draft: it may have been sent already.",
      forbidden: "Only the organization's owners and organizers can write and send updates.",
      nobody: "No one has agreed to hear from your organization yet, so there is no one to send this to.",
      error: "Something went wrong on our side. Please try again in a moment.",
    } as Record<string, string>,
    people: enPeople,
    sent: (n: number) =>
      `Your update is on its way to ${enPeople(n)}. Thank you for keeping them in the loop!`,
    already: "That update was already sent, so nothing new went out.",
    tested: (email: string) => `A test is on its way to ${email}.`,
    saved: "Draft saved. Here is how it will look.",
    intro: (campaign: string) =>
      `Tell the people behind ${campaign} what their letters did and what comes next.`,
    reaches: (n: number, organization: string) =>
      `An update reaches ${enPeople(n)} who agreed to hear from ${organization}.`,
    noAudience: (organization: string) => `No one has agreed to hear from ${organization} yet.`,
    unsubscribe: "Every update has an unsubscribe link, and we honor it from then on.",
    thisCampaign: "This campaign",
    builder: "Campaign builder",
    dashboard: "Dashboard",
    editDraft: "Edit your draft",
    writeUpdate: "Write an update",
    startNew: "Start a new update instead",
    viewerNote: "You can see the updates sent so far. Owners and organizers write and send them.",
    preview: (subject: string) => `Preview: ${subject}`,
    previewNote: "This is the email each supporter gets, with their own unsubscribe link.",
    previewTitle: (subject: string) => `Preview of the email “${subject}”`,
    sendTest: "Send a test to me",
    sendTo: (n: number, organization: string) =>
      `Send to ${enPeople(n)} who agreed to hear from ${organization}`,
    noOneYet: "There is no one to send to yet: supporters choose to hear from you when they join or write.",
    confirmHeading: (subject: string) => `Send “${subject}” now?`,
    confirmText: (n: number, organization: string) =>
      `It goes to ${enPeople(n)} who agreed to hear from ${organization}. An update goes out once and can't be changed afterwards.`,
    yesSend: (n: number) => `Yes, send it to ${enPeople(n)}`,
    notYet: "Not yet",
    drafts: "Drafts",
    started: (date: string) => `Started ${date}`,
    open: "Open",
    sentHeading: "Sent updates",
    nothingSent: "Nothing sent yet. Your first update will show here.",
    sending: "Sending",
    // The form
    subject: "Subject",
    yourUpdate: "Your update",
    bodyHint:
      "Leave a blank line between paragraphs. You can use **bold**, *italic*, [a link](https://…) and lines starting with “- ” for a list.",
    saving: "Saving…",
    saveAndPreview: "Save and preview",
    saveDraftAndPreview: "Save draft and preview",
  },
  es: {
    title: "Noticias para quienes apoyan",
    problems: {
      nothing: "No encontramos ese borrador: quizás ya se envió.",
      forbidden:
        "Solo la administración y el equipo organizador de la organización pueden escribir y enviar noticias.",
      nobody: "Todavía nadie aceptó recibir noticias de tu organización, así que no hay a quién enviar esto.",
      error: "Algo salió mal de nuestro lado. Inténtalo de nuevo en un momento.",
    },
    people: esPeople,
    sent: (n: number) => `Tus noticias van en camino a ${esPeople(n)}. ¡Gracias por mantenerlas al tanto!`,
    already: "Esas noticias ya se habían enviado, así que no salió nada nuevo.",
    tested: (email: string) => `Una prueba va en camino a ${email}.`,
    saved: "Borrador guardado. Así se verá.",
    intro: (campaign: string) =>
      `Cuéntale a la gente detrás de ${campaign} qué lograron sus cartas y qué sigue.`,
    reaches: (n: number, organization: string) =>
      `Las noticias llegan a ${esPeople(n)} que aceptaron recibir noticias de ${organization}.`,
    noAudience: (organization: string) => `Todavía nadie aceptó recibir noticias de ${organization}.`,
    unsubscribe:
      "Cada correo de noticias trae un enlace para darse de baja, y lo respetamos desde ese momento.",
    thisCampaign: "Esta campaña",
    builder: "Editor de la campaña",
    dashboard: "Panel",
    editDraft: "Edita tu borrador",
    writeUpdate: "Escribe noticias",
    startNew: "Mejor empezar unas noticias nuevas",
    viewerNote:
      "Puedes ver las noticias enviadas hasta ahora. La administración y el equipo organizador las escriben y las envían.",
    preview: (subject: string) => `Vista previa: ${subject}`,
    previewNote: "Este es el correo que recibe cada persona, con su propio enlace para darse de baja.",
    previewTitle: (subject: string) => `Vista previa del correo “${subject}”`,
    sendTest: "Enviarme una prueba",
    sendTo: (n: number, organization: string) =>
      `Enviar a ${esPeople(n)} que aceptaron recibir noticias de ${organization}`,
    noOneYet:
      "Todavía no hay a quién enviar: la gente elige recibir tus noticias cuando se une o escribe una carta.",
    confirmHeading: (subject: string) => `¿Enviar “${subject}” ahora?`,
    confirmText: (n: number, organization: string) =>
      `Va a ${esPeople(n)} que aceptaron recibir noticias de ${organization}. Las noticias se envían una sola vez y después no se pueden cambiar.`,
    yesSend: (n: number) => `Sí, enviar a ${esPeople(n)}`,
    notYet: "Todavía no",
    drafts: "Borradores",
    started: (date: string) => `Empezado el ${date}`,
    open: "Abrir",
    sentHeading: "Noticias enviadas",
    nothingSent: "Todavía no se ha enviado nada. Tus primeras noticias aparecerán aquí.",
    sending: "Enviando",
    subject: "Asunto",
    yourUpdate: "Tus noticias",
    bodyHint:
      "Deja una línea en blanco entre párrafos. Puedes usar **negrita**, *cursiva*, [un enlace](https://…) y líneas que empiecen con “- ” para una lista.",
    saving: "Guardando…",
    saveAndPreview: "Guardar y ver",
    saveDraftAndPreview: "Guardar borrador y ver",
  },
});
