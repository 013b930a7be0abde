import type { SessionUser } from "@/lib/auth";
import { listCampaignContent, RESOURCE_KINDS } from "@/lib/organize/content";
import { type FieldSpec, SpecForm } from "../../../../spec-form";
import {
  removeResourceAction,
  removeVoiceAction,
  saveResourceAction,
  saveVoiceAction,
} from "../../../actions";
import { type BuilderWords, bindAction as bind, day, Section, type SectionProps } from "./section";

/** Learning resources and voices of people affected, shown on the campaign's page. */
export async function ContentSection({ org, id, t, can, user }: SectionProps & { user: SessionUser }) {
  const content = await listCampaignContent(user, id);
  return (
    <Section id="content" title={t.resourcesAndVoices}>
      <h3 className="mb-2 text-lg font-semibold">{t.learningResources}</h3>
      {content.resources.length === 0 ? <p className="mb-3">{t.noResources}</p> : null}
      <ul className="mb-4 space-y-4">
        {content.resources.map((r) => (
          <li key={r.id} className="rounded border border-stone-200 p-3">
            {can ? (
              <>
                <SpecForm
                  action={bind(saveResourceAction, org, id, r.id)}
                  idPrefix={`res-${r.id}`}
                  submit={t.save}
                  pending={t.saving}
                  guardUnsaved
                  fields={resourceFields(t, r)}
                />
                <div className="mt-2">
                  <SpecForm
                    action={bind(removeResourceAction, org, id, r.id)}
                    idPrefix={`rmres-${r.id}`}
                    submit={t.remove(r.title)}
                    pending={t.removing}
                    isDanger
                    fields={[]}
                  />
                </div>
              </>
            ) : (
              <p>
                {r.title}, {r.author} ({t.kinds[r.kind as keyof typeof t.kinds] ?? r.kind})
                {r.byAffectedCommunity ? t.byCommunity : ""}
              </p>
            )}
          </li>
        ))}
      </ul>
      {can ? (
        <div className="mb-8 rounded border border-dashed border-stone-400 p-3">
          <h4 className="mb-2 font-semibold">{t.addResourceHeading}</h4>
          <SpecForm
            action={bind(saveResourceAction, org, id, null)}
            idPrefix="new-res"
            submit={t.addResource}
            pending={t.adding}
            guardUnsaved
            fields={resourceFields(t, null)}
          />
        </div>
      ) : null}

      <h3 className="mb-2 text-lg font-semibold">{t.voices}</h3>
      <p className="mb-3 text-sm text-stone-700">{t.voicesNote}</p>
      {content.voices.length === 0 ? <p className="mb-3">{t.noVoices}</p> : null}
      <ul className="mb-4 space-y-4">
        {content.voices.map((v) => (
          <li key={v.id} className="rounded border border-stone-200 p-3">
            {can ? (
              <>
                <SpecForm
                  action={bind(saveVoiceAction, org, id, v.id)}
                  idPrefix={`voice-${v.id}`}
                  submit={t.save}
                  pending={t.saving}
                  guardUnsaved
                  fields={voiceFields(t, v)}
                />
                <div className="mt-2">
                  <SpecForm
                    action={bind(removeVoiceAction, org, id, v.id)}
                    idPrefix={`rmvoice-${v.id}`}
                    submit={t.removeVoice(v.attribution)}
                    pending={t.removing}
                    isDanger
                    fields={[]}
                  />
                </div>
              </>
            ) : (
              <blockquote>
                “{v.body}” ({v.attribution})
              </blockquote>
            )}
          </li>
        ))}
      </ul>
      {can ? (
        <div className="rounded border border-dashed border-stone-400 p-3">
          <h4 className="mb-2 font-semibold">{t.addVoiceHeading}</h4>
          <SpecForm
            action={bind(saveVoiceAction, org, id, null)}
            idPrefix="new-voice"
            submit={t.addVoice}
            pending={t.adding}
            guardUnsaved
            fields={voiceFields(t, null)}
          />
        </div>
      ) : null}
    </Section>
  );
}

function resourceFields(
  t: BuilderWords,
  r: {
    title: string;
    author: string;
    kind: string;
    url: string;
    byAffectedCommunity: boolean;
    note: string;
  } | null,
): FieldSpec[] {
  return [
    {
      name: "title",
      label: t.fieldTitle,
      kind: "text",
      required: true,
      maxLength: 200,
      defaultValue: r?.title ?? "",
    },
    {
      name: "author",
      label: t.author,
      kind: "text",
      required: true,
      maxLength: 200,
      defaultValue: r?.author ?? "",
    },
    {
      name: "kind",
      label: t.kind,
      kind: "select",
      defaultValue: r?.kind ?? "book",
      options: RESOURCE_KINDS.map((k) => [k, t.kinds[k]]),
    },
    { name: "url", label: t.link, kind: "url", required: true, maxLength: 500, defaultValue: r?.url ?? "" },
    {
      name: "byAffectedCommunity",
      label: t.byCommunityLabel,
      kind: "checkbox",
      defaultChecked: r?.byAffectedCommunity ?? false,
    },
    { name: "note", label: t.note, kind: "text", maxLength: 500, defaultValue: r?.note ?? "" },
  ];
}

function voiceFields(
  t: BuilderWords,
  v: { body: string; attribution: string; permissionNote: string; permissionAt: Date } | null,
): FieldSpec[] {
  return [
    {
      name: "body",
      label: t.quote,
      kind: "textarea",
      rows: 3,
      required: true,
      maxLength: 3000,
      defaultValue: v?.body ?? "",
    },
    {
      name: "attribution",
      label: t.attribution,
      kind: "text",
      required: true,
      maxLength: 200,
      defaultValue: v?.attribution ?? "",
    },
    {
      name: "permissionNote",
      label: t.permissionNote,
      kind: "text",
      required: true,
      maxLength: 500,
      defaultValue: v?.permissionNote ?? "",
      hint: t.permissionNoteHint,
    },
    {
      name: "permissionAt",
      label: t.permissionAt,
      kind: "date",
      required: true,
      defaultValue: v ? day(v.permissionAt) : "",
    },
  ];
}
