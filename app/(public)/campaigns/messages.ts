import { defineMessages } from "@/lib/i18n/messages";

/** /campaigns: every published campaign. */
export const campaignsPage = defineMessages({
  en: {
    title: "Campaigns",
    description: "Campaigns you can join on Chorus: write to your officials, pledge, and pass them on.",
    intro: "Every campaign open on Chorus right now, newest first.",
    none: "There are no open campaigns right now. Please check back soon.",
  },
  es: {
    title: "Campañas",
    description:
      "Campañas a las que puedes unirte en Chorus: escribe a tus representantes, ofrece tu ayuda y compártelas.",
    intro: "Todas las campañas abiertas en Chorus ahora mismo, las más recientes primero.",
    none: "No hay campañas abiertas en este momento. Vuelve pronto.",
  },
});
