import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { NextStepNote } from "@/app/_components/next-step";
import { getSessionUser } from "@/lib/auth";
import { myMembership } from "@/lib/campaigns/join";
import { campaignUrl } from "@/lib/campaigns/present";
import { findPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { findNextStepAfterAction } from "@/lib/campaigns/steps";
import { env } from "@/lib/env";
import { getLocale } from "@/lib/i18n/server";
import { freshFormStamp } from "@/lib/security/form-guard";
import { JoinForm } from "../join-form";
import { campaignPage } from "../messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: campaignPage[await getLocale()].joinPageTitle };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ consent?: string }> };

/** Where the emailed link lands: the person confirms joining (a link alone never changes anything). */
export default async function JoinPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { consent } = await searchParams;
  const campaign = await findPublicCampaignBySlug(slug, await getLocale());
  if (!campaign) notFound();
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/campaigns/${slug}/join`)}`);
  const membership = await myMembership(user, campaign.id);
  const locale = await getLocale();
  const t = campaignPage[locale];
  return (
    <div className="mx-auto max-w-xl">
      <p className="text-sm">
        <Link href={`/campaigns/${slug}`} className="text-brand-800 underline">
          {campaign.title}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">{t.joinPageTitle}</h1>
      {membership.joined ? (
        <div role="status" className="mt-4 font-medium text-green-900">
          <p>{t.youArePart}</p>
          <NextStepNote next={await findNextStepAfterAction(user, slug, locale)} thanks={false} />
        </div>
      ) : (
        <div className="mt-4">
          <p className="mb-3">{t.signedInAs(user.email, campaign.title)}</p>
          <JoinForm
            campaign={slug}
            organizationName={campaign.organizationName}
            isSignedIn
            stamp={await freshFormStamp()}
            consent={consent === "yes"}
            submitLabel={t.confirmJoin}
            share={{ title: campaign.title, url: campaignUrl(env.appUrl, campaign.slug) }}
          />
        </div>
      )}
    </div>
  );
}
