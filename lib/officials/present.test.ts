import { describe, expect, it } from "vitest";
import { officialTitle, partyName, seatLabel, stateChamberName, stateName, translateTitle } from "./present";

describe("officials' words in the reader's language", () => {
  it("keeps English as it was, with or without the locale", () => {
    expect(officialTitle({ level: "federal", chamber: "senate", state: "IL" })).toBe("U.S. Senator");
    expect(officialTitle({ level: "federal", chamber: "house", state: "PR" }, "en")).toBe(
      "Resident Commissioner",
    );
    expect(officialTitle({ level: "state", chamber: "lower", state: "CA" }, "en")).toBe("Assembly Member");
    expect(stateChamberName("VA", "lower", "en")).toBe("House of Delegates");
    expect(stateName("NY", "en")).toBe("New York");
    expect(stateName("NY")).toBe("New York");
    const house = { level: "federal", chamber: "house", district: 0, districtLabel: null } as const;
    expect(seatLabel({ ...house, state: "WY" })).toBe("WY at-large");
    expect(seatLabel({ ...house, state: "DC" }, "en")).toBe("DC, at-large (non-voting)");
    expect(
      seatLabel({ level: "state", chamber: "upper", state: "MN", district: null, districtLabel: "22A" }),
    ).toBe("District 22A");
    expect(partyName("Democrat", "en")).toBe("Democrat");
  });

  it("says titles, chambers, seats, states and parties in Spanish", () => {
    expect(officialTitle({ level: "federal", chamber: "senate", state: "IL" }, "es")).toBe(
      "Senador(a) de EE. UU.",
    );
    expect(officialTitle({ level: "federal", chamber: "house", state: "IL" }, "es")).toBe(
      "Representante de EE. UU.",
    );
    expect(officialTitle({ level: "state", chamber: "upper", state: "IL" }, "es")).toBe("Senador(a) estatal");
    expect(officialTitle({ level: "state", chamber: "legislature", state: "DC" }, "es")).toBe(
      "Miembro del Concejo",
    );
    expect(stateChamberName("IL", "lower", "es")).toBe("Cámara estatal");
    expect(stateName("NC", "es")).toBe("Carolina del Norte");
    expect(stateName("IL", "es")).toBe("Illinois");
    expect(stateName("ZZ", "es")).toBe("ZZ");
    const house = { level: "federal", chamber: "house", district: 0, districtLabel: null } as const;
    expect(seatLabel({ ...house, state: "WY" }, "es")).toBe("WY, distrito único");
    expect(seatLabel({ ...house, state: "DC" }, "es")).toBe("DC, distrito único (sin voto)");
    expect(
      seatLabel(
        { level: "state", chamber: "upper", state: "MN", district: null, districtLabel: "22A" },
        "es",
      ),
    ).toBe("Distrito 22A");
    expect(partyName("Republican", "es")).toBe("Republicano");
    expect(partyName("Democratic/Working Families", "es")).toBe("Demócrata/Familias Trabajadoras");
    expect(partyName("Partido Nuevo Progresista", "es")).toBe("Partido Nuevo Progresista");
  });

  it("translates the titles stored with a letter, and keeps an organizer's own as typed", () => {
    expect(translateTitle("U.S. Senator", "es")).toBe("Senador(a) de EE. UU.");
    expect(translateTitle("State Representative", "es")).toBe("Representante estatal");
    expect(translateTitle("Alderperson, 25th Ward", "es")).toBe("Alderperson, 25th Ward");
    expect(translateTitle("U.S. Senator", "en")).toBe("U.S. Senator");
  });
});
