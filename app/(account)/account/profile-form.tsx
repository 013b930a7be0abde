"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form";
import { idleState } from "@/lib/actions";
import { useMessages } from "@/lib/i18n/client";
import { accountPages } from "../messages";
import { updateProfileAction } from "./actions";

export function ProfileForm({ name, zip }: { name: string; zip: string }) {
  const [state, action] = useActionState(updateProfileAction, idleState);
  const t = useMessages(accountPages);
  return (
    <form action={action} noValidate className="max-w-md">
      <FormMessage status={state.status} message={state.message} />
      <Field
        label={t.nameLabel}
        name="name"
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={state.values?.name ?? name}
        errors={state.fieldErrors?.name}
      />
      <Field
        label={t.zipLabel}
        name="zip"
        hint={t.zipHint}
        inputMode="numeric"
        autoComplete="postal-code"
        maxLength={5}
        defaultValue={state.values?.zip ?? zip}
        errors={state.fieldErrors?.zip}
      />
      <SubmitButton pendingText={t.saving}>{t.save}</SubmitButton>
    </form>
  );
}
