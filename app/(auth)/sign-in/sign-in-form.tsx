"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form";
import { FormGuardFields } from "@/app/_components/form-guard";
import { idleState } from "@/lib/actions";
import { useMessages } from "@/lib/i18n/client";
import { authPages } from "../messages";
import { requestSignInAction } from "./actions";

export function SignInForm({ redirectTo, stamp }: { redirectTo?: string; stamp: string }) {
  const [state, action] = useActionState(requestSignInAction, idleState);
  const t = useMessages(authPages);
  return (
    <form action={action} noValidate>
      <FormMessage status={state.status} message={state.message} />
      <Field
        label={t.emailLabel}
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email ?? ""}
        errors={state.fieldErrors?.email}
      />
      {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
      <FormGuardFields stamp={stamp} />
      <SubmitButton pendingText={t.sending}>{t.emailMe}</SubmitButton>
    </form>
  );
}
