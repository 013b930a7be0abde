"use client";

import { type ReactNode, useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form";
import { idleState } from "@/lib/actions";
import type { OptionKind } from "@/lib/groups/option-input";
import { saveOptionAction } from "./actions";
import { US_ZONES } from "./zones";

export type OptionFormValues = Record<string, string>;

const inputClass =
  "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

/** A label, an optional hint and an error tied to any control, as `Field` does for inputs. */
function Control({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (describedBy: string | undefined, isInvalid: boolean) => ReactNode;
}) {
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
      {children([hintId, errorId].filter(Boolean).join(" ") || undefined, Boolean(errorId))}
      {errorId ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

function Checkbox({ name, label, defaultChecked }: { name: string; label: string; defaultChecked: boolean }) {
  return (
    <div className="mb-4 flex items-center gap-2">
      <input
        id={`field-${name}`}
        type="checkbox"
        name={name}
        defaultChecked={defaultChecked}
        className="h-5 w-5 rounded border-stone-400"
      />
      <label htmlFor={`field-${name}`} className="font-medium">
        {label}
      </label>
    </div>
  );
}

/**
 * Offer or edit a way to help. The fields follow the kind (chosen before the form, and fixed once offered).
 * A plain form: it works without JavaScript and keeps what was typed when something needs fixing.
 */
export function OptionForm({
  slug,
  optionId,
  kind,
  initial,
  campaigns,
  otherZones,
  submitLabel,
}: {
  slug: string;
  optionId?: string;
  kind: OptionKind;
  initial: OptionFormValues;
  campaigns: { id: string; title: string }[];
  otherZones: string[];
  submitLabel: string;
}) {
  const [state, action] = useActionState(saveOptionAction, idleState);
  const values = state.values ?? initial;
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => values[name] ?? "";
  const checked = (name: string) => values[name] === "on" || values[name] === "true";
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="kind" value={kind} />
      {optionId ? <input type="hidden" name="optionId" value={optionId} /> : null}

      <Field
        label="Title"
        name="title"
        required
        maxLength={120}
        defaultValue={value("title")}
        errors={errors.title}
      />
      <Control
        id="field-description"
        label="Description (optional)"
        hint="What people will do or give, in a few words."
        errors={errors.description}
      >
        {(describedBy, isInvalid) => (
          <textarea
            id="field-description"
            name="description"
            rows={3}
            maxLength={2000}
            defaultValue={value("description")}
            aria-describedby={describedBy}
            aria-invalid={isInvalid || undefined}
            className={inputClass}
          />
        )}
      </Control>

      {kind === "volunteer_shift" ? (
        <>
          <Control id="field-timeZone" label="Time zone of the place" errors={errors.timeZone}>
            {(describedBy, isInvalid) => (
              <select
                id="field-timeZone"
                name="timeZone"
                defaultValue={value("timeZone") || "America/Chicago"}
                aria-describedby={describedBy}
                aria-invalid={isInvalid || undefined}
                className={inputClass}
              >
                <optgroup label="United States">
                  {US_ZONES.map(([zone, label]) => (
                    <option key={zone} value={zone}>
                      {label}
                    </option>
                  ))}
                </optgroup>
                <optgroup label="Everywhere else">
                  {(otherZones.includes(value("timeZone")) ||
                  US_ZONES.some(([zone]) => zone === value("timeZone")) ||
                  !value("timeZone")
                    ? otherZones
                    : [value("timeZone"), ...otherZones]
                  ).map((zone) => (
                    <option key={zone} value={zone}>
                      {zone.replace(/_/g, " ")}
                    </option>
                  ))}
                </optgroup>
              </select>
            )}
          </Control>
          <Field
            label="Starts"
            name="startsAt"
            type="datetime-local"
            hint="On the clock of the place, in its time zone."
            required
            defaultValue={value("startsAt")}
            errors={errors.startsAt}
          />
          <Field
            label="Ends"
            name="endsAt"
            type="datetime-local"
            required
            defaultValue={value("endsAt")}
            errors={errors.endsAt}
          />
          <Field
            label="Place"
            name="location"
            hint="The address where volunteers meet. Leave empty if the shift is remote."
            maxLength={300}
            autoComplete="street-address"
            defaultValue={value("location")}
            errors={errors.location}
          />
          <Checkbox
            name="isRemote"
            label="Remote: volunteers take part from wherever they are"
            defaultChecked={checked("isRemote")}
          />
          <Field
            label="How many volunteers"
            name="capacity"
            type="number"
            inputMode="numeric"
            min={1}
            required
            defaultValue={value("capacity")}
            errors={errors.capacity}
          />
          <Field
            label="Hours each volunteer gives (optional)"
            name="hours"
            type="number"
            inputMode="decimal"
            step="0.25"
            min={0}
            hint="Leave empty to count the length of the shift."
            defaultValue={value("hours")}
            errors={errors.hours}
          />
        </>
      ) : null}

      {kind === "donation" ? (
        <>
          <Field
            label="Suggested amounts in US dollars"
            name="suggestedAmounts"
            hint="One to six whole-dollar amounts, separated by commas, like 10, 25, 50. Gifts go to your group's own donation page."
            required
            defaultValue={value("suggestedAmounts")}
            errors={errors.suggestedAmounts}
          />
          <Checkbox
            name="allowsMonthly"
            label="Offer a monthly gift too"
            defaultChecked={checked("allowsMonthly")}
          />
        </>
      ) : null}

      {kind === "goods" ? (
        <>
          <Field
            label="Item"
            name="item"
            hint="Like “Winter coats (adult sizes)”."
            required
            maxLength={120}
            defaultValue={value("item")}
            errors={errors.item}
          />
          <Field
            label="How many you need"
            name="capacity"
            type="number"
            inputMode="numeric"
            min={1}
            required
            defaultValue={value("capacity")}
            errors={errors.capacity}
          />
        </>
      ) : null}

      {kind === "skills" ? (
        <>
          <Field
            label="Skill"
            name="skill"
            hint="Like “Spanish translation”."
            required
            maxLength={120}
            defaultValue={value("skill")}
            errors={errors.skill}
          />
          <Field
            label="Hours you ask for"
            name="hours"
            type="number"
            inputMode="decimal"
            step="0.25"
            min={0}
            required
            defaultValue={value("hours")}
            errors={errors.hours}
          />
          <Field
            label="Place (optional)"
            name="location"
            maxLength={300}
            defaultValue={value("location")}
            errors={errors.location}
          />
          <Checkbox
            name="isRemote"
            label="Remote: can be done from anywhere"
            defaultChecked={checked("isRemote")}
          />
        </>
      ) : null}

      <Control
        id="field-campaignId"
        label="Show it on a campaign too (optional)"
        hint="It always shows on your group's page."
        errors={errors.campaignId}
      >
        {(describedBy, isInvalid) => (
          <select
            id="field-campaignId"
            name="campaignId"
            defaultValue={value("campaignId")}
            aria-describedby={describedBy}
            aria-invalid={isInvalid || undefined}
            className={inputClass}
          >
            <option value="">No campaign: only on our group's page</option>
            {campaigns.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {campaign.title}
              </option>
            ))}
          </select>
        )}
      </Control>

      <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
