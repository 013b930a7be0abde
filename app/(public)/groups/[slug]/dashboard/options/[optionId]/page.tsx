import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { getOptionRoster, type RosterEntry } from "@/lib/groups/dashboard";
import { rosterWords } from "@/lib/groups/messages";
import type { Locale } from "@/lib/i18n/locale";
import { getLocale } from "@/lib/i18n/server";
import { formatDollars } from "@/lib/pledges/emails";
import { cancelShiftAction, markPledgeAction, setOptionOpenAction } from "../../actions";
import { dashboardPath, optionPath, orNotFound, requireUser } from "../../load";
import { MessageForm } from "../../message-form";
import { dashboardWords } from "../../messages";
import { formatDate, optionDetails, outcomeWords, signedUpText } from "../../present";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dashboardWords[await getLocale()].rosterTitle, robots: { index: false } };
}

type Props = {
  params: Promise<{ slug: string; optionId: string }>;
  searchParams: Promise<{ created?: string; saved?: string; shiftCancelled?: string; cancelFailed?: string }>;
};

const statusClass: Record<RosterEntry["status"], string> = {
  pledged: "bg-stone-200 text-stone-900",
  done: "bg-green-100 text-green-900",
  missed: "bg-amber-100 text-amber-900",
  cancelled: "bg-stone-100 text-stone-700",
};

function pledgedWhat(entry: RosterEntry, locale: Locale): string | null {
  const t = dashboardWords[locale];
  if (entry.amountCents !== null) {
    return t.amount(formatDollars(entry.amountCents, locale), entry.frequency === "monthly");
  }
  if (entry.quantity > 1) return t.itemsN(entry.quantity);
  if (entry.hours) return t.hours(entry.hours);
  return null;
}

const buttonClass =
  "rounded border px-2.5 py-1 text-sm font-medium focus:outline-2 focus:outline-offset-2 focus:outline-brand-800";

