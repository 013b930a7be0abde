import type { SessionUser } from "@/lib/auth";
import { listCampaignSteps, listMySteps, type MyStep } from "@/lib/campaigns/steps";
import { getLocale } from "@/lib/i18n/server";
import { campaignPage } from "./messages";
import { StepDoneForm } from "./step-done-form";

type Props = {
  /** `language`: the campaign's own, which the organizers' typed steps are in (they are not translated). */
  campaign: { id: string; slug: string; isClosed: boolean; language: string };
  user: SessionUser | null;
};

/**
 * The campaign's steps in its organizers' order, each under its own anchor (`#step-…`, where alerts about a
 * new step link to), with this person's ticks when signed in.
 */
export async function StepsSection({ campaign, user }: Props) {
  if (campaign.isClosed) return null;
  const locale = await getLocale();
  const t = campaignPage[locale];
  const steps: MyStep[] = user
    ? await listMySteps(user, campaign.slug, locale)
    : (await listCampaignSteps(campaign.id, campaign.slug, locale)).map((s) => ({ ...s, isDone: false }));
  if (steps.length === 0) return null;
  const typed = (isTyped: boolean | undefined) =>
    isTyped && campaign.language !== locale ? { lang: campaign.language } : {};
  return (
    <section id="steps" aria-labelledby="steps-heading" className="mt-8 scroll-mt-4">
      <h2 id="steps-heading" className="text-xl font-semibold">
        {t.stepsHeading}
      </h2>
      <p className="mt-1 text-stone-700">{t.stepsIntro}</p>
      <ol className="mt-3 space-y-3">
        {steps.map((step, index) => {
          const isElsewhere = step.href.startsWith("https://");
          return (
            <li
              key={step.anchor}
              id={step.anchor}
              className="scroll-mt-4 rounded border border-stone-200 bg-white p-3 target:border-brand-700 target:ring-2 target:ring-brand-700"
            >
              <p className="font-medium">
                <span className="mr-1 text-stone-600">{index + 1}.</span>
                <a
                  href={step.href}
                  className="text-brand-800 underline"
                  {...(isElsewhere ? { rel: "noopener noreferrer" } : {})}
                  {...typed(step.typed?.label)}
                >
                  {step.label}
                </a>
                {step.isDone ? (
                  <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-sm text-green-900">
                    <span aria-hidden="true">✓ </span>
                    {t.done}
                  </span>
                ) : null}
              </p>
              {step.description ? (
                <p {...typed(step.typed?.description)} className="mt-1 text-stone-700">
                  {step.description}
                </p>
              ) : null}
              {user && step.isMarkable && step.id ? (
                <StepDoneForm
                  campaign={campaign.slug}
                  stepId={step.id}
                  label={step.label}
                  isDone={step.isDone}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
