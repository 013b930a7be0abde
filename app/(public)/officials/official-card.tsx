import type { ResponseRate } from "@/lib/letters/replies";
import { type OfficialSummary, seatLabel } from "@/lib/officials/present";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * One official (or one vacant seat): who they are and every way to reach them that they publish, and how
 * often they replied to supporters, when enough supporters told us (the page looks rates up in one query).
 */
export function OfficialCard({
  official,
  today,
  responseRate,
}: {
  official: OfficialSummary;
  today: string;
  responseRate?: ResponseRate;
}) {
  const headingId = `official-${official.id.replace(/[^\w-]/g, "-")}`;
  if (official.vacant) {
    return (
      <article
        aria-labelledby={headingId}
        className="rounded-lg border border-dashed border-stone-400 bg-stone-100 p-5"
      >
        <h4 id={headingId} className="text-lg font-semibold">
          Vacant seat
        </h4>
        <p className="text-sm text-stone-700">
          {official.title} · {seatLabel(official)}
        </p>
        <p className="mt-2 text-stone-800">
          Nobody holds this seat right now, so there is no one to write to here until it is filled.
        </p>
      </article>
    );
  }
  const { channels } = official;
  // Two appointed senators' terms ended at the 2026 special elections, whose results our data predates.
  const termHasEnded = official.termEnd !== null && official.termEnd < today;
  return (
    <article
      aria-labelledby={headingId}
      className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
    >
      <h4 id={headingId} className="text-lg font-semibold">
        {official.name}
      </h4>
      <p className="text-sm text-stone-700">
        {official.title} · {seatLabel(official)}
        {official.party ? ` · ${official.party}` : ""}
      </p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {channels.phone ? (
          <>
            <dt className="font-medium text-stone-600">Phone</dt>
            <dd>
              <a href={`tel:${channels.phone.replace(/[^\d+]/g, "")}`} className="text-brand-800 underline">
                {channels.phone}
              </a>
            </dd>
          </>
        ) : null}
        {channels.email ? (
          <>
            <dt className="font-medium text-stone-600">Email</dt>
            <dd className="break-all">
              <a href={`mailto:${channels.email}`} className="text-brand-800 underline">
                {channels.email}
              </a>
            </dd>
          </>
        ) : null}
        {channels.contactForm ? (
          <>
            <dt className="font-medium text-stone-600">Write</dt>
            <dd>
              <a href={channels.contactForm} rel="noopener noreferrer" className="text-brand-800 underline">
                Contact form<span className="sr-only"> for {official.name}</span>
              </a>
            </dd>
          </>
        ) : null}
        {official.website ? (
          <>
            <dt className="font-medium text-stone-600">Website</dt>
            <dd className="break-all">
              <a href={official.website} rel="noopener noreferrer" className="text-brand-800 underline">
                {official.website.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "")}
              </a>
            </dd>
          </>
        ) : null}
        {official.termEnd ? (
          <>
            <dt className="font-medium text-stone-600">Term ends</dt>
            <dd>
              {formatDate(official.termEnd)}
              {termHasEnded ? (
                <span className="block text-stone-600">
                  That date has passed; our data was gathered before the result was known.
                </span>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
      {responseRate ? (
        <p className="mt-3 text-sm text-stone-800">
          <span className="font-medium">
            Replied to {responseRate.replied} of the {responseRate.answered} supporters who told us (
            {responseRate.percent}%).
          </span>{" "}
          <span className="text-stone-600">
            From answers to our follow-up email a few weeks after writing.
          </span>
        </p>
      ) : null}
      {!channels.phone && !channels.email && !channels.contactForm && !official.website ? (
        <p className="mt-3 text-sm text-stone-700">
          We don&apos;t have contact details for {official.name} yet.
        </p>
      ) : null}
    </article>
  );
}
