import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { describeError, ERROR_DICTIONARIES, errorText, isErrorText, issueTexts } from "./errors";
import { LOCALES } from "./locale";

describe("error messages by key", () => {
  it("puts a key into words in each language, and keeps the English on the error for logs", () => {
    const text = errorText.common.checkHighlightedFields;
    expect(describeError(text, "en")).toBe("Please check the highlighted fields.");
    expect(describeError(text, "es")).toBe("Revisa los campos marcados.");
    expect(new AppError("INVALID_INPUT", text).message).toBe("Please check the highlighted fields.");
  });

  it("never shows a string that is not an error text: zod's own words become a generic message", () => {
    expect(isErrorText("Invalid input: expected string")).toBe(false);
    expect(isErrorText("organize.noSuchKey")).toBe(false);
    expect(describeError("Invalid input: expected string", "es")).toBe("Revisa esto.");
    expect(issueTexts([{ path: ["title"], message: "Too small" }])).toEqual({
      title: [errorText.common.checkThis],
    });
  });

  it("has every message in every language (a function where English has one)", () => {
    for (const [area, dictionary] of Object.entries(ERROR_DICTIONARIES)) {
      for (const locale of LOCALES) {
        expect(Object.keys(dictionary[locale]), `${area} ${locale}`).toEqual(Object.keys(dictionary.en));
        for (const [key, entry] of Object.entries(dictionary[locale])) {
          expect(typeof entry, `${area}.${key} ${locale}`).toBe(typeof dictionary.en[key]);
        }
      }
    }
  });

  it("writes officials' messages with their ZIP, state and chamber", () => {
    expect(describeError(errorText.officials.zipNotFound({ zip: "99999" }), "es")).toBe(
      "No encontramos el código postal 99999. Algunos códigos postales solo se usan para apartados postales o negocios; prueba con el código postal de donde vives.",
    );
    expect(describeError(errorText.officials.noLegislatorsData({ state: "NC" }), "es")).toBe(
      "Todavía no tenemos a los legisladores de Carolina del Norte en nuestros datos.",
    );
    const district = errorText.officials.noDistrict({ state: "IL", chamber: "State Senate", district: "99" });
    expect(describeError(district, "en")).toBe(
      "Illinois has no State Senate district 99 in our data. If the seat is vacant right now, there is no one to write to there yet.",
    );
    expect(describeError(district, "es")).toBe(
      "Illinois no tiene el distrito 99 del Senado estatal en nuestros datos. Si el puesto está vacante ahora, todavía no hay a quién escribirle.",
    );
    const chamber = errorText.officials.noChamberData({ state: "NY", chamber: "State House" });
    expect(describeError(chamber, "en")).toBe("We don't have a state house for New York in our data.");
    expect(describeError(chamber, "es")).toBe("No tenemos cámara estatal de Nueva York en nuestros datos.");
  });

  it("writes the reply loop's and groups' messages with names and numbers", () => {
    expect(describeError(errorText.letters.replyTooLong({ max: 10000 }), "es")).toBe(
      "La respuesta debe tener menos de 10000 caracteres.",
    );
    expect(describeError(errorText.letters.chooseAnswerFor({ name: "Richard J. Durbin" }), "es")).toBe(
      "Elige Sí, No o Todavía no para Richard J. Durbin, así podemos guardar la respuesta que pegaste.",
    );
    expect(describeError(errorText.groups.atMost({ field: "volunteers", max: 10_000 }), "en")).toBe(
      "The number of volunteers can be at most 10,000.",
    );
    expect(describeError(errorText.groups.atMost({ field: "volunteers", max: 10_000 }), "es")).toBe(
      "El número de voluntarios puede ser como máximo 10,000.",
    );
    expect(describeError(errorText.groups.belowTaken({ kind: "volunteers", taken: 1 }), "es")).toBe(
      "Ya se inscribió 1 persona, así que el número de voluntarios no puede bajar de 1.",
    );
    expect(describeError(errorText.pledges.onlyLeft({ remaining: 3 }), "es")).toBe(
      "Ahora solo se necesitan 3: comprométete con esa cantidad o menos.",
    );
  });

  it("writes the organizer console's messages with names and numbers", () => {
    const roles = errorText.organize.onlyRolesCanDoThat({ roles: ["owner", "organizer"] });
    expect(describeError(roles, "en")).toBe("Only the organization's owners and organizers can do that.");
    expect(describeError(roles, "es")).toBe(
      "Solo la administración y el equipo organizador de la organización pueden hacer eso.",
    );
    expect(describeError(errorText.organize.onlyRolesCanDoThat({ roles: ["owner"] }), "es")).toBe(
      "Solo la administración de la organización puede hacer eso.",
    );
    expect(describeError(errorText.organize.giveFieldAsDate({ field: "endDate" }), "es")).toBe(
      "Escribe la fecha de fin como una fecha, por ejemplo 2026-03-01.",
    );
    const missing = errorText.organize.addBeforePublishing({ missing: ["letterTemplate", "target"] });
    expect(describeError(missing, "en")).toBe(
      "Before publishing, add a letter template and at least one target (who the letters go to).",
    );
    expect(describeError(missing, "es")).toBe(
      "Antes de publicar, agrega una carta y al menos un destinatario (a quién van las cartas).",
    );
    expect(describeError(errorText.organize.ruleAlreadyTargeted({ rule: "state_upper" }), "es")).toBe(
      "Su senador o senadora estatal ya es uno de los destinatarios de esta campaña.",
    );
    expect(describeError(errorText.organize.keepFieldUnder({ field: "number", max: 40 }), "es")).toBe(
      "El número debe tener menos de 40 caracteres.",
    );
    expect(describeError(errorText.organize.fieldNotHttps({ field: "imageAddress" }), "es")).toBe(
      "La dirección de la imagen debe ser una dirección web completa que empiece con https://",
    );
    expect(describeError(errorText.organize.needsBill({ fields: ["bill.number"] }), "es")).toBe(
      "{{bill.number}} necesita el proyecto de ley de la campaña: nómbralo primero en la sección Proyecto de ley.",
    );
  });
});
