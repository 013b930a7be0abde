import { formatNumber } from "@/lib/i18n/format";
import { defineMessages } from "@/lib/i18n/messages";

/** What the organizer console's actions answer when they work (errors come from the error dictionaries). */
export const actionMessages = defineMessages({
  en: {
    signedOut: "Your session has ended. Please sign in again.",
    invited: "Invitation sent. It works for 7 days.",
    inviteWithdrawn: "Invitation withdrawn.",
    roleChanged: "Role changed.",
    memberRemoved: "Removed from the team.",
    saved: "Saved.",
    targetAdded: "Target added.",
    targetAddedAwaitingConfirmation:
      "Target added. We emailed that address to ask its owner to confirm it; letters to it wait until they do.",
    confirmationResent: "We emailed the address again, with a new link.",
    organizationVerified: "Verified. Its letters to custom targets go now, and it may invite freely.",
    officialAdded: "Official added.",
    targetRemoved: "Target removed.",
    letterSaved: "Letter saved.",
    published: "Published. Supporters can write on it now.",
    previewStarted: "In preview. Share the preview link with your team and reviewers.",
    previewEnded: "Back to draft. The preview link no longer works.",
    previewLinkTurnedOff:
      "The old preview link no longer works. Share the new one below with the people who should see it.",
    closed: "Closed. Its page stays up, marked closed.",
    resourceSaved: "Resource saved.",
    resourceAdded: "Resource added.",
    resourceRemoved: "Resource removed.",
    voiceSaved: "Voice saved.",
    voiceAdded: "Voice added.",
    voiceRemoved: "Voice removed.",
    // Steps and the bill
    orderSaved: "Order saved.",
    stepAdded: "Step added as a draft. Open it when supporters should see it.",
    stepSaved: "Step saved.",
    alreadyOpen: "It was already open.",
    opened: "Opened. Supporters see it now.",
    openedNoOne: "Opened. No one has agreed to hear from you yet, so no alert went out.",
    openedAlerted: (n: number) =>
      `Opened, and we are emailing ${n} supporter${n === 1 ? "" : "s"} who agreed to hear from you.`,
    stepClosed: "Closed. Supporters no longer see it.",
    billSaved: "Bill saved.",
    billRemoved: "Bill removed.",
    cwcSaved: "Topics and position saved.",
  },
  es: {
    signedOut: "Tu sesión terminó. Vuelve a iniciar sesión.",
    invited: "Invitación enviada. Sirve durante 7 días.",
    inviteWithdrawn: "Invitación retirada.",
    roleChanged: "Rol cambiado.",
    memberRemoved: "Salió del equipo.",
    saved: "Guardado.",
    targetAdded: "Destinatario agregado.",
    targetAddedAwaitingConfirmation:
      "Destinatario agregado. Escribimos a esa dirección para pedir a su dueño que la confirme; las cartas esperan hasta que lo haga.",
    confirmationResent: "Volvimos a escribir a esa dirección, con un enlace nuevo.",
    organizationVerified:
      "Verificada. Sus cartas a destinatarios propios salen ahora, y puede invitar sin límite.",
    officialAdded: "Representante agregado.",
    targetRemoved: "Destinatario quitado.",
    letterSaved: "Carta guardada.",
    published: "Publicada. Ya se puede escribir en ella.",
    previewStarted: "En vista previa. Comparte el enlace de vista previa con tu equipo y quienes la revisan.",
    previewEnded: "De vuelta a borrador. El enlace de vista previa ya no funciona.",
    previewLinkTurnedOff:
      "El enlace de vista previa anterior ya no funciona. Comparte el nuevo, aquí abajo, con quienes deban verla.",
    closed: "Cerrada. Su página sigue publicada, marcada como cerrada.",
    resourceSaved: "Recurso guardado.",
    resourceAdded: "Recurso agregado.",
    resourceRemoved: "Recurso quitado.",
    voiceSaved: "Testimonio guardado.",
    voiceAdded: "Testimonio agregado.",
    voiceRemoved: "Testimonio quitado.",
    orderSaved: "Orden guardado.",
    stepAdded: "Paso agregado como borrador. Ábrelo cuando quieras que lo vean.",
    stepSaved: "Paso guardado.",
    alreadyOpen: "Ya estaba abierto.",
    opened: "Abierto. Ya lo pueden ver.",
    openedNoOne: "Abierto. Todavía nadie aceptó recibir noticias tuyas, así que no se envió ningún aviso.",
    openedAlerted: (n: number) =>
      n === 1
        ? "Abierto, y estamos enviando un correo a 1 persona que aceptó recibir noticias tuyas."
        : `Abierto, y estamos enviando un correo a ${formatNumber("es", n)} personas que aceptaron recibir noticias tuyas.`,
    stepClosed: "Cerrado. Ya no lo pueden ver.",
    billSaved: "Proyecto de ley guardado.",
    billRemoved: "Proyecto de ley quitado.",
    cwcSaved: "Temas y postura guardados.",
  },
});
