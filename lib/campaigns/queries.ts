import "server-only";
import { and, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db/client";
import { campaigns, campaignTranslations, organizations } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locale";

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

/** With `locale`, each campaign's title and summary in the organizers' translation when there is one. */
export async function listPublishedCampaigns(limit = 50, locale?: Locale) {
  const t = campaignTranslations;
  return getDb()
    .select({
      slug: campaigns.slug,
      title: sql<string>`coalesce(${t.title}, ${campaigns.title})`,
      summary: sql<string>`coalesce(${t.summary}, ${campaigns.summary})`,
      language: sql<string>`coalesce(${t.language}, ${campaigns.language})`,
      organizationName: organizations.name,
    })
    .from(campaigns)
    .innerJoin(organizations, eq(organizations.id, campaigns.organizationId))
    .leftJoin(
      t,
      and(eq(t.campaignId, campaigns.id), eq(t.language, locale ?? ""), ne(t.language, campaigns.language)),
    )
    .where(eq(campaigns.status, "published"))
    .orderBy(desc(campaigns.publishedAt))
    .limit(limit);
}

/**
 * A published or closed campaign by slug; drafts are "not there" to the public. Read once per render (the
 * page's metadata and the page itself both ask, with the same locale).
 *
 * With `locale`, the words come from the organizer's translation into that language when there is one, and
 * `language` is then the language of the words returned (what the page's lang attributes say);
 * `originalLanguage` is the campaign's own (its steps, bill and anything else not translated), and
 * `imageAltLanguage` the picture description's (the original's when the translation has none).
 */
export const findPublicCampaignBySlug = cache(readPublicCampaignBySlug);

const t = campaignTranslations;

async function readPublicCampaignBySlug(slug: string, locale?: Locale) {
  const [row] = await getDb()
    .select({
      ...publicColumns,
      title: sql<string>`coalesce(${t.title}, ${campaigns.title})`,
      summary: sql<string>`coalesce(${t.summary}, ${campaigns.summary})`,
      story: sql<string>`coalesce(${t.story}, ${campaigns.story})`,
      callToAction: sql<string>`coalesce(${t.callToAction}, ${campaigns.callToAction})`,
      // A translation saved before the picture was added may have no description: the original's, then.
      imageAlt: sql<string>`coalesce(nullif(${t.imageAlt}, ''), ${campaigns.imageAlt})`,
      language: sql<string>`coalesce(${t.language}, ${campaigns.language})`,
      originalLanguage: campaigns.language,
      imageAltLanguage: sql<string>`case when nullif(${t.imageAlt}, '') is null then ${campaigns.language} else ${t.language} end`,
    })
    .from(campaigns)
    .innerJoin(organizations, eq(organizations.id, campaigns.organizationId))
    .leftJoin(
      t,
      and(eq(t.campaignId, campaigns.id), eq(t.language, locale ?? ""), ne(t.language, campaigns.language)),
    )
    .where(and(eq(campaigns.slug, slug), inArray(campaigns.status, ["published", "closed"])))
    .limit(1);
  return row ?? null;
}
