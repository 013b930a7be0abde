import { defineMessages } from "@/lib/i18n/messages";

/**
 * The words of every Chorus email, in each language (subjects too). What people typed (names, campaign titles,
 * an organizer's update, a group's message) is passed in as it is and never translated. Each template reads its
 * own dictionary with its `locale` prop (lib/email/recipient-locale.ts picks it when the email is sent).
 */

/** The frame every email shares (./layout.tsx) and words several emails use. */
export const layoutMessages = defineMessages({
  en: {
    footer: "Chorus: allyship is action. You are receiving this because of something you did on Chorus.",
    pasteLink: "Or paste this address into your browser:",
  },
  es: {
    footer: "Chorus: ser aliado es actuar. Recibes este correo por algo que hiciste en Chorus.",
    pasteLink: "O pega esta dirección en tu navegador:",
  },
});

export const signInMessages = defineMessages({
  en: {
    subject: (host: string) => `Your sign-in link for ${host}`,
    preview: (host: string) => `Sign in to Chorus (${host})`,
    heading: "Sign in to Chorus",
    intro: (minutes: number) =>
      `Use the button below to sign in. The link works once and expires in ${minutes} minutes.`,
    button: "Sign in",
    ignore: "If you did not ask to sign in, you can ignore this email.",
  },
  es: {
    subject: (host: string) => `Tu enlace para iniciar sesión en ${host}`,
    preview: (host: string) => `Inicia sesión en Chorus (${host})`,
    heading: "Inicia sesión en Chorus",
    intro: (minutes: number) =>
      `Usa el botón de abajo para iniciar sesión. El enlace funciona una sola vez y vence en ${minutes} minutos.`,
    button: "Iniciar sesión",
    ignore: "Si no pediste iniciar sesión, puedes ignorar este correo.",
  },
});

export const welcomeMessages = defineMessages({
  en: {
    subject: "Welcome to Chorus",
    preview: "Welcome to Chorus: here is where to start",
    heading: (name: string | null) => (name ? `Welcome, ${name}` : "Welcome"),
    body: "Allyship is action. On Chorus you can join campaigns, write to your elected officials in your own words, and give time, money, goods or skills to groups led by the communities they serve.",
    campaignsLink: "See the campaigns you can join",
  },
  es: {
    subject: "Te damos la bienvenida a Chorus",
    preview: "Te damos la bienvenida a Chorus: por aquí puedes empezar",
    heading: (name: string | null) => (name ? `Te damos la bienvenida, ${name}` : "Te damos la bienvenida"),
    body: "Ser aliado es actuar. En Chorus puedes unirte a campañas, escribirles a tus representantes con tus propias palabras y ofrecer tiempo, dinero, cosas o habilidades a grupos dirigidos por las comunidades a las que sirven.",
    campaignsLink: "Ve las campañas a las que puedes unirte",
  },
});

