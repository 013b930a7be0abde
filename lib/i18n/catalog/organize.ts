import type { Catalog } from "../errors";

const ROLES: Record<string, string> = {
  owners: "la administración",
  organizers: "el equipo organizador",
  viewers: "quienes tienen solo lectura",
};

/** The rules' English names (lib/organize/campaigns.messages.ts) as they appear inside an error. */
const RULES: Record<string, string> = {
  "The supporter's two U.S. senators": "Los dos senadores federales de la persona",
  "The supporter's U.S. House member": "Su representante en la Cámara de Representantes de EE. UU.",
  "The supporter's state senator": "Su senador o senadora estatal",
  "The supporter's state representative": "Su representante estatal",
};

const FIELDS: Record<string, string> = {
  number: "el número",
  title: "el título",
  status: "el estado",
  subject: "el asunto",
  link: "el enlace",
  "image address": "la dirección de la imagen",
  "start date": "la fecha de inicio",
  "end date": "la fecha de fin",
};

const MISSING: Record<string, string> = {
  "a letter template": "una carta",
  "at least one target (who the letters go to)": "al menos un destinatario (a quién van las cartas)",
  "a Library of Congress topic (the letters go to Congress)":
    "un tema de la Biblioteca del Congreso (las cartas van al Congreso)",
};

const field = (name: string | undefined) => FIELDS[name ?? ""] ?? "este campo";
const Field = (name: string | undefined) => {
  const words = field(name);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
};

