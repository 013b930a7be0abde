"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form";
import { NextStepNote } from "@/app/_components/next-step";
import { idleState } from "@/lib/actions";
import { useMessages } from "@/lib/i18n/client";
import { campaignPage } from "./messages";
import { markStepDoneAction } from "./steps-actions";

/** "I did this" for a step the person marks themselves; afterwards, the next step in the organizer's order. */
export function StepDoneForm({
  campaign,
  stepId,
  label,
  isDone,
}: {
  campaign: string;
  stepId: string;
  label: string;
  isDone: boolean;
}) {
  const [state, action, isPending] = useActionState(markStepDoneAction, idleState);
  const t = useMessages(campaignPage);
  if (state.status === "success") {
    return (
      <div role="status" className="mt-2 rounded border border-green-300 bg-green-50 p-2">
        <p className="font-medium text-green-900">{state.message}</p>
        <NextStepNote next={state.next} thanks={false} />
      </div>
    );
  }
  // Rendered for a done step too, so the thank-you above stays when the page refreshes with the tick.
  if (isDone) return null;
  return (
    <form action={action} className="mt-2">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="campaign" value={campaign} />
      <input type="hidden" name="step" value={stepId} />
      <button
        type="submit"
        disabled={isPending}
        aria-label={t.didThisLabel(label)}
        className="rounded border border-stone-400 bg-white px-3 py-1 text-sm font-medium hover:bg-stone-100"
      >
        {t.didThis}
      </button>
    </form>
  );
}
