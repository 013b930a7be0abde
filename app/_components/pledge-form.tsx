"use client";

import Link from "next/link";
import { type ComponentProps, useActionState, useRef } from "react";
import { pledgeAction } from "@/app/_actions/pledges";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form";
import { NextStepNote } from "@/app/_components/next-step";
import { SharePrompt } from "@/app/_components/share-prompt";
import { idleState } from "@/lib/actions";
import { useMessages } from "@/lib/i18n/client";
import { pledgeWords } from "@/lib/pledges/messages";

export type PledgeFormOption = {
  id: string;
  kind: "volunteer_shift" | "donation" | "goods" | "skills";
  title: string;
  groupName: string;
  donationUrl: string | null;
  /** Donations: suggested amounts in whole dollars, with their labels ("$25"). */
  suggestedAmounts: { value: string; label: string }[];
  allowsMonthly: boolean;
  hours: number | null;
  /** Goods: the most that can be pledged now (null: no limit). */
  maxQuantity: number | null;
};

/** The shared field, with ids that carry the option's id: a page shows several of these forms at once. */
function PledgeField({ formId, ...field }: { formId: string } & ComponentProps<typeof Field>) {
  return <Field id={`${formId}-${field.name}`} {...field} />;
}

function DonationHandoff({ option }: { option: PledgeFormOption }) {
  const t = useMessages(pledgeWords);
  if (!option.donationUrl) {
    return <p className="mt-2 text-stone-700">{t.willTellHowToGive(option.groupName)}</p>;
  }
  return (
    <div className="mt-3">
      <a
        href={option.donationUrl}
        target="_blank"
        rel="noopener noreferrer"
        className="inline-block rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
      >
        {t.giveOnDonationPage(option.groupName)}
        <span className="sr-only">{t.opensNewTab}</span>
      </a>
      <p className="mt-1 text-sm text-stone-600">{t.noPayment}</p>
    </div>
  );
}

/**
 * The pledge form of one way to help, for a signed-in supporter. It works without JavaScript (a plain form
 * posting to the server action), keeps what was typed when something is wrong, and stays on its success
 * message when the page refreshes with the new count.
 */
