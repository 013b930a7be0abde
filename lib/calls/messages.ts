import { defineMessages } from "@/lib/i18n/messages";

/**
 * Words of call campaigns (issue 21) that Chorus writes: the labels of the numbers to call, what the hours mean,
 * the placeholders a script shows where it knows nothing about the caller, and the JSON API's refusals (typed
 * keys, not English messages matched by a catalog).
 */
export const callWords = defineMessages({
  en: {
    numbers: {
      washington: "Washington office",
      capitol: "Capitol office",
      district: (city: string) => (city ? `District office, ${city}` : "District office"),
    },
    hours: {
      /** The office publishes its hours and we read them. */
      published: (text: string) => `Office hours: ${text}`,
      /** The office publishes hours we cannot read as a schedule ("By appointment only"). */
      unreadable: (text: string) =>
        `Office hours as the office gives them: ${text}. We can't tell whether it is open now.`,
      /** No hours published: the usual ones. */
      assumed: "This office publishes no hours: we assume 9 to 5 on weekdays, in its own time zone.",
    },
    placeholders: {
      firstName: "[your first name]",
      lastName: "[your last name]",
      fullName: "[your name]",
      city: "[your town]",
    },
    notes: {
      vacant: "One of these seats is vacant right now: there is nobody to call for it.",
      needs_address:
        "Your state legislators can't be found from a ZIP code alone, so they are not listed here.",
    },
    voicemail:
      "If you reach voicemail: say your name, that you are a constituent, your ZIP code, and the ask in one or two sentences. Leave no phone number unless you want a call back.",
    errors: {
      noZip: "Add your ZIP code: 5 digits, like 60623.",
      badZip: "A ZIP code is 5 digits, like 60623.",
      badDistrict: "Choose a district like IL-7 (state, dash, number).",
      districtNotInZip: "That district is not one of this ZIP code's. Choose one of the districts listed.",
      needsDistrict: "This ZIP code is in more than one district: choose yours.",
      noCampaign: "We couldn't find that campaign, or it asks for no calls right now.",
      badJson: "Send the outcome as one JSON object (Content-Type: application/json).",
      badOfficial: "Say which official you called (their id from the list of calls).",
      badOutcome: "Say how the call went: reached, voicemail, busy or skipped.",
      notYourOfficial: "That official is not one this campaign asks you to call from this ZIP code.",
      badStamp: "This page is too old to record your call. Please reload it, then tell us again how it went.",
      tooMany: "Many calls have been recorded from your network today. Please try again tomorrow.",
      tooLarge: "That request is far too large for a call's outcome.",
      unknownZip: (zip: string) =>
        `We couldn't find ZIP code ${zip}. Some ZIP codes are only used for PO boxes or businesses; please try the ZIP code where you live.`,
    },
  },
  es: {
    numbers: {
      washington: "Oficina en Washington",
      capitol: "Oficina en el Capitolio",
      district: (city: string) => (city ? `Oficina local, ${city}` : "Oficina local"),
    },
    hours: {
      published: (text: string) => `Horario de la oficina: ${text}`,
      unreadable: (text: string) =>
        `Horario tal como lo publica la oficina: ${text}. No podemos saber si está abierta ahora.`,
      assumed:
        "Esta oficina no publica su horario: suponemos de 9 a 5, de lunes a viernes, en su propia zona horaria.",
    },
    placeholders: {
      firstName: "[tu nombre]",
      lastName: "[tu apellido]",
      fullName: "[tu nombre y apellido]",
      city: "[tu ciudad]",
    },
    notes: {
      vacant: "Uno de estos cargos está vacante ahora: no hay a quién llamar.",
      needs_address:
        "Con solo el código postal no podemos encontrar a tus legisladores estatales, así que no aparecen aquí.",
    },
    voicemail:
      "Si te contesta el buzón de voz: di tu nombre, que vives en su distrito, tu código postal y el pedido en una o dos frases. No dejes tu teléfono salvo que quieras que te llamen.",
    errors: {
      noZip: "Escribe tu código postal: 5 dígitos, como 60623.",
      badZip: "Un código postal tiene 5 dígitos, como 60623.",
      badDistrict: "Elige un distrito como IL-7 (estado, guion, número).",
      districtNotInZip:
        "Ese distrito no es uno de los de este código postal. Elige uno de los distritos de la lista.",
      needsDistrict: "Este código postal está en más de un distrito: elige el tuyo.",
      noCampaign: "No encontramos esa campaña, o ahora no pide llamadas.",
      badJson: "Envía el resultado como un solo objeto JSON (Content-Type: application/json).",
      badOfficial: "Di a qué representante llamaste (su id, de la lista de llamadas).",
      badOutcome: "Di cómo fue la llamada: reached, voicemail, busy o skipped.",
      notYourOfficial: "Esta campaña no te pide llamar a esa persona desde este código postal.",
      badStamp:
        "Esta página es demasiado antigua para registrar tu llamada. Vuelve a cargarla y dinos otra vez cómo fue.",
      tooMany: "Hoy se registraron muchas llamadas desde tu red. Vuelve a intentarlo mañana.",
      tooLarge: "Esa solicitud es demasiado grande para el resultado de una llamada.",
      unknownZip: (zip: string) =>
        `No encontramos el código postal ${zip}. Algunos códigos solo se usan para apartados postales o empresas; prueba con el código postal de donde vives.`,
    },
  },
});

export type CallErrorKey = Exclude<keyof (typeof callWords)["en"]["errors"], "unknownZip">;
