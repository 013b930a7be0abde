import { describe, expect, it } from "vitest";
import { translateError } from "../errors";

describe("the organizer console's errors in Spanish", () => {
  it("translates exact messages and leaves English as it is", () => {
    expect(translateError("Give the campaign a title.", "es")).toBe("Ponle un título a la campaña.");
    expect(translateError("Give the campaign a title.", "en")).toBe("Give the campaign a title.");
  });

  it("translates messages with names and numbers", () => {
    expect(translateError("Only the organization's owners and organizers can do that.", "es")).toBe(
      "Solo la administración y el equipo organizador de la organización pueden hacer eso.",
    );
    expect(translateError("Only the organization's owners can do that.", "es")).toBe(
      "Solo la administración de la organización puede hacer eso.",
    );
    expect(translateError("Give the end date as a date, like 2026-03-01.", "es")).toBe(
      "Escribe la fecha de fin como una fecha, por ejemplo 2026-03-01.",
    );
    expect(
      translateError(
        "Before publishing, add a letter template and at least one target (who the letters go to).",
        "es",
      ),
    ).toBe("Antes de publicar, agrega una carta y al menos un destinatario (a quién van las cartas).");
    expect(
      translateError("The supporter's state senator is already one of this campaign's targets.", "es"),
    ).toBe("Su senador o senadora estatal ya es uno de los destinatarios de esta campaña.");
    expect(translateError("Please keep the number under 40 characters.", "es")).toBe(
      "El número debe tener menos de 40 caracteres.",
    );
    expect(translateError("The image address must be a full web address starting with https://", "es")).toBe(
      "La dirección de la imagen debe ser una dirección web completa que empiece con https://",
    );
    expect(translateError("“ana@example.org” is already on the team.", "es")).toBe(
      "“ana@example.org” ya está en el equipo.",
    );
    expect(
      translateError(
        "{{bill.number}} needs the campaign's bill: name the bill in the Bill section first.",
        "es",
      ),
    ).toBe(
      "{{bill.number}} necesita el proyecto de ley de la campaña: nómbralo primero en la sección Proyecto de ley.",
    );
  });
});
