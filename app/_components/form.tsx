"use client";

import type { InputHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";

/** A labelled input whose error is tied to it (aria-describedby) and announced. */
export function Field({
  label,
  name,
  hint,
  errors,
  id: givenId,
  ...input
}: {
  label: string;
  name: string;
  hint?: string;
  errors?: string[];
  /** Needed when a page has two forms with a field of the same name (ids must be unique). */
  id?: string;
} & InputHTMLAttributes<HTMLInputElement>) {
  const id = givenId ?? `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
        {...input}
      />
      {errorId ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function SubmitButton({ children, pendingText }: { children: string; pendingText: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      // public/enhance.js shows it on the lite page, where React does not run.
      data-pending-text={pendingText}
      aria-disabled={pending}
      className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-70"
    >
      {pending ? pendingText : children}
    </button>
  );
}

/** The form-level message, announced to screen readers when it changes. */
export function FormMessage({ status, message }: { status: string; message?: string }) {
  return (
    <div aria-live="polite" role="status" className="min-h-6">
      {message ? (
        <p
          className={status === "error" ? "mb-4 font-medium text-red-800" : "mb-4 font-medium text-green-800"}
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}