export function PledgeForm({
  option,
  defaultName,
  returnPath,
  isPledged,
  fullText,
  myPledgesPath,
  share,
}: {
  option: PledgeFormOption;
  defaultName: string;
  returnPath: string;
  isPledged: boolean;
  /** Set when no more can be pledged (a full shift, goods all given). */
  fullText: string | null;
  myPledgesPath: string;
  /** The campaign to pass on after a pledge (a ready-to-share sentence); none on a group's own page. */
  share?: { title: string; url: string };
}) {
  const t = useMessages(pledgeWords);
  const [state, action] = useActionState(pledgeAction, idleState);
  const otherRadio = useRef<HTMLInputElement>(null);
  const formId = `pledge-${option.id}`;
  const values = state.values;
  const errors = state.fieldErrors ?? {};

  if (state.status === "success") {
    return (
      <div role="status" className="mt-4 rounded border border-green-300 bg-green-50 p-3">
        <p className="font-medium text-green-900">{state.message}</p>
        <NextStepNote next={state.next} thanks={false} />
        {option.kind === "donation" ? <DonationHandoff option={option} /> : null}
        {state.link ? (
          <p className="mt-2">
            <Link href={state.link.href} className="font-medium text-brand-800 underline">
              {state.link.label}
            </Link>
          </p>
        ) : null}
        {share ? <SharePrompt act="pledge" title={share.title} url={share.url} /> : null}
      </div>
    );
  }

  if (isPledged) {
    const isTime = option.kind === "volunteer_shift" || option.kind === "skills";
    return (
      <div className="mt-4 rounded border border-green-300 bg-green-50 p-3">
        <p className="font-medium text-green-900">
          {isTime ? t.youreSignedUp : t.youvePledged}
          {t.seeOrCancelIn}{" "}
          <Link href={myPledgesPath} className="text-brand-800 underline">
            {t.myPledges}
          </Link>
          .
        </p>
        {option.kind === "donation" ? <DonationHandoff option={option} /> : null}
      </div>
    );
  }

  if (fullText) {
    return (
      <div className="mt-4">
        <FormMessage status={state.status} message={state.message} />
        <p className="font-medium text-stone-800">
          {option.kind === "volunteer_shift" ? t.shiftFull : fullText}
        </p>
      </div>
    );
  }

  const amountErrors = errors.amount ?? errors.otherAmount;
  const amountErrorId = amountErrors?.length ? `${formId}-amount-error` : undefined;
  const frequencyErrors = errors.frequency;

  return (
    <form action={action} noValidate className="mt-4 border-t border-stone-200 pt-4">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="optionId" value={option.id} />
      <input type="hidden" name="returnPath" value={returnPath} />

      {option.kind === "donation" ? (
        <>
          <fieldset aria-describedby={amountErrorId} className="mb-3">
            <legend className="font-medium">{t.howMuch}</legend>
            <div className="mt-1 flex flex-wrap gap-2">
              {option.suggestedAmounts.map((amount) => (
                <label
                  key={amount.value}
                  className="flex items-center gap-2 rounded border border-stone-300 bg-white px-3 py-2 has-[:checked]:border-brand-800 has-[:checked]:bg-brand-50"
                >
                  <input
                    type="radio"
                    name="amount"
                    value={amount.value}
                    defaultChecked={values?.amount === amount.value}
                  />
                  {amount.label}
                </label>
              ))}
              <label className="flex items-center gap-2 rounded border border-stone-300 bg-white px-3 py-2 has-[:checked]:border-brand-800 has-[:checked]:bg-brand-50">
                <input
                  ref={otherRadio}
                  type="radio"
                  name="amount"
                  value="other"
                  defaultChecked={values?.amount === "other"}
                />
                {t.otherAmount}
              </label>
            </div>
            <div className="mt-2">
              <label htmlFor={`${formId}-otherAmount`} className="block text-sm font-medium">
                {t.otherAmountLabel}
              </label>
              <input
                id={`${formId}-otherAmount`}
                name="otherAmount"
                inputMode="decimal"
                placeholder={t.otherAmountPlaceholder}
                defaultValue={values?.otherAmount ?? ""}
                onChange={(event) => {
                  if (event.currentTarget.value && otherRadio.current) otherRadio.current.checked = true;
                }}
                aria-invalid={amountErrorId ? true : undefined}
                aria-describedby={amountErrorId}
                className="mt-1 block w-36 rounded border border-stone-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700"
              />
            </div>
            {amountErrorId ? (
              <p id={amountErrorId} className="mt-1 text-sm font-medium text-red-800">
                {amountErrors?.join(" ")}
              </p>
            ) : null}
          </fieldset>
          {option.allowsMonthly ? (
            <fieldset
              className="mb-3"
              aria-describedby={frequencyErrors?.length ? `${formId}-frequency-error` : undefined}
            >
              <legend className="font-medium">{t.howOften}</legend>
              <div className="mt-1 flex flex-wrap gap-4">
                <label className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="frequency"
                    value="one_time"
                    defaultChecked={(values?.frequency ?? "one_time") === "one_time"}
                  />
                  {t.once}
                </label>
                <label className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="frequency"
                    value="monthly"
                    defaultChecked={values?.frequency === "monthly"}
                  />
                  {t.everyMonth}
                </label>
              </div>
              {frequencyErrors?.length ? (
                <p id={`${formId}-frequency-error`} className="mt-1 text-sm font-medium text-red-800">
                  {frequencyErrors.join(" ")}
                </p>
              ) : null}
            </fieldset>
          ) : null}
        </>
      ) : null}

      <PledgeField
        formId={formId}
        label={t.yourName}
        name="name"
        hint={t.yourNameHint}
        autoComplete="name"
        maxLength={80}
        required
        defaultValue={values?.name ?? defaultName}
        errors={errors.name}
      />

      {option.kind === "goods" ? (
        <PledgeField
          formId={formId}
          label={t.howMany}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={option.maxQuantity ?? undefined}
          hint={option.maxQuantity ? t.upTo(option.maxQuantity) : undefined}
          defaultValue={values?.quantity ?? "1"}
          errors={errors.quantity}
        />
      ) : null}

      {option.kind === "skills" ? (
        <PledgeField
          formId={formId}
          label={t.hoursYouCanGive}
          name="hours"
          type="number"
          inputMode="decimal"
          min={0.5}
          step={0.5}
          defaultValue={values?.hours ?? (option.hours ? String(option.hours) : "")}
          errors={errors.hours}
        />
      ) : null}

      {option.kind === "volunteer_shift" || option.kind === "skills" ? (
        <PledgeField
          formId={formId}
          label={t.phone}
          name="phone"
          type="tel"
          autoComplete="tel"
          hint={t.phoneHint}
          maxLength={30}
          defaultValue={values?.phone ?? ""}
          errors={errors.phone}
        />
      ) : null}

      <PledgeField
        formId={formId}
        label={t.note}
        name="note"
        maxLength={1000}
        hint={option.kind === "volunteer_shift" ? t.noteHint : undefined}
        defaultValue={values?.note ?? ""}
        errors={errors.note}
      />

      <SubmitButton pendingText={t.sending}>{t.submit[option.kind]}</SubmitButton>
    </form>
  );
}
