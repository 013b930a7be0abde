import { defineMessages } from "@/lib/i18n/messages";

/** A campaign's preview before it is published (the words around the organizers' own). */
export const previewPage = defineMessages({
  en: {
    title: "Campaign preview",
    notice: "Preview: this campaign is not published yet.",
    noticeText:
      "It is shown here so its organizers and the people they ask can check it. Nobody can write or pledge from this page, and it is not listed anywhere.",
    goal: (letters: string) => `Goal: ${letters} letters.`,
    whyItMatters: "Why this matters",
    noStory: "No story yet.",
    letterHeading: "The letter supporters will send",
    whoItGoesTo: "Who it goes to",
    noTargets: "No targets yet.",
    template: "The template",
    subject: "Subject:",
    fixed: "Fixed (the ask)",
    rewritable: "Supporters may rewrite this in their own words",
    mergeFields:
      "Words in double braces, like {{official.title}}, are filled in for each supporter and official.",
    noLetter: "No letter yet.",
    waysToHelp: "Ways to help",
    volunteer_shift: "Volunteer shift",
    donation: "Donation",
    goods: "Goods needed",
    skills: "Pro-bono skills",
  },
  es: {
    title: "Vista previa de la campaña",
    notice: "Vista previa: esta campaña todavía no está publicada.",
    noticeText:
      "Se muestra aquí para que su equipo organizador y las personas a quienes se lo pidan puedan revisarla. Nadie puede escribir ni ofrecer ayuda desde esta página, y no aparece en ninguna lista.",
    goal: (letters: string) => `Meta: ${letters} cartas.`,
    whyItMatters: "Por qué importa",
    noStory: "Todavía no hay historia.",
    letterHeading: "La carta que enviarán quienes apoyan",
    whoItGoesTo: "A quién va dirigida",
    noTargets: "Todavía no hay destinatarios.",
    template: "La plantilla",
    subject: "Asunto:",
    fixed: "Fijo (lo que se pide)",
    rewritable: "Quienes apoyan pueden reescribir esto con sus propias palabras",
    mergeFields:
      "Las palabras entre llaves dobles, como {{official.title}}, se completan para cada persona y cada funcionario.",
    noLetter: "Todavía no hay carta.",
    waysToHelp: "Formas de ayudar",
    volunteer_shift: "Turno de voluntariado",
    donation: "Donación",
    goods: "Bienes que se necesitan",
    skills: "Habilidades profesionales gratuitas",
  },
});
