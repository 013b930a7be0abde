import { formatList, formatNumber } from "@/lib/i18n/format";
import { defineMessages } from "@/lib/i18n/messages";

/**
 * The titles Congress's mail system takes (the Senate accepts only these): sent as written, so they read the same
 * in every language.
 */
export const CWC_PREFIXES = ["Mr.", "Mrs.", "Miss", "Ms.", "Dr."] as const;

/** Everything a supporter reads on the campaign page, its forms and what its actions answer. */
export const campaignPage = defineMessages({
  en: {
    notFound: "Campaign not found",
    closed: "This campaign has closed. Thank you to everyone who took part.",
    storyHeading: "Why this matters",
    actHeading: "Take action",
    noLetter: "This campaign has no letter to send yet.",
    helpHeading: "Ways to help",
    helpIntro: "Give an hour, a gift or a skill to the community-led groups behind this campaign.",
    pledgedSoFar: (pledged: string) => `So far: ${pledged}`,
    firstToPledge: "Be the first to pledge.",

    // The join section and form
    joinedHeading: (n: number) =>
      n === 0
        ? "Be the first to join"
        : n === 1
          ? "1 person has joined"
          : `${formatNumber("en", n)} people have joined`,
    goalLabel: (letters: number, goal: number) => `${letters} letters of a goal of ${goal}`,
    goalText: (letters: number, goal: number) =>
      `${formatNumber("en", letters)} of ${formatNumber("en", goal)} letters sent`,
    youArePart: "You are part of this campaign.",
    leave: "Leave this campaign",
    wantUpdates: (organization: string) =>
      `Want to hear what happens next? ${organization} can email you updates (you can stop them at any time).`,
    keepPosted: "Keep me posted",
    yourEmail: "Your email",
    joinEmailHint: "We email you a link to confirm. It also signs you in.",
    consent: (organization: string) =>
      `${organization} may email me updates about this campaign and their work (optional; you can stop them at any time).`,
    joining: "Joining…",
    join: "Join this campaign",
    joinPageTitle: "Join the campaign",
    signedInAs: (email: string, title: string) => `Signed in as ${email}. Confirm to join “${title}”.`,
    confirmJoin: "Confirm: join this campaign",

    // What the actions answer
    campaignNotFound: "We couldn't find that campaign.",
    joined: "You joined. Thank you for being part of this.",
    joinLinkSent: (email: string) =>
      `Almost there: we emailed a link to ${email}. Open it to confirm that you are joining.`,
    alreadyWritten:
      "You have already written for this campaign. Each person writes once, so nothing new was sent.",
    seeLetter: "See your letter and what happened to it",
    letterLinkSent: (email: string) =>
      `Almost done: we sent a link to ${email}. Open it to confirm your letter: nothing is sent until you do, and the email says how it goes to each official.`,
    stepNotFound: "We couldn't find that step.",
    signInFirst: "Please sign in first, so we can remember it for you.",
    thanks: "Thank you.",
    everyStepTaken: "Thank you: you have taken every step.",

    // The bill
    billHeading: (number: string) => `The bill: ${number}`,
    whereItStands: "Where it stands: ",
    asOf: "as of",
    readBill: (number: string) => `Read ${number}`,

    // Learn and voices
    learnHeading: "Learn",
    learnIntro: "Books, films and writing to understand this issue, first from the people who live it.",
    fromCommunity: "From the community",
    byAuthor: (author: string) => `by ${author}`,
    resourceKinds: {
      book: "Book",
      film: "Film",
      article: "Article",
      podcast: "Podcast",
      video: "Video",
      other: "Resource",
    },
    voicesHeading: "Voices",
    voicesIntro: "In their own words, shared with their permission.",

    // Steps
    stepsHeading: "Steps you can take",
    stepsIntro: "In the order the organizers suggest. Each one helps.",
    done: "Done",
    didThis: "I did this",
    didThisLabel: (step: string) => `I did this: ${step}`,

    // Sharing
    shareHeading: "Share",
    shareClosed: "Tell people what this campaign achieved.",
    shareOpen: "Campaigns grow when people hear about them from someone they know.",
    shareByEmail: "Share by email",
    shareByText: "Share by text message",
    linkLabel: "Link to this campaign",
    copyLink: "Copy link",
    linkCopied: "Link copied. Thank you for sharing!",
    linkSelected: "The link is selected: copy it with your device's Copy command.",

    // Finding who to write to
    channels: {
      email: "by email, sent for you",
      contact_form:
        "waiting for you: their contact form (after you finish, we show you the letter to paste there)",
      website:
        "waiting for you: their website, since they have no contact form in our data (after you finish, we show you the letter to paste there)",
      cwc: "Chorus delivers it to their office's constituent mail system",
    },
    zipLabel: "Your ZIP code",
    findWho: "Find who to write to",
    zipHint: "We use it only to find your officials.",
    addressLead: "Or let us find your district from your street address",
    addressNote: "Sent only to the U.S. Census Bureau's geocoder, and not kept.",
    streetAddress: "Street address",
    findDistrict: "Find my district",
    stateLead: "Or choose your state districts",
    stateNote:
      "Each district is listed with who represents it. Your state legislature's website can tell you yours.",
    chamberDistrict: (chamber: string) => `${chamber} district`,
    notSure: "Not sure",
    useDistricts: "Use these districts",
    splitLegend: (zip: string) => `ZIP code ${zip} is split between districts. Which one do you live in?`,
    splitHint:
      "Pick the representative or the places you recognize. If you are not sure, house.gov's “Find your representative” can tell you from your street address.",
    continue: "Continue",
    zipLine: (zip: string) => `ZIP code ${zip}`,
    change: "change",
    goesTo: "Your letter goes to",
    nobodyYet: "For your ZIP code, this campaign has nobody we can send your letter to yet.",

    // The letter form
    partLabels: {
      greeting: "Greeting",
      story: "Why this matters to you",
      closing: "Closing",
    } as Record<string, string>,
    partLabel: (n: number) => `Part ${n}`,
    checkEmail: "Check your email",
    yourLetter: "Your letter",
    bracesNote: "Words in double braces, like {{official.last_name}}, are filled in for each official.",
    lockedAsk: "The campaign's ask (stays as written)",
    howPersonal: "How personal is this? ",
    personalMeter: "How much of the letter is in your own words",
    personalAdvice:
      "Staff read personal letters far more closely than form letters. A sentence or two of your own helps.",
    aboutYou: "About you (signed at the end of the letter)",
    firstName: "First name",
    lastName: "Last name",
    city: "City",
    streetHint: (names: string[]) =>
      `${names.join(" and ")} only read letters that include the writer's street address. We add it under your name in their letter only, and delete it once it is sent.`,
    congressWhy:
      "Congress's mail system asks for your street address and a title; we keep your address only until your letter is delivered and never share it with the organizers.",
    prefixLabel: "Title",
    prefixHint: "How Congress's mail system addresses you.",
    prefixNoneSenate:
      "Senate offices only accept these titles; if you choose none, we show you their contact form instead.",
    prefixChoose: "Choose one",
    prefixNone: "None of these",
    emailToConfirm: "Email (we send you a link to confirm)",
    sending: "Sending…",
    sendLetter: "Send my letter",
    continueByEmail: "Continue: confirm by email",
  },
  es: {
    notFound: "No encontramos la campaña",
    closed: "Esta campaña terminó. Gracias a todas las personas que participaron.",
    storyHeading: "Por qué importa",
    actHeading: "Pasa a la acción",
    noLetter: "Esta campaña todavía no tiene una carta para enviar.",
    helpHeading: "Formas de ayudar",
    helpIntro:
      "Ofrece una hora, un donativo o una habilidad a los grupos comunitarios detrás de esta campaña.",
    pledgedSoFar: (pledged: string) => `Hasta ahora: ${pledged}`,
    firstToPledge: "Sé la primera persona en ofrecer ayuda.",

    joinedHeading: (n: number) =>
      n === 0
        ? "Sé la primera persona en unirte"
        : n === 1
          ? "1 persona se ha unido"
          : `${formatNumber("es", n)} personas se han unido`,
    goalLabel: (letters: number, goal: number) =>
      `${formatNumber("es", letters)} ${letters === 1 ? "carta" : "cartas"} de una meta de ${formatNumber("es", goal)}`,
    goalText: (letters: number, goal: number) =>
      `${formatNumber("es", letters)} de ${formatNumber("es", goal)} cartas enviadas`,
    youArePart: "Eres parte de esta campaña.",
    leave: "Salir de esta campaña",
    wantUpdates: (organization: string) =>
      `¿Quieres saber qué pasa después? ${organization} puede enviarte novedades por correo (puedes cancelarlas cuando quieras).`,
    keepPosted: "Mantenme al tanto",
    yourEmail: "Tu correo electrónico",
    joinEmailHint: "Te enviamos un enlace por correo para confirmar. También inicia tu sesión.",
    consent: (organization: string) =>
      `${organization} puede enviarme por correo novedades sobre esta campaña y su trabajo (opcional; puedes cancelarlas cuando quieras).`,
    joining: "Uniéndote…",
    join: "Unirme a esta campaña",
    joinPageTitle: "Únete a la campaña",
    signedInAs: (email: string, title: string) =>
      `Iniciaste sesión como ${email}. Confirma para unirte a “${title}”.`,
    confirmJoin: "Confirmar: unirme a esta campaña",

    campaignNotFound: "No encontramos esa campaña.",
    joined: "Te uniste. Gracias por ser parte de esto.",
    joinLinkSent: (email: string) =>
      `Ya casi: te enviamos un enlace a ${email}. Ábrelo para confirmar que te unes.`,
    alreadyWritten:
      "Ya escribiste para esta campaña. Cada persona escribe una vez, así que no se envió nada nuevo.",
    seeLetter: "Ve tu carta y qué pasó con ella",
    letterLinkSent: (email: string) =>
      `Ya casi terminas: te enviamos un enlace a ${email}. Ábrelo para confirmar tu carta: no se envía nada hasta que lo hagas, y el correo dice cómo llega a cada funcionario.`,
    stepNotFound: "No encontramos ese paso.",
    signInFirst: "Primero inicia sesión, para que podamos recordarlo por ti.",
    thanks: "Gracias.",
    everyStepTaken: "Gracias: ya diste todos los pasos.",

    billHeading: (number: string) => `El proyecto de ley: ${number}`,
    whereItStands: "En qué va: ",
    asOf: "al",
    readBill: (number: string) => `Lee el ${number}`,

    learnHeading: "Aprende",
    learnIntro: "Libros, películas y textos para entender este tema, primero de quienes lo viven.",
    fromCommunity: "De la comunidad",
    byAuthor: (author: string) => `de ${author}`,
    resourceKinds: {
      book: "Libro",
      film: "Película",
      article: "Artículo",
      podcast: "Pódcast",
      video: "Video",
      other: "Recurso",
    },
    voicesHeading: "Voces",
    voicesIntro: "En sus propias palabras, compartidas con su permiso.",

    stepsHeading: "Pasos que puedes dar",
    stepsIntro: "En el orden que sugiere el equipo organizador. Cada uno ayuda.",
    done: "Hecho",
    didThis: "Ya lo hice",
    didThisLabel: (step: string) => `Ya lo hice: ${step}`,

    shareHeading: "Comparte",
    shareClosed: "Cuéntale a la gente lo que logró esta campaña.",
    shareOpen: "Las campañas crecen cuando la gente se entera por alguien que conoce.",
    shareByEmail: "Compartir por correo",
    shareByText: "Compartir por mensaje de texto",
    linkLabel: "Enlace a esta campaña",
    copyLink: "Copiar enlace",
    linkCopied: "Enlace copiado. ¡Gracias por compartir!",
    linkSelected: "El enlace está seleccionado: cópialo con la opción Copiar de tu dispositivo.",

    channels: {
      email: "por correo electrónico, lo enviamos por ti",
      contact_form:
        "te espera a ti: su formulario de contacto (al terminar, te mostramos la carta para que la pegues ahí)",
      website:
        "te espera a ti: su sitio web, porque no tenemos un formulario de contacto suyo (al terminar, te mostramos la carta para que la pegues ahí)",
      cwc: "Chorus la entrega al sistema de correo de constituyentes de su oficina",
    },
    zipLabel: "Tu código postal (ZIP)",
    findWho: "Buscar a quién escribir",
    zipHint: "Solo lo usamos para encontrar a tus representantes.",
    addressLead: "O deja que busquemos tu distrito con tu dirección",
    addressNote: "Solo se envía al geocodificador de la Oficina del Censo de EE. UU., y no se guarda.",
    streetAddress: "Dirección (calle y número)",
    findDistrict: "Buscar mi distrito",
    stateLead: "O elige tus distritos estatales",
    stateNote:
      "Cada distrito aparece con quién lo representa. El sitio web de la legislatura de tu estado puede decirte cuál es el tuyo.",
    chamberDistrict: (chamber: string) => `Distrito (${chamber})`,
    notSure: "No lo sé",
    useDistricts: "Usar estos distritos",
    splitLegend: (zip: string) => `El código postal ${zip} abarca varios distritos. ¿En cuál vives?`,
    splitHint:
      "Elige al representante o los lugares que reconozcas. Si no sabes, la página “Find your representative” de house.gov puede decírtelo con tu dirección.",
    continue: "Continuar",
    zipLine: (zip: string) => `Código postal ${zip}`,
    change: "cambiar",
    goesTo: "Tu carta va a",
    nobodyYet: "Para tu código postal, esta campaña todavía no tiene a quién enviar tu carta.",

    partLabels: {
      greeting: "Saludo",
      story: "Por qué te importa",
      closing: "Despedida",
    } as Record<string, string>,
    partLabel: (n: number) => `Parte ${n}`,
    checkEmail: "Revisa tu correo",
    yourLetter: "Tu carta",
    bracesNote:
      "Las palabras entre llaves dobles, como {{official.last_name}}, se completan para cada representante.",
    lockedAsk: "La petición de la campaña (se queda como está)",
    howPersonal: "¿Qué tan personal es? ",
    personalMeter: "Cuánto de la carta está en tus propias palabras",
    personalAdvice:
      "En las oficinas leen las cartas personales con mucha más atención que las cartas modelo. Una o dos frases tuyas ayudan.",
    aboutYou: "Sobre ti (tu firma al final de la carta)",
    firstName: "Nombre",
    lastName: "Apellido",
    city: "Ciudad",
    streetHint: (names: string[]) =>
      `${formatList("es", names)} solo ${names.length === 1 ? "lee" : "leen"} cartas que incluyen la dirección de quien escribe. La agregamos debajo de tu nombre, solo en su carta, y la borramos una vez enviada.`,
    congressWhy:
      "El sistema de correo del Congreso pide tu dirección y un tratamiento; guardamos tu dirección solo hasta que tu carta se entregue y nunca la compartimos con el equipo organizador.",
    prefixLabel: "Tratamiento",
    prefixHint: "Cómo te nombra el sistema de correo del Congreso (en inglés: Mr., Mrs., Miss, Ms., Dr.).",
    prefixNoneSenate:
      "Las oficinas del Senado solo aceptan estos tratamientos; si no eliges ninguno, te mostramos su formulario de contacto.",
    prefixChoose: "Elige uno",
    prefixNone: "Ninguno de estos",
    emailToConfirm: "Correo electrónico (te enviamos un enlace para confirmar)",
    sending: "Enviando…",
    sendLetter: "Enviar mi carta",
    continueByEmail: "Continuar: confirmar por correo",
  },
});