/** The organizer console (lib/organize and its routes). */
export const catalog: Catalog = {
  exact: {
    // Campaigns
    "We couldn't find that campaign among your organizations'.":
      "No encontramos esa campaña entre las de tus organizaciones.",
    "Give the campaign a title.": "Ponle un título a la campaña.",
    "Give the campaign a title of at least 3 characters.":
      "Ponle a la campaña un título de al menos 3 caracteres.",
    "Please keep the title under 120 characters.": "El título debe tener menos de 120 caracteres.",
    "Only the organization's owners and organizers can do that.":
      "Solo la administración y el equipo organizador de la organización pueden hacer eso.",
    "Please try again: another campaign took that web address a moment ago.":
      "Inténtalo de nuevo: otra campaña tomó esa dirección web hace un momento.",
    "Give the campaign a web address.": "Dale una dirección web a la campaña.",
    "The web address needs at least 3 letters or numbers.":
      "La dirección web necesita al menos 3 letras o números.",
    "Please keep the web address under 80 characters.": "La dirección web debe tener menos de 80 caracteres.",
    "Use lower-case letters, numbers and dashes, like keep-families-housed.":
      "Usa letras minúsculas, números y guiones, como familias-con-hogar.",
    "Please keep the summary under 300 characters.": "El resumen debe tener menos de 300 caracteres.",
    "Please keep the story under 20,000 characters.": "La historia debe tener menos de 20,000 caracteres.",
    "Please keep the call to action under 300 characters.":
      "El llamado a la acción debe tener menos de 300 caracteres.",
    "Please keep the description under 300 characters.": "La descripción debe tener menos de 300 caracteres.",
    "Give the goal as a whole number of letters, like 500.":
      "Escribe la meta como un número entero de cartas, por ejemplo 500.",
    "A goal is at least 1 letter.": "La meta es de al menos 1 carta.",
    "Describe the image for people who can't see it.": "Describe la imagen para quienes no pueden verla.",
    "The end date must be after the start date.": "La fecha de fin debe ser después de la fecha de inicio.",
    "Choose the Library of Congress topics from the list.":
      "Elige los temas de la Biblioteca del Congreso de la lista.",
    "Choose for, against, or no stance.": "Elige a favor, en contra o sin postura.",
    "That web address is taken. Please choose another.": "Esa dirección web ya está en uso. Elige otra.",
    "Only a published campaign can be closed.": "Solo se puede cerrar una campaña publicada.",
    "Only a draft that was never published can be deleted.":
      "Solo se puede borrar un borrador que nunca se publicó.",
    "Choose who the letters go to.": "Elige a quién van las cartas.",
    "Choose one of the options.": "Elige una de las opciones.",
    "Give the target's name.": "Escribe el nombre del destinatario.",
    "Please keep the name under 120 characters.": "El nombre debe tener menos de 120 caracteres.",
    "Give the address letters go to.": "Escribe la dirección a la que van las cartas.",
    "Please enter an email address like clerk@example.gov.":
      "Escribe un correo electrónico como secretaria@ejemplo.gov.",
    "We couldn't find that official. Search by name and choose from the list.":
      "No encontramos a ese representante. Búscalo por nombre y elígelo de la lista.",
    "No current official has this id.": "Ningún representante actual tiene ese identificador.",
    "That target was already removed.": "Ese destinatario ya se quitó.",
    "This address is already confirmed: letters go to it.":
      "Esta dirección ya está confirmada: las cartas le llegan.",
    "This link no longer works.": "Este enlace ya no funciona.",
    "There is no organization with that web address.": "No hay ninguna organización con esa dirección web.",
    "This page does not exist.": "Esta página no existe.",
    "Give the letter a subject line.": "Ponle un asunto a la carta.",
    "Please keep the subject under 200 characters.": "El asunto debe tener menos de 200 caracteres.",
    "Please keep the prompt under 500 characters.":
      "La invitación a escribir debe tener menos de 500 caracteres.",
    "Please keep each part under 5,000 characters.": "Cada parte debe tener menos de 5,000 caracteres.",
    "Write at least one part of the letter.": "Escribe al menos una parte de la carta.",
    "Save a letter template first, then preview it.":
      "Primero guarda la carta y luego mírala en vista previa.",
    // Access
    "We couldn't find that organization among yours.": "No encontramos esa organización entre las tuyas.",
    // Bills
    "Give the bill's number, like H.R. 1234 or SB 56.":
      "Escribe el número del proyecto de ley, como H.R. 1234 o SB 56.",
    "Give the bill's title.": "Escribe el título del proyecto de ley.",
    "Choose the state whose bill it is.": "Elige el estado al que pertenece el proyecto de ley.",
    "Choose a state from the list.": "Elige un estado de la lista.",
    "Choose federal or state.": "Elige federal o estatal.",
    "This campaign names no bill.": "Esta campaña no nombra ningún proyecto de ley.",
    // Resources and voices
    "Give the resource's title.": "Escribe el título del recurso.",
    "Please keep the title under 200 characters.": "El título debe tener menos de 200 caracteres.",
    "Say who made it.": "Di quién lo hizo.",
    "Please keep the author under 200 characters.":
      "El nombre de quien lo hizo debe tener menos de 200 caracteres.",
    "Give a link to it.": "Agrega un enlace.",
    "Please keep the link under 500 characters.": "El enlace debe tener menos de 500 caracteres.",
    "Give a full web address, like https://example.org/book.":
      "Escribe una dirección web completa, como https://example.org/libro.",
    "Please keep the note under 500 characters.": "La nota debe tener menos de 500 caracteres.",
    "Write the quote or story, in the person's words.":
      "Escribe la cita o la historia, con las palabras de la persona.",
    "Please keep it under 3,000 characters.": "Debe tener menos de 3,000 caracteres.",
    "Say how the person wants to be named.": "Di cómo quiere la persona que se le nombre.",
    "Please keep this under 200 characters.": "Debe tener menos de 200 caracteres.",
    "Record how the person gave permission to publish this.":
      "Anota cómo dio la persona su permiso para publicarlo.",
    "Give the date permission was given.": "Escribe la fecha en que dio su permiso.",
    "Give the date permission was given, like 2026-03-01.":
      "Escribe la fecha en que dio su permiso, como 2026-03-01.",
    "Give a real date, like 2026-03-01.": "Escribe una fecha real, como 2026-03-01.",
    "Permission can't be given in the future.": "El permiso no puede tener una fecha futura.",
    "That resource was removed.": "Ese recurso se quitó.",
    "That resource was already removed.": "Ese recurso ya se quitó.",
    "That voice was removed.": "Ese testimonio se quitó.",
    "That voice was already removed.": "Ese testimonio ya se quitó.",
    // Dashboard
    "There are no waiting letters to that official that we can send on.":
      "No hay cartas en espera para ese representante que podamos reenviar.",
    "Some of these letters changed while we were sending them on. Please try again.":
      "Algunas de estas cartas cambiaron mientras las reenviábamos. Inténtalo de nuevo.",
    "That delivery is not waiting for a retry.": "Esa entrega no está esperando un reintento.",
    "No failed deliveries to retry.": "No hay entregas fallidas que reintentar.",
    // Organizations and the team
    "Give your organization's name.": "Escribe el nombre de tu organización.",
    "Please keep the web address under 60 characters.": "La dirección web debe tener menos de 60 caracteres.",
    "Use lower-case letters, numbers and dashes, like fair-housing-now.":
      "Usa letras minúsculas, números y guiones, como vivienda-justa-ya.",
    "Enter their email address.": "Escribe su correo electrónico.",
    "Already on the team.": "Ya está en el equipo.",
    "Only the organization's owners can do that.":
      "Solo la administración de la organización puede hacer eso.",
    "That invitation was already accepted or withdrawn.": "Esa invitación ya se aceptó o se retiró.",
    "This invitation link doesn't work. Ask the person who invited you for a new one.":
      "Este enlace de invitación no funciona. Pide a quien te invitó que te envíe otro.",
    "This invitation has expired. Ask the person who invited you for a new one.":
      "Esta invitación venció. Pide a quien te invitó que te envíe otra.",
    "An organization needs at least one owner, so its last owner can't be changed or removed.":
      "Una organización necesita al menos una persona en la administración, así que no se puede cambiar ni quitar a la última.",
    "That person is not on this team.": "Esa persona no está en este equipo.",
    "Choose owner, organizer or viewer.": "Elige administración, equipo organizador o solo lectura.",
    // Preview
    "Only a draft can be put up for preview.": "Solo un borrador se puede poner en vista previa.",
    "Only a campaign in preview can go back to draft.":
      "Solo una campaña en vista previa puede regresar a borrador.",
    // Steps
    "We couldn't find that step. It may have been removed.": "No encontramos ese paso. Quizás se quitó.",
    "That is not one of this campaign's steps.": "Ese no es uno de los pasos de esta campaña.",
    "Give the steps in their new order.": "Indica los pasos en su nuevo orden.",
    "Each step appears once in the order.": "Cada paso aparece una sola vez en el orden.",
    "Please check the order of the steps.": "Revisa el orden de los pasos.",
    "The steps changed while you were ordering them. Please look at the list again and reorder.":
      "Los pasos cambiaron mientras los ordenabas. Mira la lista de nuevo y vuelve a ordenarlos.",
    "Name the step, like “Call in on Tuesday”.": "Ponle nombre al paso, como “Llama el martes”.",
    "Please keep the description under 500 characters.": "La descripción debe tener menos de 500 caracteres.",
    // Updates
    "Please write a subject.": "Escribe un asunto.",
    "A subject is one line.": "El asunto es de una sola línea.",
    "Please write your update.": "Escribe tus noticias.",
    "Please keep the update under 20,000 characters.": "Las noticias deben tener menos de 20,000 caracteres.",
    "Only the organization's owners and organizers can write updates.":
      "Solo la administración y el equipo organizador de la organización pueden escribir noticias.",
    "We couldn't find that draft. It may have been sent already.":
      "No encontramos ese borrador. Quizás ya se envió.",
    "We couldn't find that update.": "No encontramos esas noticias.",
    // Exports
    "Choose letters, deliveries, pledges, supporters or osdi.":
      "Elige letters, deliveries, pledges, supporters u osdi.",
    "Please sign in to download this file.": "Inicia sesión para descargar este archivo.",
  },
  patterns: [
    [
      /^Your organization is not verified yet, so it can send (\d+) invitations\. More can go once an operator of this Chorus verifies it\.$/,
      (m) =>
        `Tu organización aún no está verificada, así que puede enviar ${m[1]} invitaciones. Podrá enviar más cuando un operador de este Chorus la verifique.`,
    ],
    [
      /^Only the organization's (\S+) and (\S+) can do that\.$/,
      (m) =>
        `Solo ${ROLES[m[1] ?? ""] ?? m[1]} y ${ROLES[m[2] ?? ""] ?? m[2]} de la organización pueden hacer eso.`,
    ],
    [
      /^Only the organization's (\S+) can do that\.$/,
      (m) => `Solo ${ROLES[m[1] ?? ""] ?? m[1]} de la organización puede hacer eso.`,
    ],
    [
      /^Give the (.+) as a date, like 2026-03-01\.$/,
      (m) => `Escribe ${field(m[1])} como una fecha, por ejemplo 2026-03-01.`,
    ],
    [
      /^Before publishing, add (.+)\.$/,
      (m) =>
        `Antes de publicar, agrega ${(m[1] ?? "")
          .split(" and ")
          .map((what) => MISSING[what] ?? what)
          .join(" y ")}.`,
    ],
    [
      /^(.+) is already one of this campaign's targets\.$/,
      (m) => `${RULES[m[1] ?? ""] ?? m[1]} ya es uno de los destinatarios de esta campaña.`,
    ],
    [
      /^(.+) (?:is not a merge field|are not merge fields) we know\. Use one of: (.+)\.$/,
      (m) => `No conocemos estos campos combinados: ${m[1]}. Usa uno de estos: ${m[2]}.`,
    ],
    [
      /^(.+) needs? the campaign's bill: name the bill in the Bill section first\.$/,
      (m) =>
        `${m[1]} necesita${(m[1] ?? "").includes(",") ? "n" : ""} el proyecto de ley de la campaña: nómbralo primero en la sección Proyecto de ley.`,
    ],
    [/^A letter has at most (\d+) parts\.$/, (m) => `Una carta tiene como máximo ${m[1]} partes.`],
    [/^Give the bill's (\w+)\.$/, (m) => `Escribe ${field(m[1])} del proyecto de ley.`],
    [
      /^Please keep the (.+) under (\d+) characters\.$/,
      (m) => `${Field(m[1])} debe tener menos de ${m[2]} caracteres.`,
    ],
    [/^The (.+) is one line\.$/, (m) => `${Field(m[1])} es de una sola línea.`],
    [
      /^The (.+) must be a full web address starting with https:\/\/$/,
      (m) => `${Field(m[1])} debe ser una dirección web completa que empiece con https://`,
    ],
    [
      /^The letter uses (.+)\. Take them out of the letter first, then remove the bill\.$/,
      (m) => `La carta usa ${m[1]}. Primero quítalos de la carta y luego quita el proyecto de ley.`,
    ],
    [/^A campaign has at most (\d+) steps\.$/, (m) => `Una campaña tiene como máximo ${m[1]} pasos.`],
    [
      /^A campaign has at most (\d+) steps\. Remove one first\.$/,
      (m) => `Una campaña tiene como máximo ${m[1]} pasos. Quita uno primero.`,
    ],
    [/^(.+) is already used by another organization\.$/, (m) => `${m[1]} ya lo usa otra organización.`],
    [/^“(.+)” is already on the team\.$/, (m) => `“${m[1]}” ya está en el equipo.`],
    [
      /^This invitation is for (.+)\. Sign in with that address to accept it\.$/,
      (m) => `Esta invitación es para ${m[1]}. Inicia sesión con esa dirección para aceptarla.`,
    ],
    [
      /^No one has agreed to hear from (.+) yet, so there is no one to send this to\.$/,
      (m) => `Todavía nadie aceptó recibir noticias de ${m[1]}, así que no hay a quién enviar esto.`,
    ],
  ],
};
