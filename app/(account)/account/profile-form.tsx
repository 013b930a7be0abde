"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form";
import { idleState } from "@/lib/actions";
import { updateProfileAction } from "./actions";

export function ProfileForm({ name, zip }: { name: string; zip: string }) {
  const [state, action] = useActionState(updateProfileAction, idleState);
  return (
    <form action={action} noValidate className="max-w-md">
      <FormMessage status={state.status} message={state.message} />
      <Field
        label="Your name"
        name="name"
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={state.values?.name ?? name}
        errors={state.fieldErrors?.name}
      />
      <Field
        label="ZIP code (optional)"
        name="zip"
        hint="We use it to find your elected officials faster."
        inputMode="numeric"
        autoComplete="postal-code"
        maxLength={5}
        defaultValue={state.values?.zip ?? zip}
        errors={state.fieldErrors?.zip}
      />
      <SubmitButton pendingText="Saving…">Save</SubmitButton>
    </form>
  );
}
