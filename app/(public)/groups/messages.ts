import { formatNumber } from "@/lib/i18n/format";
import { defineMessages } from "@/lib/i18n/messages";

/** The groups directory and a group's public page. */
export const groupsPage = defineMessages({
  en: {
    title: "Community groups",
    description:
      "Find community-led groups by what they work on and where, and pledge your time, money, goods or skills.",
    intro:
      "Groups led by the people they serve. Find one by what it works on or where it is, and pledge your time, money, goods or skills.",
    zipPlace: (zip: string) => `ZIP code ${zip}`,
    withinTen: "Within about 10 miles",
    milesAway: (miles: number) => `About ${formatNumber("en", miles)} miles away`,
    remote: "Remote",
    placeNotListed: "Place not listed",
    whoLeadsIt: "Who leads it: ",
    focusAreas: "Focus areas",
    worksRemotely: "Works remotely",
    waysToHelpNow: (n: number) =>
      n === 0
        ? "No open ways to help right now"
        : n === 1
          ? "1 way to help right now"
          : `${formatNumber("en", n)} ways to help right now`,
    search: "Search",
    searchHint: "Words from a group's name or what it does, like tenants or food",
    focusArea: "Focus area",
    allFocusAreas: "All focus areas",
    yourZip: "Your ZIP code (optional)",
    yourZipHint: "Nearest groups first",
    findGroups: "Find groups",
    clear: "Clear",
    sortedByZip: (zip: string) =>
      `Nearest to ZIP code ${zip} first, then groups that work remotely. Distances are approximate: we measure by congressional district, not street.`,
    groupCount: (shown: number, total: number | null) =>
      `${shown === 1 ? "1 group" : `${formatNumber("en", shown)} groups`}${total === null ? "" : ` of ${formatNumber("en", total)}`}`,
    noGroupsYet: "No community groups have joined Chorus yet. Check back soon.",
    noMatch: (q: string) => `No groups match${q ? ` “${q}”` : ""}.`,
    tryFewer: "Try fewer words or another focus area, or",
    seeEvery: "see every group",

    // A group's page
    notFound: "Group not found",
    andRemotely: (place: string) => `${place}, and remotely`,
    remotely: "Remotely: anyone can take part from wherever they are",
    communityGroups: "Community-led groups",
    whoLeads: "Who leads it",
    ownWords: "In the group's own words:",
    focus: "Focus",
    where: "Where",
    website: "Website",
    donateOn: (group: string) => `Donate on ${group}'s own page`,
    noPayment: "Chorus takes no payment: gifts go straight to the group.",
    waysToHelp: "Ways to help",
  },
  es: {
    title: "Grupos comunitarios",
    description:
      "Encuentra grupos comunitarios por su trabajo y su lugar, y ofrece tu tiempo, dinero, artículos o habilidades.",
    intro:
      "Grupos dirigidos por las personas a las que sirven. Busca uno por lo que hace o por dónde está, y ofrece tu tiempo, dinero, artículos o habilidades.",
    zipPlace: (zip: string) => `Código postal ${zip}`,
    withinTen: "A unas 10 millas o menos",
    milesAway: (miles: number) => `A unas ${formatNumber("es", miles)} millas`,
    remote: "A distancia",
    placeNotListed: "Lugar no indicado",
    whoLeadsIt: "Quién lo dirige: ",
    focusAreas: "Temas",
    worksRemotely: "Trabaja a distancia",
    waysToHelpNow: (n: number) =>
      n === 0
        ? "Por ahora no hay formas de ayudar abiertas"
        : n === 1
          ? "1 forma de ayudar ahora"
          : `${formatNumber("es", n)} formas de ayudar ahora`,
    search: "Buscar",
    searchHint: "Palabras del nombre de un grupo o de lo que hace, como inquilinos o comida",
    focusArea: "Tema",
    allFocusAreas: "Todos los temas",
    yourZip: "Tu código postal (opcional)",
    yourZipHint: "Primero los grupos más cercanos",
    findGroups: "Buscar grupos",
    clear: "Borrar",
    sortedByZip: (zip: string) =>
      `Primero los más cercanos al código postal ${zip}, luego los grupos que trabajan a distancia. Las distancias son aproximadas: medimos por distrito del Congreso, no por calle.`,
    groupCount: (shown: number, total: number | null) =>
      `${shown === 1 ? "1 grupo" : `${formatNumber("es", shown)} grupos`}${total === null ? "" : ` de ${formatNumber("es", total)}`}`,
    noGroupsYet: "Todavía no hay grupos comunitarios en Chorus. Vuelve pronto.",
    noMatch: (q: string) => `Ningún grupo coincide${q ? ` con “${q}”` : ""}.`,
    tryFewer: "Prueba con menos palabras u otro tema, o",
    seeEvery: "ve todos los grupos",

    notFound: "No encontramos el grupo",
    andRemotely: (place: string) => `${place}, y a distancia`,
    remotely: "A distancia: cualquiera puede participar desde donde esté",
    communityGroups: "Grupos comunitarios",
    whoLeads: "Quién lo dirige",
    ownWords: "En palabras del propio grupo:",
    focus: "Temas",
    where: "Dónde",
    website: "Sitio web",
    donateOn: (group: string) => `Dona en la página de ${group}`,
    noPayment: "Chorus no recibe pagos: las donaciones van directo al grupo.",
    waysToHelp: "Formas de ayudar",
  },
});

