import { defineMessages } from "@/lib/i18n/messages";

/** /officials: the ZIP and address lookup, the officials' cards, the state legislators. */
export const officialsPage = defineMessages({
  en: {
    title: "Find your officials",
    description:
      "Enter your ZIP code to see who represents you in the U.S. Congress and your state legislature, and how to reach them.",
    heading: "Find your officials",
    intro:
      "Enter your ZIP code to see who represents you in Congress and how to reach them, then find your state legislators.",
    zipLabel: "ZIP code",
    zipHint: "5 digits, like 60062",
    findMyOfficials: "Find my officials",
    sources: "We look up your ZIP code in public data from the Census Bureau and the",
    sourcesName: "congress-legislators",
    sourcesProject: "project.",
    and: "and",

    // ZIP results
    resultsHeading: (zip: string) => `Your members of Congress for ZIP code ${zip}`,
    asYouChose: (district: string) => `Congressional district ${district}, as you chose.`,
    chooseAgain: "Choose again",
    multiState: (zip: string, states: string) =>
      `ZIP code ${zip} reaches into ${states}. Your senators are the two from the state you live in, and your representative is one of the people listed for that state.`,
    splitZip: (zip: string, n: number) =>
      `ZIP code ${zip} is shared by ${n} congressional districts, so we can't tell from the ZIP code alone which one is yours. Your senators are the same either way.`,
    whichDistrict: "Which district do you live in?",
    whichDistrictHint:
      "The towns with your representative's offices, and the ZIP codes that lie wholly in each district, can help you recognize yours.",
    showMyRepresentative: "Show my representative",
    notSureBefore: "Not sure? The House's",
    houseTool: "find your representative",
    notSureAfter: "page can narrow it down with your street address.",
    usSenate: "U.S. Senate",
    noSenators: (state: string) =>
      `${state} has no senators. Its member of the House can speak in debates and committees but cannot vote on the final passage of bills.`,
    usHouseOneOf: "U.S. House: one of these is your representative",
    usHouse: "U.S. House",
    congressNote: "Districts are those of the 119th Congress (until January 3, 2027).",

    // Street address
    addressHeading: "Narrow it down with your street address",
    addressPrivacy:
      "We send only the street, city and ZIP code to the U.S. Census Bureau's geocoder, and keep none of it.",
    streetLabel: "Street address",
    cityLabel: "City (optional)",
    findMyDistrict: "Find my district",
    addressResultsHeading: (address: string) => `Your officials at ${address}`,
    congressionalDistrict: (district: string) => `Congressional district ${district}. `,
    notYourAddress: "Not your address?",
    usCongress: "U.S. Congress",
    stateLegislature: "State legislature",
    noStateMatch: "We couldn't match your state legislative districts to our data for this address.",

    // An official's card
    vacantSeat: "Vacant seat",
    vacantText: "Nobody holds this seat right now, so there is no one to write to here until it is filled.",
    phone: "Phone",
    email: "Email",
    write: "Write",
    contactForm: "Contact form",
    contactFormFor: (name: string) => ` for ${name}`,
    website: "Website",
    termEnds: "Term ends",
    termPassed: "That date has passed; our data was gathered before the result was known.",
    replied: (replied: number, answered: number, percent: number) =>
      `Replied to ${replied} of the ${answered} supporters who told us (${percent}%).`,
    repliedSource: "From answers to our follow-up email a few weeks after writing.",
    noContact: (name: string) => `We don't have contact details for ${name} yet.`,

    // State legislators
    stateHeading: "Your state legislators",
    stateIntro:
      "State senators and representatives vote on many laws that shape daily life. We can't tell your state districts from a ZIP code, because the public data has no map between them, so choose your districts or search for a name.",
    notInState: (state: string) => `Not in ${state}? Choose another state`,
    noStateData: (state: string) => `We don't have the legislators of ${state} in our data yet.`,
    yourState: "Your state",
    chooseState: "Choose your state",
    showItsLegislators: "Show its legislators",
    dcCouncil: "Council: your ward, or an at-large seat",
    chamberDistrict: (chamber: string) => `Your ${chamber} district`,
    chooseDistricts: "Choose your districts",
    chooseDistrictsHint:
      "Your districts are printed on your voter registration card, and your state legislature's website can find them from your address. Choose one or both.",
    notSure: "I'm not sure",
    showMyStateLegislators: "Show my state legislators",
    searchByName: "Or search by name",
    searchHint: (state: string) =>
      `Part of a first or last name of a legislator in ${state}; accents are optional.`,
    search: "Search",
    noSuchDistrict: (state: string, chamber: string, district: string) =>
      `${state} has no ${chamber} district “${district}” in our data.`,
    chooseOneDistrict: "Choose your district in at least one list, or search by name.",
    stateResultsHeading: (state: string) => `Your state legislators in ${state}`,
    noNameMatch: (name: string, state: string) => `No state legislator matches “${name}” in ${state}`,
    nameMatches: (count: string, n: number, name: string, state: string) =>
      `${count} ${n === 1 ? "legislator matches" : "legislators match"} “${name}” in ${state}`,
    noNameMatchHint: "Check the spelling, try part of the last name, or choose your districts above.",
    firstOnes: (n: number) => `These are the first ${n}. Type more of the name to find the person you mean.`,
  },
  es: {
    title: "Encuentra a tus representantes",
    description:
      "Escribe tu código postal (ZIP) para ver quién te representa en el Congreso de EE. UU. y en la legislatura de tu estado, y cómo comunicarte con ellos.",
    heading: "Encuentra a tus representantes",
    intro:
      "Escribe tu código postal (ZIP) para ver quién te representa en el Congreso y cómo comunicarte con ellos; luego encuentra a tus legisladores estatales.",
    zipLabel: "Código postal (ZIP)",
    zipHint: "5 dígitos, como 60062",
    findMyOfficials: "Buscar a mis representantes",
    sources: "Buscamos tu código postal en datos públicos de la Oficina del Censo y del proyecto",
    sourcesName: "congress-legislators",
    sourcesProject: ".",
    and: "y",

    resultsHeading: (zip: string) => `Tus miembros del Congreso para el código postal ${zip}`,
    asYouChose: (district: string) => `Distrito del Congreso ${district}, como elegiste.`,
    chooseAgain: "Elegir de nuevo",
    multiState: (zip: string, states: string) =>
      `El código postal ${zip} abarca partes de ${states}. Tus senadores son los dos del estado donde vives, y tu representante es una de las personas de ese estado.`,
    splitZip: (zip: string, n: number) =>
      `El código postal ${zip} está dividido entre ${n} distritos del Congreso, así que no podemos saber solo con el código postal cuál es el tuyo. Tus senadores son los mismos en todo caso.`,
    whichDistrict: "¿En qué distrito vives?",
    whichDistrictHint:
      "Los pueblos donde tu representante tiene oficinas y los códigos postales que quedan por completo en cada distrito pueden ayudarte a reconocer el tuyo.",
    showMyRepresentative: "Mostrar a mi representante",
    notSureBefore: "¿No estás seguro? La página",
    houseTool: "find your representative",
    notSureAfter: "de la Cámara de Representantes (en inglés) puede encontrarlo con tu dirección.",
    usSenate: "Senado de EE. UU.",
    noSenators: (state: string) =>
      `${state} no tiene senadores. Su miembro de la Cámara de Representantes puede hablar en los debates y comités, pero no puede votar en la aprobación final de las leyes.`,
    usHouseOneOf: "Cámara de Representantes de EE. UU.: una de estas personas es tu representante",
    usHouse: "Cámara de Representantes de EE. UU.",
    congressNote: "Los distritos son los del 119.º Congreso (hasta el 3 de enero de 2027).",

    addressHeading: "Encuéntralo con tu dirección",
    addressPrivacy:
      "Solo enviamos la calle, la ciudad y el código postal al servicio de ubicación de la Oficina del Censo de EE. UU., y no guardamos nada.",
    streetLabel: "Dirección",
    cityLabel: "Ciudad (opcional)",
    findMyDistrict: "Buscar mi distrito",
    addressResultsHeading: (address: string) => `Tus representantes en ${address}`,
    congressionalDistrict: (district: string) => `Distrito del Congreso ${district}. `,
    notYourAddress: "¿No es tu dirección?",
    usCongress: "Congreso de EE. UU.",
    stateLegislature: "Legislatura estatal",
    noStateMatch:
      "No pudimos relacionar tus distritos legislativos estatales con nuestros datos para esta dirección.",

    vacantSeat: "Puesto vacante",
    vacantText: "Nadie ocupa este puesto ahora, así que no hay a quién escribirle aquí hasta que se llene.",
    phone: "Teléfono",
    email: "Correo electrónico",
    write: "Escribir",
    contactForm: "Formulario de contacto",
    contactFormFor: (name: string) => ` de ${name}`,
    website: "Sitio web",
    termEnds: "Su mandato termina",
    termPassed: "Esa fecha ya pasó; nuestros datos se reunieron antes de conocerse el resultado.",
    replied: (replied: number, answered: number, percent: number) =>
      `Respondió a ${replied} de las ${answered} personas que nos contaron (${percent} %).`,
    repliedSource: "Según las respuestas a nuestro correo de seguimiento unas semanas después de escribir.",
    noContact: (name: string) => `Todavía no tenemos datos de contacto de ${name}.`,

    stateHeading: "Tus legisladores estatales",
    stateIntro:
      "Los senadores y representantes estatales votan muchas leyes que afectan la vida diaria. No podemos saber tus distritos estatales con un código postal, porque los datos públicos no los relacionan, así que elige tus distritos o busca un nombre.",
    notInState: (state: string) => `¿No vives en ${state}? Elige otro estado`,
    noStateData: (state: string) => `Todavía no tenemos a los legisladores de ${state} en nuestros datos.`,
    yourState: "Tu estado",
    chooseState: "Elige tu estado",
    showItsLegislators: "Mostrar sus legisladores",
    dcCouncil: "Concejo: tu distrito (ward) o un puesto general",
    chamberDistrict: (chamber: string) => `Tu distrito (${chamber})`,
    chooseDistricts: "Elige tus distritos",
    chooseDistrictsHint:
      "Tus distritos aparecen en tu tarjeta de registro de votante, y el sitio web de la legislatura de tu estado puede encontrarlos con tu dirección. Elige uno o los dos.",
    notSure: "No estoy seguro",
    showMyStateLegislators: "Mostrar a mis legisladores estatales",
    searchByName: "O busca por nombre",
    searchHint: (state: string) =>
      `Parte del nombre o del apellido de un legislador de ${state}; los acentos son opcionales.`,
    search: "Buscar",
    noSuchDistrict: (state: string, chamber: string, district: string) =>
      `${state} no tiene el distrito “${district}” de ${chamber} en nuestros datos.`,
    chooseOneDistrict: "Elige tu distrito en al menos una lista, o busca por nombre.",
    stateResultsHeading: (state: string) => `Tus legisladores estatales en ${state}`,
    noNameMatch: (name: string, state: string) =>
      `Ningún legislador estatal coincide con “${name}” en ${state}`,
    nameMatches: (count: string, n: number, name: string, state: string) =>
      `${count} ${n === 1 ? "legislador coincide" : "legisladores coinciden"} con “${name}” en ${state}`,
    noNameMatchHint: "Revisa cómo se escribe, prueba con parte del apellido o elige tus distritos arriba.",
    firstOnes: (n: number) =>
      `Estos son los primeros ${n}. Escribe más del nombre para encontrar a la persona que buscas.`,
  },
});

/** The district choice of a split ZIP (app/_components/district-choice.tsx). */
export const districtChoiceWords = defineMessages({
  en: {
    officesIn: (places: string) => `Offices in ${places}`,
    alsoCovers: (zips: string) => `also covers ZIP codes ${zips}`,
    covers: (zips: string) => `Covers ZIP codes ${zips}`,
    andMore: " and more",
    vacant: "Seat currently vacant",
    rep: (name: string) => `Rep. ${name}`,
  },
  es: {
    officesIn: (places: string) => `Oficinas en ${places}`,
    alsoCovers: (zips: string) => `también abarca los códigos postales ${zips}`,
    covers: (zips: string) => `Abarca los códigos postales ${zips}`,
    andMore: " y más",
    vacant: "Puesto vacante por ahora",
    rep: (name: string) => `Rep. ${name}`,
  },
});