export const confirmLetterMessages = defineMessages({
  en: {
    subject: (title: string) => `Confirm your letter: ${title}`,
    preview: "One step left: confirm your letter",
    heading: (firstName: string) => `One step left, ${firstName}`,
    /** Older queued emails carry only the names. */
    intro: (title: string, targets: string) =>
      `Thank you for writing for “${title}”. Please confirm that this is your email address. Your letter is for: ${targets}.`,
    introEach: (title: string) =>
      `Thank you for writing for “${title}”. Please confirm that this is your email address: nothing is sent until you do. How your letter goes to each of them:`,
    handoffs: (count: number, formatted: string) =>
      `${count === 1 ? "One letter waits" : `${formatted} letters wait`} for you to send ${count === 1 ? "it" : "them"} yourself: after you confirm, your receipt has ${count === 1 ? "it" : "each"} ready to paste.`,
    button: "Confirm and send my letter",
    excerptHeading: "Your letter begins:",
    seeWhole:
      "The link below shows the whole letter as it will be sent, and lets you change your own words before you confirm.",
    expiry: (hours: number) =>
      `The link works for ${hours} hours. If you did not write this letter, ignore this email and nothing will be sent.`,
  },
  es: {
    subject: (title: string) => `Confirma tu carta: ${title}`,
    preview: "Falta un paso: confirma tu carta",
    heading: (firstName: string) => `Falta un paso, ${firstName}`,
    /** Older queued emails carry only the names. */
    intro: (title: string, targets: string) =>
      `Gracias por escribir para “${title}”. Confirma que esta es tu dirección de correo. Tu carta es para: ${targets}.`,
    introEach: (title: string) =>
      `Gracias por escribir para “${title}”. Confirma que esta es tu dirección de correo: no se envía nada hasta que lo hagas. Así va tu carta a cada persona:`,
    handoffs: (count: number, formatted: string) =>
      `${count === 1 ? "Una carta te espera" : `${formatted} cartas te esperan`} para que ${count === 1 ? "la envíes" : "las envíes"} tú: después de confirmar, tu comprobante ${count === 1 ? "la tiene lista" : "tiene cada una lista"} para pegar.`,
    button: "Confirmar y enviar mi carta",
    excerptHeading: "Tu carta empieza así:",
    seeWhole:
      "El enlace de abajo muestra la carta completa tal como se enviará, y te deja cambiar tus propias palabras antes de confirmar.",
    expiry: (hours: number) =>
      `El enlace funciona durante ${hours} horas. Si no escribiste esta carta, ignora este correo y no se enviará nada.`,
  },
});

export const letterAlreadySentMessages = defineMessages({
  en: {
    subject: (title: string) => `You have already written for ${title}`,
    preview: "Your letter for this campaign was already written",
    heading: "You have already written",
    body: (title: string) =>
      `Someone (most likely you) tried to write again for “${title}” with this email address. Each person writes once per campaign, so nothing new was sent.`,
    letterLink: "See your letter and what happened to it",
  },
  es: {
    subject: (title: string) => `Ya escribiste para ${title}`,
    preview: "Ya escribiste tu carta para esta campaña",
    heading: "Ya escribiste tu carta",
    body: (title: string) =>
      `Alguien (seguramente tú) intentó escribir otra vez para “${title}” con esta dirección de correo. Cada persona escribe una vez por campaña, así que no se envió nada nuevo.`,
    letterLink: "Ve tu carta y lo que pasó con ella",
  },
});

export const letterReceiptMessages = defineMessages({
  en: {
    subject: (title: string) => `Your letter for ${title}: where it goes`,
    preview: "Your letter receipt: where it goes and what is left to do",
    heading: (firstName: string) => `Thank you, ${firstName}`,
    goesTo: (title: string) => `How your letter for “${title}” goes to each of them:`,
    handoffs: (count: number, formatted: string) =>
      `${count === 1 ? "One letter waits" : `${formatted} letters wait`} for you to send ${count === 1 ? "it" : "them"} yourself: your receipt has ${count === 1 ? "it" : "each one"} ready to paste.`,
    receiptLink: "See your receipt, with the status of every letter",
  },
  es: {
    subject: (title: string) => `Tu carta para ${title}: a dónde va`,
    preview: "El comprobante de tu carta: a dónde va y qué te queda por hacer",
    heading: (firstName: string) => `Gracias, ${firstName}`,
    goesTo: (title: string) => `Así va tu carta para “${title}” a cada persona:`,
    handoffs: (count: number, formatted: string) =>
      `${count === 1 ? "Una carta te espera" : `${formatted} cartas te esperan`} para que ${count === 1 ? "la envíes" : "las envíes"} tú: tu comprobante ${count === 1 ? "la tiene lista" : "tiene cada una lista"} para pegar.`,
    receiptLink: "Ve tu comprobante, con el estado de cada carta",
  },
});

