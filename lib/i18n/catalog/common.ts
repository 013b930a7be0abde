import type { Catalog } from "../errors";

/** Shared by every area: generic failures, the database being away, the language switch. */
export const catalog: Catalog = {
  exact: {
    "Please check the highlighted fields.": "Revisa los campos marcados.",
    "Something went wrong on our side. Please try again in a moment.":
      "Algo salió mal de nuestro lado. Inténtalo de nuevo en un momento.",
    "We can't reach our database right now, so nothing was saved. Please try again in a few minutes.":
      "No podemos conectar con nuestra base de datos en este momento, así que no se guardó nada. Inténtalo de nuevo en unos minutos.",
    "This request came from another site, so we did not accept it.":
      "Esta solicitud vino de otro sitio, así que no la aceptamos.",
    "Choose English or Spanish.": "Elige inglés o español.",
    "Please keep this to one line, without invisible formatting characters.":
      "Escríbelo en una sola línea, sin caracteres de formato invisibles.",
  },
  patterns: [],
};
