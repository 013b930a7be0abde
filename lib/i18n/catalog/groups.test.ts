import { describe, expect, it } from "vitest";
import { translateError } from "../errors";

describe("groups' and pledges' errors in Spanish", () => {
  it("translates exact messages and leaves English as it is", () => {
    expect(translateError("Please tell the group your name.", "es")).toBe("Dile al grupo tu nombre.");
    expect(translateError("Please tell the group your name.", "en")).toBe("Please tell the group your name.");
    expect(translateError("Give the group's name.", "es")).toBe("Escribe el nombre del grupo.");
  });

  it("translates messages with names and numbers, naming the field in Spanish", () => {
    expect(translateError("The number of volunteers can be at most 10,000.", "es")).toBe(
      "El número de voluntarios puede ser como máximo 10,000.",
    );
    expect(translateError("Please enter the quantity needed as a whole number.", "es")).toBe(
      "Escribe la cantidad que se necesita como un número entero.",
    );
    expect(
      translateError("Already 1 person has signed up, so the number of volunteers can't go below 1.", "es"),
    ).toBe("Ya se inscribió 1 persona, así que el número de voluntarios no puede bajar de 1.");
    expect(translateError("Only 3 still needed now: please pledge that many or fewer.", "es")).toBe(
      "Ahora solo se necesitan 3: comprométete con esa cantidad o menos.",
    );
    expect(
      translateError("The website address must be a full web address starting with https://", "es"),
    ).toBe("La dirección del sitio web debe ser una dirección completa que empiece con https://");
  });
});
