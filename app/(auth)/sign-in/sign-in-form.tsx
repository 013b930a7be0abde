"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form";
import { FormGuardFields } from "@/app/_components/form-guard";
import { idleState } from "@/lib/actions";
import { requestSignInAction } from "./actions";

export function SignInForm({ redirectTo, stamp }: { redirectTo?: string; stamp: string }) {
  const [state, action] = useActionState(requestSignInAction, idleState);
  return (
    <form action={action} noValidate>
      <FormMessage status={state.status} message={state.message} />
      <Field
        label="Email address"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email ?? ""}
        errors={state.fieldErrors?.email}
      />
      {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
      <FormGuardFields stamp={stamp} />
      <SubmitButton pendingText="Sending your link…">Email me a sign-in link</SubmitButton>
    </form>
  );
}