export const replyCheckMessages = defineMessages({
  en: {
    /** `who`: up to three names joined with "or", or null for "anyone". */
    subject: (who: string | null, title: string) =>
      `Did ${who ?? "anyone"} reply to your letter about “${title}”?`,
    preview: "One quick question about your letter: did you hear back?",
    heading: (firstName: string) => `Did you hear back, ${firstName}?`,
    yourOfficials: "your officials",
    body: (title: string, names: string, count: number) =>
      `A little while ago you wrote about “${title}” to ${names}. Did ${count === 1 ? "they" : "any of them"} reply? It takes less than a minute to tell us, and “not yet” is a perfectly good answer.`,
    button: "Tell us if they replied",
    footer: (days: number) =>
      `We count answers to show how often officials reply to the people they represent. If you paste their reply, only you and the campaign’s organizers can see it. The link works for ${days} days, and this is the only time we ask about this letter.`,
  },
  es: {
    subject: (who: string | null, title: string) =>
      who
        ? `¿${who} respondió a tu carta sobre “${title}”?`
        : `¿Alguien respondió a tu carta sobre “${title}”?`,
    preview: "Una pregunta rápida sobre tu carta: ¿te respondieron?",
    heading: (firstName: string) => `¿Te respondieron, ${firstName}?`,
    yourOfficials: "tus representantes",
    body: (title: string, names: string, count: number) =>
      `Hace un tiempo escribiste a ${names} sobre “${title}”. ¿${count === 1 ? "Te respondió" : "Alguno te respondió"}? Contarnos toma menos de un minuto, y “todavía no” es una respuesta perfectamente válida.`,
    button: "Cuéntanos si te respondieron",
    footer: (days: number) =>
      `Contamos las respuestas para mostrar con qué frecuencia los funcionarios electos responden a las personas que representan. Si pegas su respuesta, solo tú y el equipo organizador de la campaña pueden verla. El enlace funciona durante ${days} días, y esta es la única vez que te preguntamos por esta carta.`,
  },
});

export const organizationInviteMessages = defineMessages({
  en: {
    roles: {
      owner: "an owner (build campaigns and manage the team)",
      organizer: "an organizer (build and run campaigns)",
      viewer: "a viewer (see campaigns and their results)",
    },
    subject: (organization: string) => `Join ${organization} on Chorus`,
    preview: (inviter: string, organization: string) =>
      `${inviter} invited you to organize with ${organization}`,
    heading: (organization: string) => `Join ${organization}`,
    body: (inviter: string, organization: string, role: string) =>
      `${inviter} invited you to join ${organization} on Chorus as ${role}.`,
    button: "Accept the invitation",
    howTo: (days: number) =>
      `Sign in with this email address to accept. The link works for ${days} days. If the button doesn't work, copy this address into your browser:`,
    ignore: "If you weren't expecting this, you can ignore this email: nothing happens unless you accept.",
  },
  es: {
    roles: {
      owner: "propietario (crea campañas y administra el equipo)",
      organizer: "organizador (crea y lleva campañas)",
      viewer: "lector (ve las campañas y sus resultados)",
    },
    subject: (organization: string) => `Únete a ${organization} en Chorus`,
    preview: (inviter: string, organization: string) =>
      `${inviter} te invitó a organizar con ${organization}`,
    heading: (organization: string) => `Únete a ${organization}`,
    body: (inviter: string, organization: string, role: string) =>
      `${inviter} te invitó a unirte a ${organization} en Chorus con el rol de ${role}.`,
    button: "Aceptar la invitación",
    howTo: (days: number) =>
      `Inicia sesión con esta dirección de correo para aceptar. El enlace funciona durante ${days} días. Si el botón no funciona, copia esta dirección en tu navegador:`,
    ignore:
      "Si no esperabas esta invitación, puedes ignorar este correo: no pasa nada a menos que la aceptes.",
  },
});

/** Words shared by the pledge emails (confirmation, reminder, a group's message to a shift). */
export const shiftMessages = defineMessages({
  en: {
    when: (when: string) => `When: ${when}`,
    where: (where: string) => `Where: ${where}`,
    online: "Online (the group will send the link)",
    cancel: "Plans changed? Please cancel so someone else can take your place:",
  },
  es: {
    when: (when: string) => `Cuándo: ${when}`,
    where: (where: string) => `Dónde: ${where}`,
    online: "En línea (el grupo te enviará el enlace)",
    cancel: "¿Cambiaron tus planes? Cancela para que otra persona pueda tomar tu lugar:",
  },
});

