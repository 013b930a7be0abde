import Link from "next/link";
import type { listPublishedCampaigns } from "@/lib/campaigns/queries";
import type { Locale } from "@/lib/i18n/locale";

type Campaign = Awaited<ReturnType<typeof listPublishedCampaigns>>[number];

/** Campaign cards (the home page and /campaigns), or the empty state's words when there are none. */
export function CampaignList({
  campaigns,
  locale,
  empty,
  headingLevel = "h3",
}: {
  campaigns: Campaign[];
  locale: Locale;
  empty: string;
  headingLevel?: "h2" | "h3";
}) {
  if (campaigns.length === 0) {
    return (
      <p className="rounded border border-dashed border-stone-300 bg-white p-6 text-stone-700">{empty}</p>
    );
  }
  const Heading = headingLevel;
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {campaigns.map((campaign) => (
        <li
          key={campaign.slug}
          lang={campaign.language === locale ? undefined : campaign.language}
          className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
        >
          <p className="text-sm text-stone-600">{campaign.organizationName}</p>
          <Heading className="mt-1 text-lg font-semibold">
            <Link href={`/campaigns/${campaign.slug}`} className="text-brand-800 hover:underline">
              {campaign.title}
            </Link>
          </Heading>
          <p className="mt-2 text-stone-700">{campaign.summary}</p>
        </li>
      ))}
    </ul>
  );
}
