import { SharePrompt } from "@/app/_components/share-prompt";
import type { SessionUser } from "@/lib/auth";
import { campaignCounts, myMembership } from "@/lib/campaigns/join";
import { campaignUrl } from "@/lib/campaigns/present";
import { env } from "@/lib/env";
import { getLocale } from "@/lib/i18n/server";
import { freshFormStamp } from "@/lib/security/form-guard";
import { keepPostedAction, leaveAction } from "./join-actions";
import { JoinForm } from "./join-form";
import { campaignPage } from "./messages";

type Props = {
  campaign: {
    id: string;
    slug: string;
    /** For the sentence people share once they join (optional for callers that have no title at hand). */
    title?: string;
    organizationName: string;
    goal: number | null;
    isClosed: boolean;
  };
  user: SessionUser | null;
};

/** How many are with the campaign, and Join (or Leave) for this person. */
export async function JoinSection({ campaign, user }: Props) {
  const [{ joined: count, letters }, membership] = await Promise.all([
    campaignCounts(campaign.id, campaign.slug),
    user ? myMembership(user, campaign.id) : Promise.resolve(null),
  ]);
  const t = campaignPage[await getLocale()];
  return (
    <section aria-labelledby="join-heading" className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="join-heading" className="text-lg font-semibold">
        {t.joinedHeading(count)}
      </h2>
      {campaign.goal ? (
        <div className="mt-2">
          <progress
            max={campaign.goal}
            value={Math.min(letters, campaign.goal)}
            className="h-3 w-full"
            aria-label={t.goalLabel(letters, campaign.goal)}
          />
          <p className="text-sm text-stone-700">{t.goalText(letters, campaign.goal)}</p>
        </div>
      ) : null}
      {membership?.joined ? (
        <>
          <form action={leaveAction} className="mt-3 flex flex-wrap items-center gap-3">
            <p className="font-medium text-green-900">{t.youArePart}</p>
            <input type="hidden" name="campaign" value={campaign.slug} />
            <button type="submit" className="rounded border border-stone-400 px-3 py-1 hover:bg-stone-100">
              {t.leave}
            </button>
          </form>
          {!membership.consented && !campaign.isClosed ? (
            <form action={keepPostedAction} className="mt-3 flex flex-wrap items-center gap-3">
              <input type="hidden" name="campaign" value={campaign.slug} />
              <p className="text-stone-700">{t.wantUpdates(campaign.organizationName)}</p>
              <button type="submit" className="rounded border border-stone-400 px-3 py-1 hover:bg-stone-100">
                {t.keepPosted}
              </button>
            </form>
          ) : null}
          {/* Joined (just now, or before): the sentence to pass it on. */}
          {campaign.title && !campaign.isClosed ? (
            <SharePrompt act="join" title={campaign.title} url={campaignUrl(env.appUrl, campaign.slug)} />
          ) : null}
        </>
      ) : campaign.isClosed ? null : (
        <div className="mt-3">
          <JoinForm
            campaign={campaign.slug}
            organizationName={campaign.organizationName}
            isSignedIn={user !== null}
            stamp={await freshFormStamp()}
            share={
              campaign.title
                ? { title: campaign.title, url: campaignUrl(env.appUrl, campaign.slug) }
                : undefined
            }
          />
        </div>
      )}
    </section>
  );
}
