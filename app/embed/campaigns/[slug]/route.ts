import { embedUrl } from "@/lib/campaigns/amplify";
import { renderEmbedHtml } from "@/lib/campaigns/embed";
import { campaignCounts } from "@/lib/campaigns/join";
import { campaignUrl } from "@/lib/campaigns/present";
import { findPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { env } from "@/lib/env";
import { findRenamedCampaignSlug } from "@/lib/organize/campaigns";

export const dynamic = "force-dynamic";

const html = (body: string, status: number) =>
  new Response(body, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      // Counts change slowly; a host page's visitors share one copy for a minute.
      "Cache-Control": status === 200 ? "public, max-age=60" : "no-store",
    },
  });

/**
 * The campaign widget: counts, progress and a link to act, framed on other sites. Plain HTML with no script
 * (frame-ancestors * is set for /embed only, in lib/security/headers.ts).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const campaign =
    slug.length <= 200 && !slug.includes("\u0000") ? await findPublicCampaignBySlug(slug) : null;
  if (!campaign) {
    const renamed =
      slug.length <= 200 && !slug.includes("\u0000") ? await findRenamedCampaignSlug(slug) : null;
    if (renamed) return Response.redirect(embedUrl(env.appUrl, renamed), 308);
    return html(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Campaign not found · Chorus</title></head><body><main><h1>Campaign not found</h1><p>This campaign is not there, or not published yet.</p></main></body></html>',
      404,
    );
  }
  const counts = await campaignCounts(campaign.id);
  return html(
    renderEmbedHtml({
      title: campaign.title,
      summary: campaign.summary,
      organizationName: campaign.organizationName,
      language: campaign.language,
      isClosed: campaign.status === "closed",
      joined: counts.joined,
      letters: counts.letters,
      goal: campaign.goal,
      campaignUrl: campaignUrl(env.appUrl, campaign.slug),
    }),
    200,
  );
}
