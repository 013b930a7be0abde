import type { ActionState } from "@/lib/actions";
import type { SessionUser } from "@/lib/auth";
import { formatDate } from "@/lib/i18n/format";
import { getLocale } from "@/lib/i18n/server";
import { listStepsForEdit } from "@/lib/organize/steps";
import { type FieldSpec, SpecForm } from "../../../../spec-form";
import { builderMessages } from "./messages";
import {
  addAskAction,
  closeStepAction,
  editAskAction,
  moveStepAction,
  openStepAction,
} from "./steps-actions";

type Props = { user: SessionUser; org: string; id: string; slug: string; canEdit: boolean };

type Bound = (state: ActionState, formData: FormData) => Promise<ActionState>;

function askFields(
  t: (typeof builderMessages)["en"],
  step: { title: string; description: string; url: string | null } | null,
  slug: string,
): FieldSpec[] {
  return [
    { name: "campaignSlug", label: "", kind: "hidden", defaultValue: slug },
    {
      name: "title",
      label: t.step,
      kind: "text",
      required: true,
      maxLength: 120,
      defaultValue: step?.title ?? "",
      hint: t.stepHint,
    },
    {
      name: "description",
      label: t.details,
      kind: "textarea",
      rows: 2,
      maxLength: 500,
      defaultValue: step?.description ?? "",
    },
    {
      name: "url",
      label: t.linkOptional,
      kind: "url",
      maxLength: 500,
      defaultValue: step?.url ?? "",
      hint: t.stepUrlHint,
    },
  ];
}

/**
 * The builder's Steps section: the order supporters are led through (the next step they are shown follows it),
 * the organizer's own asks, and opening a step, which alerts consenting supporters once.
 */
export async function StepsBuilder({ user, org, id, slug, canEdit }: Props) {
  const locale = await getLocale();
  const t = builderMessages[locale];
  const steps = await listStepsForEdit(user, id, locale);
  const hidden: FieldSpec[] = [{ name: "campaignSlug", label: "", kind: "hidden", defaultValue: slug }];
  const bind = (fn: (...args: never[]) => Promise<ActionState>, ...args: unknown[]) =>
    (fn as (...a: unknown[]) => Promise<ActionState>).bind(null, org, id, ...args) as Bound;
  return (
    <section
      id="steps"
      aria-labelledby="steps-heading"
      className="mt-10 scroll-mt-4 rounded border border-stone-300 bg-white p-4 sm:p-6"
    >
      <h2 id="steps-heading" className="mb-2 text-2xl font-semibold">
        {t.steps}
      </h2>
      <p className="mb-4 text-stone-700">{t.stepsIntro}</p>
      <ol className="mb-6 space-y-3">
        {steps.map((step, index) => (
          <li key={step.id} className="rounded border border-stone-200 p-3">
            <p className="font-medium">
              {index + 1}. {step.label}{" "}
              <span className="rounded bg-stone-200 px-2 py-0.5 text-sm font-semibold">
                {t.stepStatus[step.status]}
              </span>
            </p>
            <p className="text-sm text-stone-600">
              {t.stepKinds[step.kind]}
              {step.alert
                ? t.alertSent(
                    step.alert.recipients ?? 0,
                    step.alert.sentAt ? formatDate(locale, step.alert.sentAt) : null,
                  )
                : ""}
            </p>
            {canEdit ? (
              <div className="mt-2 flex flex-wrap items-start gap-2">
                {index > 0 ? (
                  <SpecForm
                    action={bind(moveStepAction, step.id, "up")}
                    idPrefix={`up-${step.id}`}
                    submit={t.moveUp(step.label)}
                    pending={t.moving}
                    isDanger
                    inline
                    fields={hidden}
                  />
                ) : null}
                {index < steps.length - 1 ? (
                  <SpecForm
                    action={bind(moveStepAction, step.id, "down")}
                    idPrefix={`down-${step.id}`}
                    submit={t.moveDown(step.label)}
                    pending={t.moving}
                    isDanger
                    inline
                    fields={hidden}
                  />
                ) : null}
                {step.status === "open" ? (
                  <SpecForm
                    action={bind(closeStepAction, step.id)}
                    idPrefix={`close-${step.id}`}
                    submit={t.closeStep(step.label)}
                    pending={t.closing}
                    isDanger
                    inline
                    fields={hidden}
                  />
                ) : (
                  <SpecForm
                    action={bind(openStepAction, step.id)}
                    idPrefix={`open-${step.id}`}
                    submit={
                      step.kind === "ask" && !step.alert ? t.openAndAlert(step.label) : t.openStep(step.label)
                    }
                    pending={t.opening}
                    inline
                    fields={hidden}
                  />
                )}
              </div>
            ) : null}
            {canEdit && step.kind === "ask" ? (
              <details className="mt-2">
                <summary className="cursor-pointer text-brand-800 underline">
                  {t.editStep(step.label)}
                </summary>
                <div className="mt-2">
                  <SpecForm
                    action={bind(editAskAction, step.id)}
                    idPrefix={`ask-${step.id}`}
                    submit={t.saveStep}
                    pending={t.saving}
                    guardUnsaved
                    fields={askFields(t, step, slug)}
                  />
                </div>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
      {canEdit ? (
        <div className="rounded border border-dashed border-stone-400 p-3">
          <h3 className="mb-2 font-semibold">{t.addOwnStep}</h3>
          <SpecForm
            action={bind(addAskAction)}
            idPrefix="new-ask"
            submit={t.addStep}
            pending={t.adding}
            guardUnsaved
            fields={askFields(t, null, slug)}
          />
        </div>
      ) : null}
    </section>
  );
}