export const pledgeConfirmationMessages = defineMessages({
  en: {
    subjectShift: (title: string, group: string) => `You're signed up: ${title} with ${group}`,
    subjectPledge: (group: string) => `Thank you for your pledge to ${group}`,
    preview: (group: string, title: string) => `Your pledge to ${group}: ${title}`,
    heading: (name: string) => `Thank you, ${name}`,
    shiftIntro: (title: string, group: string) => `You are signed up for “${title}” with ${group}.`,
    shiftNote:
      "The attached calendar file adds it to your calendar. We will remind you the day before. If you can't make it, please cancel so someone else can take your place.",
    donationIntro: (amount: string, group: string) =>
      `You pledged ${amount} to ${group}. Chorus takes no payment: the gift goes straight to the group, through their own donation page.`,
    once: "once",
    monthly: "a month",
    giveButton: (group: string) => `Give on ${group}'s page`,
    donationNote: "Once you have given, tell us on your pledges page so the group's totals stay honest.",
    goods: (quantity: string, title: string, group: string) =>
      `You pledged ${quantity} × ${title} to ${group}. The group will be in touch about where to bring them.`,
    goodsDropOff: (quantity: string, title: string, group: string) =>
      `You pledged ${quantity} × ${title} to ${group}. Here is where and when to bring them:`,
    dropOffPlace: (place: string) => `Where: ${place}`,
    dropOffHours: (hours: string) => `When: ${hours}`,
    skills: (title: string, group: string) =>
      `You offered your skills (“${title}”) to ${group}. The group will contact you to plan the work.`,
    manage: "See, change or cancel your pledges:",
    /** The attached calendar file: its name, and the line its event's notes end with. */
    calendarFileName: "volunteer-shift.ics",
    calendarPledges: (url: string) => `Your pledges: ${url}`,
    calendarAlarm: (hours: number) => `Your volunteer shift starts in ${hours} hours`,
  },
  es: {
    subjectShift: (title: string, group: string) => `Ya tienes tu lugar: ${title} con ${group}`,
    subjectPledge: (group: string) => `Gracias por tu compromiso con ${group}`,
    preview: (group: string, title: string) => `Tu compromiso con ${group}: ${title}`,
    heading: (name: string) => `Gracias, ${name}`,
    shiftIntro: (title: string, group: string) => `Tienes un lugar en “${title}” con ${group}.`,
    shiftNote:
      "El archivo de calendario adjunto lo agrega a tu calendario. Te lo recordaremos el día anterior. Si no puedes ir, cancela para que otra persona pueda tomar tu lugar.",
    donationIntro: (amount: string, group: string) =>
      `Te comprometiste a donar ${amount} a ${group}. Chorus no recibe pagos: la donación va directo al grupo, por su propia página de donaciones.`,
    once: "una vez",
    monthly: "al mes",
    giveButton: (group: string) => `Donar en la página de ${group}`,
    donationNote:
      "Cuando hayas donado, avísanos en tu página de compromisos para que los totales del grupo sean exactos.",
    goods: (quantity: string, title: string, group: string) =>
      `Te comprometiste a dar ${quantity} × ${title} a ${group}. El grupo se pondrá en contacto contigo para decirte dónde llevarlo.`,
    goodsDropOff: (quantity: string, title: string, group: string) =>
      `Te comprometiste a dar ${quantity} × ${title} a ${group}. Aquí tienes dónde y cuándo llevarlo:`,
    dropOffPlace: (place: string) => `Dónde: ${place}`,
    dropOffHours: (hours: string) => `Cuándo: ${hours}`,
    skills: (title: string, group: string) =>
      `Ofreciste tus habilidades (“${title}”) a ${group}. El grupo se pondrá en contacto contigo para planear el trabajo.`,
    manage: "Ve, cambia o cancela tus compromisos:",
    calendarFileName: "turno-de-voluntariado.ics",
    calendarPledges: (url: string) => `Tus compromisos: ${url}`,
    calendarAlarm: (hours: number) => `Tu turno de voluntariado empieza en ${hours} horas`,
  },
});

