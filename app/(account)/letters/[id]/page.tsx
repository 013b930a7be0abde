import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { NextStepNote } from "@/app/_components/next-step";
import { SharePrompt } from "@/app/_components/share-prompt";
import { getSessionUser } from "@/lib/auth";
import { campaignUrl } from "@/lib/campaigns/present";
import { findNextStepAfterAction } from "@/lib/campaigns/steps";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { formatDate, INTL_LOCALE } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { countDeliveries, isHandedBack, summarizeDeliveries } from "@/lib/letters/delivery-words";
import { findLetterReceipt, type LetterReceipt } from "@/lib/letters/receipts";
import { findMyAnswers, type ReplyAnswer } from "@/lib/letters/replies";
import { translateTitle } from "@/lib/officials/present";
import { receiptPage } from "../../messages";
import { markHandoffDoneAction } from "./actions";
import { CopyButton } from "./copy-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages(receiptPage)).title };
}

type Delivery = LetterReceipt["deliveries"][number];

/** "Mon, Nov 30, 9:00 AM their time", in the office's own time zone. */
function formatLocal(locale: Locale, { at, timeZone }: { at: Date; timeZone: string }): string {
  const text = at.toLocaleString(INTL_LOCALE[locale], {
    timeZone,
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
  return receiptPage[locale].theirTime(text);
}

/** Honest words for each status: "sent" only when the provider accepted it, "sent by you" only when you said so. */
function statusText(
  d: Delivery,
  locale: Locale,
): { label: string; tone: "done" | "waiting" | "you" | "problem" } {
  const t = receiptPage[locale];
  const when = d.sentAt ? t.on(formatDate(locale, d.sentAt)) : "";
  if (d.channel === "cwc") {
    // Congress's constituent mail system: delivered only once the chamber's system accepted it.
    if (d.status === "queued") return { label: t.cwcQueued, tone: "waiting" };
    if (d.status === "sent" || d.status === "delivered") return { label: t.cwcDelivered(when), tone: "done" };
    if (d.status === "failed" || d.status === "bounced" || d.status === "complained")
      return { label: t.cwcFailed, tone: "problem" };
  }
  switch (d.status) {
    case "awaiting_confirmation":
      return { label: t.awaitingConfirmation, tone: "waiting" };
    case "queued":
      if (d.scheduled?.isRetry)
        return { label: t.retrying(formatLocal(locale, d.scheduled)), tone: "waiting" };
      if (d.scheduled) return { label: t.scheduled(formatLocal(locale, d.scheduled)), tone: "waiting" };
      return { label: t.queued, tone: "waiting" };
    case "sent":
      return { label: t.sent(when), tone: "done" };
    case "delivered":
      return { label: t.delivered(when), tone: "done" };
    case "bounced":
      return { label: t.bounced, tone: "problem" };
    case "complained":
      return { label: t.complained, tone: "problem" };
    case "failed":
      return { label: t.failed, tone: "problem" };
    case "handoff_ready":
      return { label: t.handoffReady[d.handoff], tone: "you" };
    case "handoff_done":
      return { label: t.handoffDone[d.handoff](when), tone: "done" };
  }
}

/** How this letter goes: sent by Chorus (Congress's system or email), or the supporter's to send. */
function channelText(d: Delivery, locale: Locale): string {
  const t = receiptPage[locale];
  if (isHandedBack(d)) return t.handedBack;
  if (d.channel === "cwc") return t.byCwc;
  if (d.channel === "email") return t.byEmail;
  return d.handoff === "form" ? t.byForm : t.byWebsite;
}

const ANSWER_WORD = { yes: "answerYes", no: "answerNo", not_yet: "answerNotYet" } as const satisfies Record<
  ReplyAnswer,
  string
>;

const toneClass = {
  done: "bg-green-100 text-green-900",
  waiting: "bg-stone-200 text-stone-900",
  you: "bg-amber-100 text-amber-900",
  problem: "bg-red-100 text-red-900",
};

export default async function LetterReceiptPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ sent?: string }>;
}) {
  const { id } = await params;
  const { sent } = await searchParams;
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/letters/${id}`)}`);
  const receipt = await findLetterReceipt(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [{ isAsked, answers }, locale] = await Promise.all([findMyAnswers(user, receipt.id), getLocale()]);
  const t = receiptPage[locale];
  const counts = countDeliveries(receipt.deliveries);
  const example = receipt.deliveries[0];
  // After the letter, the campaign's next step in its organizers' order (the hand-offs are on this page).
  const next = sent ? await findNextStepAfterAction(user, receipt.campaignSlug, locale) : null;

  return (
    <div className="mx-auto max-w-3xl">
      {sent ? (
        <div
          role="status"
          className="mb-4 rounded border border-green-300 bg-green-50 p-3 font-medium text-green-900"
        >
          {counts.waiting === 0
            ? t.thankYou
            : counts.waiting === counts.total
              ? t.thankYouAll(counts.waiting)
              : t.thankYouSome(counts.waiting)}
          .
          <NextStepNote next={next} />
        </div>
      ) : null}
      {sent ? (
        <div className="mb-6">
          <SharePrompt
            act="letter"
            title={receipt.campaignTitle}
            url={campaignUrl(env.appUrl, receipt.campaignSlug)}
          />
        </div>
      ) : null}
      <p className="text-sm text-stone-600">
        <Link
          href={`/campaigns/${receipt.campaignSlug}`}
          className="underline"
          lang={receipt.language !== locale ? receipt.language : undefined}
        >
          {receipt.letterCampaignTitle}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">{t.heading}</h1>
      <p className="mt-1 text-stone-700">
        {t.written(formatDate(locale, receipt.createdAt, { dateStyle: "long" }))}
      </p>

      {isAsked ? (
        <div className="mt-6 rounded-lg border border-brand-100 bg-brand-50 p-4">
          <p className="font-medium">{answers.size > 0 ? t.thanksReplies : t.didYouGetReply}</p>
          <p className="mt-1 text-stone-700">
            {t.answersHelp}{" "}
            <Link href={`/letters/${receipt.id}/replies`} className="font-medium text-brand-800 underline">
              {answers.size > 0 ? t.changeAnswers : t.tellUs}
            </Link>
          </p>
        </div>
      ) : null}

      <h2 className="mt-8 text-xl font-semibold">{t.whereItGoes}</h2>
      {counts.total > 0 ? (
        <p className="mt-1 text-stone-700">{t.soFar(summarizeDeliveries(locale, counts))}</p>
      ) : null}
      <ul className="mt-3 space-y-4">
        {receipt.deliveries.map((d) => {
          const status = statusText(d, locale);
          const reply = answers.get(d.id);
          return (
            <li key={d.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p>
                  <span className="font-semibold">{d.targetName}</span>
                  {d.targetTitle ? (
                    <span className="text-stone-700">, {translateTitle(d.targetTitle, locale)}</span>
                  ) : null}
                  <span className="block text-sm text-stone-600">{channelText(d, locale)}</span>
                </p>
                <span className={`rounded px-2 py-1 text-sm font-medium ${toneClass[status.tone]}`}>
                  {status.label}
                </span>
              </div>
              {d.status === "handoff_ready" ? (
                <div className="mt-3 space-y-3 border-t border-stone-200 pt-3">
                  <p>{t.handoffText[d.handoff]}</p>
                  <label htmlFor={`text-${d.id}`} className="block text-sm font-medium">
                    {t.letterTo(d.targetName)}
                  </label>
                  <textarea
                    id={`text-${d.id}`}
                    readOnly
                    rows={8}
                    value={`${d.text.subject}\n\n${d.text.body}\n\n${d.text.signature.join("\n")}`}
                    className="block w-full rounded border border-stone-300 bg-stone-50 p-2 text-sm"
                  />
                  <div className="flex flex-wrap items-center gap-3">
                    <CopyButton
                      text={`${d.text.body}\n\n${d.text.signature.join("\n")}`}
                      label={t.copy}
                      copiedLabel={t.copied}
                    />
                    {d.contactFormUrl ? (
                      <a
                        href={d.contactFormUrl}
                        target="_blank"
                        rel="noopener noreferrer"
                        className="rounded bg-brand-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900"
                      >
                        {d.handoff === "form" ? t.openForm(d.targetName) : t.openWebsite(d.targetName)}
                        <span className="sr-only">{t.newTab}</span>
                      </a>
                    ) : null}
                    <form action={markHandoffDoneAction}>
                      <input type="hidden" name="deliveryId" value={d.id} />
                      <button
                        type="submit"
                        className="rounded border border-green-700 bg-white px-3 py-1.5 text-sm font-medium text-green-900 hover:bg-green-50"
                      >
                        {t.iSentIt(d.targetName)}
                      </button>
                    </form>
                  </div>
                </div>
              ) : null}
              {reply ? (
                <div className="mt-3 border-t border-stone-200 pt-3 text-sm">
                  <p className="font-medium">{t[ANSWER_WORD[reply.answer]]}.</p>
                  {reply.replyText ? (
                    <details className="mt-1">
                      <summary className="cursor-pointer text-brand-800 underline">{t.pastedReply}</summary>
                      <p className="mt-2 whitespace-pre-wrap rounded bg-stone-50 p-3">{reply.replyText}</p>
                    </details>
                  ) : null}
                </div>
              ) : null}
              {d.status === "failed" && d.lastError ? (
                <p className="mt-2 text-sm text-stone-700">{t.lookIntoIt}</p>
              ) : null}
            </li>
          );
        })}
      </ul>

      {example ? (
        <>
          <h2 className="mt-8 text-xl font-semibold">{t.whatYouWrote}</h2>
          <p className="text-sm text-stone-600">{t.asReceived(example.targetName)}</p>
          <div className="mt-3 whitespace-pre-line rounded-lg border border-stone-200 bg-white p-4">
            <p className="font-medium">{example.text.subject}</p>
            <p className="mt-3">{example.text.body}</p>
            <p className="mt-3">{example.text.signature.join("\n")}</p>
          </div>
        </>
      ) : null}
    </div>
  );
}
