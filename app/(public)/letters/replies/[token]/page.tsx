import type { Metadata } from "next";
import Link from "next/link";
import { ReplyForm } from "@/app/_components/reply-form";
import { findReplyCheck, REPLY_LINK_DAYS } from "@/lib/letters/replies";
import { saveRepliesAction } from "./actions";

// The token is in the address: keep it out of search engines and out of Referer headers.
export const metadata: Metadata = {
  title: "Did you get a reply?",
  robots: { index: false },
  // "same-origin", not "no-referrer": under no-referrer Chromium sends `Origin: null` with the page's own form
  // POST, which the cross-origin check rightly refuses (e2e/updates.spec.ts caught it). Other sites still get nothing.
  referrer: "same-origin",
};
export const dynamic = "force-dynamic";

/** The page the "Did you get a reply?" email links to. Opening it changes nothing; the form saves. */
export default async function ReplyCheckPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await findReplyCheck(token);

  if (view.status !== "open") {
    return (
      <div className="mx-auto max-w-xl">
        <h1 className="text-3xl font-bold">This link no longer works</h1>
        <p className="mt-3 text-stone-700">
          {view.status === "expired"
            ? `Links to tell us about replies work for ${REPLY_LINK_DAYS} days, and this one has expired.`
            : "We couldn't find this link. Please check that you copied all of it from the email."}{" "}
          If you are signed in, you can still tell us from your letter's page.
        </p>
        <p className="mt-4">
          <Link href="/account" className="font-medium text-brand-800 underline">
            Go to your account
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm text-stone-600">{view.campaignTitle}</p>
      <h1 className="mt-1 text-3xl font-bold">Did you get a reply, {view.firstName}?</h1>
      <p className="mt-3 text-stone-700">
        Tell us for each official your letter reached. “Not yet” is a fine answer, and you can change your
        answers later.
      </p>
      <p className="mt-3 rounded border border-stone-200 bg-stone-50 p-3 text-sm text-stone-700">
        How we use your answers: we count them to show how often officials reply to the people who write to
        them. Your pasted reply is only visible to you and the campaign's organizers.
      </p>
      {view.deliveries.length > 0 ? (
        <ReplyForm action={saveRepliesAction} deliveries={view.deliveries} hidden={{ token }} />
      ) : (
        <p className="mt-6 text-stone-700">
          Your letter no longer shows as delivered to anyone (an email can bounce after we asked), so there is
          nothing to answer.
        </p>
      )}
    </div>
  );
}
