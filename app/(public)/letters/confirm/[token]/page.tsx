import type { Metadata } from "next";
import Link from "next/link";
import { findConfirmation } from "@/lib/letters/confirm";
import { confirmLetterAction } from "./actions";

export const metadata: Metadata = { title: "Confirm your letter", robots: { index: false } };
export const dynamic = "force-dynamic";

/** Opening the link changes nothing (mail scanners open links too); the button sends the letter. */
export default async function ConfirmLetterPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await findConfirmation(token);

  if (view.status === "used") {
    return (
      <div className="mx-auto max-w-xl">
        <h1 className="text-3xl font-bold">This letter is already confirmed</h1>
        <p className="mt-3 text-stone-700">Thank you: it is on its way.</p>
        <p className="mt-4">
          <Link href={`/letters/${view.letterId}`} className="font-medium text-brand-800 underline">
            See your letter and what happened to it
          </Link>
        </p>
      </div>
    );
  }
  if (view.status !== "pending") {
    return (
      <div className="mx-auto max-w-xl">
        <h1 className="text-3xl font-bold">This link no longer works</h1>
        <p className="mt-3 text-stone-700">
          {view.status === "expired"
            ? "Confirmation links work for 7 days, and this one has expired. Nothing was sent."
            : "We couldn't find this confirmation link. Please check that you copied all of it."}{" "}
          You are welcome to write again from the campaign page.
        </p>
        <p className="mt-4">
          <Link href="/" className="font-medium text-brand-800 underline">
            See open campaigns
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">Send your letter, {view.firstName}?</h1>
      <p className="mt-3 text-stone-700">
        For “{view.campaignTitle}”, to: {view.targetNames.join(", ")}. Confirming also signs you in, so you
        can follow what happens to your letter.
      </p>
      <form action={confirmLetterAction} className="mt-6">
        <input type="hidden" name="token" value={token} />
        <button
          type="submit"
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          Confirm and send my letter
        </button>
      </form>
    </div>
  );
}
