import { stateNames } from "@/lib/officials/present.messages";
import type { Catalog } from "../errors";

const STATE_ES = stateNames.es as Record<string, string>;
const STATE_EN_TO_ES = new Map(
  Object.entries(stateNames.en as Record<string, string>).map(([code, name]) => [
    name,
    STATE_ES[code] ?? name,
  ]),
);
const state = (name: string | undefined) => STATE_EN_TO_ES.get(name ?? "") ?? name ?? "";
const CHAMBERS_ES: Record<string, string> = {
  "State Senate": "Senado estatal",
  Senate: "Senado",
  "State Assembly": "Asamblea estatal",
  "House of Delegates": "Cámara de Delegados",
  "House of Representatives": "Cámara de Representantes",
  "State House": "Cámara estatal",
  Council: "Concejo",
  Legislature: "Legislatura",
};
const chamber = (name: string | undefined) =>
  CHAMBERS_ES[name ?? ""] ??
  Object.entries(CHAMBERS_ES)
    .find(([en]) => en.toLowerCase() === name)?.[1]
    .toLowerCase() ??
  name ??
  "";

/** "del Senado estatal", "de la Cámara estatal". */
const ofChamber = (name: string | undefined) => {
  const spanish = chamber(name);
  return /^(Senado|Concejo)/i.test(spanish) ? `del ${spanish}` : `de la ${spanish}`;
};

/** Finding officials: ZIPs, addresses, districts (lib/officials, app/api/officials). */
export const catalog: Catalog = {
  exact: {
    "A ZIP code is 5 digits, like 60062.": "Un código postal (ZIP) tiene 5 dígitos, como 60062.",
    "Please enter a 5-digit ZIP code, like 60062.":
      "Escribe un código postal (ZIP) de 5 dígitos, como 60062.",
    "Enter 5 digits, like 60062.": "Escribe 5 dígitos, como 60062.",
    "Please enter your street address, like 1225 Cedar Ln.": "Escribe tu dirección, como 1225 Cedar Ln.",
    "Please check the address.": "Revisa la dirección.",
    "Please check this.": "Revisa esto.",
    "Looking up a street address isn't available here. Please choose your district below.":
      "Aquí no se pueden buscar direcciones. Elige tu distrito abajo.",
    "We couldn't look up addresses just now. Please choose your district below.":
      "No pudimos buscar direcciones en este momento. Elige tu distrito abajo.",
    "We couldn't find this address in your ZIP code.": "No encontramos esta dirección en tu código postal.",
    "We couldn't find that official. They may have left office.":
      "No encontramos a ese funcionario. Puede que ya haya dejado el cargo.",
    "Add a state: state=IL.": "Agrega un estado: state=IL.",
    "A state is its 2-letter code, like IL.": "Un estado es su código de 2 letras, como IL.",
    "The chamber is upper (state senate), lower (state house or assembly) or legislature (Nebraska, DC).":
      "La cámara es upper (senado estatal), lower (cámara o asamblea estatal) o legislature (Nebraska, DC).",
    "Add a district, like district=5.": "Agrega un distrito, como district=5.",
    "A district is at most 60 characters.": "Un distrito tiene como máximo 60 caracteres.",
    "Type at least 2 letters of a name.": "Escribe al menos 2 letras de un nombre.",
    "Please keep the name under 80 characters.": "El nombre debe tener menos de 80 caracteres.",
    "Add the chamber with a district: chamber=upper or chamber=lower.":
      "Agrega la cámara junto con el distrito: chamber=upper o chamber=lower.",
    "Search by district or by name, not both.": "Busca por distrito o por nombre, no por los dos.",
    "Please check the state, chamber and district.": "Revisa el estado, la cámara y el distrito.",
    "Use a 2-letter state code, like IL.": "Usa un código de estado de 2 letras, como IL.",
    "Add a ZIP code: /api/officials?zip=60062.": "Agrega un código postal: /api/officials?zip=60062.",
    "Add the campaign, like campaign=demo, or leave it out.":
      "Agrega la campaña, como campaign=demo, o déjala fuera.",
    "A campaign is named in at most 80 characters.":
      "El nombre de una campaña tiene como máximo 80 caracteres.",
    "Look up by ZIP code or by state, not both.": "Busca por código postal o por estado, no por los dos.",
    "Please check the ZIP code.": "Revisa el código postal.",
    "That is not an official's id.": "Ese no es el identificador de un funcionario.",
  },
  patterns: [
    [
      /^We couldn't find ZIP code (\d+)\. Some ZIP codes are only used for PO boxes or businesses; please try the ZIP code where you live\.$/,
      (m) =>
        `No encontramos el código postal ${m[1]}. Algunos códigos postales solo se usan para apartados postales o negocios; prueba con el código postal de donde vives.`,
    ],
    [
      /^We couldn't place that address in ZIP code (\d+)\. Please check it, or choose your district below\.$/,
      (m) =>
        `No pudimos ubicar esa dirección en el código postal ${m[1]}. Revísala o elige tu distrito abajo.`,
    ],
    [
      /^We don't know the state code (.+)\. Use a 2-letter code like IL\.$/,
      (m) => `No conocemos el código de estado ${m[1]}. Usa un código de 2 letras, como IL.`,
    ],
    [
      /^We don't have a (.+) for (.+) in our data\.$/,
      (m) => `No tenemos ${chamber(m[1])} de ${state(m[2])} en nuestros datos.`,
    ],
    [
      /^We don't have the legislators of (.+) in our data yet\.$/,
      (m) => `Todavía no tenemos a los legisladores de ${state(m[1])} en nuestros datos.`,
    ],
    [
      /^(.+) has no (.+) district (.+) in our data\. If the seat is vacant right now, there is no one to write to there yet\.$/,
      (m) =>
        `${state(m[1])} no tiene el distrito ${m[3]} ${ofChamber(m[2])} en nuestros datos. Si el puesto está vacante ahora, todavía no hay a quién escribirle.`,
    ],
  ],
};
