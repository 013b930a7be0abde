import { ImageResponse } from "next/og";
import { campaignCounts } from "@/lib/campaigns/join";
import { cardLines } from "@/lib/campaigns/og-card";
import { findPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { getLocale } from "@/lib/i18n/server";
import { campaignPage } from "../messages";

// Counts change; the picture is drawn on request and cached by link-preview servers.
export const dynamic = "force-dynamic";
const size = { width: 1200, height: 630 };

/**
 * The campaign's link-preview picture (og:image, 1200×630 PNG), drawn on the server with next/og and its bundled
 * font (Geist): no network, no third-party service. Text is cleaned by cardLines (no emoji: next/og would fetch
 * them online). A plain route handler rather than the opengraph-image file convention, whose address under a
 * dynamic segment carries a build hash: this one stays /campaigns/SLUG/share-image for link previews.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const locale = await getLocale();
  const campaign =
    slug.length <= 200 && !slug.includes("\u0000") ? await findPublicCampaignBySlug(slug, locale) : null;
  if (!campaign) return new Response(campaignPage[locale].notFound, { status: 404 });
  const counts = await campaignCounts(campaign.id, campaign.slug);
  const lines = cardLines({ ...campaign, isClosed: campaign.status === "closed", ...counts }, locale);
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#7c2d12",
        color: "#fff7ed",
      }}
    >
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 30, color: "#ffedd5" }}>{lines.organization}</div>
        <div style={{ marginTop: 18, fontSize: lines.title.length > 60 ? 58 : 72, lineHeight: 1.1 }}>
          {lines.title}
        </div>
        {lines.summary ? (
          <div style={{ marginTop: 24, fontSize: 32, lineHeight: 1.3, color: "#ffedd5" }}>
            {lines.summary}
          </div>
        ) : null}
      </div>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "flex-end", fontSize: 32 }}>
        <div style={{ display: "flex" }}>{lines.counts}</div>
        <div style={{ display: "flex", fontSize: 40 }}>Chorus</div>
      </div>
    </div>,
    { ...size, headers: { "Cache-Control": "public, max-age=300" } },
  );
}
