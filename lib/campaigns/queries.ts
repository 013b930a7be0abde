import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db/client";
import { campaigns, organizations } from "@/db/schema";

/** Public campaign fields: what anyone may see of a published or closed campaign. Never whole rows. */
const publicColumns = {
  id: campaigns.id,
  slug: campaigns.slug,
  status: campaigns.status,
  title: campaigns.title,
  summary: campaigns.summary,
  story: campaigns.story,
  callToAction: campaigns.callToAction,
  goal: campaigns.goal,
  imageUrl: campaigns.imageUrl,
  imageAlt: campaigns.imageAlt,
  language: campaigns.language,
  endsAt: campaigns.endsAt,
  publishedAt: campaigns.publishedAt,
  organizationName: organizations.name,
};

export type PublicCampaign = Awaited<ReturnType<typeof findPublicCampaignBySlug>>;

export async function listPublishedCampaigns(limit = 50) {
  return getDb()
    .select({
      slug: campaigns.slug,
      title: campaigns.title,
      summary: campaigns.summary,
      organizationName: organizations.name,
    })
    .from(campaigns)
    .innerJoin(organizations, eq(organizations.id, campaigns.organizationId))
    .where(eq(campaigns.status, "published"))
    .orderBy(desc(campaigns.publishedAt))
    .limit(limit);
}

/**
 * A published or closed campaign by slug; drafts are "not there" to the public. Read once per render (the
 * page's metadata and the page itself both ask).
 */
export const findPublicCampaignBySlug = cache(readPublicCampaignBySlug);

async function readPublicCampaignBySlug(slug: string) {
  const [row] = await getDb()
    .select(publicColumns)
    .from(campaigns)
    .innerJoin(organizations, eq(organizations.id, campaigns.organizationId))
    .where(and(eq(campaigns.slug, slug), inArray(campaigns.status, ["published", "closed"])))
    .limit(1);
  return row ?? null;
}
