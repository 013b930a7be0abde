import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "@/lib/i18n/server";
import { findConfirmation } from "@/lib/letters/confirm";
import { countDeliveries, deliveryWords, howItGoes } from "@/lib/letters/delivery-words";
import { translateTitle } from "@/lib/officials/present";
import { letterLinkPages } from "../../messages";
import { confirmLetterAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: letterLinkPages[await getLocale()].confirmTitle, robots: { index: false } };
}
export const dynamic = "force-dynamic";

/** Opening the link changes nothing (mail scanners open links too); the button sends the letter. */
export default async function ConfirmLetterPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [view, locale] = await Promise.all([findConfirmation(token), getLocale()]);
  const t = letterLinkPages[locale];

  if (view.status === "used") {
    return (
      <div className="mx-auto max-w-xl">
        <h1 className="text-3xl font-bold">{t.alreadyConfirmed}</h1>
        <p className="mt-3 text-stone-700">{t.onItsWay}</p>
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
  const waiting = countDeliveries(
    view.targets.map((target) => ({ channel: target.channel, status: "awaiting_confirmation" as const })),
  ).waiting;
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">{t.sendYourLetter(view.firstName)}</h1>
      <p className="mt-3 text-stone-700">{t.confirmText(view.campaignTitle)}</p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {view.targets.map((target) => (
          <li key={`${target.name}-${target.channel}`}>
            <span className="font-medium">{target.name}</span>
            {target.title ? `, ${translateTitle(target.title, locale)}` : ""}:{" "}
            {howItGoes(locale, { ...target, status: "awaiting_confirmation" })}
          </li>
        ))}
      </ul>
      {waiting > 0 ? (
        <p className="mt-3 text-stone-700">{deliveryWords[locale].waitForYou(waiting)}</p>
      ) : null}
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
