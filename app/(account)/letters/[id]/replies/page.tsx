import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ReplyForm } from "@/app/_components/reply-form";
import { replyFormWords } from "@/app/_components/reply-form.messages";
import { getSessionUser } from "@/lib/auth";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { findMyReplyCheck } from "@/lib/letters/replies";
import { receiptPage } from "../../../messages";
import { saveMyRepliesAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages(receiptPage)).repliesTitle };
}

/** The author's own way to answer (or change their answers), once we have asked about this letter. */
export default async function MyRepliesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/letters/${id}/replies`)}`);
  const view = await findMyReplyCheck(user, id);
  // Not asked yet, not theirs, or no such letter: the same 404.
  if (view.status !== "open") notFound();
  const locale = await getLocale();
  const t = receiptPage[locale];

  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm text-stone-600">
        <Link href={`/letters/${id}`} className="underline">
          {t.letterAbout(view.campaignTitle)}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">{t.didYouGetReply}</h1>
      <p className="mt-3 text-stone-700">{t.repliesIntro}</p>
      <p className="mt-3 rounded border border-stone-200 bg-stone-50 p-3 text-sm text-stone-700">
        {replyFormWords[locale].howWeUse}
      </p>
      {view.deliveries.length > 0 ? (
        <ReplyForm action={saveMyRepliesAction} deliveries={view.deliveries} hidden={{ letterId: id }} />
      ) : (
        <p className="mt-6 text-stone-700">{t.nothingToAsk}</p>
      )}
    </div>
  );
}
