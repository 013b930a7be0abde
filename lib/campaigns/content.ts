import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { campaignResources, campaigns, campaignVoices } from "@/db/schema";

/**
 * Only what the public page shows; a campaign that is still a draft has nothing to show. A preview (read through
 * its signed link, see lib/organize/preview.ts) shows what the public page will.
 */
const isPublic = inArray(campaigns.status, ["published", "closed"]);
const isPreview = eq(campaigns.status, "preview");
type Visibility = { preview?: boolean };

export type PublicResource = Awaited<ReturnType<typeof listPublicResources>>[number];
export type PublicVoice = Awaited<ReturnType<typeof listPublicVoices>>[number];

/**
 * A campaign's learning resources: those by members of the affected community first (the campaign centers
 * their knowledge), then in the organizer's order.
 */
export async function listPublicResources(campaignId: string, { preview = false }: Visibility = {}) {
  return getDb()
    .select({
      id: campaignResources.id,
      title: campaignResources.title,
      author: campaignResources.author,
      kind: campaignResources.kind,
      url: campaignResources.url,
      byAffectedCommunity: campaignResources.byAffectedCommunity,
      note: campaignResources.note,
      language: campaignResources.language,
    })
    .from(campaignResources)
    .innerJoin(campaigns, eq(campaigns.id, campaignResources.campaignId))
    .where(and(eq(campaignResources.campaignId, campaignId), preview ? isPreview : isPublic))
    .orderBy(
      desc(campaignResources.byAffectedCommunity),
      asc(campaignResources.position),
      asc(campaignResources.createdAt),
    );
}

/**
 * A campaign's voices, in the organizer's order. Only those with a recorded permission to publish (the schema
 * requires a note; a blank one is not permission). The note itself stays private: it is never selected here.
 */
export async function listPublicVoices(campaignId: string, { preview = false }: Visibility = {}) {
  return getDb()
    .select({
      id: campaignVoices.id,
      body: campaignVoices.body,
      attribution: campaignVoices.attribution,
      language: campaignVoices.language,
    })
    .from(campaignVoices)
    .innerJoin(campaigns, eq(campaigns.id, campaignVoices.campaignId))
    .where(
      and(
        eq(campaignVoices.campaignId, campaignId),
        preview ? isPreview : isPublic,
        sql`btrim(${campaignVoices.permissionNote}) <> ''`,
      ),
    )
    .orderBy(asc(campaignVoices.position), asc(campaignVoices.createdAt));
}
