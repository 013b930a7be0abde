import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/i18n/format";
import { getLocale } from "@/lib/i18n/server";
import { listUpdates, previewUpdate } from "@/lib/organize/updates";
import { sendTestAction, sendUpdateAction } from "./actions";
import { updatesMessages } from "./messages";
import { UpdateForm } from "./update-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: updatesMessages[await getLocale()].title, robots: { index: false } };
}

type Props = {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{
    draft?: string;
    confirm?: string;
    saved?: string;
    tested?: string;
    sent?: string;
    already?: string;
    problem?: string;
  }>;
};

const section = "mt-10";
const h2 = "text-xl font-semibold";
const button = "rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900";
const quietButton = "rounded border border-stone-400 bg-white px-4 py-2 font-medium hover:bg-stone-50";

/** Write an update, look at it, send a test to yourself, then send it to the supporters who agreed to hear. */
export default async function CampaignUpdatesPage({ params, searchParams }: Props) {
  const { org, id } = await params;
  const query = await searchParams;
  const path = `/organize/${org}/campaigns/${id}/updates`;
  const locale = await getLocale();
  const t = updatesMessages[locale];
  const day = (at: Date) => formatDate(locale, at, { month: "long", day: "numeric", year: "numeric" });
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  const view = await listUpdates(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  // The URL names the organization too: the campaign must be this organization's.
  if (view.organizationSlug !== org) notFound();

  const drafts = view.updates.filter((u) => u.status === "draft");
  const sent = view.updates.filter((u) => u.status !== "draft");
  const openId = query.confirm ?? query.draft;
  const draft = view.canWrite ? (drafts.find((u) => u.id === openId) ?? null) : null;
  const isConfirming = draft !== null && query.confirm === draft.id;
  const preview = draft ? await previewUpdate(user, id, draft.id) : null;
  const hidden = (
    <>
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="campaignId" value={id} />
    </>
  );
  const notice = query.sent
    ? t.sent(Number(query.sent))
    : query.already
      ? t.already
      : query.tested
        ? t.tested(user.email)
        : query.saved
          ? t.saved
          : null;
  const problem = query.problem ? (t.problems[query.problem] ?? t.problems.error) : null;

  return (
    <div className="mx-auto max-w-4xl">
      <p className="text-sm text-stone-600">{view.organizationName}</p>
      <h1 className="mt-1 text-3xl font-bold">{t.title}</h1>
      <p className="mt-2 text-stone-700">
        {t.intro(view.campaignTitle)}{" "}
        {view.audience > 0
          ? t.reaches(view.audience, view.organizationName)
          : t.noAudience(view.organizationName)}{" "}
        {t.unsubscribe}
      </p>
      <nav aria-label={t.thisCampaign} className="mt-3">
        <ul className="flex flex-wrap gap-4 text-sm font-medium">
          <li>
            <Link href={`/organize/${org}/campaigns/${id}`} className="text-brand-800 underline">
              {t.builder}
            </Link>
          </li>
          <li>
            <Link href={`/organize/${org}/campaigns/${id}/dashboard`} className="text-brand-800 underline">
              {t.dashboard}
            </Link>
          </li>
        </ul>
      </nav>

      <div id="updates-status" role="status" aria-live="polite" className="mt-4">
        {notice ? <p className="rounded bg-green-50 p-3 font-medium text-green-900">{notice}</p> : null}
        {problem ? <p className="rounded bg-red-50 p-3 font-medium text-red-900">{problem}</p> : null}
      </div>

      {view.canWrite ? (
        <section aria-labelledby="compose-heading" className={section}>
          <h2 id="compose-heading" className={h2}>
            {draft ? t.editDraft : t.writeUpdate}
          </h2>
          {draft ? (
            <p className="mt-1 text-sm">
              <Link href={path} className="text-brand-800 underline">
                {t.startNew}
              </Link>
            </p>
          ) : null}
          <UpdateForm org={org} campaignId={id} draft={draft} />
        </section>
      ) : (
        <p className="mt-6 text-stone-700">{t.viewerNote}</p>
      )}

      {draft && preview ? (
        <section aria-labelledby="preview-heading" className={section}>
          <h2 id="preview-heading" className={h2}>
            {t.preview(preview.subject)}
          </h2>
          <p className="mt-1 text-sm text-stone-600">{t.previewNote}</p>
          <iframe
            title={t.previewTitle(preview.subject)}
            srcDoc={preview.html}
            sandbox=""
            className="mt-3 h-[32rem] w-full rounded border border-stone-300 bg-white"
          />
          <div className="mt-4 flex flex-wrap items-start gap-3">
            <form action={sendTestAction}>
              {hidden}
              <input type="hidden" name="updateId" value={draft.id} />
              <button type="submit" className={quietButton}>
                {t.sendTest}
              </button>
            </form>
            {isConfirming ? null : view.audience > 0 ? (
              <Link
                href={`${path}?confirm=${encodeURIComponent(draft.id)}#confirm-heading`}
                className={button}
              >
                {t.sendTo(view.audience, view.organizationName)}
              </Link>
            ) : (
              <p className="text-stone-700">{t.noOneYet}</p>
            )}
          </div>
          {isConfirming ? (
            <div className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
              <h3 id="confirm-heading" className="text-lg font-semibold">
                {t.confirmHeading(draft.subject)}
              </h3>
              <p className="mt-1 text-stone-800">{t.confirmText(view.audience, view.organizationName)}</p>
              <div className="mt-3 flex flex-wrap gap-3">
                <form action={sendUpdateAction}>
                  {hidden}
                  <input type="hidden" name="updateId" value={draft.id} />
                  <button type="submit" className={button}>
                    {t.yesSend(view.audience)}
                  </button>
                </form>
                <Link href={`${path}?draft=${encodeURIComponent(draft.id)}`} className={quietButton}>
                  {t.notYet}
                </Link>
              </div>
            </div>
          ) : null}
        </section>
      ) : null}

      {view.canWrite && drafts.length > 0 ? (
        <section aria-labelledby="drafts-heading" className={section}>
          <h2 id="drafts-heading" className={h2}>
            {t.drafts}
          </h2>
          <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {drafts.map((u) => (
              <li key={u.id} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
                <span className="font-medium">{u.subject}</span>
                <span className="text-sm text-stone-600">
                  {t.started(day(u.createdAt))} ·{" "}
                  <Link
                    href={`${path}?draft=${encodeURIComponent(u.id)}`}
                    className="text-brand-800 underline"
                  >
                    {t.open}
                    <span className="sr-only"> “{u.subject}”</span>
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="sent-heading" className={section}>
        <h2 id="sent-heading" className={h2}>
          {t.sentHeading}
        </h2>
        {sent.length === 0 ? (
          <p className="mt-2 text-stone-700">{t.nothingSent}</p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {sent.map((u) => (
              <li key={u.id} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
                <span className="font-medium">{u.subject}</span>
                <span className="text-sm text-stone-600">
                  {u.sentAt ? day(u.sentAt) : t.sending} · {t.people(u.recipients ?? 0)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
