/**
 * The builder's Library of Congress topics and stance (issue 18, item 4): only CWC's 32 values are kept, the
 * stance is for, against or none, and a campaign to Congress (a rule for senators or the House, or a named
 * member of Congress) is not published without a topic; a campaign to a city council alone needs none. The
 * refusal reads in Spanish too.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { appErrorOf, newPerson } from "@/db/testing/people";
import type { SessionUser } from "@/lib/auth";
import { CWC_TOPICS } from "@/lib/delivery/cwc/topics";
import { describeError } from "@/lib/i18n/errors";
import { seedLetterFixture } from "@/lib/letters/testing";
import {
  addCustomTarget,
  addOfficialTarget,
  addRuleTarget,
  createCampaign,
  cwcInputFromForm,
  getCampaignForEdit,
  publishCampaign,
  saveCwcSettings,
  saveTemplate,
} from "./campaigns";
import { createOrganization } from "./organizations";

const template = {
  subject: "Keep families housed",
  parts: [
    { id: "ask", text: "Please guarantee a right to counsel for tenants.", isLocked: true, order: "1" },
  ],
};

let owner: SessionUser;
let orgSlug = "";

beforeAll(async () => {
  await seedLetterFixture();
  owner = await newPerson("cwc-owner");
  ({ slug: orgSlug } = await createOrganization(owner, { name: "Congress Writers" }));
});

async function draft(title: string) {
  const { id } = await createCampaign(owner, orgSlug, { title });
  await saveTemplate(owner, id, template);
  return id;
}

describe("Library of Congress topics and stance", () => {
  it("keeps only CWC's values, once each, and the stance; refuses anything else, changing nothing", async () => {
    const id = await draft("Topics kept");
    expect(CWC_TOPICS).toHaveLength(32);
    await saveCwcSettings(owner, id, {
      topics: ["Housing and Community Development", "Law", "Law"],
      stance: "pro",
    });
    let saved = await getCampaignForEdit(owner, id);
    expect(saved.cwcTopics).toEqual(["Housing and Community Development", "Law"]);
    expect(saved.cwcStance).toBe("pro");

    const unknown = await appErrorOf(saveCwcSettings(owner, id, { topics: ["Housing"], stance: "con" }));
    expect(unknown.code).toBe("INVALID_INPUT");
    expect(unknown.message).toBe("Choose the Library of Congress topics from the list.");
    expect(describeError(unknown.text, "es")).toBe(
      "Elige los temas de la Biblioteca del Congreso de la lista.",
    );
    const stance = await appErrorOf(saveCwcSettings(owner, id, { topics: ["Law"], stance: "maybe" }));
    expect(stance.message).toBe("Choose for, against, or no stance.");
    saved = await getCampaignForEdit(owner, id);
    expect(saved.cwcTopics).toEqual(["Housing and Community Development", "Law"]);
    expect(saved.cwcStance).toBe("pro");

    // No stance is a stance too: "none" is stored as null.
    await saveCwcSettings(owner, id, cwcInputFromForm({ "topic:Health": "on", "topic:Law": "", stance: "" }));
    saved = await getCampaignForEdit(owner, id);
    expect(saved.cwcTopics).toEqual(["Health"]);
    expect(saved.cwcStance).toBeNull();
  });

  it("refuses to publish a campaign to Congress without a topic, in English and Spanish", async () => {
    const id = await draft("To the senators");
    await addRuleTarget(owner, id, "senators");
    expect((await getCampaignForEdit(owner, id)).hasCongress).toBe(true);
    const refused = await appErrorOf(publishCampaign(owner, id));
    expect(refused.message).toBe(
      "Before publishing, add a Library of Congress topic (the letters go to Congress).",
    );
    expect(describeError(refused.text, "es")).toBe(
      "Antes de publicar, agrega un tema de la Biblioteca del Congreso (las cartas van al Congreso).",
    );
    await saveCwcSettings(owner, id, { topics: ["Housing and Community Development"] });
    expect((await publishCampaign(owner, id)).slug).toBeTruthy();
  });

  it("a named member of Congress needs a topic too; a city council alone does not", async () => {
    const named = await draft("To one representative");
    await addOfficialTarget(owner, named, "D000096");
    expect((await appErrorOf(publishCampaign(owner, named))).message).toContain("Library of Congress topic");

    const council = await draft("To the council");
    await addCustomTarget(owner, council, { name: "City Council", email: "council@example.org" });
    expect((await getCampaignForEdit(owner, council)).hasCongress).toBe(false);
    expect((await publishCampaign(owner, council)).slug).toBeTruthy();
  });
});
