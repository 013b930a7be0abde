import { defineMessages } from "@/lib/i18n/messages";

/** The home page: the campaigns a person can join. */
export const homeMessages = defineMessages({
  en: {
    heading: "Allyship is action.",
    intro:
      "Join a campaign, write to your elected officials in your own words, and give your time, money, goods or skills to groups led by the communities they serve.",
    campaignsHeading: "Campaigns you can join",
    noCampaigns: "There are no open campaigns right now. Please check back soon.",
  },
  es: {
    heading: "Ser aliado es actuar.",
    intro:
      "Únete a una campaña, escríbeles a tus funcionarios electos con tus propias palabras y ofrece tu tiempo, dinero, bienes o habilidades a grupos dirigidos por las comunidades a las que sirven.",
    campaignsHeading: "Campañas a las que puedes unirte",
    noCampaigns: "No hay campañas abiertas en este momento. Vuelve pronto.",
  },
});
