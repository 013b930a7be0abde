import type { ActionState } from "@/lib/actions";
import type { SessionUser } from "@/lib/auth";
import { listStepsForEdit } from "@/lib/organize/steps";
import { type FieldSpec, SpecForm } from "../../../../spec-form";
import {
  addAskAction,
  closeStepAction,
  editAskAction,
  moveStepAction,
  openStepAction,
} from "./steps-actions";

type Props = { user: SessionUser; org: string; id: string; slug: string; canEdit: boolean };

const KIND_WORDS = {
  learn: "The page's Learn section",
  write: "The letter",
  pledge: "Ways to help",
  share: "Sharing",
  ask: "Your own ask",
} as const;

const STATUS_WORDS = { draft: "Draft", open: "Open", closed: "Closed" } as const;

type Bound = (state: ActionState, formData: FormData) => Promise<ActionState>;

function askFields(
  step: { title: string; description: string; url: string | null } | null,
  slug: string,
): FieldSpec[] {
  return [
    { name: "campaignSlug", label: "", kind: "hidden", defaultValue: slug },
    {
      name: "title",
      label: "Step",
      kind: "text",
      required: true,
      maxLength: 120,
      defaultValue: step?.title ?? "",
      hint: "Like “Call in on Tuesday” or “Pack the council hearing”.",
    },
    {
      name: "description",
      label: "Details (optional)",
      kind: "textarea",
      rows: 2,
      maxLength: 500,
      defaultValue: step?.description ?? "",
    },
    {
      name: "url",
      label: "Link (optional)",
      kind: "url",
      maxLength: 500,
      defaultValue: step?.url ?? "",
      hint: "A full https:// address, like a sign-up page. Without one, the step links to its place on the campaign page.",
    },
  ];
}

/**
 * The builder's Steps section: the order supporters are led through (the next step they are shown follows it),
 * the organizer's own asks, and opening a step, which alerts consenting supporters once.
 */
export async function StepsBuilder({ user, org, id, slug, canEdit }: Props) {
  const steps = await listStepsForEdit(user, id);
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
        Steps
      </h2>
      <p className="mb-4 text-stone-700">
        Supporters are shown these in order, and after each action we suggest the next one they have not done
        (“Thank you — next: …”). Opening one of your own asks emails the supporters who agreed to hear from
        you, once, with a link straight to it.
      </p>
      <ol className="mb-6 space-y-3">
        {steps.map((step, index) => (
          <li key={step.id} className="rounded border border-stone-200 p-3">
            <p className="font-medium">
              {index + 1}. {step.label}{" "}
              <span className="rounded bg-stone-200 px-2 py-0.5 text-sm font-semibold">
                {STATUS_WORDS[step.status]}
              </span>
            </p>
            <p className="text-sm text-stone-600">
              {KIND_WORDS[step.kind]}
              {step.alert
                ? ` · alert sent to ${step.alert.recipients ?? 0} ${step.alert.recipients === 1 ? "person" : "people"}${step.alert.sentAt ? ` on ${step.alert.sentAt.toLocaleDateString("en-US", { dateStyle: "medium" })}` : ""}`
                : ""}
            </p>
            {canEdit ? (
              <div className="mt-2 flex flex-wrap items-start gap-2">
                {index > 0 ? (
                  <SpecForm
                    action={bind(moveStepAction, step.id, "up")}
                    idPrefix={`up-${step.id}`}
                    submit={`Move “${step.label}” up`}
                    pending="Moving…"
                    isDanger
                    inline
                    fields={hidden}
                  />
                ) : null}
                {index < steps.length - 1 ? (
                  <SpecForm
                    action={bind(moveStepAction, step.id, "down")}
                    idPrefix={`down-${step.id}`}
                    submit={`Move “${step.label}” down`}
                    pending="Moving…"
                    isDanger
                    inline
                    fields={hidden}
                  />
                ) : null}
                {step.status === "open" ? (
                  <SpecForm
                    action={bind(closeStepAction, step.id)}
                    idPrefix={`close-${step.id}`}
                    submit={`Close “${step.label}”`}
                    pending="Closing…"
                    isDanger
                    inline
                    fields={hidden}
                  />
                ) : (
                  <SpecForm
                    action={bind(openStepAction, step.id)}
                    idPrefix={`open-${step.id}`}
                    submit={
                      step.kind === "ask" && !step.alert
                        ? `Open “${step.label}” and alert supporters`
                        : `Open “${step.label}”`
                    }
                    pending="Opening…"
                    inline
                    fields={hidden}
                  />
                )}
              </div>
            ) : null}
            {canEdit && step.kind === "ask" ? (
              <details className="mt-2">
                <summary className="cursor-pointer text-brand-800 underline">Edit “{step.label}”</summary>
                <div className="mt-2">
                  <SpecForm
                    action={bind(editAskAction, step.id)}
                    idPrefix={`ask-${step.id}`}
                    submit="Save this step"
                    pending="Saving…"
                    guardUnsaved
                    fields={askFields(step, slug)}
                  />
                </div>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
      {canEdit ? (
        <div className="rounded border border-dashed border-stone-400 p-3">
          <h3 className="mb-2 font-semibold">Add your own step</h3>
          <SpecForm
            action={bind(addAskAction)}
            idPrefix="new-ask"
            submit="Add this step"
            pending="Adding…"
            guardUnsaved
            fields={askFields(null, slug)}
          />
        </div>
      ) : null}
    </section>
  );
}
