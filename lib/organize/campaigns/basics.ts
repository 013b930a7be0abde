import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { campaignSlugRedirects, campaigns } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { optionalHttpsUrl, withoutNul } from "@/lib/validation";
import { WRITE } from "../access";
import { invalid, requireCampaign, SLUG_PATTERN } from "../guard";
import { newCampaignSchema } from "./lifecycle";
import { NOT_FOUND, writable } from "./shared";

/** The basics of a campaign (title, address, summary, story, dates) and the old addresses kept for redirects. */

const optionalDate = (field: "startDate" | "endDate") =>
  z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || /^\d{4}-\d{2}-\d{2}$/.test(value), {
      message: errorText.organize.giveFieldAsDate({ field }),
    })
    .transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null))
    .refine((value) => value === null || !Number.isNaN(value.getTime()), {
      message: errorText.organize.giveFieldAsDate({ field }),
    });

export const basicsSchema = z
  .object({
    title: newCampaignSchema.shape.title,
    slug: z
      .string({ message: errorText.organize.giveCampaignWebAddress })
      .trim()
      .toLowerCase()
      .min(3, { message: errorText.organize.webAddressNeedsLeast3 })
      .max(80, { message: errorText.organize.keepWebAddressUnder80 })
      .regex(SLUG_PATTERN, {
        message: errorText.organize.useLowerCaseLettersNumbers,
      }),
    summary: z
      .string()
      .trim()
      .max(300, { message: errorText.organize.keepSummaryUnder300Characters })
      .default(""),
    story: z.string().trim().max(20_000, { message: errorText.organize.keepStoryUnder20000 }).default(""),
    callToAction: z
      .string()
      .trim()
      .max(300, { message: errorText.organize.keepCallActionUnder300 })
      .default(""),
    imageUrl: optionalHttpsUrl({
      tooLong: errorText.organize.keepFieldUnder({ field: "imageAddress", max: 500 }),
      notHttps: errorText.organize.fieldNotHttps({ field: "imageAddress" }),
    }),
    imageAlt: z
      .string()
      .trim()
      .max(300, { message: errorText.organize.keepDescriptionUnder300Characters })
      .default(""),
    goal: z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || /^\d{1,8}$/.test(value.replace(/,/g, "")), {
        message: errorText.organize.giveGoalWholeNumberLetters,
      })
      .transform((value) => (value ? Number(value.replace(/,/g, "")) : null))
      .refine((value) => value === null || value >= 1, { message: errorText.organize.goalLeast1Letter }),
    language: z.enum(["en", "es"], { message: errorText.organize.chooseEnglishSpanish }),
    startsAt: optionalDate("startDate"),
    endsAt: optionalDate("endDate"),
  })
  .superRefine((value, ctx) => {
    if (value.imageUrl && !value.imageAlt) {
      ctx.addIssue({
        code: "custom",
        path: ["imageAlt"],
        message: errorText.organize.describeImagePeopleWhoCant,
      });
    }
    if (value.startsAt && value.endsAt && value.endsAt <= value.startsAt) {
      ctx.addIssue({
        code: "custom",
        path: ["endsAt"],
        message: errorText.organize.endDateMustAfterStart,
      });
    }
  });

export type BasicsInput = { [K in keyof z.input<typeof basicsSchema>]?: string };

/**
 * Saves the basics. A published (or closed) campaign's old slug is kept as a redirect, so links people have
 * shared keep working; renaming back to an old slug takes it back from the redirects.
 */
export async function updateCampaignBasics(
  actor: SessionUser,
  campaignId: string,
  input: BasicsInput,
): Promise<{ slug: string }> {
  const access = await requireCampaign(actor, campaignId, WRITE);
  const parsed = withoutNul(basicsSchema).safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const data = parsed.data;
  const slugTaken = new AppError("ALREADY_EXISTS", errorText.organize.webAddressTakenChooseAnother, {
    slug: [errorText.organize.slugUsedByCampaign({ slug: data.slug })],
  });
  try {
    return await getDb().transaction(async (tx) => {
      const [current] = await tx
        .select({ slug: campaigns.slug, status: campaigns.status })
        .from(campaigns)
        .where(writable(actor, campaignId))
        .for("update");
      if (!current) throw new AppError("NOT_FOUND", NOT_FOUND);
      if (current.slug !== data.slug) {
        const [kept] = await tx
          .select({ campaignId: campaignSlugRedirects.campaignId })
          .from(campaignSlugRedirects)
          .where(eq(campaignSlugRedirects.slug, data.slug));
        if (kept && kept.campaignId !== campaignId) throw slugTaken;
        const [other] = await tx
          .select({ id: campaigns.id })
          .from(campaigns)
          .where(eq(campaigns.slug, data.slug));
        if (other) throw slugTaken;
        if (kept) await tx.delete(campaignSlugRedirects).where(eq(campaignSlugRedirects.slug, data.slug));
        if (current.status !== "draft") {
          await tx
            .insert(campaignSlugRedirects)
            .values({ slug: current.slug, campaignId })
            .onConflictDoUpdate({ target: campaignSlugRedirects.slug, set: { campaignId } });
        }
      }
      await tx
        .update(campaigns)
        .set({ ...data, updatedAt: new Date() })
        .where(and(eq(campaigns.id, campaignId), eq(campaigns.organizationId, access.organizationId)));
      return { slug: data.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken;
    throw error;
  }
}

/** The current slug of a public campaign that used to live at `oldSlug`, for a permanent redirect. */
export async function findRenamedCampaignSlug(oldSlug: string): Promise<string | null> {
  const [row] = await getDb()
    .select({ slug: campaigns.slug })
    .from(campaignSlugRedirects)
    .innerJoin(campaigns, eq(campaigns.id, campaignSlugRedirects.campaignId))
    .where(and(eq(campaignSlugRedirects.slug, oldSlug), inArray(campaigns.status, ["published", "closed"])));
  return row?.slug ?? null;
}