/** One way to help: who pledged, marking what happened, the CSV, and a message to a shift's volunteers. */
export default async function OptionPage({ params, searchParams }: Props) {
  const { slug, optionId } = await params;
  const { created, saved, shiftCancelled, cancelFailed } = await searchParams;
  const user = await requireUser(optionPath(slug, optionId));
  const { group, option, roster } = await orNotFound(getOptionRoster(user, slug, optionId));
  const standing = roster.filter((entry) => entry.status !== "cancelled");
  const cancelled = roster.filter((entry) => entry.status === "cancelled");
  const locale = await getLocale();
  const t = dashboardWords[locale];
  const statusWords = rosterWords[locale].status;
  const words = outcomeWords(option.kind, locale);
  const details = optionDetails(option, locale);
  const shareHref = option.campaignSlug ? `/campaigns/${option.campaignSlug}` : `/groups/${group.slug}`;
  const isShift = option.kind === "volunteer_shift";
  // A shift that has started is history; a cancelled one is cancelled once.
  const canCancel = !option.cancelledAt && (!option.startsAt || option.startsAt.getTime() > Date.now());

  return (
    <div>
      <p className="text-sm">
        <Link href={dashboardPath(group.slug)} className="text-brand-800 underline">
          {t.backToDashboard(group.name)}
        </Link>
      </p>
      {created || saved ? (
        <p
          role="status"
          className="mt-3 rounded border border-green-300 bg-green-50 p-3 font-medium text-green-900"
        >
          {created ? t.created : t.saved}
        </p>
      ) : null}
      {shiftCancelled !== undefined ? (
        <p
          role="status"
          className="mt-3 rounded border border-green-300 bg-green-50 p-3 font-medium text-green-900"
        >
          {t.shiftCancelled(Math.max(0, Number.parseInt(shiftCancelled, 10) || 0))}
        </p>
      ) : null}
      {cancelFailed ? (
        <p
          role="status"
          className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 font-medium text-amber-900"
        >
          {t.cancelFailed}
        </p>
      ) : null}
      <h1 className="mt-1 text-3xl font-bold">{option.title}</h1>
      <p className="mt-1 text-stone-700">
        {t.kinds[option.kind]}
        {details ? ` · ${details}` : ""}
      </p>
      {option.campaignTitle ? (
        <p className="text-stone-700">
          {t.alsoOn}{" "}
          <Link href={`/campaigns/${option.campaignSlug}`} className="text-brand-800 underline">
            {option.campaignTitle}
          </Link>
        </p>
      ) : null}
      <p className="mt-3 text-lg font-semibold">
        {signedUpText(option, locale)}
        {option.isOpen ? null : (
          <span className="ml-2 rounded bg-stone-200 px-2 py-1 text-sm font-medium text-stone-900">
            {option.cancelledAt ? t.cancelledBadge : t.closedToNew}
          </span>
        )}
      </p>

      <div className="mt-4 flex flex-wrap items-center gap-3">
        {roster.length > 0 ? (
          <a
            href={`${optionPath(group.slug, option.id)}/roster.csv`}
            className="rounded border border-brand-800 bg-white px-3 py-1.5 font-medium text-brand-800 hover:bg-brand-50"
          >
            {t.download}
          </a>
        ) : null}
        {group.canManage ? (
          <>
            <Link
              href={`${optionPath(group.slug, option.id)}/edit`}
              className="rounded border border-stone-400 bg-white px-3 py-1.5 font-medium hover:bg-stone-100"
            >
              {t.edit}
            </Link>
            {option.cancelledAt ? null : (
              <form action={setOptionOpenAction}>
                <input type="hidden" name="slug" value={group.slug} />
                <input type="hidden" name="optionId" value={option.id} />
                <input type="hidden" name="isOpen" value={option.isOpen ? "false" : "true"} />
                <button
                  type="submit"
                  className="rounded border border-stone-400 bg-white px-3 py-1.5 font-medium hover:bg-stone-100"
                >
                  {option.isOpen ? t.close : t.openAgain}
                </button>
              </form>
            )}
          </>
        ) : null}
      </div>
      {group.canManage && option.isOpen ? (
        <p className="mt-2 text-sm text-stone-600">{t.closingNote}</p>
      ) : null}
      {isShift && group.canManage && canCancel ? (
        <details className="mt-3">
          <summary className="inline-block cursor-pointer rounded border border-red-800 bg-white px-3 py-1.5 font-medium text-red-900 hover:bg-red-50">
            {t.cancelShift}
          </summary>
          <form action={cancelShiftAction} className="mt-2 max-w-xl rounded bg-stone-100 p-3">
            <p>{t.cancelShiftNote(standing.length)}</p>
            <input type="hidden" name="slug" value={group.slug} />
            <input type="hidden" name="optionId" value={option.id} />
            <button
              type="submit"
              className="mt-2 rounded bg-red-800 px-3 py-1.5 font-medium text-white hover:bg-red-900"
            >
              {t.yesCancelShift}
            </button>
          </form>
        </details>
      ) : null}

      <section aria-labelledby="roster-heading" className="mt-8">
        <h2 id="roster-heading" className="text-xl font-semibold">
          {t.rosterTitle}
        </h2>
        {standing.length === 0 ? (
          <p className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-700">
            {t.noOneYet}{" "}
            <Link href={shareHref} className="text-brand-800 underline">
              {option.campaignSlug ? t.campaign : t.groupsPage}
            </Link>{" "}
            {t.soPeopleFind}
          </p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full min-w-[44rem] border-collapse bg-white text-left">
              <caption className="sr-only">{t.rosterCaption(option.title)}</caption>
              <thead>
                <tr className="border-b border-stone-300 text-sm text-stone-600">
                  <th scope="col" className="p-3 font-medium">
                    {t.name}
                  </th>
                  <th scope="col" className="p-3 font-medium">
                    {t.contact}
                  </th>
                  <th scope="col" className="p-3 font-medium">
                    {t.note}
                  </th>
                  <th scope="col" className="p-3 font-medium">
                    {t.pledged}
                  </th>
                  <th scope="col" className="p-3 font-medium">
                    {t.status}
                  </th>
                  {group.canManage ? (
                    <th scope="col" className="p-3 font-medium">
                      {t.mark}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {standing.map((entry) => (
                  <tr key={entry.id} className="border-b border-stone-200 align-top">
                    <th scope="row" className="p-3 font-semibold">
                      {entry.name}
                    </th>
                    <td className="p-3 text-sm">
                      <a href={`mailto:${entry.email}`} className="break-all text-brand-800 underline">
                        {entry.email}
                      </a>
                      {entry.phone ? <span className="block">{entry.phone}</span> : null}
                    </td>
                    <td className="max-w-xs p-3 text-sm whitespace-pre-line">{entry.note ?? ""}</td>
                    <td className="p-3 text-sm">
                      {pledgedWhat(entry, locale) ? (
                        <span className="block">{pledgedWhat(entry, locale)}</span>
                      ) : null}
                      {formatDate(entry.createdAt, option.timeZone, locale)}
                    </td>
                    <td className="p-3">
                      <span className={`rounded px-2 py-1 text-sm font-medium ${statusClass[entry.status]}`}>
                        {entry.status === "done"
                          ? words.done
                          : entry.status === "missed"
                            ? words.missed
                            : statusWords[entry.status]}
                      </span>
                    </td>
                    {group.canManage ? (
                      <td className="p-3">
                        <form action={markPledgeAction} className="flex flex-wrap gap-2">
                          <input type="hidden" name="slug" value={group.slug} />
                          <input type="hidden" name="pledgeId" value={entry.id} />
                          {entry.status !== "done" ? (
                            <button
                              type="submit"
                              name="outcome"
                              value="done"
                              aria-label={`${words.done}: ${entry.name}`}
                              className={`${buttonClass} border-green-700 bg-white text-green-900 hover:bg-green-50`}
                            >
                              {words.done}
                            </button>
                          ) : null}
                          {entry.status !== "missed" ? (
                            <button
                              type="submit"
                              name="outcome"
                              value="missed"
                              aria-label={`${words.missed}: ${entry.name}`}
                              className={`${buttonClass} border-amber-700 bg-white text-amber-900 hover:bg-amber-50`}
                            >
                              {words.missed}
                            </button>
                          ) : null}
                          {entry.status !== "pledged" ? (
                            <button
                              type="submit"
                              name="outcome"
                              value="pledged"
                              aria-label={t.undoWho(entry.name)}
                              className={`${buttonClass} border-stone-400 bg-white text-stone-800 hover:bg-stone-100`}
                            >
                              {t.undo}
                            </button>
                          ) : null}
                        </form>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {cancelled.length > 0 ? (
          <details className="mt-4">
            <summary className="cursor-pointer text-brand-800 underline">
              {t.cancelledCount(cancelled.length)}
            </summary>
            <ul className="mt-2 list-disc pl-6 text-stone-700">
              {cancelled.map((entry) => (
                <li key={entry.id}>
                  {entry.name} ({entry.email})
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      {isShift && group.canManage && standing.length > 0 ? (
        <section aria-labelledby="message-heading" className="mt-10">
          <h2 id="message-heading" className="text-xl font-semibold">
            {t.writeHeading}
          </h2>
          <MessageForm
            slug={group.slug}
            optionId={option.id}
            messageId={randomUUID()}
            recipients={standing.length}
            senderEmail={user.email}
          />
        </section>
      ) : null}
    </div>
  );
}
