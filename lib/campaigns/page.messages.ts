import { formatList, formatNumber } from "@/lib/i18n/format";
import { defineMessages } from "@/lib/i18n/messages";

/**
 * The words lib/campaigns builds for the public campaign page and its actions: sharing, steps, the next step,
 * a bill's jurisdiction, a closed campaign's results, the link-preview card. Pure (client components use it).
 */
export const campaignWords = defineMessages({
  en: {
    shareBody: "I joined this campaign. Will you add your voice?",
    shareLetter: (title: string) => `I just wrote to my elected officials for “${title}”.`,
    sharePledge: (title: string) => `I just pledged to help the community groups behind “${title}”.`,
    shareJoin: (title: string) => `I just joined “${title}”.`,
    shareAsk: (url: string) => `It takes a few minutes: will you add your voice? ${url}`,
    embedTitle: (title: string) => `Campaign: ${title}`,
    resultsLetters: (n: number) =>
      `Together, supporters sent ${formatNumber("en", n)} ${n === 1 ? "letter" : "letters"} to officials.`,
    resultsJoined: (n: number) =>
      `${formatNumber("en", n)} ${n === 1 ? "person" : "people"} joined this campaign.`,
    resultsPledged: (pledged: string) => `Pledged to community-led groups: ${pledged}.`,
    federalBill: "A bill in the U.S. Congress",
    stateBill: (state: string) => `A bill in the ${state} legislature`,
    steps: {
      learn: {
        label: "Learn why this matters",
        description: "Read the story and what the people most affected have written.",
      },
      write: {
        label: "Write to your officials",
        description: "In your own words, from the campaign's letter.",
      },
      pledge: {
        label: "Give an hour, a gift or a skill",
        description: "To the community-led groups behind this campaign.",
      },
      share: {
        label: "Share the campaign with a friend",
        description: "One message to someone who cares is worth a hundred posts.",
      },
    },
    confirmLetter: "Confirm your letter: open the link we emailed you",
    finishHandoffs: (n: number) =>
      `Finish sending: ${n} official${n === 1 ? "" : "s"} still need your letter through their website`,
    askReplies: "Tell us whether your officials replied",
    cardClosed: (letters: string) => `Closed · ${letters}`,
    cardFirst: "Be the first to add your voice",
    cardJoined: (n: number) =>
      n === 0
        ? "Be the first to join"
        : n === 1
          ? "1 person has joined"
          : `${formatNumber("en", n)} people have joined`,
    cardLetters: (letters: number, goal: number | null) =>
      goal
        ? `${formatNumber("en", letters)} of ${formatNumber("en", goal)} letters sent`
        : `${formatNumber("en", letters)} ${letters === 1 ? "letter" : "letters"} sent`,
    names: (names: string[]) => names.join(" and "),
  },
  es: {
    shareBody: "Me uní a esta campaña. ¿Sumas tu voz?",
    shareLetter: (title: string) => `Acabo de escribir a mis funcionarios electos por “${title}”.`,
    sharePledge: (title: string) => `Acabo de ofrecer ayuda a los grupos comunitarios detrás de “${title}”.`,
    shareJoin: (title: string) => `Acabo de unirme a “${title}”.`,
    shareAsk: (url: string) => `Solo toma unos minutos: ¿sumas tu voz? ${url}`,
    embedTitle: (title: string) => `Campaña: ${title}`,
    resultsLetters: (n: number) =>
      n === 1
        ? "Juntos, los simpatizantes enviaron 1 carta a sus representantes."
        : `Juntos, los simpatizantes enviaron ${formatNumber("es", n)} cartas a sus representantes.`,
    resultsJoined: (n: number) =>
      n === 1
        ? "1 persona se unió a esta campaña."
        : `${formatNumber("es", n)} personas se unieron a esta campaña.`,
    resultsPledged: (pledged: string) => `Ofrecido a grupos comunitarios: ${pledged}.`,
    federalBill: "Un proyecto de ley en el Congreso de EE. UU.",
    stateBill: (state: string) => `Un proyecto de ley en la legislatura de ${state}`,
    steps: {
      learn: {
        label: "Entiende por qué importa",
        description: "Lee la historia y lo que han escrito las personas más afectadas.",
      },
      write: {
        label: "Escribe a tus representantes",
        description: "Con tus propias palabras, a partir de la carta de la campaña.",
      },
      pledge: {
        label: "Ofrece una hora, un donativo o una habilidad",
        description: "A los grupos comunitarios detrás de esta campaña.",
      },
      share: {
        label: "Comparte la campaña con alguien",
        description: "Un mensaje a alguien a quien le importa vale más que cien publicaciones.",
      },
    },
    confirmLetter: "Confirma tu carta: abre el enlace que te enviamos por correo",
    finishHandoffs: (n: number) =>
      n === 1
        ? "Termina de enviar: 1 representante todavía necesita tu carta por su sitio web"
        : `Termina de enviar: ${n} representantes todavía necesitan tu carta por su sitio web`,
    askReplies: "Cuéntanos si tus representantes te respondieron",
    cardClosed: (letters: string) => `Terminada · ${letters}`,
    cardFirst: "Sé la primera persona en sumar tu voz",
    cardJoined: (n: number) =>
      n === 0
        ? "Sé la primera persona en unirte"
        : n === 1
          ? "1 persona se ha unido"
          : `${formatNumber("es", n)} personas se han unido`,
    cardLetters: (letters: number, goal: number | null) =>
      goal
        ? `${formatNumber("es", letters)} de ${formatNumber("es", goal)} cartas enviadas`
        : `${formatNumber("es", letters)} ${letters === 1 ? "carta enviada" : "cartas enviadas"}`,
    names: (names: string[]) => formatList("es", names),
  },
});
