import type { ActionState } from "@/lib/actions";
import type { getCampaignForEdit } from "@/lib/organize/campaigns";
import type { builderMessages } from "./messages";

/** The campaign as the builder shows it, and what every section of the builder is given. */
export type EditedCampaign = Awaited<ReturnType<typeof getCampaignForEdit>>;
export type BuilderWords = (typeof builderMessages)["en"];
export type SectionProps = {
  org: string;
  id: string;
  campaign: EditedCampaign;
  t: BuilderWords;
  can: boolean;
};

export const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

/**
 * An action with its ids bound, for a form's useActionState. Bound here, in a server component (once per
 * request), never in a client component's render (app/bind-in-render.test.ts).
 */
export function bindAction<A extends unknown[]>(
  action: (...args: [...A, ActionState, FormData]) => Promise<ActionState>,
  ...args: A
) {
  return action.bind(null, ...args) as (state: ActionState, formData: FormData) => Promise<ActionState>;
}

export function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="mt-10 scroll-mt-4 rounded border border-stone-300 bg-white p-4 sm:p-6"
    >
      <h2 id={`${id}-heading`} className="mb-4 text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