/** Editing a group's profile and its members (owners and organizers). */
export const groupEdit = defineMessages({
  en: {
    title: "Edit your group's profile",
    shownIn: "This is what people see in the",
    directory: "groups directory",
    andOnPage: "and on your group's page.",
    // The profile form
    name: "Group name",
    leads: "Who leads the group",
    leadsHint: "In your own words: who leads it and whom it serves. This is the first thing people read.",
    description: "What the group does (optional)",
    focusAreas: "Focus areas",
    focusHint: (known: string) =>
      `Separate them with commas, up to 8.${known ? ` Groups use: ${known}.` : ""}`,
    whereItWorks: "Where the group works",
    state: "State",
    noState: "No one state",
    city: "City (optional)",
    zip: "ZIP code (optional)",
    zipHint: "Helps people nearby find you first.",
    remote: "People can help remotely, from anywhere",
    website: "Website (optional)",
    websiteHint: "A full address starting with https://",
    donation: "Donation page (optional)",
    donationHint: "Your own page for gifts. Chorus sends donors there and takes no payment.",
    dropOffPlace: "Where to bring goods (optional)",
    dropOffPlaceHint: "An address or a place, shown to people who pledge goods.",
    dropOffHours: "When to bring them (optional)",
    dropOffHoursHint: "For example: Saturdays 10 AM – 2 PM.",
    saving: "Saving…",
    save: "Save the profile",
    // Members
    roles: { owner: "Owner", organizer: "Organizer", viewer: "Viewer" } as Record<string, string>,
    leaveGroup: "Leave the group",
    removeWho: (who: string) => `Remove ${who}`,
    leave: "Leave",
    remove: "Remove",
    members: "Members",
    membersIntro:
      "Owners and organizers can change this profile; viewers can see the group's dashboard. Only owners add and remove people.",
    you: " (you)",
    addMember: "Add a member",
    addIntro: "They need to have signed in to Chorus once with this email address.",
    theirEmail: "Their email address",
    theirRole: "Their role",
    organizerRole: "Organizer: can change the profile and ways to help",
    viewerRole: "Viewer: can see who signed up",
    adding: "Adding…",
    add: "Add member",
    // What the actions answer
    signedOut: "Your session has ended. Please sign in again.",
    saved: "Saved. Your group's page shows the changes now.",
    seePage: "See your group's page",
    added: (email: string, role: string) =>
      `Added ${email} as ${role === "organizer" ? "an organizer" : "a viewer"}.`,
    whoToRemove: "We couldn't tell who to remove. Please try again.",
    removed: "Removed.",
  },
  es: {
    title: "Edita el perfil de tu grupo",
    shownIn: "Esto es lo que la gente ve en el",
    directory: "directorio de grupos",
    andOnPage: "y en la página de tu grupo.",
    name: "Nombre del grupo",
    leads: "Quién dirige el grupo",
    leadsHint: "En tus propias palabras: quién lo dirige y a quién sirve. Es lo primero que la gente lee.",
    description: "Qué hace el grupo (opcional)",
    focusAreas: "Temas",
    focusHint: (known: string) =>
      `Sepáralos con comas, hasta 8.${known ? ` Los grupos usan: ${known}.` : ""}`,
    whereItWorks: "Dónde trabaja el grupo",
    state: "Estado",
    noState: "Ningún estado en particular",
    city: "Ciudad (opcional)",
    zip: "Código postal (opcional)",
    zipHint: "Ayuda a que la gente cercana te encuentre primero.",
    remote: "Se puede ayudar a distancia, desde cualquier lugar",
    website: "Sitio web (opcional)",
    websiteHint: "Una dirección completa que empiece con https://",
    donation: "Página de donaciones (opcional)",
    donationHint: "Tu propia página para donaciones. Chorus envía ahí a quienes donan y no recibe pagos.",
    dropOffPlace: "Dónde entregar donaciones en especie (opcional)",
    dropOffPlaceHint: "Una dirección o un lugar, que verán quienes se comprometan a dar artículos.",
    dropOffHours: "Cuándo entregarlas (opcional)",
    dropOffHoursHint: "Por ejemplo: sábados de 10 a. m. a 2 p. m.",
    saving: "Guardando…",
    save: "Guardar el perfil",
    roles: { owner: "Dueño/a", organizer: "Organizador/a", viewer: "Observador/a" } as Record<string, string>,
    leaveGroup: "Salir del grupo",
    removeWho: (who: string) => `Quitar a ${who}`,
    leave: "Salir",
    remove: "Quitar",
    members: "Miembros",
    membersIntro:
      "Los dueños y el equipo organizador pueden cambiar este perfil; los observadores pueden ver el panel del grupo. Solo los dueños agregan y quitan personas.",
    you: " (tú)",
    addMember: "Agregar a un miembro",
    addIntro: "Tiene que haber iniciado sesión en Chorus una vez con este correo electrónico.",
    theirEmail: "Su correo electrónico",
    theirRole: "Su rol",
    organizerRole: "Organizador/a: puede cambiar el perfil y las formas de ayudar",
    viewerRole: "Observador/a: puede ver quién se inscribió",
    adding: "Agregando…",
    add: "Agregar miembro",
    signedOut: "Tu sesión terminó. Vuelve a iniciar sesión.",
    saved: "Guardado. La página de tu grupo ya muestra los cambios.",
    seePage: "Ve la página de tu grupo",
    added: (email: string, role: string) =>
      `Agregamos a ${email} como ${role === "organizer" ? "organizador/a" : "observador/a"}.`,
    whoToRemove: "No pudimos saber a quién quitar. Inténtalo de nuevo.",
    removed: "Quitado.",
  },
});
