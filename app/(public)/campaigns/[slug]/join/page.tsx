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
import { freshFormStamp } from "@/lib/security/form-guard";
import { JoinForm } from "../join-form";

export const metadata: Metadata = { title: "Join the campaign" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ consent?: string }> };

/** Where the emailed link lands: the person confirms joining (a link alone never changes anything). */
export default async function JoinPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { consent } = await searchParams;
  const campaign = await findPublicCampaignBySlug(slug);
  if (!campaign) notFound();
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/campaigns/${slug}/join`)}`);
  const membership = await myMembership(user, campaign.id);
  return (
    <div className="mx-auto max-w-xl">
      <p className="text-sm">
        <Link href={`/campaigns/${slug}`} className="text-brand-800 underline">
          {campaign.title}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">Join the campaign</h1>
      {membership.joined ? (
        <div role="status" className="mt-4 font-medium text-green-900">
          <p>You are part of this campaign.</p>
          <NextStepNote next={await findNextStepAfterAction(user, slug)} thanks={false} />
        </div>
      ) : (
        <div className="mt-4">
          <p className="mb-3">
            Signed in as {user.email}. Confirm to join “{campaign.title}”.
          </p>
          <JoinForm
            campaign={slug}
            organizationName={campaign.organizationName}
            isSignedIn
            stamp={await freshFormStamp()}
            consent={consent === "yes"}
            submitLabel="Confirm: join this campaign"
            share={{ title: campaign.title, url: campaignUrl(env.appUrl, campaign.slug) }}
          />
        </div>
      )}
    </div>
  );
}
