"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form";
import { idleState } from "@/lib/actions";
import { useMessages } from "@/lib/i18n/client";
import { accountPages } from "../../messages";
import { deleteAccountAction } from "./actions";

export function DeleteAccountForm({ email }: { email: string }) {
  const [state, action] = useActionState(deleteAccountAction, idleState);
  const t = useMessages(accountPages);
  return (
    <form action={action} noValidate className="max-w-md">
      <FormMessage status={state.status} message={state.message} />
      <Field
        label={t.confirmEmail(email)}
        name="confirmEmail"
        type="email"
        autoComplete="off"
        required
        defaultValue={state.values?.confirmEmail ?? ""}
        errors={state.fieldErrors?.confirmEmail}
      />
      <SubmitButton pendingText={t.deleting}>{t.deleteButton}</SubmitButton>
    </form>
  );
}
