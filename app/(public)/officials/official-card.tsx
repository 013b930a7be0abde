import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import type { ResponseRate } from "@/lib/letters/replies";
import { type OfficialSummary, officialTitle, partyName, seatLabel } from "@/lib/officials/present";
import { officialsPage } from "./messages";

function formatDay(locale: Locale, iso: string): string {
  return formatDate(locale, new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
}

/**
 * One official (or one vacant seat): who they are and every way to reach them that they publish, and how
 * often they replied to supporters, when enough supporters told us (the page looks rates up in one query).
 */
export function OfficialCard({
  official,
  today,
  responseRate,
  locale,
}: {
  official: OfficialSummary;
  today: string;
  responseRate?: ResponseRate;
  locale: Locale;
}) {
  const t = officialsPage[locale];
  // The summary's title is the API's English one; other languages name the seat themselves.
  const title = locale === "en" ? official.title : officialTitle(official, locale);
  const headingId = `official-${official.id.replace(/[^\w-]/g, "-")}`;
  if (official.vacant) {
    return (
      <article
        aria-labelledby={headingId}
        className="rounded-lg border border-dashed border-stone-400 bg-stone-100 p-5"
      >
        <h4 id={headingId} className="text-lg font-semibold">
          {t.vacantSeat}
        </h4>
        <p className="text-sm text-stone-700">
          {title} · {seatLabel(official, locale)}
        </p>
        <p className="mt-2 text-stone-800">{t.vacantText}</p>
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
        {title} · {seatLabel(official, locale)}
        {official.party ? ` · ${partyName(official.party, locale)}` : ""}
      </p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {channels.phone ? (
          <>
            <dt className="font-medium text-stone-600">{t.phone}</dt>
            <dd>
              <a href={`tel:${channels.phone.replace(/[^\d+]/g, "")}`} className="text-brand-800 underline">
                {channels.phone}
              </a>
            </dd>
          </>
        ) : null}
        {channels.email ? (
          <>
            <dt className="font-medium text-stone-600">{t.email}</dt>
            <dd className="break-all">
              <a href={`mailto:${channels.email}`} className="text-brand-800 underline">
                {channels.email}
              </a>
            </dd>
          </>
        ) : null}
        {channels.contactForm ? (
          <>
            <dt className="font-medium text-stone-600">{t.write}</dt>
            <dd>
              <a href={channels.contactForm} rel="noopener noreferrer" className="text-brand-800 underline">
                {t.contactForm}
                <span className="sr-only">{t.contactFormFor(official.name)}</span>
              </a>
            </dd>
          </>
        ) : null}
        {official.website ? (
          <>
            <dt className="font-medium text-stone-600">{t.website}</dt>
            <dd className="break-all">
              <a href={official.website} rel="noopener noreferrer" className="text-brand-800 underline">
                {official.website.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "")}
              </a>
            </dd>
          </>
        ) : null}
        {official.termEnd ? (
          <>
            <dt className="font-medium text-stone-600">{t.termEnds}</dt>
            <dd>
              {formatDay(locale, official.termEnd)}
              {termHasEnded ? <span className="block text-stone-600">{t.termPassed}</span> : null}
            </dd>
          </>
        ) : null}
      </dl>
      {responseRate ? (
        <p className="mt-3 text-sm text-stone-800">
          <span className="font-medium">
            {t.replied(responseRate.replied, responseRate.answered, responseRate.percent)}
          </span>{" "}
          <span className="text-stone-600">{t.repliedSource}</span>
        </p>
      ) : null}
      {!channels.phone && !channels.email && !channels.contactForm && !official.website ? (
        <p className="mt-3 text-sm text-stone-700">{t.noContact(official.name)}</p>
      ) : null}
    </article>
  );
}
