import { StoryText } from "@/app/_components/story-text";
import { SpecForm } from "../../../../spec-form";
import { saveBasicsAction } from "../../../actions";
import { bindAction as bind, day, Section, type SectionProps } from "./section";

/** Title, address, story, image, goal, dates and language; the story as it will read. */
export function BasicsSection({ org, id, campaign, t, can }: SectionProps) {
  return (
    <Section id="basics" title={t.basics}>
      {can ? (
        <SpecForm
          action={bind(saveBasicsAction, org, id)}
          idPrefix="basics"
          submit={t.saveBasics}
          pending={t.saving}
          guardUnsaved
          fields={[
            {
              name: "title",
              label: t.fieldTitle,
              kind: "text",
              required: true,
              maxLength: 120,
              defaultValue: campaign.title,
            },
            {
              name: "slug",
              label: t.webAddress,
              kind: "text",
              required: true,
              maxLength: 80,
              defaultValue: campaign.slug,
              hint: t.webAddressHint(campaign.slug),
            },
            {
              name: "summary",
              label: t.summary,
              kind: "textarea",
              rows: 2,
              maxLength: 300,
              defaultValue: campaign.summary,
              hint: t.summaryHint,
            },
            {
              name: "story",
              label: t.story,
              kind: "textarea",
              rows: 10,
              maxLength: 20000,
              isCode: true,
              defaultValue: campaign.story,
              hint: t.storyHint,
            },
            {
              name: "callToAction",
              label: t.callToAction,
              kind: "text",
              maxLength: 300,
              defaultValue: campaign.callToAction,
            },
            {
              name: "imageUrl",
              label: t.imageUrl,
              kind: "url",
              maxLength: 500,
              defaultValue: campaign.imageUrl ?? "",
              hint: t.imageUrlHint,
            },
            {
              name: "imageAlt",
              label: t.imageAlt,
              kind: "text",
              maxLength: 300,
              defaultValue: campaign.imageAlt,
              hint: t.imageAltHint,
            },
            {
              name: "goal",
              label: t.goal,
              kind: "number",
              defaultValue: campaign.goal ? String(campaign.goal) : "",
            },
            {
              name: "startsAt",
              label: t.startsAt,
              kind: "date",
              defaultValue: day(campaign.startsAt),
            },
            {
              name: "endsAt",
              label: t.endsAt,
              kind: "date",
              defaultValue: day(campaign.endsAt),
              hint: t.endsAtHint,
            },
            {
              name: "language",
              label: t.language,
              kind: "select",
              defaultValue: campaign.language,
              options: [
                ["en", t.english],
                ["es", t.spanish],
              ],
            },
          ]}
        />
      ) : (
        <p>{campaign.summary || t.noSummary}</p>
      )}
      <h3 className="mt-6 mb-2 text-lg font-semibold">{t.storyPreview}</h3>
      <div lang={campaign.language} className="rounded border border-stone-200 p-3">
        {campaign.story ? <StoryText text={campaign.story} /> : <p className="text-stone-600">{t.noStory}</p>}
      </div>
    </Section>
  );
}
