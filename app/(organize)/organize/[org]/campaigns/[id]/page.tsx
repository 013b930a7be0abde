import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StoryText } from "@/app/_components/story-text";
import type { ActionState } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import { describeError } from "@/lib/i18n/errors";
import { getLocale } from "@/lib/i18n/server";
import { MERGE_FIELDS } from "@/lib/letters/template";
import {
  getCampaignForEdit,
  previewTemplateForZip,
  searchOfficials,
  type TemplatePreview,
} from "@/lib/organize/campaigns";
import { listCampaignContent, RESOURCE_KINDS } from "@/lib/organize/content";
import { previewUrlFor } from "@/lib/organize/preview";
import { orNotFound, requireUser } from "../../../../load";
import { consoleMessages } from "../../../../messages";
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
  resendTargetConfirmationAction,
  saveBasicsAction,
  saveResourceAction,
  saveTemplateAction,
  saveVoiceAction,
  startPreviewAction,
  turnOffPreviewLinkAction,
} from "../../../actions";
import { BillBuilder } from "./bill-builder";
import { CwcBuilder } from "./cwc-builder";
import { EmbedSection } from "./embed-section";
import { letterPartFields } from "./letter-fields";
import { builderMessages } from "./messages";
import { StepsBuilder } from "./steps-builder";
import { TranslationSection } from "./translation-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: builderMessages[await getLocale()].title };
}

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
  const locale = await getLocale();
  const t = builderMessages[locale];
  const words = consoleMessages[locale];
  const campaign = await orNotFound(getCampaignForEdit(user, id, locale));
  if (campaign.organizationSlug !== org) notFound();
  const content = await listCampaignContent(user, id);
  const previewLink = campaign.status === "preview" ? await previewUrlFor(user, id) : null;
  const zip = one(query.zip)?.trim();
  const officialQuery = one(query.official)?.trim();
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
  const officialMatches = officialQuery ? await searchOfficials(user, officialQuery, locale) : [];
  const can = campaign.canEdit;
  const bind = <A extends unknown[]>(
    action: (...args: [...A, ActionState, FormData]) => Promise<ActionState>,
    ...args: A
  ) => action.bind(null, ...args) as (state: ActionState, formData: FormData) => Promise<ActionState>;

  const partFields = letterPartFields(campaign.template?.parts ?? [], t);

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
          {words.status[campaign.status]}
        </span>{" "}
        <span className="text-stone-700">{words.letters(campaign.letters, campaign.goal)}</span>
      </p>
      <nav aria-label={t.thisCampaign} className="mt-3">
        <ul className="flex flex-wrap gap-4 text-sm font-medium">
          {campaign.status === "published" || campaign.status === "closed" ? (
            <li>
              <Link href={`/campaigns/${campaign.slug}`} className="text-brand-800 underline">
                {t.publicPage}
              </Link>
            </li>
          ) : null}
          {previewLink ? (
            <li>
              <a href={previewLink} className="text-brand-800 underline">
                {t.previewPage}
              </a>
            </li>
          ) : null}
          <li>
            <Link href={`${path}/dashboard`} className="text-brand-800 underline">
              {t.dashboard}
            </Link>
          </li>
          <li>
            <Link href={`${path}/updates`} className="text-brand-800 underline">
              {t.updates}
            </Link>
          </li>
          <li>
            <a href="#basics" className="underline">
              {t.basics}
            </a>
          </li>
          <li>
            <a href="#targets" className="underline">
              {t.targets}
            </a>
          </li>
          <li>
            <a href="#bill" className="underline">
              {t.bill}
            </a>
          </li>
          <li>
            <a href="#letter" className="underline">
              {t.letter}
            </a>
          </li>
          <li>
            <a href="#steps" className="underline">
              {t.steps}
            </a>
          </li>
          <li>
            <a href="#content" className="underline">
              {t.resourcesAndVoices}
            </a>
          </li>
        </ul>
      </nav>
      {!can ? <p className="mt-4 rounded border border-stone-300 bg-stone-100 p-3">{t.viewerNote}</p> : null}

      {previewLink ? (
        <div className="mt-4 rounded border border-brand-100 bg-brand-50 p-3">
          <p>{t.previewLinkNote}</p>
          <p className="mt-1 break-all">
            <a href={previewLink} className="font-medium text-brand-800 underline">
              {previewLink}
            </a>
          </p>
          {can ? (
            <div className="mt-3">
              <p className="mb-2 text-sm text-stone-700">{t.turnOffPreviewLinkNote}</p>
              <SpecForm
                action={bind(turnOffPreviewLinkAction, org, id)}
                idPrefix="turn-off-preview-link"
                submit={t.turnOffPreviewLink}
                pending={t.turningOffPreviewLink}
                fields={[]}
              />
            </div>
          ) : null}
        </div>
      ) : null}

      {campaign.status === "published" || campaign.status === "closed" ? (
        <EmbedSection slug={campaign.slug} />
      ) : null}

      {can ? (
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
      ) : null}

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
          {campaign.story ? (
            <StoryText text={campaign.story} />
          ) : (
            <p className="text-stone-600">{t.noStory}</p>
          )}
        </div>
      </Section>

      <Section id="targets" title={t.whoLettersGoTo}>
        {!campaign.isOrganizationVerified && campaign.targets.some((target) => target.address) ? (
          <p className="mb-4 rounded border border-amber-300 bg-amber-50 p-3">{t.organizationUnverified}</p>
        ) : null}
        {campaign.targets.length === 0 ? (
          <p className="mb-4">{t.noTargets}</p>
        ) : (
          <ul className="mb-6 divide-y divide-stone-200 rounded border border-stone-300">
            {campaign.targets.map((target) => (
              <li key={target.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <span>
                  <span className="font-medium">{target.label}</span>
                  <span className="block text-sm text-stone-600">{target.detail}</span>
                  {target.address ? (
                    <span
                      className={`block text-sm ${target.address.isConfirmed ? "text-stone-600" : "font-medium text-amber-900"}`}
                    >
                      {target.address.isConfirmed
                        ? t.addressConfirmed
                        : t.waitingForConfirmation(target.address.name)}
                    </span>
                  ) : null}
                </span>
                {can && target.address && !target.address.isConfirmed ? (
                  <SpecForm
                    action={bind(resendTargetConfirmationAction, org, id, target.id)}
                    idPrefix={`resend-${target.id}`}
                    submit={t.resendConfirmation(target.address.name)}
                    pending={t.resending}
                    fields={[]}
                  />
                ) : null}
                {can ? (
                  <SpecForm
                    action={bind(removeTargetAction, org, id, target.id)}
                    idPrefix={`rm-${target.id}`}
                    submit={t.remove(target.label)}
                    pending={t.removing}
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
              <h3 className="mb-2 text-lg font-semibold">{t.rulesHeading}</h3>
              <SpecForm
                action={bind(addRuleTargetAction, org, id)}
                idPrefix="rule"
                submit={t.addOfficials}
                pending={t.adding}
                fields={[{ name: "rule", label: t.who, kind: "select", options: Object.entries(t.rules) }]}
              />
            </div>
            <div>
              <h3 className="mb-2 text-lg font-semibold">{t.customHeading}</h3>
              <SpecForm
                action={bind(addCustomTargetAction, org, id)}
                idPrefix="custom"
                submit={t.addTarget}
                pending={t.adding}
                fields={[
                  {
                    name: "name",
                    label: t.name,
                    kind: "text",
                    required: true,
                    maxLength: 120,
                    hint: t.nameHint,
                  },
                  { name: "title", label: t.titleOptional, kind: "text", maxLength: 120 },
                  { name: "email", label: t.email, kind: "email", required: true, maxLength: 254 },
                  {
                    name: "requiresAddress",
                    label: t.requiresAddress,
                    kind: "checkbox",
                  },
                ]}
              />
            </div>
            <div>
              <h3 className="mb-2 text-lg font-semibold">{t.namedHeading}</h3>
              <form method="get" action={`${path}#targets`} className="mb-3 flex flex-wrap items-end gap-2">
                <div>
                  <label htmlFor="official-search" className="block font-medium">
                    {t.searchOfficials}
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
                  {t.search}
                </button>
              </form>
              {officialQuery && officialMatches.length === 0 ? (
                <p>{t.noOfficialMatch(officialQuery)}</p>
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
                        submit={t.add(o.name)}
                        pending={t.adding}
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

      {campaign.hasCongress ? (
        <CwcBuilder org={org} id={id} canEdit={can} topics={campaign.cwcTopics} stance={campaign.cwcStance} />
      ) : null}

      <BillBuilder org={org} id={id} slug={campaign.slug} canEdit={can} />

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

      <TranslationSection
        user={user}
        org={org}
        id={id}
        slug={campaign.slug}
        language={campaign.language}
        canEdit={can}
      />

      <StepsBuilder user={user} org={org} id={id} slug={campaign.slug} canEdit={can} />

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

      <Section id="pledges" title={t.waysToHelp}>
        <p>
          {t.pledgesIntro}{" "}
          <Link href={`/groups/${org}/dashboard`} className="text-brand-800 underline">
            {t.openGroupDashboard}
          </Link>{" "}
          {t.forGroups}{" "}
          <Link href="/groups" className="text-brand-800 underline">
            {t.groupsDirectory}
          </Link>
          .
        </p>
      </Section>
    </div>
  );
}

type Words = (typeof builderMessages)["en"];

function resourceFields(
  t: Words,
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
  t: Words,
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
