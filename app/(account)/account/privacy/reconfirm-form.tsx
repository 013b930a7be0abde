"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form";
import { FormGuardFields } from "@/app/_components/form-guard";
import { idleState } from "@/lib/actions";
import { useMessages } from "@/lib/i18n/client";
import { securityPages } from "../security.messages";
import { sendFreshSignInLinkAction } from "./actions";

/** Emails the signed-in person a new sign-in link that brings them back to the privacy page. */
export function ReconfirmForm({ stamp }: { stamp: string }) {
  const [state, action] = useActionState(sendFreshSignInLinkAction, idleState);
  const t = useMessages(securityPages);
  return (
    <form action={action} noValidate>
      <FormMessage status={state.status} message={state.message} />
      <FormGuardFields stamp={stamp} />
      <SubmitButton pendingText={t.sending}>{t.freshButton}</SubmitButton>
    </form>
  );
}
