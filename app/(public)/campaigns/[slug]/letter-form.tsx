"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { Field, SubmitButton } from "@/app/_components/form";
import { FormGuardFields } from "@/app/_components/form-guard";
import { idleState } from "@/lib/actions";
import { useLocale } from "@/lib/i18n/client";
import {
  composeBody,
  PERSONALIZATION_LABELS,
  personalization,
  type TemplatePart,
} from "@/lib/letters/template";
import { submitLetterAction } from "./actions";
import { CWC_PREFIXES, campaignPage } from "./messages";

type Props = {
  campaign: string;
  zip: string;
  district: string | null;
  parts: TemplatePart[];
  prompt: string;
  /** The letter's language (the reader's when the organizers wrote one in it, else the campaign's own). */
  language: string;
  isSignedIn: boolean;
  defaults: { firstName: string; lastName: string; city: string; streetAddress: string };
  /** Targets that read letters only with a street address (the field shows only for them). */
  needsAddress: string[];
  /**
   * Members of Congress among the recipients: Congress's mail system (CWC) needs a street address and a title
   * (prefix). `hasSenate`: the Senate takes only Mr., Mrs., Miss, Ms. or Dr.; `isRequired`: a recipient goes
   * through CWC now (the backend chose that channel), so the fields must be filled.
   */
  congress: { asks: boolean; hasSenate: boolean; isRequired: boolean };
  /** The supporter's state districts, when known, so the letter reaches their state legislators. */
  stateDistricts: { upper?: string; lower?: string };
  /** The signed time the form was shown (lib/security/form-guard). */
  stamp: string;
};

