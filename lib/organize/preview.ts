import "server-only";
/**
 * A campaign in preview can be read through a signed link, so the team — and the community members they ask to
 * review it before it goes live — see the page as supporters will, without signing in. The link names the
 * campaign and its current link id (`campaigns.preview_link_id`), signed with the auth secret; it works only while
 * the campaign is in preview and the id is still the campaign's: once published, the public page takes over,
 * moving it back to draft closes the preview again, and an organizer can turn a link off (it gets a new id, so a
 * link sent to the wrong person, or forwarded too far, stops working while the preview goes on).
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { campaigns, campaignTargets, customTargets, letterTemplates, organizations } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { listPublicResources, listPublicVoices } from "@/lib/campaigns/content";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { type ErrorText, errorText } from "@/lib/i18n/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import type { TemplatePart } from "@/lib/letters/template";
import { listCampaignOptions } from "@/lib/pledges/options";
import { hasValidSignature, signature } from "@/lib/security/signed";
import { READ, WRITE } from "./access";
import { targetWords } from "./campaigns.messages";
import { actorHolds, requireCampaign } from "./guard";

const PURPOSE = "campaign-preview";

export type PreviewLink = { campaignId: string; linkId: string };

export function previewToken(campaignId: string, linkId: string): string {
  const payload = `${campaignId}:${linkId}`;
  return `${Buffer.from(payload).toString("base64url")}.${signature(PURPOSE, payload)}`;
}

/** The campaign and link id a preview token names, or null if we did not make it. */
export function readPreviewToken(token: string): PreviewLink | null {
  const [encoded, given, extra] = token.split(".");
  if (!encoded || !given || extra !== undefined) return null;
  const payload = Buffer.from(encoded, "base64url").toString("utf8");
  if (!payload || !hasValidSignature(PURPOSE, payload, given)) return null;
  const [campaignId, linkId, rest] = payload.split(":");
  return campaignId && linkId && rest === undefined ? { campaignId, linkId } : null;
}

/** The preview link for the builder: any member of the organization may see and share it. */
export async function previewUrlFor(actor: SessionUser, campaignId: string): Promise<string> {
  await requireCampaign(actor, campaignId, READ);
  const [row] = await getDb()
    .select({ linkId: campaigns.previewLinkId })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), actorHolds(actor, campaigns.organizationId, READ)));
  if (!row) throw new AppError("NOT_FOUND", errorText.organize.couldntFindCampaignAmongOrganizations);
  return `${env.appUrl}/preview/${previewToken(campaignId, row.linkId)}`;
}

/**
 * Turns the campaign's preview link off: it gets a new id, so every link made before stops working (the builder
 * then shows the new one). Organizers and owners of the campaign's organization only.
 */
export async function turnOffPreviewLink(actor: SessionUser, campaignId: string): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  const changed = await getDb()
    .update(campaigns)
    .set({ previewLinkId: sql`gen_random_uuid()::text` })
    .where(and(eq(campaigns.id, campaignId), actorHolds(actor, campaigns.organizationId, WRITE)))
    .returning({ id: campaigns.id });
  if (changed.length === 0)
    throw new AppError("NOT_FOUND", errorText.organize.couldntFindCampaignAmongOrganizations);
}

export type CampaignPreview = NonNullable<Awaited<ReturnType<typeof findCampaignPreview>>>;

/** What the preview page shows; null when the token is not ours or the campaign is not in preview (any more). */
export async function findCampaignPreview(token: string, locale: Locale = DEFAULT_LOCALE) {
  const link = readPreviewToken(token);
  if (!link) return null;
  const db = getDb();
  const [campaign] = await db
    .select({
      id: campaigns.id,
      slug: campaigns.slug,
      title: campaigns.title,
      summary: campaigns.summary,
      story: campaigns.story,
      callToAction: campaigns.callToAction,
      goal: campaigns.goal,
      imageUrl: campaigns.imageUrl,
      imageAlt: campaigns.imageAlt,
      language: campaigns.language,
      organizationName: organizations.name,
    })
    .from(campaigns)
    .innerJoin(organizations, eq(organizations.id, campaigns.organizationId))
    .where(
      and(
        eq(campaigns.id, link.campaignId),
        eq(campaigns.previewLinkId, link.linkId),
        eq(campaigns.status, "preview"),
      ),
    );
  if (!campaign) return null;
  const [resources, voices, options, [template], targetRows] = await Promise.all([
    listPublicResources(campaign.id, { preview: true }),
    listPublicVoices(campaign.id, { preview: true }),
    listCampaignOptions(campaign.id),
    db
      .select({ subject: letterTemplates.subject, parts: letterTemplates.parts })
      .from(letterTemplates)
      .where(
        and(eq(letterTemplates.campaignId, campaign.id), eq(letterTemplates.language, campaign.language)),
      ),
    db
      .select({
        rule: campaignTargets.rule,
        customName: customTargets.name,
        customTitle: customTargets.title,
      })
      .from(campaignTargets)
      .leftJoin(customTargets, eq(customTargets.id, campaignTargets.customTargetId))
      .where(eq(campaignTargets.campaignId, campaign.id))
      .orderBy(asc(campaignTargets.position)),
  ]);
  const targets = targetRows.map((row) =>
    row.rule === "custom"
      ? [row.customTitle, row.customName].filter(Boolean).join(", ")
      : row.rule === "official"
        ? targetWords[locale].namedOfficial
        : targetWords[locale].rules[row.rule],
  );
  return {
    campaign,
    resources,
    voices,
    options,
    template: template ? { subject: template.subject, parts: template.parts as TemplatePart[] } : null,
    targets,
  };
}

/** Put a draft up for review: the preview link starts working. */
export async function startPreview(actor: SessionUser, campaignId: string): Promise<void> {
  await moveStatus(actor, campaignId, "draft", "preview", errorText.organize.onlyDraftPutUpPreview);
}

/** Take a preview back to draft: the preview link stops working. */
export async function endPreview(actor: SessionUser, campaignId: string): Promise<void> {
  await moveStatus(actor, campaignId, "preview", "draft", errorText.organize.onlyCampaignPreviewGoBack);
}

async function moveStatus(
  actor: SessionUser,
  campaignId: string,
  from: "draft" | "preview",
  to: "draft" | "preview",
  refusal: ErrorText,
): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  const moved = await getDb()
    .update(campaigns)
    .set({ status: to, updatedAt: new Date() })
    .where(
      and(
        eq(campaigns.id, campaignId),
        eq(campaigns.status, from),
        actorHolds(actor, campaigns.organizationId, WRITE),
      ),
    )
    .returning({ id: campaigns.id });
  if (moved.length === 0) throw new AppError("INVALID_INPUT", refusal);
}
