import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryText } from "@/app/_components/story-text";
import { httpsUrl } from "@/lib/campaigns/present";
import { formatNumber } from "@/lib/i18n/format";
import { getLocale } from "@/lib/i18n/server";
import { findCampaignPreview } from "@/lib/organize/preview";
import { LearnSection, VoicesSection } from "../../campaigns/[slug]/learn-section";
import { previewPage } from "./messages";

// Never indexed, never cached by anyone: the link is for the team and the reviewers they send it to.
export async function generateMetadata(): Promise<Metadata> {
  return { title: previewPage[await getLocale()].title, robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }> };

export default async function CampaignPreviewPage({ params }: Props) {
  const { token } = await params;
  const locale = await getLocale();
  const preview = await findCampaignPreview(token, locale);
  if (!preview) notFound();
  const t = previewPage[locale];
  const { campaign, resources, voices, options, template, targets } = preview;
  // The page is in the reader's language (<html lang>); the campaign's words carry theirs when it differs.
  const words = locale === campaign.language ? {} : { lang: campaign.language };
  const image = httpsUrl(campaign.imageUrl);

  return (
    <article className="mx-auto max-w-3xl">
      <div role="note" className="mb-6 rounded border-2 border-amber-600 bg-amber-50 p-3 text-amber-950">
        <p className="font-semibold">{t.notice}</p>
        <p className="mt-1 text-sm">{t.noticeText}</p>
      </div>
      {image ? (
        // biome-ignore lint/performance/noImgElement: an organizer's picture from any https host, as on the public page
        <img
          {...words}
          src={image}
          alt={campaign.imageAlt}
          className="mb-4 aspect-[2/1] w-full rounded-lg bg-stone-100 object-cover"
        />
      ) : null}
      <p className="text-sm font-medium text-stone-600">{campaign.organizationName}</p>
      <h1 {...words} className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">
        {campaign.title}
      </h1>
      {campaign.summary ? (
        <p {...words} className="mt-3 text-lg text-stone-700">
          {campaign.summary}
        </p>
      ) : null}
      {campaign.goal ? (
        <p className="mt-3 text-stone-700">{t.goal(formatNumber(locale, campaign.goal))}</p>
      ) : null}

      <section aria-labelledby="story-heading" className="mt-8">
        <h2 id="story-heading" className="mb-3 text-xl font-semibold">
          {t.whyItMatters}
        </h2>
        {campaign.story ? (
          <div {...words}>
            <StoryText text={campaign.story} />
          </div>
        ) : (
          <p className="text-stone-700">{t.noStory}</p>
        )}
      </section>

      <VoicesSection voices={voices} locale={locale} />
      <LearnSection resources={resources} locale={locale} />

      <section
        aria-labelledby="letter-heading"
        className="mt-8 rounded-lg border border-brand-100 bg-brand-50 p-5"
      >
        <h2 id="letter-heading" className="text-xl font-semibold text-brand-900">
          {t.letterHeading}
        </h2>
        {campaign.callToAction ? (
          <p {...words} className="mt-2">
            {campaign.callToAction}
          </p>
        ) : null}
        <h3 className="mt-4 font-semibold">{t.whoItGoesTo}</h3>
        {targets.length > 0 ? (
          <ul className="mt-1 list-disc pl-5">
            {targets.map((target, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two rules may read alike
              <li key={index}>{target}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-stone-700">{t.noTargets}</p>
        )}
        <h3 className="mt-4 font-semibold">{t.template}</h3>
        {template ? (
          <div className="mt-1 rounded border border-stone-300 bg-white p-3">
            <p className="font-medium">
              {t.subject} <span {...words}>{template.subject}</span>
            </p>
            {template.parts.map((part) => (
              <div key={part.id} className="mt-3">
                <p className="text-xs font-semibold uppercase tracking-wide text-stone-600">
                  {part.isLocked ? t.fixed : t.rewritable}
                </p>
                <p {...words} className="whitespace-pre-line">
                  {part.text}
                </p>
              </div>
            ))}
            <p className="mt-3 text-sm text-stone-600">{t.mergeFields}</p>
          </div>
        ) : (
          <p className="mt-1 text-stone-700">{t.noLetter}</p>
        )}
      </section>

      {options.length > 0 ? (
        <section aria-labelledby="help-heading" className="mt-8">
          <h2 id="help-heading" className="text-xl font-semibold">
            {t.waysToHelp}
          </h2>
          <ul className="mt-3 space-y-3">
            {options.map((option) => (
              <li key={option.id} className="rounded border border-stone-300 bg-white p-3">
                <p className="text-sm font-medium text-stone-600">
                  {t[option.kind]} · {option.group.name}
                </p>
                <p className="font-semibold">{option.title}</p>
                {option.description ? <p className="mt-1 text-stone-700">{option.description}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
