"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form";
import { idleState } from "@/lib/actions";
import { deleteAccountAction } from "./actions";

export function DeleteAccountForm({ email }: { email: string }) {
  const [state, action] = useActionState(deleteAccountAction, idleState);
  return (
    <form action={action} noValidate className="max-w-md">
      <FormMessage status={state.status} message={state.message} />
      <Field
        label={`To confirm, type your email address: ${email}`}
        name="confirmEmail"
        type="email"
        autoComplete="off"
        required
        defaultValue={state.values?.confirmEmail ?? ""}
        errors={state.fieldErrors?.confirmEmail}
      />
      <SubmitButton pendingText="Deleting your account…">Delete my account</SubmitButton>
    </form>
  );
}
