import { describe, expect, it } from "vitest";
import { profileSchema } from "@/lib/accounts/profile";
import { groupProfileSchema } from "@/lib/groups/manage";
import { describeError } from "@/lib/i18n/errors";
import { letterInputSchema } from "@/lib/letters/submit";
import { createOrganizationSchema } from "@/lib/organize/organizations";
import { pledgeInputSchema } from "@/lib/pledges/pledge";
import { HIDDEN_CHARACTERS_MESSAGE, hasHiddenCharacters } from "./validation";

const HIDDEN = [
  ["RIGHT-TO-LEFT OVERRIDE", "\u202e"],
  ["LEFT-TO-RIGHT EMBEDDING", "\u202a"],
  ["POP DIRECTIONAL FORMATTING", "\u202c"],
  ["LEFT-TO-RIGHT ISOLATE", "\u2066"],
  ["POP DIRECTIONAL ISOLATE", "\u2069"],
  ["LINE SEPARATOR", "\u2028"],
  ["PARAGRAPH SEPARATOR", "\u2029"],
  ["CR LF", "\r\n"],
  ["LF", "\n"],
  ["a tab", "\t"],
  ["NEXT LINE (C1)", "\u0085"],
] as const;

describe("hasHiddenCharacters", () => {
  it.each(HIDDEN)("finds %s", (_name, char) => {
    expect(hasHiddenCharacters(`Ana${char}moc.live`)).toBe(true);
  });

  it("lets names and places in any script through", () => {
    for (const value of [
      "Ana María Núñez-O'Brien",
      "Nguyễn Thị Hà",
      "محمد",
      "Zoë Æsir",
      "São Paulo",
      "李小龙",
    ]) {
      expect(hasHiddenCharacters(value)).toBe(false);
    }
  });
});

/** The field errors a schema gives for one input. */
function errorsOf(
  schema: {
    safeParse(v: unknown): {
      success: boolean;
      error?: { issues: { path: PropertyKey[]; message: string }[] };
    };
  },
  input: unknown,
) {
  const result = schema.safeParse(input);
  return (result.error?.issues ?? []).map(
    (issue) => `${issue.path.join(".")}: ${describeError(issue.message, "en")}`,
  );
}

const letter = {
  campaign: "demo",
  zip: "60623",
  firstName: "Ida",
  lastName: "Wells",
  city: "Chicago",
  parts: {},
};

describe("every one-line field a person types refuses them, with one message", () => {
  it.each(HIDDEN)("%s", (_name, char) => {
    const expected = describeError(HIDDEN_CHARACTERS_MESSAGE, "en");
    expect(errorsOf(letterInputSchema, { ...letter, firstName: `Ida${char}x` })).toContain(
      `firstName: ${expected}`,
    );
    expect(errorsOf(letterInputSchema, { ...letter, lastName: `We${char}lls` })).toContain(
      `lastName: ${expected}`,
    );
    expect(errorsOf(letterInputSchema, { ...letter, city: `Chi${char}cago` })).toContain(`city: ${expected}`);
    expect(errorsOf(letterInputSchema, { ...letter, streetAddress: `1 Main${char}St` })).toContain(
      `streetAddress: ${expected}`,
    );
    expect(errorsOf(pledgeInputSchema, { optionId: "o", name: `Rosa${char}x` })).toContain(
      `name: ${expected}`,
    );
    expect(errorsOf(profileSchema, { name: `Rosa${char}x`, zip: "" })).toContain(`name: ${expected}`);
    expect(errorsOf(createOrganizationSchema, { name: `Tenants${char}Union` })).toContain(
      `name: ${expected}`,
    );
    const group = {
      name: `Casa${char}del Pueblo`,
      leadershipStatement: "Led by the tenants of the building.",
      city: `Chi${char}cago`,
      state: "IL",
    };
    const groupErrors = errorsOf(groupProfileSchema, group);
    expect(groupErrors).toContain(`name: ${expected}`);
    expect(groupErrors).toContain(`city: ${expected}`);
  });

  it("accepts the same fields without them", () => {
    expect(errorsOf(letterInputSchema, { ...letter, streetAddress: "1 Main St" })).toEqual([]);
    expect(errorsOf(pledgeInputSchema, { optionId: "o", name: "Rosa Martínez" })).toEqual([]);
  });

  it("says so in Spanish too", () => {
    expect(describeError(HIDDEN_CHARACTERS_MESSAGE, "es")).toBe(
      "Escríbelo en una sola línea, sin caracteres de formato invisibles.",
    );
  });
});