export const pledgeReminderMessages = defineMessages({
  en: {
    subject: (title: string, group: string) => `Tomorrow: ${title} with ${group}`,
    preview: (title: string, when: string) => `A reminder: ${title}, ${when}`,
    heading: (name: string) => `See you tomorrow, ${name}`,
    intro: (title: string, group: string) => `A reminder that you signed up for “${title}” with ${group}.`,
  },
  es: {
    subject: (title: string, group: string) => `Mañana: ${title} con ${group}`,
    preview: (title: string, when: string) => `Un recordatorio: ${title}, ${when}`,
    heading: (name: string) => `Nos vemos mañana, ${name}`,
    intro: (title: string, group: string) => `Te recordamos que tienes un lugar en “${title}” con ${group}.`,
  },
});

/** A group cancelled a shift, or moved it in time or place (emails/shift-change.tsx). */
export const shiftChangeMessages = defineMessages({
  en: {
    subjectCancelled: (title: string, group: string) => `Cancelled: ${title} with ${group}`,
    subjectUpdated: (title: string, group: string) => `New time or place: ${title} with ${group}`,
    previewCancelled: (title: string, when: string) => `${title}, ${when}, will not take place`,
    previewUpdated: (title: string, when: string) => `${title} is now ${when}`,
    headingCancelled: "This shift is cancelled",
    headingUpdated: "This shift has changed",
    introCancelled: (name: string, title: string, group: string) =>
      `Hello ${name}, ${group} cancelled “${title}”. You don't need to do anything, and thank you for signing up.`,
    introUpdated: (name: string, title: string, group: string) =>
      `Hello ${name}, ${group} changed the time or place of “${title}”. You are still signed up.`,
    wasWhen: (when: string) => `It was: ${when}`,
    wasWhere: (where: string) => `At: ${where}`,
    beforeWhen: (when: string) => `Before: ${when}`,
    beforeWhere: (where: string) => `Before, at: ${where}`,
    calendarCancelled: "The attached calendar file removes it from your calendar.",
    calendarUpdated: "The attached calendar file moves it in your calendar.",
    cantMake: "If the new time doesn't work for you, please cancel so someone else can take your place:",
    otherWays: "Your pledges, and other ways to help:",
  },
  es: {
    subjectCancelled: (title: string, group: string) => `Cancelado: ${title} con ${group}`,
    subjectUpdated: (title: string, group: string) => `Nuevo horario o lugar: ${title} con ${group}`,
    previewCancelled: (title: string, when: string) => `${title}, ${when}, no se realizará`,
    previewUpdated: (title: string, when: string) => `${title} ahora es ${when}`,
    headingCancelled: "Este turno se canceló",
    headingUpdated: "Este turno cambió",
    introCancelled: (name: string, title: string, group: string) =>
      `Hola, ${name}: ${group} canceló “${title}”. No tienes que hacer nada. Gracias por inscribirte.`,
    introUpdated: (name: string, title: string, group: string) =>
      `Hola, ${name}: ${group} cambió el horario o el lugar de “${title}”. Sigues inscrito o inscrita.`,
    wasWhen: (when: string) => `Era: ${when}`,
    wasWhere: (where: string) => `En: ${where}`,
    beforeWhen: (when: string) => `Antes: ${when}`,
    beforeWhere: (where: string) => `Antes, en: ${where}`,
    calendarCancelled: "El archivo de calendario adjunto lo quita de tu calendario.",
    calendarUpdated: "El archivo de calendario adjunto lo mueve en tu calendario.",
    cantMake: "Si el nuevo horario no te funciona, cancela para que otra persona pueda tomar tu lugar:",
    otherWays: "Tus compromisos y otras formas de ayudar:",
  },
});

