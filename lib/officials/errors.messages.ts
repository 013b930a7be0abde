import { defineMessages } from "@/lib/i18n/messages";
import { stateNames } from "./present.messages";

/** A state's name from its code (the code itself when we do not know it). */
const stateEn = (code: string) => (stateNames.en as Record<string, string>)[code] ?? code;
const stateEs = (code: string) => (stateNames.es as Record<string, string>)[code] ?? code;
/** A chamber's English name (lib/officials/present.ts, stateChamberName) in Spanish. */
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
/** "State Senate" → "Senado estatal"; written in lower case ("state senate") → "senado estatal". */
const chamberEs = (name: string) =>
  CHAMBERS_ES[name] ??
  Object.entries(CHAMBERS_ES)
    .find(([en]) => en.toLowerCase() === name)?.[1]
    .toLowerCase() ??
  name;
/** "del Senado estatal", "de la Cámara estatal". */
const ofChamberEs = (name: string) => {
  const spanish = chamberEs(name);
  return /^(Senado|Concejo)/i.test(spanish) ? `del ${spanish}` : `de la ${spanish}`;
};

/**
 * Errors of finding officials: ZIPs, addresses, districts (lib/officials, app/api/officials). Thrown as
 * `errorText.officials.<key>` (lib/i18n/errors.ts).
 */
