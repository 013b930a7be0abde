import { embedUrl } from "@/lib/campaigns/amplify";
import { renderEmbedHtml, renderEmbedNotFound } from "@/lib/campaigns/embed";
import { campaignCounts } from "@/lib/campaigns/join";
import { campaignUrl } from "@/lib/campaigns/present";
import { findPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { env } from "@/lib/env";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { getLocale } from "@/lib/i18n/server";
import { findRenamedCampaignSlug } from "@/lib/organize/campaigns";

export const dynamic = "force-dynamic";

const html = (body: string, status: number) =>
  new Response(body, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      // Counts change slowly; a host page's visitors share one copy for a minute.
      "Cache-Control": status === 200 ? "public, max-age=60" : "no-store",
      // In the reader's language (unless the host page chose one with ?lang=).
      Vary: "Accept-Language, Cookie",
    },
  });

/** `?lang=es` lets a host page choose the widget's language; otherwise the reader's. */
async function widgetLocale(request: Request): Promise<Locale> {
  const asked = new URL(request.url).searchParams.get("lang");
  return isLocale(asked) ? asked : getLocale();
}

/**
 * The campaign widget: counts, progress and a link to act, framed on other sites. Plain HTML with no script
 * (frame-ancestors * is set for /embed only, in lib/security/headers.ts). The campaign's words are the
 * organizers' translation into the widget's language when there is one.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const locale = await widgetLocale(request);
  const campaign =
    slug.length <= 200 && !slug.includes("\u0000") ? await findPublicCampaignBySlug(slug, locale) : null;
  if (!campaign) {
    const renamed =
      slug.length <= 200 && !slug.includes("\u0000") ? await findRenamedCampaignSlug(slug) : null;
    if (renamed)
      return Response.redirect(`${embedUrl(env.appUrl, renamed)}${new URL(request.url).search}`, 308);
    return html(renderEmbedNotFound(locale), 404);
  }
  const counts = await campaignCounts(campaign.id, campaign.slug);
  return html(
    renderEmbedHtml({
      title: campaign.title,
      summary: campaign.summary,
      organizationName: campaign.organizationName,
      language: campaign.language,
      locale,
      isClosed: campaign.status === "closed",
      joined: counts.joined,
      letters: counts.letters,
      goal: campaign.goal,
      campaignUrl: campaignUrl(env.appUrl, campaign.slug),
    }),
    200,
  );
}
