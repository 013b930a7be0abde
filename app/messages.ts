import { defineMessages } from "@/lib/i18n/messages";

/** The frame around every page (app/layout.tsx) and the language switch. */
export const layoutMessages = defineMessages({
  en: {
    title: "Chorus: allyship is action",
    description: "Join campaigns, write to your elected officials, and pledge to community-led groups.",
    skipToContent: "Skip to content",
    mainNav: "Main",
    campaigns: "Campaigns",
    groups: "Groups",
    yourOfficials: "Your officials",
    /** The menu's shorter words on a phone. */
    officialsShort: "Officials",
    yourAccount: "Your account",
    accountShort: "Account",
    signOut: "Sign out",
    signIn: "Sign in",
    signInShort: "Sign in",
    footer: "Chorus is open source. Allyship is action.",
    language: "Language",
  },
  es: {
    title: "Chorus: ser aliado es actuar",
    description:
      "Únete a campañas, escribe a tus representantes y ofrece tu ayuda a grupos dirigidos por la comunidad.",
    skipToContent: "Saltar al contenido",
    mainNav: "Principal",
    campaigns: "Campañas",
    groups: "Grupos",
    yourOfficials: "Tus representantes",
    officialsShort: "Representantes",
    yourAccount: "Tu cuenta",
    accountShort: "Cuenta",
    signOut: "Cerrar sesión",
    signIn: "Iniciar sesión",
    signInShort: "Entrar",
    footer: "Chorus es de código abierto. Ser aliado es actuar.",
    language: "Idioma",
  },
});
