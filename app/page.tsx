import Link from "next/link";
import { listPublishedCampaigns } from "@/lib/campaigns/queries";
import { getLocale } from "@/lib/i18n/server";
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
        {campaigns.length === 0 ? (
          <p className="rounded border border-dashed border-stone-300 bg-white p-6 text-stone-700">
            {t.noCampaigns}
          </p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {campaigns.map((campaign) => (
              <li
                key={campaign.slug}
                lang={campaign.language === locale ? undefined : campaign.language}
                className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
              >
                <p className="text-sm text-stone-600">{campaign.organizationName}</p>
                <h3 className="mt-1 text-lg font-semibold">
                  <Link href={`/campaigns/${campaign.slug}`} className="text-brand-800 hover:underline">
                    {campaign.title}
                  </Link>
                </h3>
                <p className="mt-2 text-stone-700">{campaign.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
