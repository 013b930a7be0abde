import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { getOptionRoster, type RosterEntry, STATUS_WORDS } from "@/lib/groups/dashboard";
import { formatDollars } from "@/lib/pledges/emails";
import { markPledgeAction, setOptionOpenAction } from "../../actions";
import { dashboardPath, optionPath, orNotFound, requireUser } from "../../load";
import { MessageForm } from "../../message-form";
import { formatDate, KIND_LABELS, optionDetails, outcomeWords, signedUpText } from "../../present";

export const metadata: Metadata = { title: "Who signed up", robots: { index: false } };

type Props = {
  params: Promise<{ slug: string; optionId: string }>;
  searchParams: Promise<{ created?: string; saved?: string }>;
};

const statusClass: Record<RosterEntry["status"], string> = {
  pledged: "bg-stone-200 text-stone-900",
  done: "bg-green-100 text-green-900",
  missed: "bg-amber-100 text-amber-900",
  cancelled: "bg-stone-100 text-stone-700",
};

function pledgedWhat(entry: RosterEntry): string | null {
  if (entry.amountCents !== null) {
    return `${formatDollars(entry.amountCents)}${entry.frequency === "monthly" ? " a month" : " once"}`;
  }
  if (entry.quantity > 1) return `${entry.quantity} items`;
  if (entry.hours) return `${entry.hours} hours`;
  return null;
}

const buttonClass =
  "rounded border px-2.5 py-1 text-sm font-medium focus:outline-2 focus:outline-offset-2 focus:outline-brand-800";

/** One way to help: who pledged, marking what happened, the CSV, and a message to a shift's volunteers. */
export default async function OptionPage({ params, searchParams }: Props) {
  const { slug, optionId } = await params;
  const { created, saved } = await searchParams;
  const user = await requireUser(optionPath(slug, optionId));
  const { group, option, roster } = await orNotFound(getOptionRoster(user, slug, optionId));
  const standing = roster.filter((entry) => entry.status !== "cancelled");
  const cancelled = roster.filter((entry) => entry.status === "cancelled");
  const words = outcomeWords(option.kind);
  const details = optionDetails(option);
  const shareHref = option.campaignSlug ? `/campaigns/${option.campaignSlug}` : `/groups/${group.slug}`;
  const isShift = option.kind === "volunteer_shift";

  return (
    <div>
      <p className="text-sm">
        <Link href={dashboardPath(group.slug)} className="text-brand-800 underline">
          {group.name}: dashboard
        </Link>
      </p>
      {created || saved ? (
        <p
          role="status"
          className="mt-3 rounded border border-green-300 bg-green-50 p-3 font-medium text-green-900"
        >
          {created ? "Thank you: it is offered now." : "Saved."}
        </p>
      ) : null}
      <h1 className="mt-1 text-3xl font-bold">{option.title}</h1>
      <p className="mt-1 text-stone-700">
        {KIND_LABELS[option.kind]}
        {details ? ` · ${details}` : ""}
      </p>
      {option.campaignTitle ? (
        <p className="text-stone-700">
          Also offered on{" "}
          <Link href={`/campaigns/${option.campaignSlug}`} className="text-brand-800 underline">
            {option.campaignTitle}
          </Link>
        </p>
      ) : null}
      <p className="mt-3 text-lg font-semibold">
        {signedUpText(option)}
        {option.isOpen ? null : (
          <span className="ml-2 rounded bg-stone-200 px-2 py-1 text-sm font-medium text-stone-900">
            Closed to new pledges
          </span>
        )}
      </p>

      <div className="mt-4 flex flex-wrap items-center gap-3">
        {roster.length > 0 ? (
          <a
            href={`${optionPath(group.slug, option.id)}/roster.csv`}
            className="rounded border border-brand-800 bg-white px-3 py-1.5 font-medium text-brand-800 hover:bg-brand-50"
          >
            Download the list (CSV)
          </a>
        ) : null}
        {group.canManage ? (
          <>
            <Link
              href={`${optionPath(group.slug, option.id)}/edit`}
              className="rounded border border-stone-400 bg-white px-3 py-1.5 font-medium hover:bg-stone-100"
            >
              Edit
            </Link>
            <form action={setOptionOpenAction}>
              <input type="hidden" name="slug" value={group.slug} />
              <input type="hidden" name="optionId" value={option.id} />
              <input type="hidden" name="isOpen" value={option.isOpen ? "false" : "true"} />
              <button
                type="submit"
                className="rounded border border-stone-400 bg-white px-3 py-1.5 font-medium hover:bg-stone-100"
              >
                {option.isOpen ? "Close to new pledges" : "Open again"}
              </button>
            </form>
          </>
        ) : null}
      </div>
      {group.canManage && option.isOpen ? (
        <p className="mt-2 text-sm text-stone-600">
          Closing keeps everyone who already pledged, and everything marked so far.
        </p>
      ) : null}

      <section aria-labelledby="roster-heading" className="mt-8">
        <h2 id="roster-heading" className="text-xl font-semibold">
          Who signed up
        </h2>
        {standing.length === 0 ? (
          <p className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-700">
            No one has signed up yet — share the{" "}
            <Link href={shareHref} className="text-brand-800 underline">
              {option.campaignSlug ? "campaign" : "group's page"}
            </Link>{" "}
            so people can find it.
          </p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full min-w-[44rem] border-collapse bg-white text-left">
              <caption className="sr-only">
                People who pledged to {option.title}, with their contact details and what happened
              </caption>
              <thead>
                <tr className="border-b border-stone-300 text-sm text-stone-600">
                  <th scope="col" className="p-3 font-medium">
                    Name
                  </th>
                  <th scope="col" className="p-3 font-medium">
                    Contact
                  </th>
                  <th scope="col" className="p-3 font-medium">
                    Note
                  </th>
                  <th scope="col" className="p-3 font-medium">
                    Pledged
                  </th>
                  <th scope="col" className="p-3 font-medium">
                    Status
                  </th>
                  {group.canManage ? (
                    <th scope="col" className="p-3 font-medium">
                      Mark
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
                      {pledgedWhat(entry) ? <span className="block">{pledgedWhat(entry)}</span> : null}
                      {formatDate(entry.createdAt, option.timeZone)}
                    </td>
                    <td className="p-3">
                      <span className={`rounded px-2 py-1 text-sm font-medium ${statusClass[entry.status]}`}>
                        {entry.status === "done"
                          ? words.done
                          : entry.status === "missed"
                            ? words.missed
                            : STATUS_WORDS[entry.status]}
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
                              aria-label={`Undo: ${entry.name}`}
                              className={`${buttonClass} border-stone-400 bg-white text-stone-800 hover:bg-stone-100`}
                            >
                              Undo
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
              {cancelled.length} {cancelled.length === 1 ? "person" : "people"} cancelled
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
            Write to the volunteers of this shift
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
