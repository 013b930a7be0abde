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
import { findLetterReceipt, type LetterReceipt } from "@/lib/letters/receipts";
import { findMyAnswers, type ReplyAnswer } from "@/lib/letters/replies";
import { markHandoffDoneAction } from "./actions";
import { CopyButton } from "./copy-button";

export const metadata: Metadata = { title: "Your letter" };

type Delivery = LetterReceipt["deliveries"][number];

/** "Mon, Nov 30, 9:00 AM their time", in the office's own time zone. */
function formatLocal({ at, timeZone }: { at: Date; timeZone: string }): string {
  const text = at.toLocaleString("en-US", {
    timeZone,
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
  return `${text} their time`;
}

/** Honest words for each status: "sent" only when the provider accepted it, "sent by you" only when you said so. */
function statusText(d: Delivery): { label: string; tone: "done" | "waiting" | "you" | "problem" } {
  const when = d.sentAt ? ` on ${d.sentAt.toLocaleDateString("en-US", { dateStyle: "medium" })}` : "";
  switch (d.status) {
    case "awaiting_confirmation":
      return { label: "Waiting for you to confirm your email address", tone: "waiting" };
    case "queued":
      if (d.scheduled?.isRetry) {
        return {
          label: `Not sent yet: our email provider was busy, so we will try again ${formatLocal(d.scheduled)}`,
          tone: "waiting",
        };
      }
      if (d.scheduled) {
        return {
          label: `Scheduled by email for ${formatLocal(d.scheduled)}, when their office reads mail (we pace letters so each one is read)`,
          tone: "waiting",
        };
      }
      return { label: "Waiting to be sent by email", tone: "waiting" };
    case "sent":
      return { label: `Sent by email${when} (accepted by our email provider)`, tone: "done" };
    case "delivered":
      return { label: `Delivered to their inbox${when}`, tone: "done" };
    case "bounced":
      return { label: "Their address refused it (bounced)", tone: "problem" };
    case "complained":
      return { label: "Marked as unwanted by the recipient", tone: "problem" };
    case "failed":
      return { label: "Could not be sent: we tried several times and gave up", tone: "problem" };
    case "handoff_ready":
      return { label: "Your turn: send it through their contact form", tone: "you" };
    case "handoff_done":
      return { label: `You sent it through their contact form${when}`, tone: "done" };
  }
}

const answerText: Record<ReplyAnswer, string> = {
  yes: "You told us they replied",
  no: "You told us they did not reply",
  not_yet: "You told us there is no reply yet",
};

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
  const { isAsked, answers } = await findMyAnswers(user, receipt.id);
  const handoffs = receipt.deliveries.filter((d) => d.status === "handoff_ready");
  const example = receipt.deliveries[0];
  // After the letter, the campaign's next step in its organizers' order (the hand-offs are on this page).
  const next = sent ? await findNextStepAfterAction(user, receipt.campaignSlug) : null;

  return (
    <div className="mx-auto max-w-3xl">
      {sent ? (
        <div
          role="status"
          className="mb-4 rounded border border-green-300 bg-green-50 p-3 font-medium text-green-900"
        >
          Thank you. Your letter is on its way
          {handoffs.length > 0 ? ", and a few officials need one more step from you" : ""}.
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
        <Link href={`/campaigns/${receipt.campaignSlug}`} className="underline">
          {receipt.campaignTitle}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">Your letter</h1>
      <p className="mt-1 text-stone-700">
        Written {receipt.createdAt.toLocaleDateString("en-US", { dateStyle: "long" })}. This page shows
        exactly where it went and what happened.
      </p>

      {isAsked ? (
        <div className="mt-6 rounded-lg border border-brand-100 bg-brand-50 p-4">
          <p className="font-medium">
            {answers.size > 0 ? "Thank you for telling us about replies." : "Did you get a reply?"}
          </p>
          <p className="mt-1 text-stone-700">
            Your answers help show how often officials reply to the people who write to them.{" "}
            <Link href={`/letters/${receipt.id}/replies`} className="font-medium text-brand-800 underline">
              {answers.size > 0 ? "Change your answers" : "Tell us if they replied"}
            </Link>
          </p>
        </div>
      ) : null}

      <h2 className="mt-8 text-xl font-semibold">Where it goes</h2>
      <ul className="mt-3 space-y-4">
        {receipt.deliveries.map((d) => {
          const status = statusText(d);
          const reply = answers.get(d.id);
          return (
            <li key={d.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p>
                  <span className="font-semibold">{d.targetName}</span>
                  {d.targetTitle ? <span className="text-stone-700">, {d.targetTitle}</span> : null}
                  <span className="block text-sm text-stone-600">
                    {d.channel === "email" ? "By email" : "By their website's contact form"}
                  </span>
                </p>
                <span className={`rounded px-2 py-1 text-sm font-medium ${toneClass[status.tone]}`}>
                  {status.label}
                </span>
              </div>
              {d.status === "handoff_ready" ? (
                <div className="mt-3 space-y-3 border-t border-stone-200 pt-3">
                  <p>
                    Members of Congress do not publish email addresses. Copy your letter, open their form,
                    paste it there and send it. Then tell us, so your receipt stays true.
                  </p>
                  <label htmlFor={`text-${d.id}`} className="block text-sm font-medium">
                    Your letter to {d.targetName}
                  </label>
                  <textarea
                    id={`text-${d.id}`}
                    readOnly
                    rows={8}
                    value={`${d.text.subject}\n\n${d.text.body}\n\n${d.text.signature.join("\n")}`}
                    className="block w-full rounded border border-stone-300 bg-stone-50 p-2 text-sm"
                  />
                  <div className="flex flex-wrap items-center gap-3">
                    <CopyButton text={`${d.text.body}\n\n${d.text.signature.join("\n")}`} />
                    {d.contactFormUrl ? (
                      <a
                        href={d.contactFormUrl}
                        target="_blank"
                        rel="noopener noreferrer"
                        className="rounded bg-brand-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900"
                      >
                        Open {d.targetName}'s contact form
                        <span className="sr-only"> (opens in a new tab)</span>
                      </a>
                    ) : null}
                    <form action={markHandoffDoneAction}>
                      <input type="hidden" name="deliveryId" value={d.id} />
                      <button
                        type="submit"
                        className="rounded border border-green-700 bg-white px-3 py-1.5 text-sm font-medium text-green-900 hover:bg-green-50"
                      >
                        I sent it to {d.targetName}
                      </button>
                    </form>
                  </div>
                </div>
              ) : null}
              {reply ? (
                <div className="mt-3 border-t border-stone-200 pt-3 text-sm">
                  <p className="font-medium">{answerText[reply.answer]}.</p>
                  {reply.replyText ? (
                    <details className="mt-1">
                      <summary className="cursor-pointer text-brand-800 underline">
                        The reply you pasted
                      </summary>
                      <p className="mt-2 whitespace-pre-wrap rounded bg-stone-50 p-3">{reply.replyText}</p>
                    </details>
                  ) : null}
                </div>
              ) : null}
              {d.status === "failed" && d.lastError ? (
                <p className="mt-2 text-sm text-stone-700">
                  We will look into it. The organizers can see it too.
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>

      {example ? (
        <>
          <h2 className="mt-8 text-xl font-semibold">What you wrote</h2>
          <p className="text-sm text-stone-600">As {example.targetName} receives it.</p>
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
