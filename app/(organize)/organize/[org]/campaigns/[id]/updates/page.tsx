import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { listUpdates, previewUpdate } from "@/lib/organize/updates";
import { sendTestAction, sendUpdateAction } from "./actions";
import { UpdateForm } from "./update-form";

export const metadata: Metadata = { title: "Updates to supporters", robots: { index: false } };

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

const PROBLEMS: Record<string, string> = {
  nothing: "We couldn't find that draft: it may have been sent already.",
  forbidden: "Only the organization's owners and organizers can write and send updates.",
  nobody: "No one has agreed to hear from your organization yet, so there is no one to send this to.",
  error: "Something went wrong on our side. Please try again in a moment.",
};

const section = "mt-10";
const h2 = "text-xl font-semibold";
const button = "rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900";
const quietButton = "rounded border border-stone-400 bg-white px-4 py-2 font-medium hover:bg-stone-50";

function people(n: number): string {
  return n === 1 ? "1 supporter" : `${n.toLocaleString("en-US")} supporters`;
}

function day(at: Date): string {
  return at.toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric" });
}

/** Write an update, look at it, send a test to yourself, then send it to the supporters who agreed to hear. */
export default async function CampaignUpdatesPage({ params, searchParams }: Props) {
  const { org, id } = await params;
  const query = await searchParams;
  const path = `/organize/${org}/campaigns/${id}/updates`;
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
    ? `Your update is on its way to ${people(Number(query.sent))}. Thank you for keeping them in the loop!`
    : query.already
      ? "That update was already sent, so nothing new went out."
      : query.tested
        ? `A test is on its way to ${user.email}.`
        : query.saved
          ? "Draft saved. Here is how it will look."
          : null;
  const problem = query.problem ? (PROBLEMS[query.problem] ?? PROBLEMS.error) : null;

  return (
    <div className="mx-auto max-w-4xl">
      <p className="text-sm text-stone-600">{view.organizationName}</p>
      <h1 className="mt-1 text-3xl font-bold">Updates to supporters</h1>
      <p className="mt-2 text-stone-700">
        Tell the people behind {view.campaignTitle} what their letters did and what comes next.{" "}
        {view.audience > 0
          ? `An update reaches ${people(view.audience)} who agreed to hear from ${view.organizationName}.`
          : `No one has agreed to hear from ${view.organizationName} yet.`}{" "}
        Every update has an unsubscribe link, and we honour it from then on.
      </p>
      <nav aria-label="This campaign" className="mt-3">
        <ul className="flex flex-wrap gap-4 text-sm font-medium">
          <li>
            <Link href={`/organize/${org}/campaigns/${id}`} className="text-brand-800 underline">
              Campaign builder
            </Link>
          </li>
          <li>
            <Link href={`/organize/${org}/campaigns/${id}/dashboard`} className="text-brand-800 underline">
              Dashboard
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
            {draft ? "Edit your draft" : "Write an update"}
          </h2>
          {draft ? (
            <p className="mt-1 text-sm">
              <Link href={path} className="text-brand-800 underline">
                Start a new update instead
              </Link>
            </p>
          ) : null}
          <UpdateForm org={org} campaignId={id} draft={draft} />
        </section>
      ) : (
        <p className="mt-6 text-stone-700">
          You can see the updates sent so far. Owners and organizers write and send them.
        </p>
      )}

      {draft && preview ? (
        <section aria-labelledby="preview-heading" className={section}>
          <h2 id="preview-heading" className={h2}>
            Preview: {preview.subject}
          </h2>
          <p className="mt-1 text-sm text-stone-600">
            This is the email each supporter gets, with their own unsubscribe link.
          </p>
          <iframe
            title={`Preview of the email “${preview.subject}”`}
            srcDoc={preview.html}
            sandbox=""
            className="mt-3 h-[32rem] w-full rounded border border-stone-300 bg-white"
          />
          <div className="mt-4 flex flex-wrap items-start gap-3">
            <form action={sendTestAction}>
              {hidden}
              <input type="hidden" name="updateId" value={draft.id} />
              <button type="submit" className={quietButton}>
                Send a test to me
              </button>
            </form>
            {isConfirming ? null : view.audience > 0 ? (
              <Link
                href={`${path}?confirm=${encodeURIComponent(draft.id)}#confirm-heading`}
                className={button}
              >
                Send to {people(view.audience)} who agreed to hear from {view.organizationName}
              </Link>
            ) : (
              <p className="text-stone-700">
                There is no one to send to yet: supporters choose to hear from you when they join or write.
              </p>
            )}
          </div>
          {isConfirming ? (
            <div className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
              <h3 id="confirm-heading" className="text-lg font-semibold">
                Send “{draft.subject}” now?
              </h3>
              <p className="mt-1 text-stone-800">
                It goes to {people(view.audience)} who agreed to hear from {view.organizationName}. An update
                goes out once and can't be changed afterwards.
              </p>
              <div className="mt-3 flex flex-wrap gap-3">
                <form action={sendUpdateAction}>
                  {hidden}
                  <input type="hidden" name="updateId" value={draft.id} />
                  <button type="submit" className={button}>
                    Yes, send it to {people(view.audience)}
                  </button>
                </form>
                <Link href={`${path}?draft=${encodeURIComponent(draft.id)}`} className={quietButton}>
                  Not yet
                </Link>
              </div>
            </div>
          ) : null}
        </section>
      ) : null}

      {view.canWrite && drafts.length > 0 ? (
        <section aria-labelledby="drafts-heading" className={section}>
          <h2 id="drafts-heading" className={h2}>
            Drafts
          </h2>
          <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {drafts.map((u) => (
              <li key={u.id} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
                <span className="font-medium">{u.subject}</span>
                <span className="text-sm text-stone-600">
                  Started {day(u.createdAt)} ·{" "}
                  <Link
                    href={`${path}?draft=${encodeURIComponent(u.id)}`}
                    className="text-brand-800 underline"
                  >
                    Open<span className="sr-only"> “{u.subject}”</span>
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="sent-heading" className={section}>
        <h2 id="sent-heading" className={h2}>
          Sent updates
        </h2>
        {sent.length === 0 ? (
          <p className="mt-2 text-stone-700">Nothing sent yet. Your first update will show here.</p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {sent.map((u) => (
              <li key={u.id} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
                <span className="font-medium">{u.subject}</span>
                <span className="text-sm text-stone-600">
                  {u.sentAt ? day(u.sentAt) : "Sending"} · {people(u.recipients ?? 0)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
