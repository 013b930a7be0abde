import { listPublishedCampaigns } from "@/lib/campaigns/queries";
import { getLocale } from "@/lib/i18n/server";
import { CampaignList } from "./_components/campaign-list";
import { homeMessages } from "./home.messages";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const locale = await getLocale();
  const campaigns = await listPublishedCampaigns(50, locale);
  const t = homeMessages[locale];
  return (
    <>
      <section className="mb-10">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.heading}</h1>
        <p className="mt-3 max-w-2xl text-lg text-stone-700">{t.intro}</p>
      </section>
      <section aria-labelledby="campaigns-heading">
        <h2 id="campaigns-heading" className="mb-4 text-2xl font-semibold">
          {t.campaignsHeading}
        </h2>
        <CampaignList campaigns={campaigns} locale={locale} empty={t.noCampaigns} />
      </section>
    </>
  );
}
