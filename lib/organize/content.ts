import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Transaction } from "@/db/client";
import { campaignResources, campaigns, campaignVoices } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { withoutNul } from "@/lib/validation";
import { READ, WRITE } from "./access";
import { actorHolds, invalid, notFoundIfNul, requireCampaign } from "./guard";

export const RESOURCE_KINDS = ["book", "film", "article", "podcast", "video", "other"] as const;

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");

export const resourceSchema = z.object({
  title: z
    .string({ message: errorText.organize.giveResourcesTitle })
    .trim()
    .min(2, { message: errorText.organize.giveResourcesTitle })
    .max(200, { message: errorText.organize.keepTitleUnder200Characters }),
  author: z
    .string({ message: errorText.organize.sayWhoMade })
    .trim()
    .min(2, { message: errorText.organize.sayWhoMade })
    .max(200, { message: errorText.organize.keepAuthorUnder200Characters }),
  kind: z.enum(RESOURCE_KINDS, { message: "Choose what kind of resource it is." }),
  url: z
    .string({ message: errorText.organize.giveLink })
    .trim()
    .max(500, { message: errorText.organize.keepLinkUnder500Characters })
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
        } catch {
          return false;
        }
      },
      { message: errorText.organize.giveFullWebAddressLike },
    ),
  byAffectedCommunity: checkbox,
  note: z.string().trim().max(500, { message: errorText.organize.keepNoteUnder500Characters }).default(""),
});

export type ResourceInput = { [K in keyof z.input<typeof resourceSchema>]?: string };

export const voiceSchema = z.object({
  body: z
    .string({ message: errorText.organize.writeQuoteStoryPersonsWords })
    .trim()
    .min(10, { message: errorText.organize.writeQuoteStoryPersonsWords })
    .max(3000, { message: errorText.organize.keepUnder3000Characters }),
  attribution: z
    .string({ message: errorText.organize.sayHowPersonWantsNamed })
    .trim()
    .min(2, { message: errorText.organize.sayHowPersonWantsNamed })
    .max(200, { message: errorText.organize.keepUnder200Characters }),
  permissionNote: z
    .string({ message: errorText.organize.recordHowPersonGavePermission })
    .trim()
    .min(5, { message: errorText.organize.recordHowPersonGavePermission })
    .max(500, { message: errorText.organize.keepNoteUnder500Characters }),
  permissionAt: z
    .string({ message: errorText.organize.giveDatePermissionWasGiven })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: errorText.organize.giveDatePermissionWasGiven2 })
    .transform((value) => new Date(`${value}T00:00:00Z`))
    .refine((value) => !Number.isNaN(value.getTime()), { message: errorText.organize.giveRealDateLike2026 })
    .refine((value) => value.getTime() <= Date.now() + 24 * 3600 * 1000, {
      message: errorText.organize.permissionCantGivenFuture,
    }),
});

export type VoiceInput = { [K in keyof z.input<typeof voiceSchema>]?: string };

export type ResourceRow = {
  id: string;
  title: string;
  author: string;
  kind: (typeof RESOURCE_KINDS)[number];
  url: string;
  byAffectedCommunity: boolean;
  note: string;
};
export type VoiceRow = {
  id: string;
  body: string;
  attribution: string;
  permissionNote: string;
  permissionAt: Date;
};

/** Resources (by the affected community first) and voices of a campaign, for any member. */
export async function listCampaignContent(
  actor: SessionUser,
  campaignId: string,
): Promise<{ resources: ResourceRow[]; voices: VoiceRow[] }> {
  const access = await requireCampaign(actor, campaignId, READ);
  const db = getDb();
  const member = actorHolds(actor, access.organizationId, READ);
  const [resources, voices] = await Promise.all([
    db
      .select({
        id: campaignResources.id,
        title: campaignResources.title,
        author: campaignResources.author,
        kind: campaignResources.kind,
        url: campaignResources.url,
        byAffectedCommunity: campaignResources.byAffectedCommunity,
        note: campaignResources.note,
      })
      .from(campaignResources)
      .where(and(eq(campaignResources.campaignId, campaignId), member))
      .orderBy(
        desc(campaignResources.byAffectedCommunity),
        asc(campaignResources.position),
        asc(campaignResources.createdAt),
      ),
    db
      .select({
        id: campaignVoices.id,
        body: campaignVoices.body,
        attribution: campaignVoices.attribution,
        permissionNote: campaignVoices.permissionNote,
        permissionAt: campaignVoices.permissionAt,
      })
      .from(campaignVoices)
      .where(and(eq(campaignVoices.campaignId, campaignId), member))
      .orderBy(asc(campaignVoices.position), asc(campaignVoices.createdAt)),
  ]);
  return { resources, voices };
}

