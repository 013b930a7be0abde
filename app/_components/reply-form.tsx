"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form";
import { type ActionState, idleState } from "@/lib/actions";
import { useLocale } from "@/lib/i18n/client";
import { translateTitle } from "@/lib/officials/present";
import { replyFormWords } from "./reply-form.messages";

export type ReplyFormDelivery = {
  id: string;
  targetName: string;
  targetTitle: string;
  answer: "yes" | "no" | "not_yet" | null;
  replyText: string | null;
};

const CHOICES = [
  { value: "yes", word: "yes" },
  { value: "no", word: "no" },
  { value: "not_yet", word: "notYet" },
] as const;

/**
 * "Did they reply?" for each official a letter reached: Yes / No / Not yet, and room to paste their reply.
 * A plain form: it works before (or without) JavaScript, and keeps what was typed when something is wrong.
 */
export function ReplyForm({
  action,
  deliveries,
  hidden,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  deliveries: ReplyFormDelivery[];
  /** The token or letter id the action needs. */
  hidden: Record<string, string>;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const locale = useLocale();
  const t = replyFormWords[locale];
  return (
    <form action={formAction} noValidate className="mt-6 space-y-6">
      <FormMessage status={state.status} message={state.message} />
      {state.status === "success" && state.link ? (
        <p className="-mt-4">
          <a href={state.link.href} className="font-medium text-brand-800 underline">
            {state.link.label}
          </a>
        </p>
      ) : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {deliveries.map((d) => {
        const answerName = `answer-${d.id}`;
        const replyName = `reply-${d.id}`;
        const answerErrors = state.fieldErrors?.[answerName];
        const replyErrors = state.fieldErrors?.[replyName];
        const answerErrorId = answerErrors?.length ? `${answerName}-error` : undefined;
        const replyErrorId = replyErrors?.length ? `${replyName}-error` : undefined;
        const chosen = state.values ? state.values[answerName] : (d.answer ?? undefined);
        return (
          <fieldset
            key={d.id}
            aria-describedby={answerErrorId}
            className="rounded-lg border border-stone-300 bg-white p-4"
          >
            <legend className="px-1 text-lg font-semibold">
              {t.didReply(d.targetName)}
              {d.targetTitle ? (
                <span className="block text-sm font-normal text-stone-600">
                  {translateTitle(d.targetTitle, locale)}
                </span>
              ) : null}
            </legend>
            <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
              {CHOICES.map((choice) => (
                <label key={choice.value} className="flex items-center gap-2 py-1 text-base">
                  <input
                    type="radio"
                    name={answerName}
                    value={choice.value}
                    defaultChecked={chosen === choice.value}
                    aria-invalid={answerErrorId ? true : undefined}
                    className="size-5 accent-brand-800"
                  />
                  {t[choice.word]}
                </label>
              ))}
            </div>
            {answerErrorId ? (
              <p id={answerErrorId} className="mt-1 text-sm font-medium text-red-800">
                {answerErrors?.join(" ")}
              </p>
            ) : null}
            <label htmlFor={replyName} className="mt-4 block font-medium">
              {t.pasteReply}
            </label>
            <textarea
              id={replyName}
              name={replyName}
              rows={4}
              maxLength={10_000}
              defaultValue={state.values ? (state.values[replyName] ?? "") : (d.replyText ?? "")}
              aria-invalid={replyErrorId ? true : undefined}
              aria-describedby={replyErrorId}
              className="mt-1 block w-full rounded border border-stone-400 bg-white p-2 text-base aria-[invalid=true]:border-red-700"
            />
            {replyErrorId ? (
              <p id={replyErrorId} className="mt-1 text-sm font-medium text-red-800">
                {replyErrors?.join(" ")}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <SubmitButton pendingText={t.saving}>{t.save}</SubmitButton>
    </form>
  );
}
