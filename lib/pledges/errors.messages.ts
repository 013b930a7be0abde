import { defineMessages } from "@/lib/i18n/messages";

/**
 * Errors of pledges and pledge options (lib/pledges). Thrown as `errorText.pledges.<key>`
 * (lib/i18n/errors.ts).
 */
export const pledgesErrors = defineMessages({
  en: {
    signInToSeeShifts: "Please sign in to see your shifts.",
    couldntFindShiftAmongPledges: "We couldn't find that shift among your pledges.",
    tellGroupName: "Please tell the group your name.",
    keepNameUnder80Characters: "Please keep your name under 80 characters.",
    nameCantContainLineBreaks: "Your name can't contain line breaks or < >.",
    phoneNumberTooLong: "That phone number is too long.",
    phoneNumberDigitsSpacesOnly: "A phone number has digits, spaces and + ( ) - only.",
    keepNoteUnder1000: "Please keep your note under 1,000 characters.",
    howManyEnterNumber: "How many? Please enter a number.",
    howManyEnterWholeNumber: "How many? Please enter a whole number.",
    pledgeLeastOne: "Please pledge at least one.",
    moreThanRecordOnce: "That is more than we can record at once.",
    enterAmountDollarsLike25: "Please enter an amount in dollars, like 25.",
    enterHoursNumber: "Please enter the hours as a number.",
    offerLeastSomeTime: "Please offer at least some time.",
    offerMost500HoursOne: "Please offer at most 500 hours in one pledge.",
    chooseEnterAmount: "Please choose or enter an amount.",
    pledgeLeast1: "Please pledge at least $1.",
    pledgeMost100000Here: "Please pledge at most $100,000 here.",
    groupAsksOneTimeGifts: "This group asks for one-time gifts only.",
    couldntFindWayHelp: "We couldn't find that way to help.",
    groupClosedNow: "The group has closed this for now.",
    shiftAlreadyStartedNoLonger: "This shift has already started, so it no longer takes sign-ups.",
    sorryShiftJustFilledUp: "Sorry, this shift just filled up. Another shift may still have room.",
    shiftAlreadyStartedCantCancelled:
      "This shift has already started, so it can't be cancelled here. If you couldn't make it, please let the group know.",
    couldntFindPledgeYoursStill: "We couldn't find a pledge of yours that can still be cancelled.",
    couldntFindPledgeAlreadyDone: "We couldn't find that pledge, or it is already done.",
    onlyLeft: ({ remaining }: { remaining: number }) =>
      `Only ${remaining} still needed now: please pledge that many or fewer.`,
    upTo: ({ max }: { max: number }) => `Up to ${max}.`,
  },
  es: {
    signInToSeeShifts: "Inicia sesión para ver tus turnos.",
    couldntFindShiftAmongPledges: "No encontramos ese turno entre tus compromisos.",
    tellGroupName: "Dile al grupo tu nombre.",
    keepNameUnder80Characters: "Tu nombre debe tener menos de 80 caracteres.",
    nameCantContainLineBreaks: "Tu nombre no puede tener saltos de línea ni < >.",
    phoneNumberTooLong: "Ese número de teléfono es demasiado largo.",
    phoneNumberDigitsSpacesOnly: "Un número de teléfono solo lleva dígitos, espacios y + ( ) -.",
    keepNoteUnder1000: "Tu nota debe tener menos de 1,000 caracteres.",
    howManyEnterNumber: "¿Cuántos? Escribe un número.",
    howManyEnterWholeNumber: "¿Cuántos? Escribe un número entero.",
    pledgeLeastOne: "Comprométete con al menos uno.",
    moreThanRecordOnce: "Eso es más de lo que podemos anotar de una vez.",
    enterAmountDollarsLike25: "Escribe una cantidad en dólares, como 25.",
    enterHoursNumber: "Escribe las horas como un número.",
    offerLeastSomeTime: "Ofrece al menos un poco de tiempo.",
    offerMost500HoursOne: "Ofrece como máximo 500 horas en un compromiso.",
    chooseEnterAmount: "Elige o escribe una cantidad.",
    pledgeLeast1: "Comprométete con al menos $1.",
    pledgeMost100000Here: "Aquí puedes comprometer como máximo $100,000.",
    groupAsksOneTimeGifts: "Este grupo solo pide donaciones de una vez.",
    couldntFindWayHelp: "No encontramos esa forma de ayudar.",
    groupClosedNow: "El grupo cerró esto por ahora.",
    shiftAlreadyStartedNoLonger: "Este turno ya empezó, así que ya no acepta inscripciones.",
    sorryShiftJustFilledUp:
      "Lo sentimos, este turno se acaba de llenar. Puede que otro turno todavía tenga lugar.",
    shiftAlreadyStartedCantCancelled:
      "Este turno ya empezó, así que no se puede cancelar aquí. Si no pudiste ir, avísale al grupo.",
    couldntFindPledgeYoursStill: "No encontramos un compromiso tuyo que todavía se pueda cancelar.",
    couldntFindPledgeAlreadyDone: "No encontramos ese compromiso, o ya está hecho.",
    onlyLeft: ({ remaining }: { remaining: number }) =>
      `Ahora solo se necesitan ${remaining}: comprométete con esa cantidad o menos.`,
    upTo: ({ max }: { max: number }) => `Hasta ${max}.`,
  },
});
