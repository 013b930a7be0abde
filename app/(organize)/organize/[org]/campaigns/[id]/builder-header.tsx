import Link from "next/link";
import type { consoleMessages } from "../../../../messages";
import { SpecForm } from "../../../../spec-form";
import { turnOffPreviewLinkAction } from "../../../actions";
import { bindAction as bind, type SectionProps } from "./section";

/** The builder's top: the organization, the campaign's title and status, its pages, and the preview link. */
export function BuilderHeader({
  org,
  id,
  campaign,
  t,
  can,
  words,
  path,
  previewLink,
}: SectionProps & { words: (typeof consoleMessages)["en"]; path: string; previewLink: string | null }) {
  return (
    <>
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
    </>
  );
}