/** The title Congress's mail system asks for (field `prefix`), with "None of these". */
function PrefixField({
  congress,
  value,
  errors,
}: {
  congress: Props["congress"];
  value: string;
  errors?: string[];
}) {
  const t = campaignPage[useLocale()];
  const hintId = "field-prefix-hint";
  const errorId = errors?.length ? "field-prefix-error" : undefined;
  return (
    <div className="mb-4">
      <label htmlFor="field-prefix" className="block font-medium">
        {t.prefixLabel}
      </label>
      <p id={hintId} className="text-sm text-stone-600">
        {congress.hasSenate ? `${t.prefixHint} ${t.prefixNoneSenate}` : t.prefixHint}
      </p>
      <select
        id="field-prefix"
        name="prefix"
        autoComplete="honorific-prefix"
        required={congress.isRequired}
        defaultValue={value}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}
        className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
      >
        <option value="">{t.prefixChoose}</option>
        {CWC_PREFIXES.map((prefix) => (
          <option key={prefix} value={prefix}>
            {prefix}
          </option>
        ))}
        <option value="none">{t.prefixNone}</option>
      </select>
      {errorId ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The letter editor: editable parts, the campaign's locked ask, a live "how personal" indicator, details. */
export function LetterForm({
  campaign,
  zip,
  district,
  parts,
  prompt,
  language,
  isSignedIn,
  defaults,
  needsAddress,
  congress,
  stateDistricts,
  stamp,
}: Props) {
  const [state, action] = useActionState(submitLetterAction, idleState);
  const locale = useLocale();
  const t = campaignPage[locale];
  const [edits, setEdits] = useState<Record<string, string>>({});
  const template = composeBody(parts, {});
  const current = composeBody(parts, edits);
  const personal = personalization(template, current, locale);
  const value = (name: string, fallback = "") => state.values?.[name] ?? fallback;
  // The letter's words keep their own language's lang when it is not the page's (the labels around them are).
  const letterWords = language !== locale ? { lang: language } : {};

  if (state.status === "success") {
    return (
      <div role="status" className="rounded border border-green-300 bg-green-50 p-4">
        <h3 className="text-lg font-semibold text-green-900">{t.checkEmail}</h3>
        <p className="mt-1">{state.message}</p>
      </div>
    );
  }

  return (
    <form action={action} className="space-y-5">
      <input type="hidden" name="campaign" value={campaign} />
      <FormGuardFields stamp={stamp} />
      <input type="hidden" name="zip" value={zip} />
      {district ? <input type="hidden" name="district" value={district} /> : null}
      {stateDistricts.upper ? <input type="hidden" name="stateUpper" value={stateDistricts.upper} /> : null}
      {stateDistricts.lower ? <input type="hidden" name="stateLower" value={stateDistricts.lower} /> : null}
      <div aria-live="polite" role="status">
        {state.message ? (
          <p className={state.status === "error" ? "font-medium text-red-800" : "font-medium text-green-800"}>
            {state.message}{" "}
            {state.link ? (
              <Link href={state.link.href} className="underline">
                {state.link.label}
              </Link>
            ) : null}
          </p>
        ) : null}
      </div>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t.yourLetter}</legend>
        {prompt ? (
          <p {...letterWords} className="text-stone-700">
            {prompt}
          </p>
        ) : null}
        <p className="text-sm text-stone-600">{t.bracesNote}</p>
        {parts.map((part, index) =>
          part.isLocked ? (
            <div key={part.id}>
              <p className="font-medium">{t.lockedAsk}</p>
              <blockquote
                {...letterWords}
                data-letter-part=""
                className="mt-1 rounded border-l-4 border-brand-700 bg-white p-3"
              >
                {part.text}
              </blockquote>
            </div>
          ) : (
            <div key={part.id}>
              <label htmlFor={`part-${part.id}`} className="block font-medium">
                {t.partLabels[part.id] ?? t.partLabel(index + 1)}
              </label>
              <textarea
                {...letterWords}
                id={`part-${part.id}`}
                name={`part:${part.id}`}
                data-letter-part=""
                defaultValue={value(`part:${part.id}`, part.text)}
                onChange={(event) => setEdits((e) => ({ ...e, [part.id]: event.target.value }))}
                rows={part.id === "story" ? 6 : 2}
                maxLength={5000}
                aria-invalid={state.fieldErrors?.[`part:${part.id}`]?.length ? true : undefined}
                aria-describedby={
                  state.fieldErrors?.[`part:${part.id}`]?.length ? `part-${part.id}-error` : undefined
                }
                className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2"
              />
              {state.fieldErrors?.[`part:${part.id}`] ? (
                <p id={`part-${part.id}-error`} className="mt-1 text-sm font-medium text-red-800">
                  {state.fieldErrors[`part:${part.id}`]?.join(" ")}
                </p>
              ) : null}
            </div>
          ),
        )}
        {/* data-*: public/enhance.js keeps this up to date on the lite page, where React does not run. */}
        <div
          className="rounded bg-stone-100 p-3 text-sm"
          data-personal=""
          data-template={template}
          data-labels={JSON.stringify(PERSONALIZATION_LABELS[locale])}
        >
          <p role="status">
            <span className="font-medium">{t.howPersonal}</span>
            <span data-level={personal.level} data-personal-label="">
              {personal.label}
            </span>
          </p>
          <meter
            data-personal-meter=""
            className="mt-1 w-full"
            min={0}
            max={1}
            low={0.1}
            high={0.3}
            optimum={1}
            value={personal.score}
            aria-label={t.personalMeter}
          />
          <p className="mt-1 text-stone-700">{t.personalAdvice}</p>
        </div>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t.aboutYou}</legend>
        <Field
          name="firstName"
          label={t.firstName}
          autoComplete="given-name"
          required
          maxLength={60}
          defaultValue={value("firstName", defaults.firstName)}
          errors={state.fieldErrors?.firstName}
        />
        <Field
          name="lastName"
          label={t.lastName}
          autoComplete="family-name"
          required
          maxLength={60}
          defaultValue={value("lastName", defaults.lastName)}
          errors={state.fieldErrors?.lastName}
        />
        <Field
          name="city"
          label={t.city}
          autoComplete="address-level2"
          maxLength={80}
          defaultValue={value("city", defaults.city)}
          errors={state.fieldErrors?.city}
        />
        {needsAddress.length > 0 || congress.asks ? (
          <Field
            name="streetAddress"
            label={t.streetAddress}
            hint={[
              congress.asks ? t.congressWhy : "",
              needsAddress.length > 0 ? t.streetHint(needsAddress) : "",
            ]
              .filter(Boolean)
              .join(" ")}
            autoComplete="address-line1"
            required={needsAddress.length > 0 || congress.isRequired}
            maxLength={200}
            defaultValue={value("streetAddress", defaults.streetAddress)}
            errors={state.fieldErrors?.streetAddress}
          />
        ) : null}
        {congress.asks ? (
          <PrefixField congress={congress} value={value("prefix")} errors={state.fieldErrors?.prefix} />
        ) : null}
        {isSignedIn ? null : (
          <Field
            name="email"
            type="email"
            label={t.emailToConfirm}
            autoComplete="email"
            required
            defaultValue={value("email")}
            errors={state.fieldErrors?.email}
          />
        )}
      </fieldset>
      {state.fieldErrors?.district ? (
        <p role="alert" className="font-medium text-red-800">
          {state.fieldErrors.district.join(" ")}
        </p>
      ) : null}
      <SubmitButton pendingText={t.sending}>{isSignedIn ? t.sendLetter : t.continueByEmail}</SubmitButton>
    </form>
  );
}
