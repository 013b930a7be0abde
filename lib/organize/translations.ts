import "server-only";
/**
 * A campaign in a second language: the organizer's translation of the words a supporter reads (title, summary,
 * story, call to action, image description; `campaign_translations`) and the letter template in that language
 * (`letter_templates`, one per campaign and language, like the first). Only a language Chorus speaks other than
 * the campaign's own may be translated. Supporters get the version in their language when there is one
 * (lib/campaigns/queries.ts, lib/letters/setup.ts).
 */
import { and, eq, getTableColumns } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { campaigns, campaignTranslations, letterTemplates } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { findCampaignBill } from "@/lib/campaigns/bills";
import { AppError } from "@/lib/errors";
import { type ErrorText, errorText } from "@/lib/i18n/errors";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import type { TemplatePart } from "@/lib/letters/template";
import { containsNul, NUL_MESSAGE } from "@/lib/validation";
import { READ, WRITE } from "./access";
import { basicsSchema, type TemplateInput, validateTemplate } from "./campaigns";
import { actorHolds, invalid, requireCampaign } from "./guard";

const NOT_FOUND = errorText.organize.couldntFindCampaignAmongOrganizations;
export const OWN_LANGUAGE_MESSAGE = errorText.organize.campaignAlreadyLanguageTranslateInto;
export const UNKNOWN_LANGUAGE_MESSAGE = errorText.organize.chorusSpeaksEnglishSpanishChoose;
export const IMAGE_ALT_MESSAGE = errorText.organize.describeImagePeopleWhoCant2;

/** The same rules as the campaign's own words (lib/organize/campaigns.ts, basicsSchema). */
const translationSchema = z.object({
  title: basicsSchema.shape.title,
  summary: basicsSchema.shape.summary,
  story: basicsSchema.shape.story,
  callToAction: basicsSchema.shape.callToAction,
  imageAlt: basicsSchema.shape.imageAlt,
});

export type TranslationInput = {
  title?: string;
  summary?: string;
  story?: string;
  callToAction?: string;
  imageAlt?: string;
  /** The letter in this language; all empty means none (supporters get the campaign's own letter). */
  template?: TemplateInput;
};

export type CampaignTranslation = {
  /** The language of the translation. */
  language: Locale;
  /** The campaign's own language. */
  campaignLanguage: string;
  hasImage: boolean;
  translation: {
    title: string;
    summary: string;
    story: string;
    callToAction: string;
    imageAlt: string;
    updatedAt: Date;
  } | null;
  template: { subject: string; personalizationPrompt: string; parts: TemplatePart[] } | null;
};

function checkLanguage(language: string): Locale {
  if (containsNul(language) || !isLocale(language)) {
    throw new AppError("INVALID_INPUT", UNKNOWN_LANGUAGE_MESSAGE, { language: [UNKNOWN_LANGUAGE_MESSAGE] });
  }
  return language;
}

function refuseOwnLanguage(campaignLanguage: string, language: Locale): void {
  if (campaignLanguage === language) {
    throw new AppError("INVALID_INPUT", OWN_LANGUAGE_MESSAGE, { language: [OWN_LANGUAGE_MESSAGE] });
  }
}

const isBlankTemplate = (input: TemplateInput | undefined) =>
  !input ||
  (!input.subject?.trim() &&
    !input.personalizationPrompt?.trim() &&
    (input.parts ?? []).every((part) => !part.text?.trim()));

/** The campaign's version in `language` and its letter in that language, for any member (viewers read only). */
export async function getCampaignTranslation(
  actor: SessionUser,
  campaignId: string,
  language: string,
): Promise<CampaignTranslation> {
  await requireCampaign(actor, campaignId, READ);
  const locale = checkLanguage(language);
  const db = getDb();
  const [campaign] = await db
    .select({ language: campaigns.language, imageUrl: campaigns.imageUrl })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), actorHolds(actor, campaigns.organizationId, READ)));
  if (!campaign) throw new AppError("NOT_FOUND", NOT_FOUND);
  refuseOwnLanguage(campaign.language, locale);
  const { campaignId: _c, language: _l, ...fields } = getTableColumns(campaignTranslations);
  const [[translation], [template]] = await Promise.all([
    db
      .select(fields)
      .from(campaignTranslations)
      .where(and(eq(campaignTranslations.campaignId, campaignId), eq(campaignTranslations.language, locale))),
    db
      .select({
        subject: letterTemplates.subject,
        personalizationPrompt: letterTemplates.personalizationPrompt,
        parts: letterTemplates.parts,
      })
      .from(letterTemplates)
      .where(and(eq(letterTemplates.campaignId, campaignId), eq(letterTemplates.language, locale))),
  ]);
  return {
    language: locale,
    campaignLanguage: campaign.language,
    hasImage: campaign.imageUrl !== null,
    translation: translation ?? null,
    template: template ?? null,
  };
}