export const officialsErrors = defineMessages({
  en: {
    zipCode5DigitsLike: "A ZIP code is 5 digits, like 60062.",
    enterStreetAddressLike1225: "Please enter your street address, like 1225 Cedar Ln.",
    keepStreetAddressUnder200: "Please keep the street address under 200 characters.",
    checkAddress: "Please check the address.",
    lookingUpStreetAddressIsnt:
      "Looking up a street address isn't available here. Please choose your district below.",
    couldntLookUpAddressesJust: "We couldn't look up addresses just now. Please choose your district below.",
    couldntFindAddressZipCode: "We couldn't find this address in your ZIP code.",
    enter5DigitZipCode: "Please enter a 5-digit ZIP code, like 60062.",
    enter5DigitsLike60062: "Enter 5 digits, like 60062.",
    couldntFindOfficialTheyMay: "We couldn't find that official. They may have left office.",
    addStateStateIl: "Add a state: state=IL.",
    state2LetterCodeLike: "A state is its 2-letter code, like IL.",
    chamberUpperStateSenateLower:
      "The chamber is upper (state senate), lower (state house or assembly) or legislature (Nebraska, DC).",
    addDistrictLikeDistrict5: "Add a district, like district=5.",
    districtMost60Characters: "A district is at most 60 characters.",
    typeLeast2LettersName: "Type at least 2 letters of a name.",
    keepNameUnder80Characters: "Please keep the name under 80 characters.",
    addChamberDistrictChamberUpper: "Add the chamber with a district: chamber=upper or chamber=lower.",
    searchByDistrictByName: "Search by district or by name, not both.",
    checkStateChamberDistrict: "Please check the state, chamber and district.",
    use2LetterStateCode: "Use a 2-letter state code, like IL.",
    notOfficialsId: "That is not an official's id.",
    addZipCodeApiOfficials: "Add a ZIP code: /api/officials?zip=60062.",
    addCampaignLikeCampaignDemo: "Add the campaign, like campaign=demo, or leave it out.",
    campaignNamedMost80Characters: "A campaign is named in at most 80 characters.",
    lookUpByZipCode: "Look up by ZIP code or by state, not both.",
    checkZipCode: "Please check the ZIP code.",
    couldntFindCampaign: "We couldn't find that campaign.",
    zipNotFound: ({ zip }: { zip: string }) =>
      `We couldn't find ZIP code ${zip}. Some ZIP codes are only used for PO boxes or businesses; please try the ZIP code where you live.`,
    addressNotPlaced: ({ zip }: { zip: string }) =>
      `We couldn't place that address in ZIP code ${zip}. Please check it, or choose your district below.`,
    unknownStateCode: ({ state }: { state: string }) =>
      `We don't know the state code ${state}. Use a 2-letter code like IL.`,
    noChamberData: ({ state, chamber }: { state: string; chamber: string }) =>
      `We don't have a ${chamber.toLowerCase()} for ${stateEn(state)} in our data.`,
    noLegislatorsData: ({ state }: { state: string }) =>
      `We don't have the legislators of ${stateEn(state)} in our data yet.`,
    noDistrict: ({ state, chamber, district }: { state: string; chamber: string; district: string }) =>
      `${stateEn(state)} has no ${chamber} district ${district} in our data. If the seat is vacant right now, there is no one to write to there yet.`,
  },
  es: {
    zipCode5DigitsLike: "Un código postal (ZIP) tiene 5 dígitos, como 60062.",
    enterStreetAddressLike1225: "Escribe tu dirección, como 1225 Cedar Ln.",
    keepStreetAddressUnder200: "La dirección debe tener menos de 200 caracteres.",
    checkAddress: "Revisa la dirección.",
    lookingUpStreetAddressIsnt: "Aquí no se pueden buscar direcciones. Elige tu distrito abajo.",
    couldntLookUpAddressesJust: "No pudimos buscar direcciones en este momento. Elige tu distrito abajo.",
    couldntFindAddressZipCode: "No encontramos esta dirección en tu código postal.",
    enter5DigitZipCode: "Escribe un código postal (ZIP) de 5 dígitos, como 60062.",
    enter5DigitsLike60062: "Escribe 5 dígitos, como 60062.",
    couldntFindOfficialTheyMay: "No encontramos a ese funcionario. Puede que ya haya dejado el cargo.",
    addStateStateIl: "Agrega un estado: state=IL.",
    state2LetterCodeLike: "Un estado es su código de 2 letras, como IL.",
    chamberUpperStateSenateLower:
      "La cámara es upper (senado estatal), lower (cámara o asamblea estatal) o legislature (Nebraska, DC).",
    addDistrictLikeDistrict5: "Agrega un distrito, como district=5.",
    districtMost60Characters: "Un distrito tiene como máximo 60 caracteres.",
    typeLeast2LettersName: "Escribe al menos 2 letras de un nombre.",
    keepNameUnder80Characters: "El nombre debe tener menos de 80 caracteres.",
    addChamberDistrictChamberUpper: "Agrega la cámara junto con el distrito: chamber=upper o chamber=lower.",
    searchByDistrictByName: "Busca por distrito o por nombre, no por los dos.",
    checkStateChamberDistrict: "Revisa el estado, la cámara y el distrito.",
    use2LetterStateCode: "Usa el código de 2 letras del estado, como IL.",
    notOfficialsId: "Ese no es el identificador de un representante.",
    addZipCodeApiOfficials: "Agrega un código postal: /api/officials?zip=60062.",
    addCampaignLikeCampaignDemo: "Agrega la campaña, como campaign=demo, o déjala fuera.",
    campaignNamedMost80Characters: "El nombre de una campaña tiene como máximo 80 caracteres.",
    lookUpByZipCode: "Busca por código postal o por estado, no por los dos.",
    checkZipCode: "Revisa el código postal.",
    couldntFindCampaign: "No encontramos esa campaña.",
    zipNotFound: ({ zip }: { zip: string }) =>
      `No encontramos el código postal ${zip}. Algunos códigos postales solo se usan para apartados postales o negocios; prueba con el código postal de donde vives.`,
    addressNotPlaced: ({ zip }: { zip: string }) =>
      `No pudimos ubicar esa dirección en el código postal ${zip}. Revísala o elige tu distrito abajo.`,
    unknownStateCode: ({ state }: { state: string }) =>
      `No conocemos el código de estado ${state}. Usa un código de 2 letras, como IL.`,
    noChamberData: ({ state, chamber }: { state: string; chamber: string }) =>
      `No tenemos ${chamberEs(chamber.toLowerCase())} de ${stateEs(state)} en nuestros datos.`,
    noLegislatorsData: ({ state }: { state: string }) =>
      `Todavía no tenemos a los legisladores de ${stateEs(state)} en nuestros datos.`,
    noDistrict: ({ state, chamber, district }: { state: string; chamber: string; district: string }) =>
      `${stateEs(state)} no tiene el distrito ${district} ${ofChamberEs(chamber)} en nuestros datos. Si el puesto está vacante ahora, todavía no hay a quién escribirle.`,
  },
});