/** Bumps the campaign's updated time, only if the actor may write to it; false otherwise. */
async function touchCampaign(
  tx: Transaction,
  actor: SessionUser,
  campaignId: string,
): Promise<{ language: string }> {
  const [row] = await tx
    .update(campaigns)
    .set({ updatedAt: new Date() })
    .where(and(eq(campaigns.id, campaignId), actorHolds(actor, campaigns.organizationId, WRITE)))
    .returning({ language: campaigns.language });
  if (!row) throw new AppError("NOT_FOUND", errorText.organize.couldntFindCampaignAmongOrganizations);
  return row;
}

/** Adds a resource (no id) or edits one of this campaign's (id). */
export async function saveResource(
  actor: SessionUser,
  campaignId: string,
  resourceId: string | null,
  input: ResourceInput,
): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  notFoundIfNul(errorText.organize.resourceWasRemoved, resourceId);
  const parsed = withoutNul(resourceSchema).safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  await getDb().transaction(async (tx) => {
    const { language } = await touchCampaign(tx, actor, campaignId);
    if (resourceId) {
      const updated = await tx
        .update(campaignResources)
        .set(parsed.data)
        .where(and(eq(campaignResources.id, resourceId), eq(campaignResources.campaignId, campaignId)))
        .returning({ id: campaignResources.id });
      if (updated.length === 0) throw new AppError("NOT_FOUND", errorText.organize.resourceWasRemoved);
      return;
    }
    const [next] = await tx
      .select({ position: sql<number>`coalesce(max(${campaignResources.position}), -1)::int + 1` })
      .from(campaignResources)
      .where(eq(campaignResources.campaignId, campaignId));
    await tx
      .insert(campaignResources)
      .values({ campaignId, language, position: next?.position ?? 0, ...parsed.data });
  });
}

export async function removeResource(
  actor: SessionUser,
  campaignId: string,
  resourceId: string,
): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  notFoundIfNul(errorText.organize.resourceWasAlreadyRemoved, resourceId);
  await getDb().transaction(async (tx) => {
    await touchCampaign(tx, actor, campaignId);
    const removed = await tx
      .delete(campaignResources)
      .where(and(eq(campaignResources.id, resourceId), eq(campaignResources.campaignId, campaignId)))
      .returning({ id: campaignResources.id });
    if (removed.length === 0) throw new AppError("NOT_FOUND", errorText.organize.resourceWasAlreadyRemoved);
  });
}

/** Adds or edits a voice. A voice is never stored without a permission note and the date it was given. */
export async function saveVoice(
  actor: SessionUser,
  campaignId: string,
  voiceId: string | null,
  input: VoiceInput,
): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  notFoundIfNul(errorText.organize.voiceWasRemoved, voiceId);
  const parsed = withoutNul(voiceSchema).safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  await getDb().transaction(async (tx) => {
    const { language } = await touchCampaign(tx, actor, campaignId);
    if (voiceId) {
      const updated = await tx
        .update(campaignVoices)
        .set(parsed.data)
        .where(and(eq(campaignVoices.id, voiceId), eq(campaignVoices.campaignId, campaignId)))
        .returning({ id: campaignVoices.id });
      if (updated.length === 0) throw new AppError("NOT_FOUND", errorText.organize.voiceWasRemoved);
      return;
    }
    const [next] = await tx
      .select({ position: sql<number>`coalesce(max(${campaignVoices.position}), -1)::int + 1` })
      .from(campaignVoices)
      .where(eq(campaignVoices.campaignId, campaignId));
    await tx
      .insert(campaignVoices)
      .values({ campaignId, language, position: next?.position ?? 0, ...parsed.data });
  });
}

export async function removeVoice(actor: SessionUser, campaignId: string, voiceId: string): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  notFoundIfNul(errorText.organize.voiceWasAlreadyRemoved, voiceId);
  await getDb().transaction(async (tx) => {
    await touchCampaign(tx, actor, campaignId);
    const removed = await tx
      .delete(campaignVoices)
      .where(and(eq(campaignVoices.id, voiceId), eq(campaignVoices.campaignId, campaignId)))
      .returning({ id: campaignVoices.id });
    if (removed.length === 0) throw new AppError("NOT_FOUND", errorText.organize.voiceWasAlreadyRemoved);
  });
}
