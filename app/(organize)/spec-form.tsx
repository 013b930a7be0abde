"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form";
import { type ActionState, idleState } from "@/lib/actions";
import { useMessages } from "@/lib/i18n/client";
import { consoleMessages } from "./messages";

export type FieldSpec = {
  name: string;
  label: string;
  kind: "text" | "email" | "url" | "number" | "date" | "textarea" | "checkbox" | "select" | "hidden";
  hint?: string;
  defaultValue?: string;
  /** For checkboxes. */
  defaultChecked?: boolean;
  options?: [string, string][];
  rows?: number;
  maxLength?: number;
  required?: boolean;
  /** Mono font for letter text and markdown. */
  isCode?: boolean;
};

const inputClass =
  "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

function FieldRow({ field, state, idPrefix }: { field: FieldSpec; state: ActionState; idPrefix: string }) {
  const id = `${idPrefix}-${field.name}`;
  const errors = state.fieldErrors?.[field.name];
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const described = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  // After a failed submit, show what the person typed; otherwise what is saved.
  const value = state.status === "error" ? (state.values?.[field.name] ?? "") : (field.defaultValue ?? "");
  const common = {
    id,
    name: field.name,
    "aria-invalid": errorId ? true : undefined,
    "aria-describedby": described,
    required: field.required,
    maxLength: field.maxLength,
  };
  if (field.kind === "hidden")
    return <input type="hidden" name={field.name} value={field.defaultValue ?? ""} />;
  if (field.kind === "checkbox") {
    const checked = state.status === "error" ? state.values?.[field.name] === "on" : field.defaultChecked;
    return (
      <div className="mb-4">
        <div className="flex items-start gap-2">
          <input {...common} type="checkbox" defaultChecked={checked} className="mt-1 h-4 w-4" />
          <label htmlFor={id}>{field.label}</label>
        </div>
        {field.hint ? (
          <p id={hintId} className="text-sm text-stone-600">
            {field.hint}
          </p>
        ) : null}
        {errorId ? (
          <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
            {errors?.join(" ")}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {field.label}
      </label>
      {field.hint ? (
        <p id={hintId} className="text-sm text-stone-600">
          {field.hint}
        </p>
      ) : null}
      {field.kind === "textarea" ? (
        <textarea
          {...common}
          rows={field.rows ?? 4}
          defaultValue={value}
          className={`${inputClass}${field.isCode ? " font-mono text-sm" : ""}`}
        />
      ) : field.kind === "select" ? (
        <select {...common} defaultValue={value} className={inputClass}>
          {(field.options ?? []).map(([optionValue, optionLabel]) => (
            <option key={optionValue} value={optionValue}>
              {optionLabel}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={field.kind}
          defaultValue={value}
          inputMode={field.kind === "number" ? "numeric" : undefined}
          className={inputClass}
        />
      )}
      {errorId ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A form described by its fields, posting to a server action: errors next to their fields, the message
 * announced, and (with `guardUnsaved`) a warning before leaving the page with unsaved changes. Works without
 * JavaScript too (the action runs and the page re-renders).
 */
export function SpecForm({
  action,
  fields,
  submit,
  pending,
  idPrefix,
  guardUnsaved = false,
  isDanger = false,
  inline = false,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  fields: FieldSpec[];
  submit: string;
  pending: string;
  /** Unique per page, so labels tie to their own form's fields. */
  idPrefix: string;
  guardUnsaved?: boolean;
  isDanger?: boolean;
  inline?: boolean;
}) {
  const t = useMessages(consoleMessages);
  const [state, formAction] = useActionState(action, idleState);
  const [isDirty, setDirty] = useState(false);
  const submitted = useRef(false);

  useEffect(() => {
    if (!guardUnsaved || !isDirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (submitted.current) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [guardUnsaved, isDirty]);

  useEffect(() => {
    // A finished save (either way) ends the submit; only a success means nothing is unsaved.
    submitted.current = false;
    if (state.status === "success") setDirty(false);
  }, [state]);

  return (
    <form
      action={formAction}
      noValidate
      onInput={() => setDirty(true)}
      onSubmit={() => {
        submitted.current = true;
      }}
      className={inline ? "inline" : undefined}
    >
      <FormMessage status={state.status} message={state.message} />
      {state.fieldErrors?.form ? (
        <p className="mb-4 text-sm font-medium text-red-800">{state.fieldErrors.form.join(" ")}</p>
      ) : null}
      {fields.map((field) => (
        <FieldRow key={field.name} field={field} state={state} idPrefix={idPrefix} />
      ))}
      {guardUnsaved && isDirty ? <p className="mb-2 text-sm text-amber-800">{t.unsaved}</p> : null}
      {isDanger ? (
        <button
          type="submit"
          className="rounded border border-stone-400 bg-white px-3 py-1 text-sm font-medium hover:bg-stone-100"
        >
          {submit}
        </button>
      ) : (
        <SubmitButton pendingText={pending}>{submit}</SubmitButton>
      )}
    </form>
  );
}
