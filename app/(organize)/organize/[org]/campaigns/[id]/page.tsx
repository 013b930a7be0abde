import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StoryText } from "@/app/_components/story-text";
import type { ActionState } from "@/lib/actions";
import { embedCode, embedUrl } from "@/lib/campaigns/amplify";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { MERGE_FIELDS } from "@/lib/letters/template";
import {
  getCampaignForEdit,
  MAX_PARTS,
  previewTemplateForZip,
  RULE_LABELS,
  searchOfficials,
  type TemplatePreview,
} from "@/lib/organize/campaigns";
import { listCampaignContent, RESOURCE_KINDS } from "@/lib/organize/content";
import { previewUrlFor } from "@/lib/organize/preview";
import { lettersText, orNotFound, requireUser, STATUS_NAMES } from "../../../../load";
import { type FieldSpec, SpecForm } from "../../../../spec-form";
import {
  addCustomTargetAction,
  addOfficialTargetAction,
  addRuleTargetAction,
  closeAction,
  endPreviewAction,
  publishAction,
  removeResourceAction,
  removeTargetAction,
  removeVoiceAction,
  saveBasicsAction,
  saveResourceAction,
  saveTemplateAction,
  saveVoiceAction,
  startPreviewAction,
} from "../../../actions";
import { BillBuilder } from "./bill-builder";
import { EmbedCode } from "./embed-code";
import { StepsBuilder } from "./steps-builder";
import { TranslationSection } from "./translation-section";

export const metadata: Metadata = { title: "Campaign builder" };

type Props = {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ zip?: string | string[]; official?: string | string[] }>;
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
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

