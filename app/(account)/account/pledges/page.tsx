import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { cancelPledgeAction, markPledgeDoneAction } from "@/app/_actions/pledges";
import { getSessionUser } from "@/lib/auth";
import type { Locale } from "@/lib/i18n/locale";
import { getLocale } from "@/lib/i18n/server";
import { googleCalendarUrl, shiftEvent } from "@/lib/pledges/calendar";
import { formatShiftTime, MY_PLEDGES_PATH } from "@/lib/pledges/emails";
import { pledgeWords } from "@/lib/pledges/messages";
import { listMyPledges, type MyPledge } from "@/lib/pledges/options";
import {
  amountText,
  hoursText,
  isPast,
  pledgeStatusText,
  safeHttpUrl,
  splitMyPledges,
} from "@/lib/pledges/present";

export async function generateMetadata(): Promise<Metadata> {
  return { title: pledgeWords[await getLocale()].pageTitle };
}

const notices: Record<string, { key: "cancelled" | "given" | "gone"; isError?: boolean }> = {
  cancelled: { key: "cancelled" },
  given: { key: "given" },
  gone: { key: "gone", isError: true },
};

const toneClass = {
  done: "bg-green-100 text-green-900",
  waiting: "bg-stone-200 text-stone-900",
  you: "bg-amber-100 text-amber-900",
  ended: "bg-stone-100 text-stone-700",
};

function what(pledge: MyPledge, locale: Locale): string | null {
  if (pledge.kind === "donation" && pledge.amountCents !== null) {
    return amountText(pledge.amountCents, pledge.frequency, locale);
  }
  if (pledge.kind === "goods") return pledgeWords[locale].quantityPledged(pledge.quantity);
  if (pledge.kind === "skills" && pledge.hours) return hoursText(pledge.hours, locale);
  return null;
}

/** An .ics file (any calendar app; the same event as the emailed invitation) and Google Calendar's own page. */
function CalendarLinks({ pledge, locale }: { pledge: MyPledge & { startsAt: Date }; locale: Locale }) {
  const t = pledgeWords[locale];
  const event = shiftEvent(
    {
      pledgeId: pledge.id,
      title: pledge.title,
      groupName: pledge.groupName,
      description: pledge.description,
      startsAt: pledge.startsAt,
      endsAt: pledge.endsAt,
      location: pledge.location,
      isRemote: pledge.isRemote,
      sequence: pledge.calendarSequence,
    },
    locale,
  );
  return (
    <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      <a
        href={`${MY_PLEDGES_PATH}/calendar.ics?pledge=${encodeURIComponent(pledge.id)}`}
        download
        className="font-medium text-brand-800 underline"
      >
        {t.addToCalendar}
        <span className="sr-only">: {pledge.title}</span>
      </a>
      <a
        href={googleCalendarUrl(event)}
        target="_blank"
        rel="noopener noreferrer"
        className="font-medium text-brand-800 underline"
      >
        {t.addToGoogle}
        <span className="sr-only">
          : {pledge.title}
          {t.opensGoogle}
        </span>
      </a>
    </p>
  );
}

