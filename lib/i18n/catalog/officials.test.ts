import { describe, expect, it } from "vitest";
import { translateError } from "../errors";

describe("officials' and accounts' messages in Spanish", () => {
  it("translates lookup errors with their ZIP, state and chamber", () => {
    expect(
      translateError(
        "We couldn't find ZIP code 99999. Some ZIP codes are only used for PO boxes or businesses; please try the ZIP code where you live.",
        "es",
      ),
    ).toBe(
      "No encontramos el código postal 99999. Algunos códigos postales solo se usan para apartados postales o negocios; prueba con el código postal de donde vives.",
    );
    expect(translateError("We don't have the legislators of North Carolina in our data yet.", "es")).toBe(
      "Todavía no tenemos a los legisladores de Carolina del Norte en nuestros datos.",
    );
    expect(
      translateError(
        "Illinois has no State Senate district 99 in our data. If the seat is vacant right now, there is no one to write to there yet.",
        "es",
      ),
    ).toBe(
      "Illinois no tiene el distrito 99 del Senado estatal en nuestros datos. Si el puesto está vacante ahora, todavía no hay a quién escribirle.",
    );
    expect(translateError("We don't have a state house for New York in our data.", "es")).toBe(
      "No tenemos cámara estatal de Nueva York en nuestros datos.",
    );
  });

  it("translates the account's and the reply loop's messages, and leaves English alone", () => {
    expect(translateError("Tell us what to call you.", "es")).toBe("Dinos cómo quieres que te llamemos.");
    expect(translateError("Please keep the reply under 10000 characters.", "es")).toBe(
      "La respuesta debe tener menos de 10000 caracteres.",
    );
    expect(
      translateError(
        "Choose Yes, No or Not yet for Richard J. Durbin, so we can save the reply you pasted.",
        "es",
      ),
    ).toBe("Elige Sí, No o Todavía no para Richard J. Durbin, así podemos guardar la respuesta que pegaste.");
    expect(translateError("Tell us what to call you.", "en")).toBe("Tell us what to call you.");
  });
});
