import { defineMessages } from "@/lib/i18n/messages";

/**
 * Errors shared by every area: generic failures, the database being away, the language switch. Thrown as
 * `errorText.common.<key>` (lib/i18n/errors.ts).
 */
export const commonErrors = defineMessages({
  en: {
    cantReachOurDatabaseRight:
      "We can't reach our database right now, so nothing was saved. Please try again in a few minutes.",
    somethingWentWrongOurSide: "Something went wrong on our side. Please try again in a moment.",
    requestCameFromAnotherSite: "This request came from another site, so we did not accept it.",
    requestTooLargeUsRead: "That request is too large for us to read. Please send less.",
    checkHighlightedFields: "Please check the highlighted fields.",
    removeInvisibleControlCharactersFrom:
      "Please remove the invisible control characters from what you typed.",
    keepOneLineWithoutInvisible: "Please keep this to one line, without invisible formatting characters.",
    signDownloadData: "Please sign in to download your data.",
    chooseEnglishSpanish: "Choose English or Spanish.",
    checkThis: "Please check this.",
    nulCharacter: "We couldn't find that. The link or form held a character no one types.",
    missingValue: "We couldn't find that.",
  },
  es: {
    cantReachOurDatabaseRight:
      "No podemos conectar con nuestra base de datos en este momento, así que no se guardó nada. Inténtalo de nuevo en unos minutos.",
    somethingWentWrongOurSide: "Algo salió mal de nuestro lado. Inténtalo de nuevo en un momento.",
    requestCameFromAnotherSite: "Esta solicitud vino de otro sitio, así que no la aceptamos.",
    requestTooLargeUsRead: "Esa solicitud es demasiado grande para que podamos leerla. Envía menos.",
    checkHighlightedFields: "Revisa los campos marcados.",
    removeInvisibleControlCharactersFrom: "Quita los caracteres de control invisibles de lo que escribiste.",
    keepOneLineWithoutInvisible: "Escríbelo en una sola línea, sin caracteres de formato invisibles.",
    signDownloadData: "Inicia sesión para descargar tus datos.",
    chooseEnglishSpanish: "Elige inglés o español.",
    checkThis: "Revisa esto.",
    nulCharacter: "No encontramos eso. El enlace o el formulario tenía un carácter que nadie escribe.",
    missingValue: "No encontramos eso.",
  },
});
