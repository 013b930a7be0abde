import type { Catalog } from "../errors";

/** What an option's number fields are called inside their messages (lib/groups/option-input.ts, wholeNumber). */
const NUMBER_FIELDS: Record<string, string> = {
  "number of volunteers": "el número de voluntarios",
  "quantity needed": "la cantidad que se necesita",
};
const field = (text: string | undefined) => (text === undefined ? "" : (NUMBER_FIELDS[text] ?? text));
const Field = (text: string | undefined) => {
  const words = field(text);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
};

/** What a group's links are called inside their messages (lib/groups/manage.ts, optionalHttpsUrl). */
const LINK_NAMES: Record<string, string> = {
  "website address": "dirección del sitio web",
  "donation page address": "dirección de la página de donaciones",
};

/** Groups and their dashboards (lib/groups). */
export const catalog: Catalog = {
  exact: {
    ...NUMBER_FIELDS,
    ...LINK_NAMES,
    // Access (lib/groups/access.ts, dashboard.ts)
    "We couldn't find that group among the groups you help run.":
      "No encontramos ese grupo entre los grupos que ayudas a dirigir.",
    "Only the group's owners and organizers can change this.":
      "Solo los dueños y el equipo organizador del grupo pueden cambiar esto.",
    "We couldn't find that way to help among this group's options.":
      "No encontramos esa forma de ayudar entre las opciones de este grupo.",
    // Marking, options and messages (lib/groups/dashboard.ts)
    "Please choose done or missed.": "Elige hecho o faltó.",
    "We couldn't find that pledge, or it was cancelled.": "No encontramos ese compromiso, o fue cancelado.",
    "Please choose a published campaign, or none.": "Elige una campaña publicada, o ninguna.",
    "This time has already passed: please choose a time in the future.":
      "Esa hora ya pasó: elige una hora en el futuro.",
    "An option keeps its kind: offer a new one instead.":
      "Una opción conserva su tipo: mejor ofrece una nueva.",
    "This form is out of date: please reload the page.":
      "Este formulario está desactualizado: recarga la página.",
    "Please write a subject.": "Escribe un asunto.",
    "Please keep the subject under 150 characters.": "El asunto debe tener menos de 150 caracteres.",
    "A subject is one line.": "El asunto va en una sola línea.",
    "Please write your message.": "Escribe tu mensaje.",
    "Please keep the message under 5,000 characters.": "El mensaje debe tener menos de 5,000 caracteres.",
    "We couldn't find that shift among this group's options.":
      "No encontramos ese turno entre las opciones de este grupo.",
    "No one has signed up for this shift yet, so there is no one to write to.":
      "Nadie se ha inscrito en este turno todavía, así que no hay a quién escribir.",
    // A group's profile and members (lib/groups/manage.ts)
    "Give the group's name.": "Escribe el nombre del grupo.",
    "Please keep the name under 120 characters.": "El nombre debe tener menos de 120 caracteres.",
    "Say in a sentence or two who leads the group.": "Di en una o dos frases quién dirige el grupo.",
    "Please keep this under 600 characters.": "Esto debe tener menos de 600 caracteres.",
    "Please keep the description under 2,000 characters.":
      "La descripción debe tener menos de 2,000 caracteres.",
    "Please keep the city under 100 characters.": "La ciudad debe tener menos de 100 caracteres.",
    "Please keep the drop-off place under 200 characters.":
      "El lugar de entrega debe tener menos de 200 caracteres.",
    "Please keep the drop-off hours under 200 characters.":
      "El horario de entrega debe tener menos de 200 caracteres.",
    // A group calls off a shift (lib/groups/shift-changes.ts)
    "This shift is already cancelled.": "Este turno ya está cancelado.",
    "This shift has already started, so it can't be cancelled.":
      "Este turno ya empezó, así que no se puede cancelar.",
    "Use a 2-letter state code, like IL.": "Usa el código de 2 letras del estado, como IL.",
    "Please keep the website address under 500 characters.":
      "La dirección del sitio web debe tener menos de 500 caracteres.",
    "The website address must be a full web address starting with https://":
      "La dirección del sitio web debe ser una dirección completa que empiece con https://",
    "Please keep the donation page address under 500 characters.":
      "La dirección de la página de donaciones debe tener menos de 500 caracteres.",
    "The donation page address must be a full web address starting with https://":
      "La dirección de la página de donaciones debe ser una dirección completa que empiece con https://",
    "Enter their email address.": "Escribe su correo electrónico.",
    "Choose organizer or viewer.": "Elige organizador/a u observador/a.",
    "No Chorus account uses this address yet.": "Todavía no hay una cuenta de Chorus con esta dirección.",
    "That person is not a member of this group.": "Esa persona no es miembro de este grupo.",
    "A group needs at least one owner, so its last owner can't be removed.":
      "Un grupo necesita al menos un dueño, así que no se puede quitar al último.",
    // A way to help (lib/groups/option-input.ts)
    "Please give it a short title.": "Ponle un título corto.",
    "Please keep the title under 120 characters.": "El título debe tener menos de 120 caracteres.",
    "Please enter the hours as a number.": "Escribe las horas como un número.",
    "Please enter at least a quarter of an hour (0.25).": "Escribe al menos un cuarto de hora (0.25).",
    "Please choose when the shift starts.": "Elige cuándo empieza el turno.",
    "Please choose when the shift ends.": "Elige cuándo termina el turno.",
    "Please choose the time zone of the place.": "Elige la zona horaria del lugar.",
    "Please choose a time zone from the list, like America/Chicago.":
      "Elige una zona horaria de la lista, como America/Chicago.",
    "Please keep the place under 300 characters.": "El lugar debe tener menos de 300 caracteres.",
    "Please enter a real date and time.": "Escribe una fecha y hora reales.",
    "The shift must end after it starts.": "El turno debe terminar después de empezar.",
    "A shift can last at most 24 hours.": "Un turno puede durar como máximo 24 horas.",
    "Please say where volunteers should go, or tick “Remote”.":
      "Di a dónde deben ir los voluntarios, o marca “A distancia”.",
    "Please suggest at least one amount, like 10, 25, 50.": "Sugiere al menos una cantidad, como 10, 25, 50.",
    "Please suggest between 1 and 6 amounts.": "Sugiere entre 1 y 6 cantidades.",
    "Please name the item, like “Winter coats”.": "Nombra el artículo, como “Abrigos de invierno”.",
    "Please keep the item under 120 characters.": "El artículo debe tener menos de 120 caracteres.",
    "Please name the skill, like “Spanish translation”.":
      "Nombra la habilidad, como “Traducción al español”.",
    "Please keep the skill under 120 characters.": "La habilidad debe tener menos de 120 caracteres.",
    "Please choose what kind of help this is.": "Elige qué tipo de ayuda es.",
  },
  patterns: [
    [/^Please enter the (.+) as a number\.$/, (m) => `Escribe ${field(m[1])} como un número.`],
    [/^Please enter the (.+) as a whole number\.$/, (m) => `Escribe ${field(m[1])} como un número entero.`],
    [/^The (.+) must be at least 1\.$/, (m) => `${Field(m[1])} debe ser al menos 1.`],
    [/^The (.+) can be at most ([\d,]+)\.$/, (m) => `${Field(m[1])} puede ser como máximo ${m[2]}.`],
    [/^Please enter at most ([\d.]+) hours\.$/, (m) => `Escribe como máximo ${m[1]} horas.`],
    [
      /^“(.*)” is not a whole number of dollars between 1 and 100,000\.$/,
      (m) => `“${m[1]}” no es un número entero de dólares entre 1 y 100,000.`,
    ],
    [/^Choose up to (\d+) focus areas\.$/, (m) => `Elige hasta ${m[1]} temas.`],
    [
      /^Keep each focus area under (\d+) characters\.$/,
      (m) => `Cada tema debe tener menos de ${m[1]} caracteres.`,
    ],
    [
      /^No one has signed in to Chorus as (.+) yet\. Ask them to sign in once, then add them here\.$/,
      (m) =>
        `Nadie ha iniciado sesión en Chorus como ${m[1]} todavía. Pídele que inicie sesión una vez y luego agrégalo aquí.`,
    ],
    [
      /^The person at (.+) is already a member of this group\.$/,
      (m) => `La persona con el correo ${m[1]} ya es miembro de este grupo.`,
    ],
    [
      /^Already (\d+) pledged, so the quantity needed can't go below (\d+)\.$/,
      (m) => `Ya hay ${m[1]} comprometidos, así que la cantidad que se necesita no puede bajar de ${m[2]}.`,
    ],
    [
      /^Already (\d+) (?:person has|people have) signed up, so the number of volunteers can't go below (\d+)\.$/,
      (m) =>
        `Ya ${m[1] === "1" ? "se inscribió 1 persona" : `se inscribieron ${m[1]} personas`}, así que el número de voluntarios no puede bajar de ${m[2]}.`,
    ],
    [
      /^We couldn't place ZIP code (\S+), so the groups are in their usual order\. Some ZIP codes are only for PO boxes or businesses; the ZIP code where you live may work\.$/,
      (m) =>
        `No pudimos ubicar el código postal ${m[1]}, así que los grupos aparecen en su orden habitual. Algunos códigos postales son solo para apartados postales o empresas; el código postal de donde vives puede funcionar.`,
    ],
  ],
};
