"use client";

import { type ReactNode, useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form";
import { idleState } from "@/lib/actions";
import type { OptionKind } from "@/lib/groups/option-input";
import { useMessages } from "@/lib/i18n/client";
import { saveOptionAction } from "./actions";
import { dashboardWords } from "./messages";
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
  const t = useMessages(dashboardWords);
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
        label={t.titleLabel}
        name="title"
        required
        maxLength={120}
        defaultValue={value("title")}
        errors={errors.title}
      />
      <Control
        id="field-description"
        label={t.description}
        hint={t.descriptionHint}
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
          <Control id="field-timeZone" label={t.timeZone} errors={errors.timeZone}>
            {(describedBy, isInvalid) => (
              <select
                id="field-timeZone"
                name="timeZone"
                defaultValue={value("timeZone") || "America/Chicago"}
                aria-describedby={describedBy}
                aria-invalid={isInvalid || undefined}
                className={inputClass}
              >
                <optgroup label={t.unitedStates}>
                  {US_ZONES.map((zone) => (
                    <option key={zone} value={zone}>
                      {t.zones[zone]}
                    </option>
                  ))}
                </optgroup>
                <optgroup label={t.elsewhere}>
                  {(otherZones.includes(value("timeZone")) ||
                  US_ZONES.some((zone) => zone === value("timeZone")) ||
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
            label={t.starts}
            name="startsAt"
            type="datetime-local"
            hint={t.startsHint}
            required
            defaultValue={value("startsAt")}
            errors={errors.startsAt}
          />
          <Field
            label={t.ends}
            name="endsAt"
            type="datetime-local"
            required
            defaultValue={value("endsAt")}
            errors={errors.endsAt}
          />
          <Field
            label={t.place}
            name="location"
            hint={t.placeHint}
            maxLength={300}
            autoComplete="street-address"
            defaultValue={value("location")}
            errors={errors.location}
          />
          <Checkbox name="isRemote" label={t.shiftRemote} defaultChecked={checked("isRemote")} />
          <Field
            label={t.howManyVolunteers}
            name="capacity"
            type="number"
            inputMode="numeric"
            min={1}
            required
            defaultValue={value("capacity")}
            errors={errors.capacity}
          />
          <Field
            label={t.hoursEach}
            name="hours"
            type="number"
            inputMode="decimal"
            step="0.25"
            min={0}
            hint={t.hoursEachHint}
            defaultValue={value("hours")}
            errors={errors.hours}
          />
        </>
      ) : null}

      {kind === "donation" ? (
        <>
          <Field
            label={t.amounts}
            name="suggestedAmounts"
            hint={t.amountsHint}
            required
            defaultValue={value("suggestedAmounts")}
            errors={errors.suggestedAmounts}
          />
          <Checkbox name="allowsMonthly" label={t.monthly} defaultChecked={checked("allowsMonthly")} />
        </>
      ) : null}

      {kind === "goods" ? (
        <>
          <Field
            label={t.item}
            name="item"
            hint={t.itemHint}
            required
            maxLength={120}
            defaultValue={value("item")}
            errors={errors.item}
          />
          <Field
            label={t.howManyNeeded}
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
            label={t.skill}
            name="skill"
            hint={t.skillHint}
            required
            maxLength={120}
            defaultValue={value("skill")}
            errors={errors.skill}
          />
          <Field
            label={t.hoursAsked}
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
            label={t.placeOptional}
            name="location"
            maxLength={300}
            defaultValue={value("location")}
            errors={errors.location}
          />
          <Checkbox name="isRemote" label={t.skillRemote} defaultChecked={checked("isRemote")} />
        </>
      ) : null}

      <Control
        id="field-campaignId"
        label={t.onCampaignToo}
        hint={t.onCampaignHint}
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
            <option value="">{t.noCampaign}</option>
            {campaigns.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {campaign.title}
              </option>
            ))}
          </select>
        )}
      </Control>

      <SubmitButton pendingText={t.saving}>{submitLabel}</SubmitButton>
    </form>
  );
}
