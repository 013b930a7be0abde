import { formatNumber } from "@/lib/i18n/format";
import { defineMessages } from "@/lib/i18n/messages";

/**
 * Pledges in words: the "Ways to help" cards and their forms, what the pledge action answers, "My pledges" and
 * the wording lib/pledges/present.ts builds. No server code here: the pledge form (a client component) reads it.
 */
export const pledgeWords = defineMessages({
  en: {
    kinds: {
      volunteer_shift: "Volunteer shift",
      donation: "Donation",
      goods: "Goods needed",
      skills: "Pro-bono skills",
    },
    statuses: { pledged: "Pledged", done: "Done", missed: "Missed", cancelled: "Cancelled" },
    frequencies: { one_time: "One time", monthly: "Monthly" },
    timeZones: {
      "America/New_York": "Eastern Time",
      "America/Chicago": "Central Time",
      "America/Denver": "Mountain Time",
      "America/Phoenix": "Arizona Time",
      "America/Los_Angeles": "Pacific Time",
      "America/Anchorage": "Alaska Time",
      "Pacific/Honolulu": "Hawaii Time",
    } as Record<string, string>,
    online: "Online (the group will send the link)",

    // lib/pledges/present.ts
    stillNeeded: (n: number, what: string) =>
      `${formatNumber("en", n)} ${what ? `${what} ` : ""}still needed`,
    allWeNeed: "We have all we need for now. Thank you!",
    full: "Full",
    placesLeft: (left: number, capacity: number) =>
      `${formatNumber("en", left)} of ${formatNumber("en", capacity)} ${capacity === 1 ? "place" : "places"} left`,
    hours: (n: number) => `${formatNumber("en", n)} ${n === 1 ? "hour" : "hours"}`,
    volunteers: (n: number) => `${formatNumber("en", n)} ${n === 1 ? "volunteer" : "volunteers"}`,
    items: (n: number) => `${formatNumber("en", n)} ${n === 1 ? "item" : "items"}`,
    pledgedAmount: (amount: string) => `${amount} pledged`,
    amount: (amount: string, monthly: boolean) => `${amount}${monthly ? " a month" : " once"}`,
    status: {
      cancelled: "You cancelled this",
      missed: "The group marked this shift as missed",
      gaveDonation: "You told us you gave. Thank you!",
      gaveGoods: "Marked as handed over. Thank you!",
      doneByGroup: "Done: the group marked it. Thank you!",
      shiftPassed: "This shift has passed",
      signedUp: "You're signed up",
      donationWaiting: "Pledged, not given yet: give on the group's own page, then tell us",
      goodsWaiting: "Pledged, not handed over yet",
      skillsWaiting: "Offered: the group will be in touch",
    },

    // The cards (app/_components/pledge-options.tsx)
    nothingNow: "There is nothing to sign up for right now. Please check back soon.",
    withGroup: "With",
    when: "When",
    where: "Where",
    remote: "Remote: from wherever you are",
    timeAsked: "Time asked",
    hoursTerm: "Hours",
    skill: "Skill",
    item: "Item",
    how: "How",
    howDonation: (group: string, monthly: boolean) =>
      `On ${group}'s own donation page${monthly ? ", once or monthly" : ""}`,
    signInToPledge: "Sign in to pledge",
    accountWhy: "An account lets the group reach you and lets you change or cancel your pledge.",

    // The form (app/_components/pledge-form.tsx)
    willTellHowToGive: (group: string) => `${group} will tell you how to give. Chorus takes no payment.`,
    giveOnDonationPage: (group: string) => `Give on ${group}'s donation page`,
    opensNewTab: " (opens in a new tab)",
    noPayment: "Chorus takes no payment: your gift goes straight to the group.",
    youreSignedUp: "You're signed up",
    youvePledged: "You've pledged this",
    seeOrCancelIn: ": see or cancel in",
    myPledges: "My pledges",
    shiftFull: "This shift is full. Thank you to everyone who signed up; another shift may have room.",
    howMuch: "How much would you like to give?",
    otherAmount: "Other amount",
    otherAmountLabel: "Other amount in US dollars",
    otherAmountPlaceholder: "e.g. 15",
    howOften: "How often?",
    once: "Once",
    everyMonth: "Every month",
    yourName: "Your name",
    yourNameHint: "So the group knows who is coming or giving.",
    howMany: "How many?",
    upTo: (n: number) => `Up to ${n}.`,
    hoursYouCanGive: "Hours you can give",
    phone: "Phone (optional)",
    phoneHint: "Only the group sees it, in case plans change on the day.",
    note: "A note to the group (optional)",
    noteHint: "For example, languages you speak or anything you need to take part.",
    sending: "Sending…",
    submit: {
      volunteer_shift: "Sign me up",
      donation: "Pledge my gift",
      goods: "Pledge these items",
      skills: "Offer my time",
    },

    // What the pledge action answers (app/_actions/pledges.ts)
    signInFirst: "Please sign in to pledge, so the group can reach you.",
    chooseAmount: "Please choose or enter an amount.",
    already: "You had already pledged this, so nothing changed.",
    seeOrChange: "See or change it in My pledges",
    theGroup: "the group",
    seeOrCancel: "See or cancel it in My pledges",
    thanksShift: (group: string) =>
      `You're signed up. Thank you! We emailed you the details with a calendar file, and ${group} will see your name on their list.`,
    thanksDonation: (amount: string, group: string) =>
      `Thank you! We recorded your pledge of ${amount} to ${group}. Chorus takes no payment: the last step is on ${group}'s own donation page.`,
    tellUsGiven: "When you've given, tell us in My pledges",
    thanksGoods: (group: string, quantity: number) =>
      `Thank you! ${group} is counting on ${quantity}. We emailed you the details.`,
    thanksSkills: (group: string) =>
      `Thank you for offering your skills! ${group} will be in touch by email.`,

    // My pledges (app/(account)/account/pledges)
    pageTitle: "My pledges",
    notices: {
      cancelled: "Cancelled. Your place is free for someone else, and the group will see the change.",
      given: "Thank you for giving. We marked it as given.",
      gone: "That pledge could not be changed: it may already be cancelled or done. Here is where things stand.",
    },
    quantityPledged: (n: number) => `${formatNumber("en", n)} pledged`,
    forCampaign: "for",
    remoteLink: "Remote: the group will send the link",
    giveOnPage: (group: string) => `Give on ${group}'s page`,
    iveGiven: "I've given",
    cancelThis: "Cancel this pledge",
    cancelShift: "Your place goes to someone else. You can sign up again while places are left.",
    cancelOther: "The group will no longer count on this pledge.",
    yesCancel: "Yes, cancel it",
    yourAccount: "Your account",
    intro:
      "The time, gifts and skills you pledged to community-led groups. Chorus takes no payment: gifts go to each group's own donation page.",
    nothingYet: "You have not pledged anything yet.",
    whereToFind:
      "Campaign pages and group pages list ways to help: a volunteer shift, a gift, goods or your skills.",
    findCampaign: "Find a campaign",
    or: "or",
    meetGroups: "meet the community-led groups",
    aheadHeading: "Coming up and still to do",
    finishedHeading: "Done, past or cancelled",
  },
  es: {
    kinds: {
      volunteer_shift: "Turno de voluntariado",
      donation: "Donación",
      goods: "Artículos que se necesitan",
      skills: "Habilidades pro bono",
    },
    statuses: { pledged: "Comprometido", done: "Hecho", missed: "No asistió", cancelled: "Cancelado" },
    frequencies: { one_time: "Una vez", monthly: "Mensual" },
    timeZones: {
      "America/New_York": "hora del Este",
      "America/Chicago": "hora del Centro",
      "America/Denver": "hora de la Montaña",
      "America/Phoenix": "hora de Arizona",
      "America/Los_Angeles": "hora del Pacífico",
      "America/Anchorage": "hora de Alaska",
      "Pacific/Honolulu": "hora de Hawái",
    } as Record<string, string>,
    online: "En línea (el grupo te enviará el enlace)",

    stillNeeded: (n: number, what: string) =>
      what
        ? `Aún se necesitan ${formatNumber("es", n)}: ${what}`
        : `Aún se necesitan ${formatNumber("es", n)}`,
    allWeNeed: "Ya tenemos todo lo que necesitamos por ahora. ¡Gracias!",
    full: "Lleno",
    placesLeft: (left: number, capacity: number) =>
      `Quedan ${formatNumber("es", left)} de ${formatNumber("es", capacity)} ${capacity === 1 ? "lugar" : "lugares"}`,
    hours: (n: number) => `${formatNumber("es", n)} ${n === 1 ? "hora" : "horas"}`,
    volunteers: (n: number) => `${formatNumber("es", n)} ${n === 1 ? "voluntario" : "voluntarios"}`,
    items: (n: number) => `${formatNumber("es", n)} ${n === 1 ? "artículo" : "artículos"}`,
    pledgedAmount: (amount: string) => `${amount} comprometidos`,
    amount: (amount: string, monthly: boolean) => `${amount}${monthly ? " al mes" : " una vez"}`,
    status: {
      cancelled: "Cancelaste esto",
      missed: "El grupo marcó que faltaste a este turno",
      gaveDonation: "Nos dijiste que ya donaste. ¡Gracias!",
      gaveGoods: "Marcado como entregado. ¡Gracias!",
      doneByGroup: "Hecho: el grupo lo marcó. ¡Gracias!",
      shiftPassed: "Este turno ya pasó",
      signedUp: "Estás inscrito/a",
      donationWaiting: "Comprometido, aún sin donar: dona en la página del grupo y luego avísanos",
      goodsWaiting: "Comprometido, aún sin entregar",
      skillsWaiting: "Ofrecido: el grupo se pondrá en contacto",
    },

    nothingNow: "Por ahora no hay nada para inscribirse. Vuelve pronto.",
    withGroup: "Con",
    when: "Cuándo",
    where: "Dónde",
    remote: "A distancia: desde donde estés",
    timeAsked: "Tiempo que se pide",
    hoursTerm: "Horas",
    skill: "Habilidad",
    item: "Artículo",
    how: "Cómo",
    howDonation: (group: string, monthly: boolean) =>
      `En la página de donaciones de ${group}${monthly ? ", una vez o cada mes" : ""}`,
    signInToPledge: "Inicia sesión para comprometerte",
    accountWhy:
      "Con una cuenta, el grupo puede comunicarse contigo y tú puedes cambiar o cancelar tu compromiso.",

    willTellHowToGive: (group: string) => `${group} te dirá cómo donar. Chorus no recibe pagos.`,
    giveOnDonationPage: (group: string) => `Dona en la página de donaciones de ${group}`,
    opensNewTab: " (se abre en una pestaña nueva)",
    noPayment: "Chorus no recibe pagos: tu donación va directo al grupo.",
    youreSignedUp: "Estás inscrito/a",
    youvePledged: "Ya te comprometiste con esto",
    seeOrCancelIn: ": puedes verlo o cancelarlo en",
    myPledges: "Mis compromisos",
    shiftFull:
      "Este turno está lleno. Gracias a todas las personas que se inscribieron; puede que otro turno tenga lugar.",
    howMuch: "¿Cuánto te gustaría donar?",
    otherAmount: "Otra cantidad",
    otherAmountLabel: "Otra cantidad en dólares estadounidenses",
    otherAmountPlaceholder: "p. ej. 15",
    howOften: "¿Con qué frecuencia?",
    once: "Una vez",
    everyMonth: "Cada mes",
    yourName: "Tu nombre",
    yourNameHint: "Para que el grupo sepa quién viene o quién dona.",
    howMany: "¿Cuántos?",
    upTo: (n: number) => `Hasta ${formatNumber("es", n)}.`,
    hoursYouCanGive: "Horas que puedes dar",
    phone: "Teléfono (opcional)",
    phoneHint: "Solo el grupo lo ve, por si cambian los planes ese día.",
    note: "Una nota para el grupo (opcional)",
    noteHint: "Por ejemplo, los idiomas que hablas o lo que necesites para participar.",
    sending: "Enviando…",
    submit: {
      volunteer_shift: "Inscríbeme",
      donation: "Comprometer mi donación",
      goods: "Comprometer estos artículos",
      skills: "Ofrecer mi tiempo",
    },

    signInFirst: "Inicia sesión para comprometerte, así el grupo puede comunicarse contigo.",
    chooseAmount: "Elige o escribe una cantidad.",
    already: "Ya te habías comprometido con esto, así que no cambió nada.",
    seeOrChange: "Velo o cámbialo en Mis compromisos",
    theGroup: "el grupo",
    seeOrCancel: "Velo o cancélalo en Mis compromisos",
    thanksShift: (group: string) =>
      `Ya estás inscrito/a. ¡Gracias! Te enviamos los detalles por correo con un archivo de calendario, y ${group} verá tu nombre en su lista.`,
    thanksDonation: (amount: string, group: string) =>
      `¡Gracias! Anotamos tu compromiso de ${amount} para ${group}. Chorus no recibe pagos: el último paso es en la página de donaciones de ${group}.`,
    tellUsGiven: "Cuando hayas donado, avísanos en Mis compromisos",
    thanksGoods: (group: string, quantity: number) =>
      `¡Gracias! ${group} cuenta con ${formatNumber("es", quantity)}. Te enviamos los detalles por correo.`,
    thanksSkills: (group: string) =>
      `¡Gracias por ofrecer tus habilidades! ${group} se pondrá en contacto contigo por correo.`,

    pageTitle: "Mis compromisos",
    notices: {
      cancelled: "Cancelado. Tu lugar queda libre para otra persona, y el grupo verá el cambio.",
      given: "Gracias por donar. Lo marcamos como donado.",
      gone: "No se pudo cambiar ese compromiso: puede que ya esté cancelado o hecho. Así están las cosas.",
    },
    quantityPledged: (n: number) => `${formatNumber("es", n)} comprometidos`,
    forCampaign: "para",
    remoteLink: "A distancia: el grupo te enviará el enlace",
    giveOnPage: (group: string) => `Dona en la página de ${group}`,
    iveGiven: "Ya doné",
    cancelThis: "Cancelar este compromiso",
    cancelShift: "Tu lugar pasa a otra persona. Puedes volver a inscribirte mientras queden lugares.",
    cancelOther: "El grupo ya no contará con este compromiso.",
    yesCancel: "Sí, cancelarlo",
    yourAccount: "Tu cuenta",
    intro:
      "El tiempo, las donaciones y las habilidades que ofreciste a grupos comunitarios. Chorus no recibe pagos: las donaciones van a la página de donaciones de cada grupo.",
    nothingYet: "Todavía no te has comprometido con nada.",
    whereToFind:
      "Las páginas de campañas y de grupos muestran formas de ayudar: un turno de voluntariado, una donación, artículos o tus habilidades.",
    findCampaign: "Encuentra una campaña",
    or: "o",
    meetGroups: "conoce a los grupos comunitarios",
    aheadHeading: "Próximos y pendientes",
    finishedHeading: "Hechos, pasados o cancelados",
  },
});
