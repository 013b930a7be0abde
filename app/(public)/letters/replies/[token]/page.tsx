import type { Metadata } from "next";
import Link from "next/link";
import { ReplyForm } from "@/app/_components/reply-form";
import { replyFormWords } from "@/app/_components/reply-form.messages";
import { getLocale } from "@/lib/i18n/server";
import { findReplyCheck, REPLY_LINK_DAYS } from "@/lib/letters/replies";
import { letterLinkPages } from "../../messages";
import { saveRepliesAction } from "./actions";

// The token is in the address: keep it out of search engines and out of Referer headers.
export async function generateMetadata(): Promise<Metadata> {
  return {
    title: letterLinkPages[await getLocale()].repliesTitle,
    robots: { index: false },
    // "same-origin", not "no-referrer": under no-referrer Chromium sends `Origin: null` with the page's own form
    // POST, which the cross-origin check rightly refuses (e2e/updates.spec.ts caught it). Other sites still get nothing.
    referrer: "same-origin",
  };
}
export const dynamic = "force-dynamic";

/** The page the "Did you get a reply?" email links to. Opening it changes nothing; the form saves. */
export default async function ReplyCheckPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [view, locale] = await Promise.all([findReplyCheck(token), getLocale()]);
  const t = letterLinkPages[locale];

  if (view.status !== "open") {
    return (
      <div className="mx-auto max-w-xl">
        <h1 className="text-3xl font-bold">{t.noLongerWorks}</h1>
        <p className="mt-3 text-stone-700">
          {view.status === "expired" ? t.repliesExpired(REPLY_LINK_DAYS) : t.repliesNotFound} {t.stillTellUs}
        </p>
        <p className="mt-4">
          <Link href="/account" className="font-medium text-brand-800 underline">
            {t.goToAccount}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm text-stone-600">{view.campaignTitle}</p>
      <h1 className="mt-1 text-3xl font-bold">{t.didYouGetReply(view.firstName)}</h1>
      <p className="mt-3 text-stone-700">{t.repliesIntro}</p>
      <p className="mt-3 rounded border border-stone-200 bg-stone-50 p-3 text-sm text-stone-700">
        {replyFormWords[locale].howWeUse}
      </p>
      {view.deliveries.length > 0 ? (
        <ReplyForm action={saveRepliesAction} deliveries={view.deliveries} hidden={{ token }} />
      ) : (
        <p className="mt-6 text-stone-700">{t.nothingToAnswer}</p>
      )}
    </div>
  );
}