export const volunteerMessageMessages = defineMessages({
  en: {
    intro: (name: string, sender: string, group: string, title: string, when: string | null) =>
      `Hello ${name}, ${sender} from ${group} wrote to everyone signed up for “${title}”${when ? `, ${when}` : ""}.`,
    reply: (sender: string) => `Reply to this email to answer ${sender}.`,
    /** The sender, when their account has no name. */
    anOrganizer: "an organizer",
  },
  es: {
    intro: (name: string, sender: string, group: string, title: string, when: string | null) =>
      `Hola, ${name}: ${sender}, de ${group}, escribió a todas las personas inscritas en “${title}”${when ? `, ${when}` : ""}.`,
    reply: (sender: string) => `Responde a este correo para contestarle a ${sender}.`,
    anOrganizer: "una persona del equipo organizador",
  },
});

export const campaignUpdateMessages = defineMessages({
  en: {
    testPrefix: "[Test] ",
    testNote: "This is a test: only you received it. Supporters see the same email.",
    /** Followed by a link to the campaign. */
    updateFrom: (organization: string) => `An update from ${organization} about`,
    why: (organization: string) =>
      `You are getting this because you agreed to hear from ${organization}. Don't want these any more?`,
    stop: (organization: string) => `Stop updates from ${organization}`,
  },
  es: {
    testPrefix: "[Prueba] ",
    testNote: "Esto es una prueba: solo tú la recibiste. Quienes apoyan la campaña ven el mismo correo.",
    updateFrom: (organization: string) => `Novedades de ${organization} sobre`,
    why: (organization: string) =>
      `Recibes esto porque aceptaste recibir noticias de ${organization}. ¿Ya no las quieres?`,
    stop: (organization: string) => `Dejar de recibir novedades de ${organization}`,
  },
});

/** Words Chorus adds around a supporter's letter to an official (the letter itself is never translated). */
export const letterMessages = defineMessages({
  en: { fromName: (name: string) => `${name} via Chorus` },
  es: { fromName: (name: string) => `${name} vía Chorus` },
});

export const confirmTargetMessages = defineMessages({
  en: {
    subject: (organization: string) => `${organization} wants to send you letters through Chorus`,
    preview: (organization: string) => `May ${organization}'s supporters write to this address?`,
    heading: "May supporters write to you at this address?",
    body: (requester: string, organization: string, target: string) =>
      `${requester} of ${organization} added this email address on Chorus as “${target}”, the recipient of a campaign's letters: people who support the campaign write to you, each letter in their own name.`,
    why: "We send nothing to an address until its owner says yes, so that nobody can use Chorus to fill someone else's inbox. Confirm only if this address should receive these letters.",
    button: "Review and confirm",
    howTo: (days: number) =>
      `The button opens a page where you can confirm; opening it changes nothing. The link works for ${days} days. If the button doesn't work, copy this address into your browser:`,
    ignore:
      "If this is not your role, or you don't want these letters, ignore this email: no letters will be sent to this address.",
  },
  es: {
    subject: (organization: string) => `${organization} quiere enviarte cartas a través de Chorus`,
    preview: (organization: string) =>
      `¿Pueden los simpatizantes de ${organization} escribir a esta dirección?`,
    heading: "¿Pueden los simpatizantes escribirte a esta dirección?",
    body: (requester: string, organization: string, target: string) =>
      `${requester}, de ${organization}, agregó esta dirección de correo en Chorus como “${target}”, destinatario de las cartas de una campaña: las personas que apoyan la campaña te escriben, cada carta en su propio nombre.`,
    why: "No enviamos nada a una dirección hasta que su dueño dice que sí, para que nadie pueda usar Chorus para llenar la bandeja de otra persona. Confirma solo si esta dirección debe recibir estas cartas.",
    button: "Revisar y confirmar",
    howTo: (days: number) =>
      `El botón abre una página donde puedes confirmar; abrirla no cambia nada. El enlace funciona durante ${days} días. Si el botón no funciona, copia esta dirección en tu navegador:`,
    ignore:
      "Si este no es tu cargo, o no quieres estas cartas, ignora este correo: no se enviará ninguna carta a esta dirección.",
  },
});
