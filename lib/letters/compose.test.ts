import { describe, expect, it } from "vitest";
import { composeLetterForTarget, type LetterForTarget, salutationTitle } from "./compose";

const letter = (target: Partial<LetterForTarget["target"]>): LetterForTarget => ({
  subject: "About {{campaign.title}}",
  body: "Dear {{official.title}} {{official.last_name}},\n\nFrom {{supporter.first_name}} in {{supporter.city}}.",
  firstName: "Lena",
  lastName: "Okafor",
  email: "lena@example.org",
  city: "Northbrook",
  state: "IL",
  zip: "60062",
  campaignTitle: "Right to counsel",
  organizationName: "Neighbors",
  target: {
    isOfficial: true,
    name: "Richard J. Durbin",
    title: "U.S. Senator",
    firstName: "Richard",
    lastName: "Durbin",
    state: "IL",
    district: null,
    ...target,
  },
});

describe("composeLetterForTarget", () => {
  it("greets an official by short title and surname, and signs with the supporter's details", () => {
    expect(composeLetterForTarget(letter({}))).toEqual({
      subject: "About Right to counsel",
      body: "Dear Senator Durbin,\n\nFrom Lena in Northbrook.",
      signature: ["Lena Okafor", "Northbrook, IL 60062", "lena@example.org"],
    });
  });

  it("greets a custom target by its name", () => {
    const composed = composeLetterForTarget(
      letter({
        isOfficial: false,
        name: "City Council",
        title: "Council Members",
        firstName: null,
        lastName: null,
      }),
    );
    expect(composed.body.split("\n")[0]).toBe("Dear City Council,");
  });

  it.each([
    ["U.S. Senator", "Senator"],
    ["U.S. Representative", "Representative"],
    ["Delegate to the U.S. House", "Delegate"],
    ["State Senator", "Senator"],
    ["Assembly Member", "Assembly Member"],
  ])("shortens %s to %s", (title, short) => {
    expect(salutationTitle(title)).toBe(short);
  });
});