/**
 * Saves the campaign's version in `language` (one per campaign and language) with its letter: the letter is
 * checked exactly as the first one (unknown merge fields, bill fields without a bill, locked parts), and an
 * empty letter removes the one in this language. Field errors of both come back together.
 */
export async function saveCampaignTranslation(
  actor: SessionUser,
  campaignId: string,
  language: string,
  input: TranslationInput,
): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  const locale = checkLanguage(language);
  const fieldErrors: Record<string, ErrorText[]> = {};
  if (containsNul(input)) throw new AppError("INVALID_INPUT", NUL_MESSAGE);
  const parsed = translationSchema.safeParse(input);
  if (!parsed.success) Object.assign(fieldErrors, invalid(parsed.error).fieldErrors);
  const wantsTemplate = !isBlankTemplate(input.template);
  const checked = wantsTemplate
    ? validateTemplate(input.template ?? {}, { hasBill: (await findCampaignBill(campaignId)) !== null })
    : null;
  if (checked && !checked.ok) Object.assign(fieldErrors, checked.error.fieldErrors);
  if (Object.keys(fieldErrors).length > 0 || !parsed.success || (checked && !checked.ok)) {
    throw new AppError("INVALID_INPUT", errorText.common.checkHighlightedFields, fieldErrors);
  }
  const words = parsed.data;
  await getDb().transaction(async (tx) => {
    const [campaign] = await tx
      .update(campaigns)
      .set({ updatedAt: new Date() })
      .where(and(eq(campaigns.id, campaignId), actorHolds(actor, campaigns.organizationId, WRITE)))
      .returning({ language: campaigns.language, imageUrl: campaigns.imageUrl });
    if (!campaign) throw new AppError("NOT_FOUND", NOT_FOUND);
    refuseOwnLanguage(campaign.language, locale);
    if (campaign.imageUrl && !words.imageAlt) {
      throw new AppError("INVALID_INPUT", errorText.common.checkHighlightedFields, {
        imageAlt: [IMAGE_ALT_MESSAGE],
      });
    }
    const now = new Date();
    await tx
      .insert(campaignTranslations)
      .values({ campaignId, language: locale, ...words, updatedAt: now })
      .onConflictDoUpdate({
        target: [campaignTranslations.campaignId, campaignTranslations.language],
        set: { ...words, updatedAt: now },
      });
    if (checked?.ok) {
      await tx
        .insert(letterTemplates)
        .values({ campaignId, language: locale, ...checked.template })
        .onConflictDoUpdate({
          target: [letterTemplates.campaignId, letterTemplates.language],
          set: { ...checked.template, updatedAt: now },
        });
    } else {
      await tx
        .delete(letterTemplates)
        .where(and(eq(letterTemplates.campaignId, campaignId), eq(letterTemplates.language, locale)));
    }
  });
}

/** Removes the campaign's version in `language` and its letter in that language. */
export async function deleteCampaignTranslation(
  actor: SessionUser,
  campaignId: string,
  language: string,
): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  const locale = checkLanguage(language);
  await getDb().transaction(async (tx) => {
    const [campaign] = await tx
      .update(campaigns)
      .set({ updatedAt: new Date() })
      .where(and(eq(campaigns.id, campaignId), actorHolds(actor, campaigns.organizationId, WRITE)))
      .returning({ language: campaigns.language });
    if (!campaign) throw new AppError("NOT_FOUND", NOT_FOUND);
    // The campaign's own letter lives in letter_templates too: never removed from here.
    refuseOwnLanguage(campaign.language, locale);
    const removed = await tx
      .delete(campaignTranslations)
      .where(and(eq(campaignTranslations.campaignId, campaignId), eq(campaignTranslations.language, locale)))
      .returning({ language: campaignTranslations.language });
    const removedLetters = await tx
      .delete(letterTemplates)
      .where(and(eq(letterTemplates.campaignId, campaignId), eq(letterTemplates.language, locale)))
      .returning({ language: letterTemplates.language });
    if (removed.length === 0 && removedLetters.length === 0)
      throw new AppError("NOT_FOUND", errorText.organize.translationWasAlreadyRemoved);
  });
}
