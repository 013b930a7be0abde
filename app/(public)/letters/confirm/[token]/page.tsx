import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "@/lib/i18n/server";
import { findConfirmation } from "@/lib/letters/confirm";
import { countDeliveries, deliveryWords, howItGoes } from "@/lib/letters/delivery-words";
import { translateTitle } from "@/lib/officials/present";
import { campaignPage } from "../../../campaigns/[slug]/messages";
import { letterLinkPages } from "../../messages";
import { confirmLetterAction, reviseLetterAction } from "./actions";
import { ReviseLetterForm } from "./revise-form";

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
  searchParams: Promise<{ signin?: string; saved?: string }>;
}) {
  const [{ token }, { signin, saved }] = await Promise.all([params, searchParams]);
  const [view, locale] = await Promise.all([findConfirmation(token), getLocale()]);
  const t = letterLinkPages[locale];
  const letterForm = campaignPage[locale];

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
  const waiting = countDeliveries(
    view.targets.map((target) => ({ channel: target.channel, status: "awaiting_confirmation" as const })),
  ).waiting;
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">{t.sendYourLetter(view.firstName)}</h1>
      <p className="mt-3 text-stone-700">{t.confirmTextEach(view.campaignTitle)}</p>
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
      <p className="mt-3 text-stone-700">{view.signsIn ? t.confirmSignsIn : t.confirmSendsLink}</p>
      {saved ? (
        <p role="status" className="mt-3 font-medium text-green-800">
          {t.changesSaved}
        </p>
      ) : null}
      <section aria-labelledby="as-sent" className="mt-6">
        <h2 id="as-sent" className="text-xl font-semibold">
          {t.asSentHeading}
        </h2>
        {view.texts.map((text) => (
          <article
            key={text.targetNames.join("|")}
            lang={view.language}
            className="mt-4 rounded border border-stone-300 bg-white p-4"
          >
            <h3 className="font-medium text-stone-700">{t.toNames(text.targetNames.join(", "))}</h3>
            <p className="mt-2">
              <span className="font-medium">{t.subjectLabel}</span> {text.subject}
            </p>
            <p className="mt-3 whitespace-pre-line">{text.body}</p>
            <p className="mt-3 whitespace-pre-line">{text.signature.join("\n")}</p>
          </article>
        ))}
      </section>
      <form action={confirmLetterAction} className="mt-6">
        <input type="hidden" name="token" value={token} />
        <button
          type="submit"
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {t.confirmButton}
        </button>
      </form>
      <section aria-labelledby="change-words" className="mt-10">
        <h2 id="change-words" className="text-xl font-semibold">
          {t.changeHeading}
        </h2>
        {view.editable ? (
          <>
            <p className="mt-2 text-stone-700">{t.changeIntro}</p>
            <ReviseLetterForm
              action={reviseLetterAction}
              token={token}
              parts={view.editable.map((part, index) => ({
                ...part,
                label: letterForm.partLabels[part.id] ?? letterForm.partLabel(index + 1),
              }))}
              words={{ save: t.saveChanges, saveAndSend: t.saveAndSend }}
            />
          </>
        ) : (
          <p className="mt-2 text-stone-700">{t.cannotChange}</p>
        )}
      </section>
    </div>
  );
}
