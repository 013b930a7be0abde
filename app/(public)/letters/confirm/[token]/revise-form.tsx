"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form";
import { type ActionState, idleState } from "@/lib/actions";

export type RevisePart = { id: string; label: string; text: string };

/**
 * The supporter's own parts of a letter awaiting confirmation, to change before it goes. A plain form: it works
 * without JavaScript, and keeps what was typed when something is wrong. The token travels as a hidden field (a
 * bound argument would make a new action on every render).
 */
export function ReviseLetterForm({
  action,
  token,
  parts,
  words,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  token: string;
  parts: RevisePart[];
  words: { save: string; saveAndSend: string };
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} noValidate className="mt-4 space-y-4">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="token" value={token} />
      {parts.map((part) => {
        const name = `part:${part.id}`;
        const errors = state.fieldErrors?.[name];
        const errorId = errors?.length ? `part-${part.id}-error` : undefined;
        return (
          <div key={part.id}>
            <label htmlFor={`part-${part.id}`} className="block font-medium">
              {part.label}
            </label>
            <textarea
              id={`part-${part.id}`}
              name={name}
              defaultValue={state.values ? (state.values[name] ?? "") : part.text}
              rows={part.id === "story" ? 6 : 3}
              maxLength={5000}
              aria-invalid={errorId ? true : undefined}
              aria-describedby={errorId}
              className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700"
            />
            {errorId ? (
              <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
                {errors?.join(" ")}
              </p>
            ) : null}
          </div>
        );
      })}
      {state.fieldErrors?.form ? (
        <p className="text-sm font-medium text-red-800">{state.fieldErrors.form.join(" ")}</p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="intent"
          value="save"
          aria-disabled={pending}
          className="rounded border border-brand-800 bg-white px-4 py-2 font-medium text-brand-800 hover:bg-stone-100"
        >
          {words.save}
        </button>
        <button
          type="submit"
          name="intent"
          value="send"
          aria-disabled={pending}
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {words.saveAndSend}
        </button>
      </div>
    </form>
  );
}
