import { StoryText } from "@/app/_components/story-text";
import type { ActionState } from "@/lib/actions";
import type { SessionUser } from "@/lib/auth";
import { LOCALES, type Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/server";
import { MERGE_FIELDS } from "@/lib/letters/template";
import { getCampaignTranslation } from "@/lib/organize/translations";
import { type FieldSpec, SpecForm } from "../../../../spec-form";
import { letterPartFields } from "./letter-fields";
import { builderMessages } from "./messages";
import { translationMessages } from "./translation.messages";
import { removeTranslationAction, saveTranslationAction } from "./translation-actions";

type Props = { user: SessionUser; org: string; id: string; slug: string; language: string; canEdit: boolean };
type Bound = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** The language a campaign in `language` is translated into: the other one Chorus speaks. */
function otherLanguage(language: string): Locale {
  return LOCALES.find((l) => l !== language) ?? "es";
}

/**
 * The builder's section for the campaign in its other language ("Spanish version", or "English version" for a
 * campaign written in Spanish): the words supporters read and the letter they write from, saved or removed
 * together (lib/organize/translations.ts).
 */
export async function TranslationSection({ user, org, id, slug, language, canEdit }: Props) {
  const into = otherLanguage(language);
  const t = await getMessages(translationMessages);
  const { translation, template, hasImage } = await getCampaignTranslation(user, id, into);
  // The letter's parts are asked for as in the builder's letter, in the organizer's words for them.
  const partFields = letterPartFields(template?.parts ?? [], await getMessages(builderMessages));
  const fields: FieldSpec[] = [
    { name: "campaignSlug", label: "", kind: "hidden", defaultValue: slug },
    {
      name: "title",
      label: t.title,
      kind: "text",
      required: true,
      maxLength: 120,
      defaultValue: translation?.title ?? "",
    },
    {
      name: "summary",
      label: t.summary,
      kind: "textarea",
      rows: 2,
      maxLength: 300,
      defaultValue: translation?.summary ?? "",
      hint: t.summaryHint,
    },
    {
      name: "story",
      label: t.story,
      kind: "textarea",
      rows: 10,
      maxLength: 20000,
      isCode: true,
      defaultValue: translation?.story ?? "",
      hint: t.storyHint,
    },
    {
      name: "callToAction",
      label: t.callToAction,
      kind: "text",
      maxLength: 300,
      defaultValue: translation?.callToAction ?? "",
    },
    {
      name: "imageAlt",
      label: t.imageAlt,
      kind: "text",
      maxLength: 300,
      defaultValue: translation?.imageAlt ?? "",
      hint: hasImage ? t.imageAltNeeded : t.imageAltLater,
    },
    {
      name: "subject",
      label: t.subject,
      kind: "text",
      maxLength: 200,
      defaultValue: template?.subject ?? "",
      hint: `${t.letterHeading[into]}. ${t.letterIntro[into]} ${MERGE_FIELDS.map((f) => `{{${f}}}`).join(
        ", ",
      )}.`,
    },
    {
      name: "personalizationPrompt",
      label: t.prompt,
      kind: "text",
      maxLength: 500,
      defaultValue: template?.personalizationPrompt ?? "",
      hint: t.promptHint,
    },
    ...partFields,
  ];

  return (
    <section
      id="translation"
      aria-labelledby="translation-heading"
      className="mt-10 scroll-mt-4 rounded border border-stone-300 bg-white p-4 sm:p-6"
    >
      <h2 id="translation-heading" className="mb-2 text-2xl font-semibold">
        {t.heading[into]}
      </h2>
      <p className="mb-4 text-stone-700">{t.intro[into]}</p>
      {translation ? null : <p className="mb-4 font-medium">{t.none[into]}</p>}
      {canEdit ? (
        <>
          <SpecForm
            action={saveTranslationAction.bind(null, org, id, into) as Bound}
            idPrefix="translation"
            submit={t.save[into]}
            pending={t.saving}
            guardUnsaved
            fields={fields}
          />
          {translation ? (
            <div className="mt-3">
              <SpecForm
                action={removeTranslationAction.bind(null, org, id, into) as Bound}
                idPrefix="rm-translation"
                submit={t.remove[into]}
                pending={t.removing}
                isDanger
                fields={fields.slice(0, 1)}
              />
            </div>
          ) : null}
        </>
      ) : translation ? (
        <>
          <p lang={into} className="font-medium">
            {translation.title}
          </p>
          <p className="mt-1 text-sm text-stone-700">
            {template ? t.letterSaved(template.parts.length) : t.noLetter}
          </p>
        </>
      ) : null}
      {translation ? (
        <>
          <h3 className="mt-6 mb-2 text-lg font-semibold">{t.storyPreview}</h3>
          <div lang={into} className="rounded border border-stone-200 p-3">
            {translation.story ? (
              <StoryText text={translation.story} />
            ) : (
              <p className="text-stone-600">{t.noStory}</p>
            )}
          </div>
        </>
      ) : null}
    </section>
  );
}
