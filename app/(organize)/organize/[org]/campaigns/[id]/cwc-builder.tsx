import type { ActionState } from "@/lib/actions";
import { CWC_TOPICS } from "@/lib/delivery/cwc/topics";
import { formatList } from "@/lib/i18n/format";
import { getLocale } from "@/lib/i18n/server";
import { cwcTopicLabels } from "@/lib/organize/cwc-topics.messages";
import { type FieldSpec, SpecForm } from "../../../../spec-form";
import { builderMessages } from "./messages";
import { saveCwcAction } from "./steps-actions";

type Props = {
  org: string;
  id: string;
  canEdit: boolean;
  topics: readonly string[];
  stance: "pro" | "con" | null;
};
type Bound = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * For campaigns that write to Congress: the Library of Congress topics (CWC's 32 values, shown in the reader's
 * language) and the stance on the campaign's bill that Congress's constituent mail system files letters under.
 */
export async function CwcBuilder({ org, id, canEdit, topics, stance }: Props) {
  const locale = await getLocale();
  const t = builderMessages[locale];
  const labels = cwcTopicLabels[locale];
  const chosen = new Set(topics);
  const fields: FieldSpec[] = [
    ...CWC_TOPICS.map(
      (topic): FieldSpec => ({
        name: `topic:${topic}`,
        label: labels[topic],
        kind: "checkbox",
        defaultChecked: chosen.has(topic),
      }),
    ),
    {
      name: "stance",
      label: t.cwcStance,
      hint: t.cwcStanceHint,
      kind: "select",
      defaultValue: stance ?? "",
      options: [
        ["", t.cwcStances.none],
        ["pro", t.cwcStances.pro],
        ["con", t.cwcStances.con],
      ],
    },
  ];
  return (
    <section
      id="congress"
      aria-labelledby="congress-heading"
      className="mt-10 scroll-mt-4 rounded border border-stone-300 bg-white p-4 sm:p-6"
    >
      <h2 id="congress-heading" className="mb-2 text-2xl font-semibold">
        {t.cwcHeading}
      </h2>
      <p className="mb-4 text-stone-700">{t.cwcIntro}</p>
      <p className="mb-4 font-medium" role="status">
        {topics.length > 0
          ? t.cwcChosen(
              formatList(
                locale,
                CWC_TOPICS.filter((topic) => chosen.has(topic)).map((topic) => labels[topic]),
              ),
            )
          : t.cwcNone}
      </p>
      {canEdit ? (
        <SpecForm
          action={saveCwcAction.bind(null, org, id) as Bound}
          idPrefix="cwc"
          submit={t.cwcSave}
          pending={t.saving}
          guardUnsaved
          fields={fields}
        />
      ) : null}
    </section>
  );
}
