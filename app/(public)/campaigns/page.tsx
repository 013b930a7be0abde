import type { Metadata } from "next";
import { CampaignList } from "@/app/_components/campaign-list";
import { listPublishedCampaigns } from "@/lib/campaigns/queries";
import { getLocale } from "@/lib/i18n/server";
import { campaignsPage } from "./messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = campaignsPage[await getLocale()];
  return { title: t.title, description: t.description };
}

/** Where "Campaigns" in the menu leads: the published campaigns, server-rendered. */
export default async function CampaignsPage() {
  const locale = await getLocale();
  const campaigns = await listPublishedCampaigns(200, locale);
  const t = campaignsPage[locale];
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-2 mb-6 max-w-2xl text-stone-700">{t.intro}</p>
      <CampaignList campaigns={campaigns} locale={locale} empty={t.none} headingLevel="h2" />
    </>
  );
}
