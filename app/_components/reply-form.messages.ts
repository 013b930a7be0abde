import { defineMessages } from "@/lib/i18n/messages";

/** "Did they reply?" (app/_components/reply-form.tsx) and the words both reply pages share. */
export const replyFormWords = defineMessages({
  en: {
    yes: "Yes",
    no: "No",
    notYet: "Not yet",
    didReply: (name: string) => `Did ${name} reply?`,
    pasteReply: "Paste their reply (optional)",
    saving: "Saving…",
    save: "Save my answers",
    howWeUse:
      "How we use your answers: we count them to show how often officials reply to the people who write to them. Your pasted reply is only visible to you and the campaign's organizers.",
  },
  es: {
    yes: "Sí",
    no: "No",
    notYet: "Todavía no",
    didReply: (name: string) => `¿${name} respondió?`,
    pasteReply: "Pega su respuesta (opcional)",
    saving: "Guardando…",
    save: "Guardar mis respuestas",
    howWeUse:
      "Cómo usamos tus respuestas: las contamos para mostrar con qué frecuencia los funcionarios responden a las personas que les escriben. La respuesta que pegues solo la ven tú y el equipo organizador de la campaña.",
  },
});
