import type { Catalog } from "../errors";

/** The account area, privacy, sign-in (lib/accounts, lib/auth), a supporter's receipts and replies (lib/letters). */
export const catalog: Catalog = {
  exact: {
    "We could not find your account.": "No encontramos tu cuenta.",
    "We couldn't find your account.": "No encontramos tu cuenta.",
    "Your session has ended. Please sign in again.": "Tu sesión terminó. Vuelve a iniciar sesión.",
    "Please sign in to download your data.": "Inicia sesión para descargar tus datos.",
    "To keep your account safe, please confirm it is you: sign in again with a new link from your email, then try once more.":
      "Para proteger tu cuenta, confirma que eres tú: vuelve a iniciar sesión con un nuevo enlace de tu correo y luego inténtalo otra vez.",
    "Tell us what to call you.": "Dinos cómo quieres que te llamemos.",
    "Please keep your name under 80 characters.": "Tu nombre debe tener menos de 80 caracteres.",
    "Please check the highlighted field.": "Revisa el campo marcado.",
    "Type your email address exactly as shown to confirm.":
      "Escribe tu correo electrónico tal como aparece para confirmar.",
    // Stored on a letter and a delivery when the writer deletes their account (lib/accounts/privacy.ts).
    "A former supporter": "Una persona que apoyó la campaña",
    "Not sent: the writer deleted their account first.":
      "No se envió: quien la escribió eliminó su cuenta antes.",
    "We could not send your sign-in link just now. Please try again in a few minutes.":
      "No pudimos enviar tu enlace para iniciar sesión en este momento. Inténtalo de nuevo en unos minutos.",
    // Receipts and the reply loop (lib/letters/receipts.ts, lib/letters/replies.ts).
    "We couldn't find that letter.": "No encontramos esa carta.",
    "We couldn't find this link. Please check that you copied all of it from the email.":
      "No encontramos este enlace. Revisa que lo hayas copiado completo del correo.",
    "Please check your answers.": "Revisa tus respuestas.",
    "Some of these answers are not about this letter. Nothing was saved.":
      "Algunas de estas respuestas no son sobre esta carta. No se guardó nada.",
    "Choose an answer for at least one official.": "Elige una respuesta para al menos un funcionario.",
    "Choose Yes, No or Not yet.": "Elige Sí, No o Todavía no.",
  },
  patterns: [
    [
      /^Please keep the reply under (\d+) characters\.$/,
      (m) => `La respuesta debe tener menos de ${m[1]} caracteres.`,
    ],
    [
      /^This link stopped working (\d+) days after we sent it\. If you are signed in, you can still answer from your letter's page\.$/,
      (m) =>
        `Este enlace dejó de funcionar ${m[1]} días después de que lo enviamos. Si iniciaste sesión, todavía puedes responder desde la página de tu carta.`,
    ],
    [
      /^Choose Yes, No or Not yet for (.+), so we can save the reply you pasted\.$/,
      (m) => `Elige Sí, No o Todavía no para ${m[1]}, así podemos guardar la respuesta que pegaste.`,
    ],
  ],
};