function PledgeCard({ pledge, now, locale }: { pledge: MyPledge; now: Date; locale: Locale }) {
  const t = pledgeWords[locale];
  const status = pledgeStatusText(pledge, now, locale);
  const isStanding = pledge.status === "pledged" && !isPast(pledge, now);
  const canMarkGiven = pledge.status === "pledged" && (pledge.kind === "donation" || pledge.kind === "goods");
  const titleId = `pledge-${pledge.id}-title`;
  const amount = what(pledge, locale);
  const donationUrl = safeHttpUrl(pledge.donationUrl);
  return (
    <li>
      <article aria-labelledby={titleId} className="rounded-lg border border-stone-200 bg-white p-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <div>
            <h3 id={titleId} className="font-semibold">
              {pledge.title}
            </h3>
            <p className="text-sm text-stone-700">
              {t.withGroup}{" "}
              <Link href={`/groups/${pledge.groupSlug}`} className="text-brand-800 underline">
                {pledge.groupName}
              </Link>
              {pledge.campaignSlug ? (
                <>
                  {" "}
                  {t.forCampaign}{" "}
                  <Link href={`/campaigns/${pledge.campaignSlug}`} className="text-brand-800 underline">
                    {pledge.campaignTitle}
                  </Link>
                </>
              ) : null}
            </p>
          </div>
          <span className={`rounded px-2 py-1 text-sm font-medium ${toneClass[status.tone]}`}>
            {status.label}
          </span>
        </div>
        <ul className="mt-2 space-y-0.5 text-sm">
          {pledge.startsAt ? (
            <li>{formatShiftTime(pledge.startsAt, pledge.endsAt, pledge.timeZone, locale)}</li>
          ) : null}
          {pledge.kind === "volunteer_shift" ? (
            <li>{pledge.isRemote ? t.remoteLink : pledge.location}</li>
          ) : null}
          {amount ? <li>{amount}</li> : null}
          {pledge.kind === "goods" && pledge.dropOffPlace ? <li>{t.dropOff(pledge.dropOffPlace)}</li> : null}
          {pledge.kind === "goods" && pledge.dropOffHours ? (
            <li>{t.dropOffHours(pledge.dropOffHours)}</li>
          ) : null}
        </ul>
        {isStanding && pledge.kind === "volunteer_shift" && pledge.startsAt && !pledge.shiftCancelledAt ? (
          <CalendarLinks pledge={{ ...pledge, startsAt: pledge.startsAt }} locale={locale} />
        ) : null}

        {pledge.status === "pledged" ? (
          <div className="mt-3 flex flex-wrap items-start gap-3 border-t border-stone-200 pt-3">
            {pledge.kind === "donation" && donationUrl ? (
              <a
                href={donationUrl}
                target="_blank"
                rel="noopener noreferrer"
                className="rounded bg-brand-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900"
              >
                {t.giveOnPage(pledge.groupName)}
                <span className="sr-only">{t.opensNewTab}</span>
              </a>
            ) : null}
            {canMarkGiven ? (
              <form action={markPledgeDoneAction}>
                <input type="hidden" name="pledgeId" value={pledge.id} />
                <button
                  type="submit"
                  className="rounded border border-green-700 bg-white px-3 py-1.5 text-sm font-medium text-green-900 hover:bg-green-50"
                >
                  {t.iveGiven}
                  <span className="sr-only">: {pledge.title}</span>
                </button>
              </form>
            ) : null}
            {isStanding ? (
              <details className="text-sm">
                <summary className="cursor-pointer rounded border border-stone-400 bg-white px-3 py-1.5 font-medium">
                  {t.cancelThis}
                  <span className="sr-only">: {pledge.title}</span>
                </summary>
                <form action={cancelPledgeAction} className="mt-2 rounded bg-stone-100 p-3">
                  <p>{pledge.kind === "volunteer_shift" ? t.cancelShift : t.cancelOther}</p>
                  <input type="hidden" name="pledgeId" value={pledge.id} />
                  <button
                    type="submit"
                    className="mt-2 rounded bg-red-800 px-3 py-1.5 font-medium text-white hover:bg-red-900"
                  >
                    {t.yesCancel}
                  </button>
                </form>
              </details>
            ) : null}
          </div>
        ) : null}
      </article>
    </li>
  );
}

export default async function MyPledgesPage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string }>;
}) {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(MY_PLEDGES_PATH)}`);
  const { notice } = await searchParams;
  const rows = await listMyPledges(user);
  const now = new Date();
  const { ahead, finished } = splitMyPledges(rows, now);
  const message = notice ? notices[notice] : undefined;
  const locale = await getLocale();
  const t = pledgeWords[locale];

  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href="/account" className="text-brand-800 underline">
          {t.yourAccount}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">{t.pageTitle}</h1>
      <p className="mt-1 text-stone-700">{t.intro}</p>
      <div role="status" className="mt-4">
        {message ? (
          <p
            className={`rounded border p-3 font-medium ${
              message.isError
                ? "border-amber-300 bg-amber-50 text-amber-900"
                : "border-green-300 bg-green-50 text-green-900"
            }`}
          >
            {t.notices[message.key]}
          </p>
        ) : null}
      </div>

      {rows.length === 0 ? (
        <div className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
          <p className="font-medium">{t.nothingYet}</p>
          <p className="mt-1 text-stone-700">
            {t.whereToFind}{" "}
            <Link href="/" className="text-brand-800 underline">
              {t.findCampaign}
            </Link>{" "}
            {t.or}{" "}
            <Link href="/groups" className="text-brand-800 underline">
              {t.meetGroups}
            </Link>
            .
          </p>
        </div>
      ) : null}

      {ahead.length > 0 ? (
        <section aria-labelledby="ahead-heading" className="mt-8">
          <h2 id="ahead-heading" className="text-xl font-semibold">
            {t.aheadHeading}
          </h2>
          <ul className="mt-3 space-y-4">
            {ahead.map((pledge) => (
              <PledgeCard key={pledge.id} pledge={pledge} now={now} locale={locale} />
            ))}
          </ul>
        </section>
      ) : null}

      {finished.length > 0 ? (
        <section aria-labelledby="finished-heading" className="mt-8">
          <h2 id="finished-heading" className="text-xl font-semibold">
            {t.finishedHeading}
          </h2>
          <ul className="mt-3 space-y-4">
            {finished.map((pledge) => (
              <PledgeCard key={pledge.id} pledge={pledge} now={now} locale={locale} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
