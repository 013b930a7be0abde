import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StoryText } from "@/app/_components/story-text";
import { findPublicCampaignBySlug } from "@/lib/campaigns/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const campaign = await findPublicCampaignBySlug(slug);
  if (!campaign) return { title: "Campaign not found" };
  return { title: campaign.title, description: campaign.summary };
}

export default async function CampaignPage({ params }: Props) {
  const { slug } = await params;
  const campaign = await findPublicCampaignBySlug(slug);
  if (!campaign) notFound();
  const isClosed = campaign.status === "closed";

  return (
    <article lang={campaign.language} className="mx-auto max-w-3xl">
      <p className="text-sm font-medium text-stone-600">{campaign.organizationName}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">{campaign.title}</h1>
      <p className="mt-3 text-lg text-stone-700">{campaign.summary}</p>
      {isClosed ? (
        <p role="status" className="mt-4 rounded border border-stone-300 bg-stone-100 p-3">
          This campaign has closed. Thank you to everyone who took part.
        </p>
      ) : null}

      <section aria-labelledby="story-heading" className="mt-8">
        <h2 id="story-heading" className="mb-3 text-xl font-semibold">
          Why this matters
        </h2>
        <StoryText text={campaign.story} />
      </section>

      {!isClosed && campaign.callToAction ? (
        <section
          aria-labelledby="act-heading"
          className="mt-8 rounded-lg border border-brand-100 bg-brand-50 p-5"
        >
          <h2 id="act-heading" className="text-xl font-semibold text-brand-900">
            Take action
          </h2>
          <p className="mt-2">{campaign.callToAction}</p>
          <p className="mt-3 text-sm text-stone-700">
            Writing to your officials from this page is coming soon.{" "}
            <Link href="/sign-in" className="font-medium text-brand-800 underline">
              Sign in
            </Link>{" "}
            to be ready when it opens.
          </p>
        </section>
      ) : null}
    </article>
  );
}
