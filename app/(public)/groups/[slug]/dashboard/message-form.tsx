"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form";
import { idleState } from "@/lib/actions";
import { useMessages } from "@/lib/i18n/client";
import { sendShiftMessageAction } from "./actions";
import { dashboardWords } from "./messages";

/**
 * A message to everyone signed up for one shift. The message id is made when the page is shown, so sending
 * the same form twice (a double-click, a retry) is one message, never two emails to anyone.
 */
export function MessageForm({
  slug,
  optionId,
  messageId,
  recipients,
  senderEmail,
}: {
  slug: string;
  optionId: string;
  messageId: string;
  recipients: number;
  senderEmail: string;
}) {
  const t = useMessages(dashboardWords);
  const [state, action] = useActionState(sendShiftMessageAction, idleState);
  const errors = state.fieldErrors ?? {};
  const bodyErrorId = errors.body?.length ? "field-body-error" : undefined;
  return (
    <form action={action} noValidate className="max-w-xl">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="optionId" value={optionId} />
      <input type="hidden" name="messageId" value={messageId} />
      <p className="mb-4 text-stone-700">{t.goesTo(recipients, senderEmail)}</p>
      <Field
        label={t.subject}
        name="subject"
        required
        maxLength={150}
        defaultValue={state.values?.subject ?? ""}
        errors={errors.subject ?? errors.messageId}
      />
      <div className="mb-4">
        <label htmlFor="field-body" className="block font-medium">
          {t.message}
        </label>
        <p id="field-body-hint" className="text-sm text-stone-600">
          {t.messageHint}
        </p>
        <textarea
          id="field-body"
          name="body"
          rows={8}
          required
          maxLength={5000}
          defaultValue={state.values?.body ?? ""}
          aria-invalid={bodyErrorId ? true : undefined}
          aria-describedby={["field-body-hint", bodyErrorId].filter(Boolean).join(" ")}
          className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
        />
        {bodyErrorId ? (
          <p id={bodyErrorId} className="mt-1 text-sm font-medium text-red-800">
            {errors.body?.join(" ")}
          </p>
        ) : null}
      </div>
      <FormMessage status={state.status} message={state.message} />
      {state.status === "success" ? (
        <p className="mb-4">
          <a href="?" className="font-medium text-brand-800 underline">
            {t.writeAnother}
          </a>
        </p>
      ) : null}
      <SubmitButton pendingText={t.sending}>{t.send}</SubmitButton>
    </form>
  );
}
