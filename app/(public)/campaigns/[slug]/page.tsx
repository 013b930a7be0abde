import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { PledgeOptions } from "@/app/_components/pledge-options";
import { StoryText } from "@/app/_components/story-text";
import { getSessionUser } from "@/lib/auth";
import { listPublicResources, listPublicVoices } from "@/lib/campaigns/content";
import { campaignCounts } from "@/lib/campaigns/join";
import { campaignUrl, closedResultsLines, httpsUrl } from "@/lib/campaigns/present";
import { findPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { campaignPagePath } from "@/lib/edge-manifest";
import { env } from "@/lib/env";
import { getLocale } from "@/lib/i18n/server";
import { findLetterSetup } from "@/lib/letters/setup";
import { findRenamedCampaignSlug } from "@/lib/organize/campaigns";
import { campaignPledgeTotals, listCampaignOptions } from "@/lib/pledges/options";
import { totalsText } from "@/lib/pledges/present";
import { BillSection } from "./bill-section";
import { JoinSection } from "./join-section";
import { LanguageNote } from "./language-note";
import { LearnSection, VoicesSection } from "./learn-section";
import { campaignPage } from "./messages";
import { ShareSection } from "./share-section";
import { StepsSection } from "./steps-section";
import { WriteSection } from "./write-section";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{
    zip?: string | string[];
    district?: string | string[];
    street?: string | string[];
    city?: string | string[];
    upper?: string | string[];
    lower?: string | string[];
  }>;
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const campaign = await findPublicCampaignBySlug(slug, await getLocale());
  if (!campaign) return { title: campaignPage[await getLocale()].notFound };
  const url = campaignUrl(env.appUrl, campaign.slug);
  const image = httpsUrl(campaign.imageUrl);
  // The card drawn for this campaign (./share-image) first; the organizer's picture, if any, after it.
  const card = { url: `${url}/share-image`, width: 1200, height: 630, alt: campaign.title };
  const images = [card, ...(image ? [{ url: image, alt: campaign.imageAlt }] : [])];
  return {
    title: campaign.title,
    description: campaign.summary,
    alternates: { canonical: url },
    // Link previews where people share it (chat apps, social sites); read by their servers, no script here.
    openGraph: {
      type: "website",
      url,
      title: campaign.title,
      description: campaign.summary,
      siteName: "Chorus",
      locale: campaign.language,
      images,
    },
    twitter: {
      card: "summary_large_image",
      title: campaign.title,
      description: campaign.summary,
      images: [card],
    },
  };
}

export default async function CampaignPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const campaign = await findPublicCampaignBySlug(slug, await getLocale());
  if (!campaign) {
    // A renamed campaign keeps its old address: shared links land on the new one.
    const renamed = await findRenamedCampaignSlug(slug);
    if (renamed) permanentRedirect(campaignPagePath(renamed));
    notFound();
  }
  const isClosed = campaign.status === "closed";
  const locale = await getLocale();
  const t = campaignPage[locale];
  const [setup, user, options, totals, resources, voices, counts] = await Promise.all([
    findLetterSetup(slug, await getLocale()),
    getSessionUser(),
    listCampaignOptions(campaign.id),
    campaignPledgeTotals(campaign.id),
    listPublicResources(campaign.id),
    listPublicVoices(campaign.id),
    isClosed ? campaignCounts(campaign.id, campaign.slug) : Promise.resolve(null),
  ]);
  const pledged = totalsText(totals, locale);
  const image = httpsUrl(campaign.imageUrl);
  const results = counts ? closedResultsLines(counts, pledged, locale) : [];
  // The page is in the reader's language (<html lang>); what the organizers wrote carries its own language when
  // that differs (not translated into the reader's), so Chorus's own words around it are not marked as English.
  const inOwn = (language: string) => (language !== locale ? { lang: language } : {});
  const words = inOwn(campaign.language);

  return (
    <article className="mx-auto max-w-3xl">
      {image ? (
        // An organizer's picture from any https host (the CSP allows them); next/image would need each host listed.
        // biome-ignore lint/performance/noImgElement: see above
        <img
          {...inOwn(campaign.imageAltLanguage)}
          src={image}
          alt={campaign.imageAlt}
          className="mb-4 aspect-[2/1] w-full rounded-lg bg-stone-100 object-cover"
        />
      ) : null}
      <p className="text-sm font-medium text-stone-600">{campaign.organizationName}</p>
      <h1 {...words} className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">
        {campaign.title}
      </h1>
      <p {...words} className="mt-3 text-lg text-stone-700">
        {campaign.summary}
      </p>
      <LanguageNote language={campaign.language} />
      {isClosed ? (
        <div role="status" className="mt-4 rounded border border-stone-300 bg-stone-100 p-3">
          <p>{t.closed}</p>
          {results.length > 0 ? (
            <ul className="mt-2 list-disc space-y-1 pl-5 font-medium">
              {results.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <JoinSection
        campaign={{
          id: campaign.id,
          slug: campaign.slug,
          title: campaign.title,
          organizationName: campaign.organizationName,
          goal: campaign.goal,
          isClosed,
        }}
        user={user}
      />

      <BillSection campaignId={campaign.id} language={campaign.originalLanguage} />
      <StepsSection
        campaign={{ id: campaign.id, slug: campaign.slug, isClosed, language: campaign.originalLanguage }}
        user={user}
      />

      <section aria-labelledby="story-heading" className="mt-8">
        <h2 id="story-heading" className="mb-3 text-xl font-semibold">
          {t.storyHeading}
        </h2>
        <div {...words}>
          <StoryText text={campaign.story} />
        </div>
      </section>

      <VoicesSection voices={voices} locale={locale} />
      <LearnSection resources={resources} locale={locale} />

      {!isClosed ? (
        <section
          id="write"
          aria-labelledby="act-heading"
          className="mt-8 scroll-mt-4 rounded-lg border border-brand-100 bg-brand-50 p-5"
        >
          <h2 id="act-heading" className="text-xl font-semibold text-brand-900">
            {t.actHeading}
          </h2>
          {campaign.callToAction ? (
            <p {...words} className="mt-2 mb-4">
              {campaign.callToAction}
            </p>
          ) : null}
          {setup ? (
            <WriteSection
              setup={setup}
              zip={one(query.zip)}
              district={one(query.district)}
              street={one(query.street)}
              city={one(query.city)}
              upper={one(query.upper)}
              lower={one(query.lower)}
              user={user}
            />
          ) : (
            <p className="text-stone-700">{t.noLetter}</p>
          )}
        </section>
      ) : null}

      {options.length > 0 || pledged ? (
        <section id="help" aria-labelledby="help-heading" className="mt-8 scroll-mt-4">
          <h2 id="help-heading" className="text-xl font-semibold">
            {t.helpHeading}
          </h2>
          <p className="mt-1 text-stone-700">{t.helpIntro}</p>
          <p className="mt-2 font-medium">{pledged ? t.pledgedSoFar(pledged) : t.firstToPledge}</p>
          <div className="mt-4">
            <PledgeOptions
              options={options}
              user={user}
              path={`/campaigns/${campaign.slug}`}
              share={{ title: campaign.title, url: campaignUrl(env.appUrl, campaign.slug) }}
            />
          </div>
        </section>
      ) : null}

      <ShareSection
        title={campaign.title}
        summary={campaign.summary}
        url={campaignUrl(env.appUrl, campaign.slug)}
        isClosed={isClosed}
        locale={locale}
      />
    </article>
  );
}
