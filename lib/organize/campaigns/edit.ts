import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { CampaignStatus } from "@/db/schema";
import { campaigns, campaignTargets, customTargets, letters, letterTemplates, officials } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { type CwcTopic, isCwcTopic } from "@/lib/delivery/cwc/topics";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import type { TemplatePart } from "@/lib/letters/template";
import { officialTitle } from "@/lib/officials/present";
import { type OrgRole, READ, WRITE } from "../access";
import { targetWords } from "../campaigns.messages";
import { actorHolds, requireCampaign } from "../guard";
import { hasCongressSql, NOT_FOUND } from "./shared";

/** A campaign as the builder edits it. */

export type EditableTarget = {
  id: string;
  rule: "senators" | "house" | "state_upper" | "state_lower" | "official" | "custom";
  label: string;
  detail: string;
  /** Custom targets: whether the address's owner confirmed it (letters wait until then). */
  address?: { name: string; isConfirmed: boolean };
};

export type EditableCampaign = {
  id: string;
  organizationSlug: string;
  organizationName: string;
  role: OrgRole;
  canEdit: boolean;
  slug: string;
  status: CampaignStatus;
  title: string;
  summary: string;
  story: string;
  callToAction: string;
  imageUrl: string | null;
  imageAlt: string;
  goal: number | null;
  language: string;
  startsAt: Date | null;
  endsAt: Date | null;
  publishedAt: Date | null;
  letters: number;
  /** Letters to custom targets wait until an instance operator verifies the organization. */
  isOrganizationVerified: boolean;
  targets: EditableTarget[];
  template: { subject: string; parts: TemplatePart[]; personalizationPrompt: string } | null;
  /** Letters go to members of Congress (rules or named federal legislators): CWC needs topics and a stance. */
  hasCongress: boolean;
  cwcTopics: CwcTopic[];
  cwcStance: "pro" | "con" | null;
};

/** Everything the builder shows, for any member (viewers read only). */
export async function getCampaignForEdit(
  actor: SessionUser,
  campaignId: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<EditableCampaign> {
  const words = targetWords[locale];
  const access = await requireCampaign(actor, campaignId, READ);
  const db = getDb();
  const [campaign] = await db
    .select({
      slug: campaigns.slug,
      status: campaigns.status,
      title: campaigns.title,
      summary: campaigns.summary,
      story: campaigns.story,
      callToAction: campaigns.callToAction,
      imageUrl: campaigns.imageUrl,
      imageAlt: campaigns.imageAlt,
      goal: campaigns.goal,
      language: campaigns.language,
      startsAt: campaigns.startsAt,
      endsAt: campaigns.endsAt,
      publishedAt: campaigns.publishedAt,
      letters: sql<number>`(select count(*)::int from ${letters} l where l.campaign_id = "campaigns"."id" and l.status = 'confirmed')`,
      hasCongress: hasCongressSql,
      cwcTopics: campaigns.cwcTopics,
      cwcStance: campaigns.cwcStance,
      isOrganizationVerified: sql<boolean>`exists (select 1 from organizations o where o.id = "campaigns"."organization_id" and o.verification_status = 'verified')`,
    })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), actorHolds(actor, campaigns.organizationId, READ)));
  if (!campaign) throw new AppError("NOT_FOUND", NOT_FOUND);
  const [targetRows, [template]] = await Promise.all([
    db
      .select({
        id: campaignTargets.id,
        rule: campaignTargets.rule,
        officialId: campaignTargets.officialId,
        customName: customTargets.name,
        customTitle: customTargets.title,
        customEmail: customTargets.email,
        requiresAddress: customTargets.requiresAddress,
        isConfirmed: sql<boolean>`coalesce(lower(${customTargets.confirmedEmail}) = lower(${customTargets.email}), false)`,
      })
      .from(campaignTargets)
      .leftJoin(customTargets, eq(customTargets.id, campaignTargets.customTargetId))
      .where(eq(campaignTargets.campaignId, campaignId))
      .orderBy(asc(campaignTargets.position)),
    db
      .select({
        subject: letterTemplates.subject,
        parts: letterTemplates.parts,
        personalizationPrompt: letterTemplates.personalizationPrompt,
      })
      .from(letterTemplates)
      .where(
        and(eq(letterTemplates.campaignId, campaignId), eq(letterTemplates.language, campaign.language)),
      ),
  ]);
  const named = await officialNames(
    targetRows.flatMap((t) => (t.officialId ? [t.officialId] : [])),
    locale,
  );
  const targets = targetRows.map((t): EditableTarget => {
    if (t.rule === "custom") {
      return {
        id: t.id,
        rule: t.rule,
        label: [t.customName, t.customTitle].filter(Boolean).join(", "),
        detail: `${t.customEmail ?? ""}${t.requiresAddress ? words.asksAddress : ""}`,
        address: { name: t.customName ?? "", isConfirmed: t.isConfirmed },
      };
    }
    if (t.rule === "official") {
      const official = t.officialId ? named.get(t.officialId) : undefined;
      return {
        id: t.id,
        rule: t.rule,
        label: official?.name ?? words.official(t.officialId ?? ""),
        detail: official ? official.title : words.noLongerInOffice,
      };
    }
    return {
      id: t.id,
      rule: t.rule,
      label: words.rules[t.rule],
      detail: words.foundFromAddress,
    };
  });
  return {
    id: campaignId,
    organizationSlug: access.slug,
    organizationName: access.name,
    role: access.role,
    canEdit: WRITE.includes(access.role),
    ...campaign,
    hasCongress: Boolean(campaign.hasCongress),
    cwcTopics: campaign.cwcTopics.filter(isCwcTopic),
    targets,
    template: template ?? null,
  };
}

async function officialNames(ids: string[], locale: Locale) {
  const map = new Map<string, { name: string; title: string }>();
  if (ids.length === 0) return map;
  const rows = await getDb()
    .select({
      id: officials.id,
      name: officials.name,
      level: officials.level,
      chamber: officials.chamber,
      state: officials.state,
    })
    .from(officials)
    .where(and(inArray(officials.id, ids), isNull(officials.removedAt)));
  for (const row of rows) map.set(row.id, { name: row.name, title: titleOf(row, locale) });
  return map;
}

export function titleOf(
  row: { level: string; chamber: string | null; state: string },
  locale: Locale = DEFAULT_LOCALE,
): string {
  return `${officialTitle(row as Parameters<typeof officialTitle>[0], locale)} (${row.state})`;
}
