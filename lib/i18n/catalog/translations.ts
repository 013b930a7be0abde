import type { Catalog } from "../errors";

/** Campaign translations (the Spanish version of a campaign): lib/organize/translations.ts. */
export const catalog: Catalog = {
  exact: {
    "The campaign is already in that language: translate it into the other one.":
      "La campaña ya está en ese idioma: tradúcela al otro.",
    "Chorus speaks English and Spanish: choose one of those.":
      "Chorus habla inglés y español: elige uno de los dos.",
    "Describe the image for people who can't see it, in this language.":
      "Describe la imagen, en este idioma, para las personas que no pueden verla.",
    "That translation was already removed.": "Esa traducción ya se había quitado.",
    // Also said by lib/organize/campaigns.ts, whose catalog may hold it too (the same Spanish).
    "We couldn't find that campaign among your organizations'.":
      "No encontramos esa campaña entre las de tus organizaciones.",
  },
  patterns: [],
};
