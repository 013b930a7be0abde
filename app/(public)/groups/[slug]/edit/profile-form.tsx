"use client";

import { type TextareaHTMLAttributes, useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form";
import { idleState } from "@/lib/actions";
import { useMessages } from "@/lib/i18n/client";
import { groupEdit } from "../../messages";
import { updateGroupProfileAction } from "./actions";

export type ProfileFormGroup = {
  slug: string;
  name: string;
  leadershipStatement: string;
  description: string;
  focusAreas: string;
  state: string;
  city: string;
  zip: string;
  isRemote: boolean;
  websiteUrl: string;
  donationUrl: string;
  dropOffPlace: string;
  dropOffHours: string;
};

/** A labelled textarea whose error is tied to it, like `Field`. */
function TextArea({
  label,
  name,
  hint,
  errors,
  ...textarea
}: {
  label: string;
  name: string;
  hint?: string;
  errors?: string[];
} & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = `field-${name}`;
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
      <textarea
        id={id}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
        {...textarea}
      />
      {errorId ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function GroupProfileForm({
  group,
  states,
  knownFocusAreas,
}: {
  group: ProfileFormGroup;
  /** [code, name] pairs for the state choice. */
  states: [string, string][];
  knownFocusAreas: string[];
}) {
  const t = useMessages(groupEdit);
  const [state, action] = useActionState(updateGroupProfileAction, idleState);
  const value = (name: keyof ProfileFormGroup, fallback: string) => state.values?.[name] ?? fallback;
  const errors = (name: string) => state.fieldErrors?.[name];
  const stateErrorId = errors("state")?.length ? "field-state-error" : undefined;
  return (
    <form action={action} noValidate className="max-w-xl">
      <input type="hidden" name="slug" value={group.slug} />
      <FormMessage status={state.status} message={state.message} />
      {state.status === "success" && state.link ? (
        <p className="-mt-2 mb-4">
          <a href={state.link.href} className="font-medium text-brand-800 underline">
            {state.link.label}
          </a>
        </p>
      ) : null}

      <Field
        label={t.name}
        name="name"
        required
        maxLength={120}
        defaultValue={value("name", group.name)}
        errors={errors("name")}
      />
      <TextArea
        label={t.leads}
        name="leadershipStatement"
        hint={t.leadsHint}
        rows={3}
        required
        maxLength={600}
        defaultValue={value("leadershipStatement", group.leadershipStatement)}
        errors={errors("leadershipStatement")}
      />
      <TextArea
        label={t.description}
        name="description"
        rows={5}
        maxLength={2000}
        defaultValue={value("description", group.description)}
        errors={errors("description")}
      />
      <Field
        label={t.focusAreas}
        name="focusAreas"
        hint={t.focusHint(knownFocusAreas.join(", "))}
        maxLength={400}
        defaultValue={value("focusAreas", group.focusAreas)}
        errors={errors("focusAreas")}
      />

      <fieldset className="mb-4 rounded border border-stone-300 p-4">
        <legend className="px-1 font-medium">{t.whereItWorks}</legend>
        <div className="mb-4">
          <label htmlFor="field-state" className="block font-medium">
            {t.state}
          </label>
          <select
            id="field-state"
            name="state"
            defaultValue={value("state", group.state)}
            aria-invalid={stateErrorId ? true : undefined}
            aria-describedby={stateErrorId}
            className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
          >
            <option value="">{t.noState}</option>
            {states.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
          {stateErrorId ? (
            <p id={stateErrorId} className="mt-1 text-sm font-medium text-red-800">
              {errors("state")?.join(" ")}
            </p>
          ) : null}
        </div>
        <Field
          label={t.city}
          name="city"
          maxLength={100}
          defaultValue={value("city", group.city)}
          errors={errors("city")}
        />
        <Field
          label={t.zip}
          name="zip"
          hint={t.zipHint}
          inputMode="numeric"
          maxLength={5}
          defaultValue={value("zip", group.zip)}
          errors={errors("zip")}
        />
        <div className="flex items-start gap-2">
          <input
            id="field-isRemote"
            type="checkbox"
            name="isRemote"
            defaultChecked={state.values ? state.values.isRemote === "on" : group.isRemote}
            className="mt-1 h-5 w-5"
          />
          <label htmlFor="field-isRemote">{t.remote}</label>
        </div>
      </fieldset>

      <Field
        label={t.website}
        name="websiteUrl"
        type="url"
        hint={t.websiteHint}
        maxLength={500}
        defaultValue={value("websiteUrl", group.websiteUrl)}
        errors={errors("websiteUrl")}
      />
      <Field
        label={t.donation}
        name="donationUrl"
        type="url"
        hint={t.donationHint}
        maxLength={500}
        defaultValue={value("donationUrl", group.donationUrl)}
        errors={errors("donationUrl")}
      />
      <Field
        label={t.dropOffPlace}
        name="dropOffPlace"
        hint={t.dropOffPlaceHint}
        maxLength={200}
        defaultValue={value("dropOffPlace", group.dropOffPlace)}
        errors={errors("dropOffPlace")}
      />
      <Field
        label={t.dropOffHours}
        name="dropOffHours"
        hint={t.dropOffHoursHint}
        maxLength={200}
        defaultValue={value("dropOffHours", group.dropOffHours)}
        errors={errors("dropOffHours")}
      />
      <SubmitButton pendingText={t.saving}>{t.save}</SubmitButton>
    </form>
  );
}
