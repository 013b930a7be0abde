import { formatNumber } from "@/lib/i18n/format";
import { defineMessages } from "@/lib/i18n/messages";

const en = (n: number) => formatNumber("en", n);
const es = (n: number) => formatNumber("es", n);

/** The campaign widget's own words (lib/campaigns/embed.ts). */
export const embedMessages = defineMessages({
  en: {
    firstToJoin: "Be the first to join",
    joined: (n: number) => (n === 1 ? "1 person has joined" : `${en(n)} people have joined`),
    lettersOfGoal: (letters: number, goal: number) => `${en(letters)} of ${en(goal)} letters sent`,
    letters: (n: number) => `${en(n)} ${n === 1 ? "letter" : "letters"} sent`,
    closed: "This campaign has closed. Thank you to everyone who took part.",
    results: "See what it achieved",
    act: "Take action",
    newTab: " (opens in a new tab)",
    notFoundTitle: "Campaign not found",
    notFound: "This campaign is not there, or not published yet.",
  },
  es: {
    firstToJoin: "Sé la primera persona en unirte",
    joined: (n: number) => (n === 1 ? "1 persona se ha unido" : `${es(n)} personas se han unido`),
    lettersOfGoal: (letters: number, goal: number) => `${es(letters)} de ${es(goal)} cartas enviadas`,
    letters: (n: number) => `${es(n)} ${n === 1 ? "carta enviada" : "cartas enviadas"}`,
    closed: "Esta campaña terminó. Gracias a todas las personas que participaron.",
    results: "Mira lo que logró",
    act: "Pasa a la acción",
    newTab: " (se abre en una pestaña nueva)",
    notFoundTitle: "No encontramos la campaña",
    notFound: "Esta campaña no existe o todavía no se ha publicado.",
  },
});