export default async function CampaignBuilderPage({ params, searchParams }: Props) {
  const { org, id } = await params;
  const query = await searchParams;
  const path = `/organize/${org}/campaigns/${id}`;
  const user = await requireUser(path);
  const campaign = await orNotFound(getCampaignForEdit(user, id));
  if (campaign.organizationSlug !== org) notFound();
  const content = await listCampaignContent(user, id);
  const previewLink = campaign.status === "preview" ? await previewUrlFor(user, id) : null;
  const zip = one(query.zip)?.trim();
  const officialQuery = one(query.official)?.trim();
  let preview: TemplatePreview | null = null;
  let previewError: string | null = null;
  if (zip) {
    try {
      preview = await previewTemplateForZip(user, id, zip);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      previewError = error.message;
    }
  }
  const officialMatches = officialQuery ? await searchOfficials(user, officialQuery) : [];
  const can = campaign.canEdit;
  const bind = <A extends unknown[]>(
    action: (...args: [...A, ActionState, FormData]) => Promise<ActionState>,
    ...args: A
  ) => action.bind(null, ...args) as (state: ActionState, formData: FormData) => Promise<ActionState>;

  const parts = campaign.template?.parts ?? [];
  const partFields: FieldSpec[] = [];
  const slots = Math.min(MAX_PARTS, Math.max(parts.length + 1, 3));
  for (let n = 0; n < slots; n++) {
    const part = parts[n];
    partFields.push(
      { name: `part-${n}-id`, label: "", kind: "hidden", defaultValue: part?.id ?? "" },
      {
        name: `part-${n}-text`,
        label: `Part ${n + 1}`,
        kind: "textarea",
        rows: 3,
        maxLength: 5000,
        defaultValue: part?.text ?? "",
        hint: n === 0 ? "Leave a part empty to remove it." : undefined,
      },
      {
        name: `part-${n}-locked`,
        label: `Lock part ${n + 1}: supporters can't change it (the ask)`,
        kind: "checkbox",
        defaultChecked: part?.isLocked ?? false,
      },
      {
        name: `part-${n}-order`,
        label: `Order of part ${n + 1}`,
        kind: "number",
        defaultValue: String(n + 1),
      },
    );
  }

  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href={`/organize/${org}`} className="text-brand-800 underline">
          {campaign.organizationName}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{campaign.title}</h1>
      <p className="mt-2" role="status">
        <span className="rounded bg-stone-200 px-2 py-0.5 text-sm font-semibold">
          {STATUS_NAMES[campaign.status]}
        </span>{" "}
        <span className="text-stone-700">{lettersText(campaign.letters, campaign.goal)}</span>
      </p>
      <nav aria-label="This campaign" className="mt-3">
        <ul className="flex flex-wrap gap-4 text-sm font-medium">
          {campaign.status === "published" || campaign.status === "closed" ? (
            <li>
              <Link href={`/campaigns/${campaign.slug}`} className="text-brand-800 underline">
                Public page
              </Link>
            </li>
          ) : null}
          {previewLink ? (
            <li>
              <a href={previewLink} className="text-brand-800 underline">
                Preview page
              </a>
            </li>
          ) : null}
          <li>
            <Link href={`${path}/dashboard`} className="text-brand-800 underline">
              Dashboard
            </Link>
          </li>
          <li>
            <Link href={`${path}/updates`} className="text-brand-800 underline">
              Updates to supporters
            </Link>
          </li>
          <li>
            <a href="#basics" className="underline">
              Basics
            </a>
          </li>
          <li>
            <a href="#targets" className="underline">
              Targets
            </a>
          </li>
          <li>
            <a href="#bill" className="underline">
              Bill
            </a>
          </li>
          <li>
            <a href="#letter" className="underline">
              Letter
            </a>
          </li>
          <li>
            <a href="#steps" className="underline">
              Steps
            </a>
          </li>
          <li>
            <a href="#content" className="underline">
              Resources and voices
            </a>
          </li>
        </ul>
      </nav>
      {!can ? (
        <p className="mt-4 rounded border border-stone-300 bg-stone-100 p-3">
          You are a viewer of this organization: you can see this campaign but not change it.
        </p>
      ) : null}

      {previewLink ? (
        <div className="mt-4 rounded border border-brand-100 bg-brand-50 p-3">
          <p>
            Anyone with this link can read the campaign as supporters will see it (nobody can act on it yet):
          </p>
          <p className="mt-1 break-all">
            <a href={previewLink} className="font-medium text-brand-800 underline">
              {previewLink}
            </a>
          </p>
        </div>
      ) : null}

      {campaign.status === "published" || campaign.status === "closed" ? (
        <EmbedCode code={embedCode(env.appUrl, campaign)} widgetUrl={embedUrl(env.appUrl, campaign.slug)} />
      ) : null}

      {can ? (
        <Section id="status" title="Publish">
          {campaign.status === "published" ? (
            <>
              <p className="mb-3">
                Supporters can write on it now. Closing keeps its page up, marked closed.
              </p>
              <SpecForm
                action={bind(closeAction, org, id)}
                idPrefix="close"
                submit="Close the campaign"
                pending="Closing…"
                fields={[]}
              />
            </>
          ) : (
            <>
              <p className="mb-3">
                {campaign.status === "closed"
                  ? "This campaign is closed: its page stays up with its results. Publishing again reopens it."
                  : campaign.status === "preview"
                    ? "In preview: your team and anyone you send the preview link to can read it; it is not listed and nobody can act on it. Publish when it is ready, or take it back to draft to close the preview link."
                    : "A draft is seen only by your team. Put it up for preview to share a read-only link with reviewers (for example, community members the campaign is about). Publishing needs a letter and at least one target."}
              </p>
              <div className="flex flex-wrap items-start gap-4">
                <SpecForm
                  action={bind(publishAction, org, id)}
                  idPrefix="publish"
                  submit={campaign.status === "closed" ? "Publish again" : "Publish the campaign"}
                  pending="Publishing…"
                  fields={[]}
                />
                {campaign.status === "draft" ? (
                  <SpecForm
                    action={bind(startPreviewAction, org, id)}
                    idPrefix="start-preview"
                    submit="Put up for preview"
                    pending="Opening the preview…"
                    fields={[]}
                  />
                ) : null}
                {campaign.status === "preview" ? (
                  <SpecForm
                    action={bind(endPreviewAction, org, id)}
                    idPrefix="end-preview"
                    submit="Back to draft"
                    pending="Closing the preview…"
                    fields={[]}
                  />
                ) : null}
              </div>
            </>
          )}
        </Section>
      ) : null}

      <Section id="basics" title="Basics">
        {can ? (
          <SpecForm
            action={bind(saveBasicsAction, org, id)}
            idPrefix="basics"
            submit="Save the basics"
            pending="Saving…"
            guardUnsaved
            fields={[
              {
                name: "title",
                label: "Title",
                kind: "text",
                required: true,
                maxLength: 120,
                defaultValue: campaign.title,
              },
              {
                name: "slug",
                label: "Web address",
                kind: "text",
                required: true,
                maxLength: 80,
                defaultValue: campaign.slug,
                hint: `The page lives at /campaigns/${campaign.slug}. If you change it after publishing, the old address keeps working.`,
              },
              {
                name: "summary",
                label: "Summary",
                kind: "textarea",
                rows: 2,
                maxLength: 300,
                defaultValue: campaign.summary,
                hint: "One or two sentences, shown under the title.",
              },
              {
                name: "story",
                label: "Story",
                kind: "textarea",
                rows: 10,
                maxLength: 20000,
                isCode: true,
                defaultValue: campaign.story,
                hint: "Why this matters. Separate paragraphs with a blank line; **bold** works. The preview below shows it as supporters will.",
              },
              {
                name: "callToAction",
                label: "Call to action (optional)",
                kind: "text",
                maxLength: 300,
                defaultValue: campaign.callToAction,
              },
              {
                name: "imageUrl",
                label: "Image address (optional)",
                kind: "url",
                maxLength: 500,
                defaultValue: campaign.imageUrl ?? "",
                hint: "A full address starting with https://",
              },
              {
                name: "imageAlt",
                label: "Image description",
                kind: "text",
                maxLength: 300,
                defaultValue: campaign.imageAlt,
                hint: "Required with an image: what it shows, for people who can't see it.",
              },
              {
                name: "goal",
                label: "Goal (letters, optional)",
                kind: "number",
                defaultValue: campaign.goal ? String(campaign.goal) : "",
              },
              {
                name: "startsAt",
                label: "Starts (optional)",
                kind: "date",
                defaultValue: day(campaign.startsAt),
              },
              {
                name: "endsAt",
                label: "Ends (optional)",
                kind: "date",
                defaultValue: day(campaign.endsAt),
                hint: "After the start date.",
              },
              {
                name: "language",
                label: "Language",
                kind: "select",
                defaultValue: campaign.language,
                options: [
                  ["en", "English"],
                  ["es", "Spanish"],
                ],
              },
            ]}
          />
        ) : (
          <p>{campaign.summary || "No summary yet."}</p>
        )}
        <h3 className="mt-6 mb-2 text-lg font-semibold">Story preview</h3>
        <div lang={campaign.language} className="rounded border border-stone-200 p-3">
          {campaign.story ? (
            <StoryText text={campaign.story} />
          ) : (
            <p className="text-stone-600">No story yet.</p>
          )}
        </div>
      </Section>

      <Section id="targets" title="Who the letters go to">
        {campaign.targets.length === 0 ? (
          <p className="mb-4">No targets yet. Add at least one before publishing.</p>
        ) : (
          <ul className="mb-6 divide-y divide-stone-200 rounded border border-stone-300">
            {campaign.targets.map((t) => (
              <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <span>
                  <span className="font-medium">{t.label}</span>
                  <span className="block text-sm text-stone-600">{t.detail}</span>
                </span>
                {can ? (
                  <SpecForm
                    action={bind(removeTargetAction, org, id, t.id)}
                    idPrefix={`rm-${t.id}`}
                    submit={`Remove ${t.label}`}
                    pending="Removing…"
                    isDanger
                    fields={[]}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {can ? (
          <div className="grid gap-6">
            <div>
              <h3 className="mb-2 text-lg font-semibold">
                Officials found from each supporter&apos;s address
              </h3>
              <SpecForm
                action={bind(addRuleTargetAction, org, id)}
                idPrefix="rule"
                submit="Add these officials"
                pending="Adding…"
                fields={[
                  { name: "rule", label: "Who", kind: "select", options: Object.entries(RULE_LABELS) },
                ]}
              />
            </div>
            <div>
              <h3 className="mb-2 text-lg font-semibold">Someone reached by email</h3>
              <SpecForm
                action={bind(addCustomTargetAction, org, id)}
                idPrefix="custom"
                submit="Add this target"
                pending="Adding…"
                fields={[
                  {
                    name: "name",
                    label: "Name",
                    kind: "text",
                    required: true,
                    maxLength: 120,
                    hint: "A person or an office, like City Council.",
                  },
                  { name: "title", label: "Title (optional)", kind: "text", maxLength: 120 },
                  { name: "email", label: "Email address", kind: "email", required: true, maxLength: 254 },
                  {
                    name: "requiresAddress",
                    label: "They only read letters that include the writer's street address",
                    kind: "checkbox",
                  },
                ]}
              />
            </div>
            <div>
              <h3 className="mb-2 text-lg font-semibold">A named official</h3>
              <form method="get" action={`${path}#targets`} className="mb-3 flex flex-wrap items-end gap-2">
                <div>
                  <label htmlFor="official-search" className="block font-medium">
                    Search officials by name
                  </label>
                  <input
                    id="official-search"
                    name="official"
                    defaultValue={officialQuery ?? ""}
                    className="mt-1 rounded border border-stone-400 px-3 py-2"
                  />
                </div>
                <button
                  type="submit"
                  className="rounded border border-stone-400 bg-white px-3 py-2 font-medium"
                >
                  Search
                </button>
              </form>
              {officialQuery && officialMatches.length === 0 ? (
                <p>No current official matches “{officialQuery}”.</p>
              ) : null}
              {officialMatches.length > 0 ? (
                <ul className="divide-y divide-stone-200 rounded border border-stone-300">
                  {officialMatches.map((o) => (
                    <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                      <span>
                        {o.name} <span className="text-sm text-stone-600">{o.title}</span>
                      </span>
                      <SpecForm
                        action={bind(addOfficialTargetAction, org, id)}
                        idPrefix={`official-${o.id}`}
                        submit={`Add ${o.name}`}
                        pending="Adding…"
                        isDanger
                        fields={[{ name: "officialId", label: "", kind: "hidden", defaultValue: o.id }]}
                      />
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </div>
        ) : null}
      </Section>

      <BillBuilder org={org} id={id} slug={campaign.slug} canEdit={can} />

      <Section id="letter" title="The letter">
        {can ? (
          <>
            <p className="mb-3 text-sm text-stone-700">
              Merge fields are filled in for each official and supporter:{" "}
              {Object.keys(MERGE_FIELDS)
                .map((f) => `{{${f}}}`)
                .join(", ")}
              .
            </p>
            <SpecForm
              action={bind(saveTemplateAction, org, id)}
              idPrefix="letter"
              submit="Save the letter"
              pending="Saving…"
              guardUnsaved
              fields={[
                {
                  name: "subject",
                  label: "Subject",
                  kind: "text",
                  required: true,
                  maxLength: 200,
                  defaultValue: campaign.template?.subject ?? "",
                },
                {
                  name: "personalizationPrompt",
                  label: "Prompt for supporters (optional)",
                  kind: "text",
                  maxLength: 500,
                  defaultValue: campaign.template?.personalizationPrompt ?? "",
                  hint: "Asks supporters to add their own words, like “Tell them why this matters to you.”",
                },
                ...partFields,
              ]}
            />
          </>
        ) : campaign.template ? (
          <p>Subject: {campaign.template.subject}</p>
        ) : (
          <p>No letter yet.</p>
        )}
        <h3 className="mt-6 mb-2 text-lg font-semibold">Preview for a ZIP code</h3>
        <form method="get" action={`${path}#letter`} className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="preview-zip" className="block font-medium">
              Sample ZIP code
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
            Preview for ZIP
          </button>
        </form>
        {previewError ? (
          <p role="alert" className="mt-3 font-medium text-red-800">
            {previewError}
          </p>
        ) : null}
        {preview ? (
          <section className="mt-4" aria-label={`Preview for ${preview.zip}`}>
            {preview.districtNote ? <p className="mb-2 text-sm">{preview.districtNote}</p> : null}
            {preview.notes.map((note) => (
              <p key={note} className="mb-2 text-sm text-stone-700">
                {note}
              </p>
            ))}
            {preview.letters.length === 0 ? (
              <p>No one to write to from this ZIP code with these targets.</p>
            ) : null}
            {preview.letters.map((letter) => (
              <article
                key={`${letter.targetName}-${letter.targetTitle}`}
                className="mb-4 rounded border border-stone-200 p-3"
              >
                <h4 className="font-semibold">
                  To {letter.targetName}
                  {letter.targetTitle ? `, ${letter.targetTitle}` : ""} ({letter.channel})
                </h4>
                <p className="mt-1 text-sm">Subject: {letter.subject}</p>
                <pre className="mt-2 whitespace-pre-wrap font-sans">{letter.body}</pre>
              </article>
            ))}
          </section>
        ) : null}
      </Section>

      <TranslationSection
        user={user}
        org={org}
        id={id}
        slug={campaign.slug}
        language={campaign.language}
        canEdit={can}
      />

      <StepsBuilder user={user} org={org} id={id} slug={campaign.slug} canEdit={can} />

      <Section id="content" title="Resources and voices">
        <h3 className="mb-2 text-lg font-semibold">Learning resources</h3>
        {content.resources.length === 0 ? <p className="mb-3">No resources yet.</p> : null}
        <ul className="mb-4 space-y-4">
          {content.resources.map((r) => (
            <li key={r.id} className="rounded border border-stone-200 p-3">
              {can ? (
                <>
                  <SpecForm
                    action={bind(saveResourceAction, org, id, r.id)}
                    idPrefix={`res-${r.id}`}
                    submit="Save"
                    pending="Saving…"
                    guardUnsaved
                    fields={resourceFields(r)}
                  />
                  <div className="mt-2">
                    <SpecForm
                      action={bind(removeResourceAction, org, id, r.id)}
                      idPrefix={`rmres-${r.id}`}
                      submit={`Remove ${r.title}`}
                      pending="Removing…"
                      isDanger
                      fields={[]}
                    />
                  </div>
                </>
              ) : (
                <p>
                  {r.title}, {r.author} ({r.kind})
                  {r.byAffectedCommunity ? " · by a member of the affected community" : ""}
                </p>
              )}
            </li>
          ))}
        </ul>
        {can ? (
          <div className="mb-8 rounded border border-dashed border-stone-400 p-3">
            <h4 className="mb-2 font-semibold">Add a resource</h4>
            <SpecForm
              action={bind(saveResourceAction, org, id, null)}
              idPrefix="new-res"
              submit="Add resource"
              pending="Adding…"
              guardUnsaved
              fields={resourceFields(null)}
            />
          </div>
        ) : null}

        <h3 className="mb-2 text-lg font-semibold">Voices</h3>
        <p className="mb-3 text-sm text-stone-700">
          A quote or story is published only with the person&apos;s permission, recorded here.
        </p>
        {content.voices.length === 0 ? <p className="mb-3">No voices yet.</p> : null}
        <ul className="mb-4 space-y-4">
          {content.voices.map((v) => (
            <li key={v.id} className="rounded border border-stone-200 p-3">
              {can ? (
                <>
                  <SpecForm
                    action={bind(saveVoiceAction, org, id, v.id)}
                    idPrefix={`voice-${v.id}`}
                    submit="Save"
                    pending="Saving…"
                    guardUnsaved
                    fields={voiceFields(v)}
                  />
                  <div className="mt-2">
                    <SpecForm
                      action={bind(removeVoiceAction, org, id, v.id)}
                      idPrefix={`rmvoice-${v.id}`}
                      submit={`Remove the voice of ${v.attribution}`}
                      pending="Removing…"
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
            <h4 className="mb-2 font-semibold">Add a voice</h4>
            <SpecForm
              action={bind(saveVoiceAction, org, id, null)}
              idPrefix="new-voice"
              submit="Add voice"
              pending="Adding…"
              guardUnsaved
              fields={voiceFields(null)}
            />
          </div>
        ) : null}
      </Section>

      <Section id="pledges" title="Ways to help">
        <p>
          Pledge options (shifts, donations, goods, skills) are offered by community groups from their own
          group dashboard, and can be listed on this campaign there.{" "}
          <Link href={`/groups/${org}/dashboard`} className="text-brand-800 underline">
            Open the group dashboard
          </Link>{" "}
          (for organizations that are community groups), or find a group in the{" "}
          <Link href="/groups" className="text-brand-800 underline">
            groups directory
          </Link>
          .
        </p>
      </Section>
    </div>
  );
}

function resourceFields(
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
      label: "Title",
      kind: "text",
      required: true,
      maxLength: 200,
      defaultValue: r?.title ?? "",
    },
    {
      name: "author",
      label: "Author or maker",
      kind: "text",
      required: true,
      maxLength: 200,
      defaultValue: r?.author ?? "",
    },
    {
      name: "kind",
      label: "Kind",
      kind: "select",
      defaultValue: r?.kind ?? "book",
      options: RESOURCE_KINDS.map((k) => [k, k[0]?.toUpperCase() + k.slice(1)]),
    },
    { name: "url", label: "Link", kind: "url", required: true, maxLength: 500, defaultValue: r?.url ?? "" },
    {
      name: "byAffectedCommunity",
      label: "By a member of the affected community",
      kind: "checkbox",
      defaultChecked: r?.byAffectedCommunity ?? false,
    },
    { name: "note", label: "Note (optional)", kind: "text", maxLength: 500, defaultValue: r?.note ?? "" },
  ];
}

function voiceFields(
  v: { body: string; attribution: string; permissionNote: string; permissionAt: Date } | null,
): FieldSpec[] {
  return [
    {
      name: "body",
      label: "Quote or story",
      kind: "textarea",
      rows: 3,
      required: true,
      maxLength: 3000,
      defaultValue: v?.body ?? "",
    },
    {
      name: "attribution",
      label: "Who (as they want to be named)",
      kind: "text",
      required: true,
      maxLength: 200,
      defaultValue: v?.attribution ?? "",
    },
    {
      name: "permissionNote",
      label: "How they gave permission",
      kind: "text",
      required: true,
      maxLength: 500,
      defaultValue: v?.permissionNote ?? "",
      hint: "Like “verbal, at the March 3 meeting” or “by email”.",
    },
    {
      name: "permissionAt",
      label: "Date permission was given",
      kind: "date",
      required: true,
      defaultValue: v ? day(v.permissionAt) : "",
    },
  ];
}
