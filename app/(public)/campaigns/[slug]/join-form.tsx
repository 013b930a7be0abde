"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form";
import { FormGuardFields } from "@/app/_components/form-guard";
import { NextStepNote } from "@/app/_components/next-step";
import { SharePrompt } from "@/app/_components/share-prompt";
import { idleState } from "@/lib/actions";
import { useMessages } from "@/lib/i18n/client";
import { joinAction } from "./join-actions";
import { campaignPage } from "./messages";

type Props = {
  campaign: string;
  organizationName: string;
  isSignedIn: boolean;
  stamp: string;
  /** The person's earlier choice (after the emailed link), never ticked for them otherwise. */
  consent?: boolean;
  submitLabel?: string;
  /** The campaign to pass on once the person has joined (a ready-to-share sentence). */
  share?: { title: string; url: string };
};

export function JoinForm({
  campaign,
  organizationName,
  isSignedIn,
  stamp,
  consent,
  submitLabel,
  share,
}: Props) {
  const [state, action] = useActionState(joinAction, idleState);
  const t = useMessages(campaignPage);
  if (state.status === "success") {
    return (
      <div>
        <p
          role="status"
          className="rounded border border-green-300 bg-green-50 p-3 font-medium text-green-900"
        >
          {state.message}
        </p>
        <NextStepNote next={state.next} thanks={false} />
        {/* Signed in, success means joined; otherwise it means "check your email", too early to share. */}
        {isSignedIn && share ? <SharePrompt act="join" title={share.title} url={share.url} /> : null}
      </div>
    );
  }
  return (
    <form action={action} noValidate className="space-y-3">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="campaign" value={campaign} />
      <FormGuardFields stamp={stamp} />
      {isSignedIn ? null : (
        <Field
          label={t.yourEmail}
          name="email"
          id={`join-email-${campaign}`}
          type="email"
          autoComplete="email"
          required
          hint={t.joinEmailHint}
          defaultValue={state.values?.email ?? ""}
          errors={state.fieldErrors?.email}
        />
      )}
      <div className="flex items-start gap-2">
        <input
          id={`consent-${campaign}`}
          type="checkbox"
          name="consent"
          value="yes"
          defaultChecked={consent ?? false}
          className="mt-1 h-4 w-4"
        />
        <label htmlFor={`consent-${campaign}`}>{t.consent(organizationName)}</label>
      </div>
      <SubmitButton pendingText={t.joining}>{submitLabel ?? t.join}</SubmitButton>
    </form>
  );
}
