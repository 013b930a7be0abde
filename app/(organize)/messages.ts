import { formatNumber } from "@/lib/i18n/format";
import { defineMessages } from "@/lib/i18n/messages";

/** Words shared by the organizer console: its navigation, campaign statuses, letter counts, the forms. */
export const consoleMessages = defineMessages({
  en: {
    nav: "Organizer console",
    yourOrganizations: "Your organizations",
    communityGroups: "Community groups",
    yourAccount: "Your account",
    status: { draft: "Draft", preview: "In preview", published: "Published", closed: "Closed" },
    letters: (letters: number, goal: number | null) => {
      const count = `${formatNumber("en", letters)} ${letters === 1 ? "letter" : "letters"}`;
      return goal ? `${count} of ${formatNumber("en", goal)}` : count;
    },
    unsaved: "You have unsaved changes.",
  },
  es: {
    nav: "Consola del equipo organizador",
    yourOrganizations: "Tus organizaciones",
    communityGroups: "Grupos comunitarios",
    yourAccount: "Tu cuenta",
    status: { draft: "Borrador", preview: "En vista previa", published: "Publicada", closed: "Cerrada" },
    letters: (letters: number, goal: number | null) => {
      const count = `${formatNumber("es", letters)} ${letters === 1 ? "carta" : "cartas"}`;
      return goal ? `${count} de ${formatNumber("es", goal)}` : count;
    },
    unsaved: "Tienes cambios sin guardar.",
  },
});
