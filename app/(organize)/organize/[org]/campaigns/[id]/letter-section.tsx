import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { describeError } from "@/lib/i18n/errors";
import type { Locale } from "@/lib/i18n/locale";
import { MERGE_FIELDS } from "@/lib/letters/template";
import { previewTemplateForZip, type TemplatePreview } from "@/lib/organize/campaigns";
import { SpecForm } from "../../../../spec-form";
import { saveTemplateAction } from "../../../actions";
import { letterPartFields } from "./letter-fields";
import { bindAction as bind, Section, type SectionProps } from "./section";

/** The letter's subject, prompt and parts, and a preview of it for a sample ZIP code. */
export async function LetterSection({
  org,
  id,
  campaign,
  t,
  can,
  path,
  user,
  locale,
  zip,
}: SectionProps & { path: string; user: SessionUser; locale: Locale; zip: string | undefined }) {
  const partFields = letterPartFields(campaign.template?.parts ?? [], t);
  let preview: TemplatePreview | null = null;
  let previewError: string | null = null;
  if (zip) {
    try {
      preview = await previewTemplateForZip(user, id, zip, locale);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      previewError = describeError(error.text, locale);
    }
  }
  return (
    <Section id="letter" title={t.theLetter}>
      {can ? (
        <>
          <p className="mb-3 text-sm text-stone-700">
            {t.mergeFields} {MERGE_FIELDS.map((f) => `{{${f}}}`).join(", ")}.
          </p>
          <SpecForm
            action={bind(saveTemplateAction, org, id)}
            idPrefix="letter"
            submit={t.saveLetter}
            pending={t.saving}
            guardUnsaved
            fields={[
              {
                name: "subject",
                label: t.subject,
                kind: "text",
                required: true,
                maxLength: 200,
                defaultValue: campaign.template?.subject ?? "",
              },
              {
                name: "personalizationPrompt",
                label: t.prompt,
                kind: "text",
                maxLength: 500,
                defaultValue: campaign.template?.personalizationPrompt ?? "",
                hint: t.promptHint,
              },
              ...partFields,
            ]}
          />
        </>
      ) : campaign.template ? (
        <p>{t.subjectLine(campaign.template.subject)}</p>
      ) : (
        <p>{t.noLetter}</p>
      )}
      <h3 className="mt-6 mb-2 text-lg font-semibold">{t.previewHeading}</h3>
      <form method="get" action={`${path}#letter`} className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="preview-zip" className="block font-medium">
            {t.sampleZip}
          </label>
          <input
            id="preview-zip"
            name="zip"
            inputMode="numeric"
            maxLength={5}
            defaultValue={zip ?? ""}
            className="mt-1 w-32 rounded border border-stone-400 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded border border-stone-400 bg-white px-3 py-2 font-medium">
          {t.previewForZip}
        </button>
      </form>
      {previewError ? (
        <p role="alert" className="mt-3 font-medium text-red-800">
          {previewError}
        </p>
      ) : null}
      {preview ? (
        <section className="mt-4" aria-label={t.previewFor(preview.zip)}>
          {preview.districtNote ? <p className="mb-2 text-sm">{preview.districtNote}</p> : null}
          {preview.notes.map((note) => (
            <p key={note} className="mb-2 text-sm text-stone-700">
              {describeError(note, locale)}
            </p>
          ))}
          {preview.letters.length === 0 ? <p>{t.noOneToWrite}</p> : null}
          {preview.letters.map((letter) => (
            <article
              key={`${letter.targetName}-${letter.targetTitle}`}
              className="mb-4 rounded border border-stone-200 p-3"
            >
              <h4 className="font-semibold">
                {t.to(letter.targetName)}
                {letter.targetTitle ? `, ${letter.targetTitle}` : ""} ({t.channel[letter.channel]})
              </h4>
              <p className="mt-1 text-sm">{t.subjectLine(letter.subject)}</p>
              <pre className="mt-2 whitespace-pre-wrap font-sans">{letter.body}</pre>
            </article>
          ))}
        </section>
      ) : null}
    </Section>
  );
}
