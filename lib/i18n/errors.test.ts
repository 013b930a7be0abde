import { describe, expect, it } from "vitest";
import { CATALOGS, hasTranslation, translateError } from "./errors";

describe("error messages in Spanish", () => {
  it("translates a known message, and leaves English as it is", () => {
    const message = "Please check the highlighted fields.";
    expect(translateError(message, "es")).toBe("Revisa los campos marcados.");
    expect(translateError(message, "en")).toBe(message);
    expect(hasTranslation(message)).toBe(true);
  });

  it("keeps an unknown message rather than inventing one", () => {
    expect(translateError("No entry for this one.", "es")).toBe("No entry for this one.");
    expect(hasTranslation("No entry for this one.")).toBe(false);
  });

  it("has patterns that match whole messages only", () => {
    for (const [pattern] of CATALOGS.flatMap((c) => c.patterns)) {
      expect(pattern.source.startsWith("^") && pattern.source.endsWith("$")).toBe(true);
    }
  });
});
