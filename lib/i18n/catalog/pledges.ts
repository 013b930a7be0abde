import type { Catalog } from "../errors";

/** Pledges and pledge options (lib/pledges). */
export const catalog: Catalog = {
  exact: {
    // The pledge form's fields (lib/pledges/pledge.ts, pledgeInputSchema).
    "Please tell the group your name.": "Dile al grupo tu nombre.",
    "Please keep your name under 80 characters.": "Tu nombre debe tener menos de 80 caracteres.",
    "Your name can't contain line breaks or < >.": "Tu nombre no puede tener saltos de línea ni < >.",
    "That phone number is too long.": "Ese número de teléfono es demasiado largo.",
    "A phone number has digits, spaces and + ( ) - only.":
      "Un número de teléfono solo lleva dígitos, espacios y + ( ) -.",
    "Please keep your note under 1,000 characters.": "Tu nota debe tener menos de 1,000 caracteres.",
    "How many? Please enter a number.": "¿Cuántos? Escribe un número.",
    "How many? Please enter a whole number.": "¿Cuántos? Escribe un número entero.",
    "Please pledge at least one.": "Comprométete con al menos uno.",
    "That is more than we can record at once.": "Eso es más de lo que podemos anotar de una vez.",
    "Please enter an amount in dollars, like 25.": "Escribe una cantidad en dólares, como 25.",
    "Please offer at least some time.": "Ofrece al menos un poco de tiempo.",
    "Please offer at most 500 hours in one pledge.": "Ofrece como máximo 500 horas en un compromiso.",
    // What a pledge is checked against (the option, its kind, its room).
    "Please choose or enter an amount.": "Elige o escribe una cantidad.",
    "Please pledge at least $1.": "Comprométete con al menos $1.",
    "Please pledge at most $100,000 here.": "Aquí puedes comprometer como máximo $100,000.",
    "This group asks for one-time gifts only.": "Este grupo solo pide donaciones de una vez.",
    "We couldn't find that way to help.": "No encontramos esa forma de ayudar.",
    "The group has closed this for now.": "El grupo cerró esto por ahora.",
    "This shift has already started, so it no longer takes sign-ups.":
      "Este turno ya empezó, así que ya no acepta inscripciones.",
    "Sorry, this shift just filled up. Another shift may still have room.":
      "Lo sentimos, este turno se acaba de llenar. Puede que otro turno todavía tenga lugar.",
    // Cancelling and "I've given".
    "This shift has already started, so it can't be cancelled here. If you couldn't make it, please let the group know.":
      "Este turno ya empezó, así que no se puede cancelar aquí. Si no pudiste ir, avísale al grupo.",
    "We couldn't find a pledge of yours that can still be cancelled.":
      "No encontramos un compromiso tuyo que todavía se pueda cancelar.",
    "We couldn't find that pledge, or it is already done.": "No encontramos ese compromiso, o ya está hecho.",
    // A volunteer's shifts as a calendar file (lib/pledges/calendar.ts)
    "We couldn't find that shift among your pledges.": "No encontramos ese turno entre tus compromisos.",
  },
  patterns: [
    [
      /^Only (\d+) still needed now: please pledge that many or fewer\.$/,
      (m) => `Ahora solo se necesitan ${m[1]}: comprométete con esa cantidad o menos.`,
    ],
    [/^Up to (\d+)\.$/, (m) => `Hasta ${m[1]}.`],
  ],
};
