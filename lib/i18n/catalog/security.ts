import type { Catalog } from "../errors";

/** Form guard and rate limits (lib/security). */
export const catalog: Catalog = {
  exact: {
    "That request is too large for us to read. Please send less.":
      "Esa solicitud es demasiado grande para que podamos leerla. Envía menos.",
    "Something about this form looked automated, so we did not send it.":
      "Algo en este formulario parecía automático, así que no lo enviamos.",
    "This form has expired. Please reload the page and send it again.":
      "Este formulario caducó. Vuelve a cargar la página y envíalo de nuevo.",
    "That was very quick! Please check your details, then send again.":
      "¡Eso fue muy rápido! Revisa tus datos y vuelve a enviarlo.",
    "Many letters have been sent from your network today. Please try again tomorrow.":
      "Hoy se enviaron muchas cartas desde tu red. Inténtalo de nuevo mañana.",
    "You have written ten letters today, the most we send for one person in a day. Thank you! Please come back tomorrow.":
      "Hoy escribiste diez cartas, lo máximo que enviamos por persona en un día. ¡Gracias! Vuelve mañana.",
    "We have already emailed this address about its letter today.":
      "Hoy ya le escribimos a esta dirección de correo sobre su carta.",
    "We have sent several sign-in links to this address in the last hour. Please use the newest one, or try again later.":
      "En la última hora enviamos varios enlaces para iniciar sesión a esta dirección. Usa el más reciente, o inténtalo de nuevo más tarde.",
    "Many sign-in links were asked for from your network in the last hour. Please try again later.":
      "En la última hora se pidieron muchos enlaces para iniciar sesión desde tu red. Inténtalo de nuevo más tarde.",
    "You have made many pledges today. Please come back tomorrow to make more.":
      "Hoy hiciste muchos compromisos. Vuelve mañana para hacer más.",
    "Many pledges have been made from your network today. Please try again tomorrow.":
      "Hoy se hicieron muchos compromisos desde tu red. Inténtalo de nuevo mañana.",
    "You have sent yourself ten test emails in the last hour. Please check your inbox, or try again later.":
      "En la última hora te enviaste diez correos de prueba. Revisa tu bandeja de entrada, o inténtalo de nuevo más tarde.",
    "You have sent twenty invitations today. Please try again tomorrow.":
      "Hoy enviaste veinte invitaciones. Inténtalo de nuevo mañana.",
    "Your organization has sent fifty invitations today. Please try again tomorrow.":
      "Hoy tu organización envió cincuenta invitaciones. Inténtalo de nuevo mañana.",
    "You have started thirty campaigns today. Please try again tomorrow.":
      "Hoy empezaste treinta campañas. Inténtalo de nuevo mañana.",
    "Your organization has started a hundred campaigns today. Please try again tomorrow.":
      "Hoy tu organización empezó cien campañas. Inténtalo de nuevo mañana.",
    "We have emailed this address three times today. Please ask its owner to look for our email, or try again tomorrow.":
      "Hoy escribimos tres veces a esta dirección. Pide a su dueño que busque nuestro correo, o inténtalo de nuevo mañana.",
    "You have created five organizations today. Please try again tomorrow.":
      "Hoy creaste cinco organizaciones. Inténtalo de nuevo mañana.",
  },
  patterns: [],
};
