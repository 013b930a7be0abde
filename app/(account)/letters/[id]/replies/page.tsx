import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ReplyForm } from "@/app/_components/reply-form";
import { getSessionUser } from "@/lib/auth";
import { findMyReplyCheck } from "@/lib/letters/replies";
import { saveMyRepliesAction } from "./actions";

export const metadata: Metadata = { title: "Did you get a reply?" };

/** The author's own way to answer (or change their answers), once we have asked about this letter. */
export default async function MyRepliesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/letters/${id}/replies`)}`);
  const view = await findMyReplyCheck(user, id);
  // Not asked yet, not theirs, or no such letter: the same 404.
  if (view.status !== "open") notFound();

  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm text-stone-600">
        <Link href={`/letters/${id}`} className="underline">
          Your letter about {view.campaignTitle}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">Did you get a reply?</h1>
      <p className="mt-3 text-stone-700">
        Tell us for each official your letter reached. “Not yet” is a fine answer, and you can change your
        answers at any time.
      </p>
      <p className="mt-3 rounded border border-stone-200 bg-stone-50 p-3 text-sm text-stone-700">
        How we use your answers: we count them to show how often officials reply to the people who write to
        them. Your pasted reply is only visible to you and the campaign's organizers.
      </p>
      {view.deliveries.length > 0 ? (
        <ReplyForm action={saveMyRepliesAction} deliveries={view.deliveries} hidden={{ letterId: id }} />
      ) : (
        <p className="mt-6 text-stone-700">
          None of your letters reached anyone, so there is nothing to ask.
        </p>
      )}
    </div>
  );
}
