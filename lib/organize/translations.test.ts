/**
 * A campaign's version in its other language: saved and updated with its letter, checked like the first letter,
 * removed with it, refused for the campaign's own language, and out of reach for another organization.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { campaignTranslations, letters, letterTemplates } from "@/db/schema";
import { DEMO_CAMPAIGN_SLUG } from "@/db/seed";
import type { SessionUser } from "@/lib/auth";
import { findPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { AppError } from "@/lib/errors";
import { describeError, describeFieldErrors } from "@/lib/i18n/errors";
import { getBoss } from "@/lib/jobs/boss";
import { findLetterSetup } from "@/lib/letters/setup";
import { submitLetter } from "@/lib/letters/submit";
import { findMergeFields } from "@/lib/letters/template";
import { seedLetterFixture } from "@/lib/letters/testing";
import { addCustomTarget, saveTemplate } from "./campaigns";
import { campaign, member, organization } from "./testing";
import {
  deleteCampaignTranslation,
  getCampaignTranslation,
  IMAGE_ALT_MESSAGE,
  OWN_LANGUAGE_MESSAGE,
  saveCampaignTranslation,
} from "./translations";

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

let orgId = "";
let organizer: SessionUser;
let viewer: SessionUser;
let stranger: SessionUser;
let n = 0;

const spanishLetter = {
  subject: "Garanticen un abogado para los inquilinos de {{supporter.city}}",
  personalizationPrompt: "Cuéntales por qué te importa.",
  parts: [
    { id: "saludo", text: "Estimado/a {{official.title}} {{official.last_name}}:", isLocked: false },
    { id: "pedido", text: "Les pido un abogado gratuito para cada inquilino.", isLocked: true },
  ],
};

const words = {
  title: "Que las familias conserven su hogar",
  summary: "Pide un abogado gratuito para cada inquilino.",
  story: "Cada semana, familias pierden su casa.\n\n**Un abogado** cambia todo.",
  callToAction: "Escribe a tus representantes.",
  imageAlt: "",
};

async function newCampaign(values: Parameters<typeof campaign>[2] = {}) {
  return campaign(orgId, `tr-campaign-${++n}`, { status: "draft", ...values });
}

async function stored(campaignId: string, language = "es") {
  const [translation] = await getDb()
    .select()
    .from(campaignTranslations)
    .where(and(eq(campaignTranslations.campaignId, campaignId), eq(campaignTranslations.language, language)));
  const [template] = await getDb()
    .select({ subject: letterTemplates.subject, parts: letterTemplates.parts })
    .from(letterTemplates)
    .where(and(eq(letterTemplates.campaignId, campaignId), eq(letterTemplates.language, language)));
  return { translation, template };
}

beforeAll(async () => {
  await seedLetterFixture();
  await getBoss();
  orgId = await organization("tr-org");
  organizer = await member(orgId, "organizer");
  viewer = await member(orgId, "viewer");
  stranger = await member(await organization("tr-other"), "owner");
});

describe("saving a translation", () => {
  it("saves the words and the letter in the other language, and reads them back", async () => {
    const id = await newCampaign();
    const empty = await getCampaignTranslation(viewer, id, "es");
    expect(empty).toMatchObject({
      language: "es",
      campaignLanguage: "en",
      translation: null,
      template: null,
    });

    await saveCampaignTranslation(organizer, id, "es", { ...words, template: spanishLetter });
    const read = await getCampaignTranslation(viewer, id, "es");
    expect(read.translation).toMatchObject(words);
    expect(read.template?.subject).toBe(spanishLetter.subject);
    expect(read.template?.parts).toEqual(spanishLetter.parts);
    // The campaign's own letter is untouched (there is none here).
    expect((await stored(id, "en")).template).toBeUndefined();
  });

  it("updates both in place, and an emptied letter removes the one in that language", async () => {
    const id = await newCampaign();
    await saveCampaignTranslation(organizer, id, "es", { ...words, template: spanishLetter });
    await saveCampaignTranslation(organizer, id, "es", {
      ...words,
      title: "Un abogado para cada inquilino",
      template: { ...spanishLetter, subject: "Un abogado para cada inquilino" },
    });
    let row = await stored(id);
    expect(row.translation?.title).toBe("Un abogado para cada inquilino");
    expect(row.template?.subject).toBe("Un abogado para cada inquilino");
    expect(
      await getDb().select().from(campaignTranslations).where(eq(campaignTranslations.campaignId, id)),
    ).toHaveLength(1);

    await saveCampaignTranslation(organizer, id, "es", {
      ...words,
      template: { subject: " ", parts: [{ id: "saludo", text: "" }] },
    });
    row = await stored(id);
    expect(row.translation?.title).toBe(words.title);
    expect(row.template).toBeUndefined();
  });

  it("translates a Spanish campaign into English", async () => {
    const id = await newCampaign({ language: "es" });
    await saveCampaignTranslation(organizer, id, "en", { title: "Keep families housed" });
    expect((await stored(id, "en")).translation?.title).toBe("Keep families housed");
  });

  it("deletes the translation and its letter, but never the campaign's own letter", async () => {
    const id = await newCampaign();
    await saveTemplate(organizer, id, {
      subject: "Guarantee counsel",
      parts: [{ id: "ask", text: "Please fund counsel." }],
    });
    await saveCampaignTranslation(organizer, id, "es", { ...words, template: spanishLetter });
    await deleteCampaignTranslation(organizer, id, "es");
    const row = await stored(id);
    expect(row.translation).toBeUndefined();
    expect(row.template).toBeUndefined();
    expect((await stored(id, "en")).template?.subject).toBe("Guarantee counsel");
    const again = await rejection(deleteCampaignTranslation(organizer, id, "es"));
    expect(again.code).toBe("NOT_FOUND");
    const own = await rejection(deleteCampaignTranslation(organizer, id, "en"));
    expect(own.text).toBe(OWN_LANGUAGE_MESSAGE);
    expect((await stored(id, "en")).template?.subject).toBe("Guarantee counsel");
  });
});

describe("what is refused", () => {
  it("checks the words and the letter together, with the first letter's rules", async () => {
    const id = await newCampaign();
    const error = await rejection(
      saveCampaignTranslation(organizer, id, "es", {
        title: "x",
        story: "a".repeat(20_001),
        template: {
          subject: "Hola {{official.apodo}}",
          parts: [{ id: "a", text: "Firmado, {{bill.number}}" }],
        },
      }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(describeFieldErrors(error.fieldErrors, "en")?.title).toEqual([
      "Give the campaign a title of at least 3 characters.",
    ]);
    expect(describeFieldErrors(error.fieldErrors, "en")?.story).toEqual([
      "Please keep the story under 20,000 characters.",
    ]);
    expect(describeFieldErrors(error.fieldErrors, "en")?.subject?.[0]).toMatch(
      /^\{\{official\.apodo\}\} is not a merge field we know/,
    );
    expect(describeFieldErrors(error.fieldErrors, "en")?.["part-0-text"]?.[0]).toMatch(
      /needs the campaign's bill/,
    );
    // A letter with a subject and no text.
    const noBody = await rejection(
      saveCampaignTranslation(organizer, id, "es", { ...words, template: { subject: "Asunto", parts: [] } }),
    );
    expect(describeFieldErrors(noBody.fieldErrors, "en")?.["part-0-text"]).toEqual([
      "Write at least one part of the letter.",
    ]);
    expect(await stored(id)).toEqual({ translation: undefined, template: undefined });
  });

  it("asks for the image's description when the campaign has an image", async () => {
    const id = await newCampaign({ imageUrl: "https://example.org/x.jpg", imageAlt: "Tenants at city hall" });
    const error = await rejection(saveCampaignTranslation(organizer, id, "es", words));
    expect(describeFieldErrors(error.fieldErrors, "en")?.imageAlt).toEqual([
      describeError(IMAGE_ALT_MESSAGE, "en"),
    ]);
    await saveCampaignTranslation(organizer, id, "es", {
      ...words,
      imageAlt: "Inquilinos en el ayuntamiento",
    });
    expect((await stored(id)).translation?.imageAlt).toBe("Inquilinos en el ayuntamiento");
  });

  it("refuses the campaign's own language and languages Chorus does not speak", async () => {
    const id = await newCampaign();
    const own = await rejection(saveCampaignTranslation(organizer, id, "en", words));
    expect(own.code).toBe("INVALID_INPUT");
    expect(own.text).toBe(OWN_LANGUAGE_MESSAGE);
    for (const language of ["fr", "ES", "", "es\u0000"]) {
      const error = await rejection(saveCampaignTranslation(organizer, id, language, words));
      expect(error.code).toBe("INVALID_INPUT");
    }
    expect((await rejection(getCampaignTranslation(viewer, id, "en"))).text).toBe(OWN_LANGUAGE_MESSAGE);
    expect(await stored(id, "en")).toEqual({ translation: undefined, template: undefined });
  });

  it("keeps other organizations and viewers out", async () => {
    const id = await newCampaign();
    await saveCampaignTranslation(organizer, id, "es", { ...words, template: spanishLetter });
    for (const call of [
      () => getCampaignTranslation(stranger, id, "es"),
      () => saveCampaignTranslation(stranger, id, "es", { ...words, title: "Tomado" }),
      () => deleteCampaignTranslation(stranger, id, "es"),
    ]) {
      expect((await rejection(call())).code).toBe("NOT_FOUND");
    }
    expect((await rejection(saveCampaignTranslation(viewer, id, "es", words))).code).toBe("FORBIDDEN");
    expect((await rejection(deleteCampaignTranslation(viewer, id, "es"))).code).toBe("FORBIDDEN");
    const row = await stored(id);
    expect(row.translation?.title).toBe(words.title);
    expect(row.template?.subject).toBe(spanishLetter.subject);
  });
});

describe("what supporters get", () => {
  it("the page and the letter in their language when there is one, the campaign's own otherwise", async () => {
    const id = await newCampaign({
      status: "published",
      officeHoursStart: null,
      officeHoursEnd: null,
      officeWeekdaysOnly: false,
    });
    const slug = `tr-campaign-${n}`;
    await addCustomTarget(organizer, id, { name: "City Council", email: "council@example.org" });
    await saveTemplate(organizer, id, {
      subject: "Guarantee counsel",
      parts: [{ id: "ask", text: "Please fund counsel.", isLocked: true }],
    });
    // Before any translation: the original, in its own language, whatever the reader's.
    expect(await findPublicCampaignBySlug(slug, "es")).toMatchObject({
      title: `Campaign ${slug}`,
      language: "en",
      originalLanguage: "en",
    });
    expect((await findLetterSetup(slug, "es"))?.template.language).toBe("en");

    await saveCampaignTranslation(organizer, id, "es", { ...words, template: spanishLetter });
    expect(await findPublicCampaignBySlug(slug, "es")).toMatchObject({
      ...words,
      imageAlt: "",
      language: "es",
      originalLanguage: "en",
    });
    expect(await findPublicCampaignBySlug(slug, "en")).toMatchObject({
      title: `Campaign ${slug}`,
      language: "en",
    });
    expect(await findPublicCampaignBySlug(slug)).toMatchObject({ title: `Campaign ${slug}`, language: "en" });

    const spanish = await findLetterSetup(slug, "es");
    expect(spanish?.template).toMatchObject({ language: "es", subject: spanishLetter.subject });
    expect(spanish?.campaign.title).toBe(words.title);
    const english = await findLetterSetup(slug);
    expect(english?.template).toMatchObject({ language: "en", subject: "Guarantee counsel" });
    expect(english?.campaign.title).toBe(`Campaign ${slug}`);

    // Written by a Spanish reader: stored in Spanish, from the Spanish letter.
    const result = await submitLetter(
      null,
      {
        campaign: slug,
        zip: "60623",
        firstName: "Rosa",
        lastName: "Díaz",
        email: `rosa-${n}@example.org`,
        city: "Chicago",
        parts: { saludo: "Hola, {{official.last_name}}:" },
      },
      { language: "es" },
    );
    expect(result.status).toBe("confirm_email");
    const [letter] = await getDb()
      .select({ language: letters.language, subject: letters.subject, body: letters.body })
      .from(letters)
      .where(eq(letters.campaignId, id));
    expect(letter?.language).toBe("es");
    expect(letter?.subject).toBe(spanishLetter.subject);
    expect(letter?.body).toContain("Les pido un abogado gratuito para cada inquilino.");
    expect(letter?.body).toContain("Hola, {{official.last_name}}:");
  });

  it("the demo speaks Spanish too, with the English letter's parts and merge fields", async () => {
    const english = await findLetterSetup(DEMO_CAMPAIGN_SLUG, "en");
    const spanish = await findLetterSetup(DEMO_CAMPAIGN_SLUG, "es");
    expect(spanish?.template.language).toBe("es");
    const fields = (template: NonNullable<typeof english>["template"]) => ({
      subject: findMergeFields(template.subject).known,
      parts: template.parts.map((p) => ({ id: p.id, isLocked: p.isLocked, fields: findMergeFields(p.text) })),
    });
    if (!english || !spanish) throw new Error("demo letters missing");
    expect(fields(spanish.template)).toEqual(fields(english.template));
    expect(await findPublicCampaignBySlug(DEMO_CAMPAIGN_SLUG, "es")).toMatchObject({
      language: "es",
      title: "Que las familias conserven su hogar: derecho a un abogado para inquilinos",
    });
  });
});
