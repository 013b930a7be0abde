import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { campaigns, campaignTargets, customTargets, letterTemplates, organizations } from "@/db/schema";
import { findOfficialById } from "@/lib/officials/lookup";
import type { TargetRule } from "./targets";
import type { TemplatePart } from "./template";

export type LetterSetup = {
  campaign: {
    id: string;
    slug: string;
    title: string;
    status: "published" | "closed";
    organizationName: string;
  };
  template: { subject: string; parts: TemplatePart[]; personalizationPrompt: string; language: string };
  rules: TargetRule[];
};

/**
 * What a supporter needs to write on a campaign: its template and target rules. Null when the campaign is not
 * public or has no letter (drafts are "not there").
 */
export async function findLetterSetup(slug: string, language = "en"): Promise<LetterSetup | null> {
  const db = getDb();
  const [campaign] = await db
    .select({
      id: campaigns.id,
      slug: campaigns.slug,
      title: campaigns.title,
      status: campaigns.status,
      organizationName: organizations.name,
    })
    .from(campaigns)
    .innerJoin(organizations, eq(organizations.id, campaigns.organizationId))
    .where(and(eq(campaigns.slug, slug), inArray(campaigns.status, ["published", "closed"])))
    .limit(1);
  if (!campaign || campaign.status === "draft") return null;
  const status = campaign.status;

  const templates = await db
    .select({
      subject: letterTemplates.subject,
      parts: letterTemplates.parts,
      personalizationPrompt: letterTemplates.personalizationPrompt,
      language: letterTemplates.language,
    })
    .from(letterTemplates)
    .where(eq(letterTemplates.campaignId, campaign.id));
  const template =
    templates.find((t) => t.language === language) ?? templates.find((t) => t.language === "en");
  if (!template) return null;

  const rows = await db
    .select({
      rule: campaignTargets.rule,
      officialId: campaignTargets.officialId,
      customId: customTargets.id,
      customName: customTargets.name,
      customTitle: customTargets.title,
      customEmail: customTargets.email,
      customRequiresAddress: customTargets.requiresAddress,
    })
    .from(campaignTargets)
    .leftJoin(customTargets, eq(customTargets.id, campaignTargets.customTargetId))
    .where(eq(campaignTargets.campaignId, campaign.id))
    .orderBy(asc(campaignTargets.position));

  const rules: TargetRule[] = [];
  for (const row of rows) {
    if (row.rule === "custom") {
      if (row.customId && row.customName && row.customEmail) {
        rules.push({
          rule: "custom",
          custom: {
            id: row.customId,
            name: row.customName,
            title: row.customTitle ?? "",
            email: row.customEmail,
            requiresAddress: row.customRequiresAddress ?? false,
          },
        });
      }
    } else if (row.rule === "official") {
      const official = row.officialId ? await findOfficialById(row.officialId).catch(() => null) : null;
      rules.push({ rule: "official", official });
    } else {
      rules.push({ rule: row.rule });
    }
  }
  return { campaign: { ...campaign, status }, template, rules };
}
