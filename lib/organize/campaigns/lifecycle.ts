import "server-only";
import { and, eq, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { campaignSlugRedirects, campaigns, campaignTargets, letterTemplates } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { isCwcTopic } from "@/lib/delivery/cwc/topics";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { hitLimit, LIMITS } from "@/lib/security/rate-limit";
import { withoutNul } from "@/lib/validation";
import { WRITE } from "../access";
import { holdRole, invalid, requireCampaign, requireOrg, slugify } from "../guard";
import { createDefaultSteps } from "../steps";
import { hasCongressSql, NOT_FOUND, writable } from "./shared";

/** A campaign's life: created as a draft, published, closed, a draft deleted. */

/** A slug not used by any campaign nor kept as any campaign's old address. */
async function freeSlug(base: string): Promise<string> {
  const stem = base || "campaign";
  const taken = new Set(
    (
      await getDb()
        .select({ slug: campaigns.slug })
        .from(campaigns)
        .where(or(eq(campaigns.slug, stem), ilike(campaigns.slug, `${stem}-%`)))
    ).map((r) => r.slug),
  );
  for (const r of await getDb()
    .select({ slug: campaignSlugRedirects.slug })
    .from(campaignSlugRedirects)
    .where(or(eq(campaignSlugRedirects.slug, stem), ilike(campaignSlugRedirects.slug, `${stem}-%`)))) {
    taken.add(r.slug);
  }
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

export const newCampaignSchema = z.object({
  title: z
    .string({ message: errorText.organize.giveCampaignTitle })
    .trim()
    .min(3, { message: errorText.organize.giveCampaignTitleLeast3 })
    .max(120, { message: errorText.organize.keepTitleUnder120Characters }),
});

/** A new draft with a unique slug made from its title. */
export async function createCampaign(
  actor: SessionUser,
  organizationSlug: string,
  input: { title?: string },
): Promise<{ id: string; slug: string }> {
  const access = await requireOrg(actor, organizationSlug, WRITE);
  const parsed = withoutNul(newCampaignSchema).safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  for (let attempt = 0; attempt < 3; attempt++) {
    const slug = await freeSlug(slugify(parsed.data.title));
    try {
      const row = await getDb().transaction(async (tx) => {
        await holdRole(tx, actor, access.organizationId, WRITE);
        // Counted with the campaign, so a refused or retried attempt counts nothing.
        await hitLimit(LIMITS.campaignsPerUser, actor.id, tx, { audit: false });
        await hitLimit(LIMITS.campaignsPerOrganization, access.organizationId, tx, { audit: false });
        const [inserted] = await tx
          .insert(campaigns)
          .values({ organizationId: access.organizationId, slug, title: parsed.data.title })
          .returning({ id: campaigns.id, slug: campaigns.slug });
        // learn → write → pledge → share until the organizer reorders them.
        if (inserted) await createDefaultSteps(tx, inserted.id);
        return inserted;
      });
      if (!row) throw new AppError("FORBIDDEN", errorText.organize.onlyOrganizationsOwnersOrganizersDo);
      return row;
    } catch (error) {
      // Two drafts named alike at the same moment: try the next free slug.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError("ALREADY_EXISTS", errorText.organize.tryAgainAnotherCampaignTook);
}

/**
 * Publishing needs a letter template and at least one target: a published campaign supporters cannot write
 * on would waste their time. Closed campaigns may be published again.
 */
export async function publishCampaign(actor: SessionUser, campaignId: string): Promise<{ slug: string }> {
  await requireCampaign(actor, campaignId, WRITE);
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({
        slug: campaigns.slug,
        status: campaigns.status,
        language: campaigns.language,
        targets: sql<number>`(select count(*)::int from ${campaignTargets} ct where ct.campaign_id = "campaigns"."id")`,
        templates: sql<number>`(select count(*)::int from ${letterTemplates} lt where lt.campaign_id = "campaigns"."id" and lt.language = "campaigns"."language")`,
        hasCongress: hasCongressSql,
        cwcTopics: campaigns.cwcTopics,
      })
      .from(campaigns)
      .where(writable(actor, campaignId))
      .for("update");
    if (!row) throw new AppError("NOT_FOUND", NOT_FOUND);
    if (row.status === "published") return { slug: row.slug };
    const missing = (
      [
        row.templates === 0 ? "letterTemplate" : null,
        row.targets === 0 ? "target" : null,
        // Congress's mail system files every message under Library of Congress topics.
        row.hasCongress && row.cwcTopics.filter(isCwcTopic).length === 0 ? "cwcTopic" : null,
      ] as const
    ).filter((what) => what !== null);
    if (missing.length > 0) {
      throw new AppError("INVALID_INPUT", errorText.organize.addBeforePublishing({ missing }));
    }
    await tx
      .update(campaigns)
      .set({
        status: "published",
        publishedAt: sql`coalesce(${campaigns.publishedAt}, now())`,
        updatedAt: new Date(),
      })
      .where(eq(campaigns.id, campaignId));
    return { slug: row.slug };
  });
}

/** Closing stops new letters; the public page stays, marked closed, with what the campaign achieved. */
export async function closeCampaign(actor: SessionUser, campaignId: string): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  const closed = await getDb()
    .update(campaigns)
    .set({ status: "closed", updatedAt: new Date() })
    .where(and(writable(actor, campaignId), eq(campaigns.status, "published")))
    .returning({ id: campaigns.id });
  if (closed.length === 0)
    throw new AppError("INVALID_INPUT", errorText.organize.onlyPublishedCampaignClosed);
}

/** A draft (or preview) that was never published can be deleted; published ones are closed instead. */
export async function deleteDraftCampaign(actor: SessionUser, campaignId: string): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  const deleted = await getDb()
    .delete(campaigns)
    .where(
      and(
        writable(actor, campaignId),
        inArray(campaigns.status, ["draft", "preview"]),
        isNull(campaigns.publishedAt),
      ),
    )
    .returning({ id: campaigns.id });
  if (deleted.length === 0)
    throw new AppError("INVALID_INPUT", errorText.organize.onlyDraftWasNeverPublished);
}
