import { defineMessages } from "@/lib/i18n/messages";

export type RuleKind = "senators" | "house" | "state_upper" | "state_lower";

/** Words the organizer console's data layer builds for a page: target labels, the letter preview's notes. */
export const targetWords = defineMessages({
  en: {
    rules: {
      senators: "The supporter's two U.S. senators",
      house: "The supporter's U.S. House member",
      state_upper: "The supporter's state senator",
      state_lower: "The supporter's state representative",
    } as Record<RuleKind, string>,
    namedOfficial: "A named official",
    asksAddress: " · asks for the writer's street address",
    official: (id: string) => `Official ${id}`,
    noLongerInOffice: "No longer in office (this target is skipped)",
    foundFromAddress: "Found from each supporter's address",
    channel: { email: "by email", form: "through their website's contact form" },
    splitZip: (zip: string, district: string) =>
      `ZIP code ${zip} is split between districts; this preview uses ${district}. Supporters choose theirs.`,
  },
  es: {
    rules: {
      senators: "Los dos senadores federales de la persona",
      house: "Su representante en la Cámara de Representantes de EE. UU.",
      state_upper: "Su senador o senadora estatal",
      state_lower: "Su representante estatal",
    },
    namedOfficial: "Un funcionario electo en particular",
    asksAddress: " · pide la dirección de quien escribe",
    official: (id: string) => `Representante ${id}`,
    noLongerInOffice: "Ya no está en el cargo (se omite este destinatario)",
    foundFromAddress: "Según la dirección de cada persona",
    channel: { email: "por correo electrónico", form: "por el formulario de contacto de su sitio web" },
    splitZip: (zip: string, district: string) =>
      `El código postal ${zip} abarca varios distritos; esta vista previa usa ${district}. Cada persona elige el suyo.`,
  },
});

/** The sample supporter's address in a letter preview. */
export const SAMPLE_EMAIL = ["sam", "example.org"].join("@");
