import { SpecForm } from "../../../../spec-form";
import { closeAction, endPreviewAction, publishAction, startPreviewAction } from "../../../actions";
import { bindAction as bind, Section, type SectionProps } from "./section";

/** Publish, close, or show it to reviewers first (preview): for those who may edit. */
export function PublishSection({ org, id, campaign, t }: SectionProps) {
  return (
    <Section id="status" title={t.publish}>
      {campaign.status === "published" ? (
        <>
          <p className="mb-3">{t.publishedNote}</p>
          <SpecForm
            action={bind(closeAction, org, id)}
            idPrefix="close"
            submit={t.closeCampaign}
            pending={t.closing}
            fields={[]}
          />
        </>
      ) : (
        <>
          <p className="mb-3">
            {campaign.status === "closed"
              ? t.closedNote
              : campaign.status === "preview"
                ? t.previewNote
                : t.draftNote}
          </p>
          <div className="flex flex-wrap items-start gap-4">
            <SpecForm
              action={bind(publishAction, org, id)}
              idPrefix="publish"
              submit={campaign.status === "closed" ? t.publishAgain : t.publishCampaign}
              pending={t.publishing}
              fields={[]}
            />
            {campaign.status === "draft" ? (
              <SpecForm
                action={bind(startPreviewAction, org, id)}
                idPrefix="start-preview"
                submit={t.startPreview}
                pending={t.startingPreview}
                fields={[]}
              />
            ) : null}
            {campaign.status === "preview" ? (
              <SpecForm
                action={bind(endPreviewAction, org, id)}
                idPrefix="end-preview"
                submit={t.endPreview}
                pending={t.endingPreview}
                fields={[]}
              />
            ) : null}
          </div>
        </>
      )}
    </Section>
  );
}
