"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form";
import { type ActionState, idleState } from "@/lib/actions";
import { useMessages } from "@/lib/i18n/client";
import { saveUpdateAction } from "./actions";
import { updatesMessages } from "./messages";

const input =
  "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

/** Subject and markdown body of a new update or a draft; saving shows the preview. */
export function UpdateForm({
  org,
  campaignId,
  draft,
}: {
  org: string;
  campaignId: string;
  draft: { id: string; subject: string; bodyMarkdown: string } | null;
}) {
  const t = useMessages(updatesMessages);
  const [state, action] = useActionState<ActionState, FormData>(saveUpdateAction, idleState);
  const subject = state.values?.subject ?? draft?.subject ?? "";
  const body = state.values?.body ?? draft?.bodyMarkdown ?? "";
  const subjectErrors = state.fieldErrors?.subject;
  const bodyErrors = state.fieldErrors?.body;
  return (
    // The key resets the fields when another draft is opened.
    <form action={action} key={draft?.id ?? "new"} noValidate className="mt-4">
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="updateId" value={draft?.id ?? ""} />
      <FormMessage status={state.status} message={state.message} />
      <div className="mb-4">
        <label htmlFor="update-subject" className="block font-medium">
          {t.subject}
        </label>
        <input
          id="update-subject"
          name="subject"
          defaultValue={subject}
          maxLength={150}
          required
          aria-invalid={subjectErrors?.length ? true : undefined}
          aria-describedby={subjectErrors?.length ? "update-subject-error" : undefined}
          className={input}
        />
        {subjectErrors?.length ? (
          <p id="update-subject-error" className="mt-1 text-sm font-medium text-red-800">
            {subjectErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="mb-4">
        <label htmlFor="update-body" className="block font-medium">
          {t.yourUpdate}
        </label>
        <p id="update-body-hint" className="text-sm text-stone-600">
          {t.bodyHint}
        </p>
        <textarea
          id="update-body"
          name="body"
          defaultValue={body}
          rows={12}
          maxLength={20_000}
          required
          aria-invalid={bodyErrors?.length ? true : undefined}
          aria-describedby={["update-body-hint", bodyErrors?.length ? "update-body-error" : ""]
            .filter(Boolean)
            .join(" ")}
          className={input}
        />
        {bodyErrors?.length ? (
          <p id="update-body-error" className="mt-1 text-sm font-medium text-red-800">
            {bodyErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <SubmitButton pendingText={t.saving}>{draft ? t.saveAndPreview : t.saveDraftAndPreview}</SubmitButton>
    </form>
  );
}
