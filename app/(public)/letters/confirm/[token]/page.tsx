import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "@/lib/i18n/server";
import { findConfirmation } from "@/lib/letters/confirm";
import { letterLinkPages } from "../../messages";
import { confirmLetterAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: letterLinkPages[await getLocale()].confirmTitle, robots: { index: false } };
}
export const dynamic = "force-dynamic";

/** Opening the link changes nothing (mail scanners open links too); the button sends the letter. */
export default async function ConfirmLetterPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ signin?: string }>;
}) {
  const [{ token }, { signin }] = await Promise.all([params, searchParams]);
  const [view, locale] = await Promise.all([findConfirmation(token), getLocale()]);
  const t = letterLinkPages[locale];

  if (view.status === "used") {
    return (
      <div className="mx-auto max-w-xl">
        <h1 className="text-3xl font-bold">{t.alreadyConfirmed}</h1>
        <p className="mt-3 text-stone-700">{t.onItsWay}</p>
        {signin === "sent" ? <p className="mt-3 text-stone-700">{t.signInLinkSent}</p> : null}
        {signin === "needed" ? <p className="mt-3 text-stone-700">{t.signInNeeded}</p> : null}
        <p className="mt-4">
          <Link href={`/letters/${view.letterId}`} className="font-medium text-brand-800 underline">
            {t.seeLetter}
          </Link>
        </p>
      </div>
    );
  }
  if (view.status !== "pending") {
    return (
      <div className="mx-auto max-w-xl">
        <h1 className="text-3xl font-bold">{t.noLongerWorks}</h1>
        <p className="mt-3 text-stone-700">
          {view.status === "expired" ? t.confirmExpired : t.confirmNotFound} {t.writeAgain}
        </p>
        <p className="mt-4">
          <Link href="/" className="font-medium text-brand-800 underline">
            {t.seeCampaigns}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">{t.sendYourLetter(view.firstName)}</h1>
      <p className="mt-3 text-stone-700">{t.confirmText(view.campaignTitle, view.targetNames.join(", "))}</p>
      <p className="mt-3 text-stone-700">{view.signsIn ? t.confirmSignsIn : t.confirmSendsLink}</p>
      <form action={confirmLetterAction} className="mt-6">
        <input type="hidden" name="token" value={token} />
        <button
          type="submit"
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {t.confirmButton}
        </button>
      </form>
    </div>
  );
}
