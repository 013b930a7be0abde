import type { Catalog } from "../errors";

/** The names of the letter form's fields inside its messages ("Please tell us your first name."). */
const FIELD_NAMES: Record<string, string> = {
  "first name": "nombre",
  "last name": "apellido",
  city: "ciudad",
};
const field = (name: string | undefined) => FIELD_NAMES[name ?? ""] ?? name ?? "";

/** Writing and sending a letter: templates, submission, receipts, replies (lib/letters). */
export const catalog: Catalog = {
  exact: {
    ...FIELD_NAMES,
    "A ZIP code is 5 digits, like 60623.": "Un código postal (ZIP) tiene 5 dígitos, como 60623.",
    "That email address is too long.": "Esa dirección de correo electrónico es demasiado larga.",
    "Please enter an email address like name@example.org.":
      "Escribe una dirección de correo electrónico como nombre@example.org.",
    "Please keep the city under 80 characters.": "La ciudad debe tener menos de 80 caracteres.",
    "Please keep the street address under 200 characters.":
      "La dirección debe tener menos de 200 caracteres.",
    "A street address can't contain line breaks or < >.":
      "La dirección no puede tener saltos de línea ni < >.",
    "We need your email address to confirm your letter.":
      "Necesitamos tu correo electrónico para confirmar tu carta.",
    "This campaign has closed, so it no longer sends letters.":
      "Esta campaña terminó, así que ya no envía cartas.",
    "Your ZIP code covers more than one district: please choose yours.":
      "Tu código postal abarca más de un distrito: elige el tuyo.",
    "For your ZIP code, this campaign has nobody we can send your letter to yet.":
      "Para tu código postal, esta campaña todavía no tiene a quién enviar tu carta.",
    "Your letter is empty.": "Tu carta está vacía.",
    "This confirmation link has expired or was already used.":
      "Este enlace de confirmación venció o ya se usó.",
    "This letter no longer exists.": "Esta carta ya no existe.",
    "The campaign's letter has changed since you wrote yours, so it can no longer be changed here.":
      "La carta de la campaña cambió desde que escribiste la tuya, así que ya no se puede cambiar aquí.",
    "Your state legislators can't be found from a ZIP code alone: give your street address or choose your state district to include them.":
      "No podemos saber quiénes son tus legisladores estatales solo con el código postal: escribe tu dirección o elige tu distrito estatal para incluirlos.",
    "Please choose a title from the list, or “None of these”.":
      "Elige un tratamiento de la lista, o “Ninguno de estos”.",
    "Congress's mail system needs your street address to deliver your letter. Please add yours.":
      "El sistema de correo del Congreso necesita tu dirección para entregar tu carta. Agrégala.",
    "This campaign's subject line is too short for Congress's mail system. Please tell the organizers.":
      "El asunto de esta campaña es demasiado corto para el sistema de correo del Congreso. Avísales a quienes la organizan.",
    "This campaign's subject line is too long for Congress's mail system. Please tell the organizers.":
      "El asunto de esta campaña es demasiado largo para el sistema de correo del Congreso. Avísales a quienes la organizan.",
    "This campaign's letter is too short for Congress's mail system. Please tell the organizers.":
      "La carta de esta campaña es demasiado corta para el sistema de correo del Congreso. Avísales a quienes la organizan.",
    "This campaign's letter is too long for Congress's mail system. Please tell the organizers.":
      "La carta de esta campaña es demasiado larga para el sistema de correo del Congreso. Avísales a quienes la organizan.",
    "Please write your full street address, with the number and the street.":
      "Escribe tu dirección completa, con el número y la calle.",
    "Please write your city's full name (Congress's mail system needs at least 3 letters).":
      "Escribe el nombre completo de tu ciudad (el sistema de correo del Congreso necesita al menos 3 letras).",
    "Congress's mail system cannot take this email address. Please use another one.":
      "El sistema de correo del Congreso no acepta esta dirección de correo electrónico. Usa otra.",
    "Your letter cannot go through Congress's mail system as written.":
      "Tu carta no puede pasar por el sistema de correo del Congreso tal como está escrita.",
    "Please remove the invisible control characters from what you typed.":
      "Quita los caracteres de control invisibles de lo que escribiste.",
  },
  patterns: [
    [
      /^(.+) publishes no email address or contact form we can use\.$/,
      (m) => `${m[1]} no publica una dirección de correo ni un formulario de contacto que podamos usar.`,
    ],
    [/^Please tell us your (.+)\.$/, (m) => `Escribe tu ${field(m[1])}.`],
    [
      /^Please keep your (.+) under (\d+) characters\.$/,
      (m) => `Tu ${field(m[1])} debe tener menos de ${m[2]} caracteres.`,
    ],
    [
      /^Your (.+) can't contain line breaks or < >\.$/,
      (m) => `Tu ${field(m[1])} no puede tener saltos de línea ni < >.`,
    ],
    [
      /^Each part of the letter can be up to (\d+) characters\.$/,
      (m) => `Cada parte de la carta puede tener hasta ${m[1]} caracteres.`,
    ],
    [/^Choose one of: (.+)\.$/, (m) => `Elige uno de estos: ${m[1]}.`],
    [
      /^What you wrote is too short for Congress's mail system: write at least (\d+) characters, or leave the suggested text\.$/,
      (m) =>
        `Lo que escribiste es demasiado corto para el sistema de correo del Congreso: escribe al menos ${m[1]} caracteres, o deja el texto sugerido.`,
    ],
    [
      /^What you wrote is too long for Congress's mail system: please keep your own words under (\d+) characters\.$/,
      (m) =>
        `Lo que escribiste es demasiado largo para el sistema de correo del Congreso: tus propias palabras deben tener menos de ${m[1]} caracteres.`,
    ],
    [
      /^(.+) only read letters that include a street address\. Please add yours\.$/,
      (m) => {
        const names = (m[1] ?? "").split(" and ");
        const list =
          names.length > 1 ? `${names.slice(0, -1).join(", ")} y ${names.at(-1)}` : (names[0] ?? "");
        return `${list} solo ${names.length > 1 ? "leen" : "lee"} cartas que incluyen una dirección. Agrega la tuya.`;
      },
    ],
  ],
};
