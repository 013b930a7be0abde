import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/server";
import { getCampaignDashboard } from "@/lib/organize/dashboard";
import { loadDistrictMap } from "@/lib/organize/district-map";
import { formatDollars } from "@/lib/pledges/emails";
import { retargetAction, retryDeliveriesAction } from "./actions";
import { DistrictMapSvg } from "./district-map";
import { LettersChart } from "./letters-chart";
import { dashboardMessages } from "./messages";
import { districtName, n as number, when as whenIn } from "./present";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dashboardMessages[await getLocale()].title, robots: { index: false } };
}

type Props = {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ retried?: string; moved?: string; problem?: string }>;
};

const EXPORTS = [
  { kind: "letters", isPersonal: true },
  { kind: "deliveries", isPersonal: false },
  { kind: "pledges", isPersonal: true },
  { kind: "supporters", isPersonal: true },
  { kind: "osdi", isPersonal: true },
] as const;

const section = "mt-10";
const h2 = "text-xl font-semibold";
const card = "rounded-lg border border-stone-200 bg-white p-4";
const button = "rounded bg-brand-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900";

/** A campaign's dashboard: what supporters wrote, where it went, what failed, who pledged. */
export default async function CampaignDashboardPage({ params, searchParams }: Props) {
  const { org, id } = await params;
  const { retried, moved, problem } = await searchParams;
  const path = `/organize/${org}/campaigns/${id}/dashboard`;
  const locale = await getLocale();
  const t = dashboardMessages[locale];
  const n = (value: number) => number(value, locale);
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  const dash = await getCampaignDashboard(user, id, locale).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  // The URL names the organization too: the campaign must be this organization's.
  if (dash.campaign.organizationSlug !== org) notFound();
  const map = await loadDistrictMap();
  const districtCounts = new Map(dash.byDistrict.map((d) => [`${d.state}-${d.district}`, d.letters]));
  const tz = dash.campaign.timeZone;
  const when = (at: Date) => whenIn(at, tz, locale);
  const hidden = (
    <>
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="campaignId" value={dash.campaign.id} />
    </>
  );
  const notice = retried ? t.retried(Number(retried)) : moved ? t.moved(Number(moved)) : null;
  const changedWaiting = dash.changedOfficials.filter((o) => o.pending > 0);

  return (
    <div className="mx-auto max-w-5xl">
      <p className="text-sm text-stone-600">{dash.campaign.organizationName}</p>
      <h1 className="mt-1 text-3xl font-bold">{dash.campaign.title}</h1>
      <p className="mt-2 text-stone-700">
        {t.intro(tz.replace(/_/g, " "))}{" "}
        <Link href={`/campaigns/${dash.campaign.slug}`} className="text-brand-800 underline">
          {t.seePublicPage}
        </Link>
      </p>
      {!dash.canManage ? <p className="mt-2 text-sm text-stone-600">{t.viewerNote}</p> : null}
      {notice ? (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {notice}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {t.problems[problem] ?? t.problems.error}
        </p>
      ) : null}

      <section aria-labelledby="totals-heading" className="mt-8">
        <h2 id="totals-heading" className={h2}>
          {t.letters}
        </h2>
        <dl className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-3">
          <div className={card}>
            <dt className="text-sm font-medium text-stone-600">{t.written}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{n(dash.totals.total)}</dd>
          </div>
          <div className={card}>
            <dt className="text-sm font-medium text-stone-600">{t.confirmed}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{n(dash.totals.confirmed)}</dd>
          </div>
          <div className={card}>
            <dt className="text-sm font-medium text-stone-600">{t.awaitingConfirmation}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">
              {n(dash.totals.awaitingConfirmation)}
            </dd>
          </div>
        </dl>
        <div className="mt-6">
          {dash.perDay.length === 0 ? (
            <p className="text-stone-700">{t.notStarted}</p>
          ) : dash.totals.total === 0 ? (
            <p className="text-stone-700">{t.noLettersYet}</p>
          ) : (
            <LettersChart days={dash.perDay} locale={locale} />
          )}
        </div>
      </section>

      <section aria-labelledby="changed-heading" className={section}>
        <h2 id="changed-heading" className={h2}>
          {t.changedHeading}
        </h2>
        {dash.changedOfficials.length === 0 ? (
          <p className="mt-2 text-stone-700">{t.noneChanged}</p>
        ) : (
          <>
            <p className="mt-2 text-stone-700">{t.changedIntro}</p>
            <ul className="mt-3 space-y-3">
              {dash.changedOfficials.map((o) => (
                <li key={o.id} className={card}>
                  <p className="font-medium">{t.leftOffice(o.name, o.seat, when(o.removedAt))}</p>
                  <p className="text-sm text-stone-700">{t.addressedTo(o.total, o.pending)}</p>
                  <p className="text-sm text-stone-700">
                    {o.successor
                      ? t.heldBy(o.successor.name, o.successor.title)
                      : o.reason === "vacant"
                        ? t.vacant
                        : t.unknownSeat}
                  </p>
                  {dash.canManage && o.successor && o.pending > 0 ? (
                    <form action={retargetAction} className="mt-2">
                      {hidden}
                      <input type="hidden" name="officialId" value={o.id} />
                      <button type="submit" className={button}>
                        {t.sendWaiting(o.pending, o.successor.name)}
                      </button>
                    </form>
                  ) : null}
                </li>
              ))}
            </ul>
            {dash.canManage && changedWaiting.filter((o) => o.successor).length > 1 ? (
              <form action={retargetAction} className="mt-3">
                {hidden}
                <button type="submit" className={button}>
                  {t.sendAllWaiting}
                </button>
              </form>
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby="deliveries-heading" className={section}>
        <h2 id="deliveries-heading" className={h2}>
          {t.deliveries}
        </h2>
        {dash.deliveries.length === 0 ? (
          <p className="mt-2 text-stone-700">{t.nothingDelivered}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full min-w-[28rem] text-left text-sm">
              <caption className="sr-only">{t.deliveriesCaption}</caption>
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="py-2 pr-4">
                    {t.channel}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t.status}
                  </th>
                  <th scope="col" className="py-2 text-right">
                    {t.deliveries}
                  </th>
                </tr>
              </thead>
              <tbody>
                {dash.deliveries.map((d) => (
                  <tr key={`${d.channel}-${d.status}`} className="border-b border-stone-200">
                    <td className="py-2 pr-4">{t.channels[d.channel]}</td>
                    <td className="py-2 pr-4">
                      {(d.channel === "cwc" ? t.cwcStatuses[d.status] : undefined) ?? t.statuses[d.status]}
                    </td>
                    <td className="py-2 text-right tabular-nums">{n(d.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {dash.byOffice.length > 0 ? (
        <section aria-labelledby="offices-heading" className={section}>
          <h2 id="offices-heading" className={h2}>
            {t.officesHeading}
          </h2>
          <p className="mt-2 text-stone-700">{t.officesIntro}</p>
          <div className="mt-3 overflow-x-auto">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <caption className="sr-only">{t.officesCaption}</caption>
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="py-2 pr-4">
                    {t.office}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t.channel}
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    {t.officeDelivered}
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    {t.officeQueued}
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    {t.officeWaiting}
                  </th>
                  <th scope="col" className="py-2 text-right">
                    {t.officeFailed}
                  </th>
                </tr>
              </thead>
              <tbody>
                {dash.byOffice.map((o) => (
                  <tr key={`${o.targetKey}-${o.channel}`} className="border-b border-stone-200">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      {o.name}
                    </th>
                    <td className="py-2 pr-4">{t.channels[o.channel]}</td>
                    <td className="py-2 pr-4 text-right tabular-nums">{n(o.delivered)}</td>
                    <td className="py-2 pr-4 text-right tabular-nums">{n(o.queued)}</td>
                    <td className="py-2 pr-4 text-right tabular-nums">{n(o.waiting)}</td>
                    <td className="py-2 text-right tabular-nums">{n(o.failed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {dash.byOffice.length >= 500 ? (
            <p className="mt-2 text-sm text-stone-600">{t.officesLimited(dash.byOffice.length)}</p>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="failed-heading" className={section}>
        <h2 id="failed-heading" className={h2}>
          {t.failedHeading}
        </h2>
        {dash.failed.length === 0 ? (
          <p className="mt-2 text-stone-700">{t.noneFailed}</p>
        ) : (
          <>
            <p className="mt-2 text-stone-700">
              {t.failedCount(
                dash.failedCount,
                dash.failedCount > dash.failed.length ? dash.failed.length : null,
              )}
            </p>
            {dash.canManage ? (
              <form action={retryDeliveriesAction} className="mt-3">
                {hidden}
                <button type="submit" className={button}>
                  {t.retryAll}
                </button>
              </form>
            ) : null}
            <ul className="mt-3 space-y-2">
              {dash.failed.map((f) => (
                <li key={f.id} className={`${card} flex flex-wrap items-start justify-between gap-3`}>
                  <div>
                    <p className="font-medium">
                      {f.targetName}
                      {f.targetTitle ? `, ${f.targetTitle}` : ""}
                    </p>
                    <p className="text-sm text-stone-700">
                      {t.channels[f.channel]}
                      {t.failedAt(when(f.failedAt), f.attempts)}
                    </p>
                    {f.lastError ? <p className="text-sm text-red-800">{f.lastError}</p> : null}
                  </div>
                  {dash.canManage && f.channel === "email" ? (
                    <form action={retryDeliveriesAction}>
                      {hidden}
                      <input type="hidden" name="deliveryId" value={f.id} />
                      <button type="submit" className={button} aria-label={t.retryTo(f.targetName)}>
                        {t.retry}
                      </button>
                    </form>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="places-heading" className={section}>
        <h2 id="places-heading" className={h2}>
          {t.placesHeading}
        </h2>
        {dash.byState.length === 0 ? (
          <p className="mt-2 text-stone-700">{t.noPlaces}</p>
        ) : (
          <>
            <p className="mt-2 text-stone-700">{t.placesIntro}</p>
            <div className="mt-3">
              <DistrictMapSvg map={map} counts={districtCounts} locale={locale} />
            </div>
            <div className="mt-4 grid gap-6 sm:grid-cols-2">
              <details>
                <summary className="cursor-pointer text-sm font-medium text-brand-800">{t.byState}</summary>
                <table className="mt-2 w-full text-left text-sm">
                  <caption className="sr-only">{t.byState}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.state}</th>
                      <th scope="col" className="text-right">
                        {t.letters}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {dash.byState.map((s) => (
                      <tr key={s.state} className="border-t border-stone-200">
                        <th scope="row" className="py-1 font-normal">
                          {s.state}
                        </th>
                        <td className="py-1 text-right tabular-nums">{n(s.letters)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
              <details>
                <summary className="cursor-pointer text-sm font-medium text-brand-800">
                  {t.byDistrict}
                </summary>
                {dash.byDistrict.length === 0 ? (
                  <p className="mt-2 text-sm text-stone-700">{t.noHouseLetter}</p>
                ) : (
                  <table className="mt-2 w-full text-left text-sm">
                    <caption className="sr-only">{t.byDistrict}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t.district}</th>
                        <th scope="col" className="text-right">
                          {t.letters}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {dash.byDistrict.map((d) => (
                        <tr key={`${d.state}-${d.district}`} className="border-t border-stone-200">
                          <th scope="row" className="py-1 font-normal">
                            {districtName(d.state, d.district, locale)}
                          </th>
                          <td className="py-1 text-right tabular-nums">{n(d.letters)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </details>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="pledges-heading" className={section}>
        <h2 id="pledges-heading" className={h2}>
          {t.pledges}
        </h2>
        {dash.pledgeOptions.length === 0 ? (
          <p className="mt-2 text-stone-700">{t.noPledgeOptions}</p>
        ) : (
          <>
            <dl className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-4">
              <div className={card}>
                <dt className="text-sm font-medium text-stone-600">{t.volunteers}</dt>
                <dd className="mt-1 text-xl font-semibold tabular-nums">{n(dash.pledgeTotals.volunteers)}</dd>
              </div>
              <div className={card}>
                <dt className="text-sm font-medium text-stone-600">{t.hours}</dt>
                <dd className="mt-1 text-xl font-semibold tabular-nums">{n(dash.pledgeTotals.hours)}</dd>
              </div>
              <div className={card}>
                <dt className="text-sm font-medium text-stone-600">{t.money}</dt>
                <dd className="mt-1 text-xl font-semibold tabular-nums">
                  {formatDollars(dash.pledgeTotals.cents)}
                </dd>
              </div>
              <div className={card}>
                <dt className="text-sm font-medium text-stone-600">{t.items}</dt>
                <dd className="mt-1 text-xl font-semibold tabular-nums">{n(dash.pledgeTotals.items)}</dd>
              </div>
            </dl>
            <ul className="mt-3 divide-y divide-stone-200 text-sm">
              {dash.pledgeOptions.map((o) => (
                <li key={o.id} className="flex flex-wrap justify-between gap-2 py-2">
                  <span>
                    {o.title}
                    {o.isOpen ? "" : t.closedOption}
                  </span>
                  <span className="tabular-nums text-stone-700">
                    {t.people(o.pledgers)}
                    {o.capacity !== null ? t.taken(o.taken, o.capacity) : ""}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="activity-heading" className={section}>
        <h2 id="activity-heading" className={h2}>
          {t.activityHeading}
        </h2>
        {dash.activity.length === 0 ? (
          <p className="mt-2 text-stone-700">{t.noActivity}</p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-200">
            {dash.activity.map((a) => (
              <li key={`${a.kind}-${a.id}`} className="flex flex-wrap justify-between gap-2 py-2 text-sm">
                <span>
                  {a.kind === "letter"
                    ? t.wrote(a.firstName, a.city ? `${a.city}, ${a.state}` : a.state, a.isConfirmed)
                    : t.pledged(a.firstName, a.optionTitle, a.status === "cancelled")}
                </span>
                <time dateTime={a.at.toISOString()} className="text-stone-600">
                  {when(a.at)}
                </time>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="exports-heading" className={`${section} mb-10`}>
        <h2 id="exports-heading" className={h2}>
          {t.downloadHeading}
        </h2>
        <p className="mt-2 text-stone-700">{t.downloadIntro}</p>
        <ul className="mt-3 space-y-2">
          {EXPORTS.filter((e) => dash.canExportPersonalData || !e.isPersonal).map((e) => (
            <li key={e.kind}>
              <a
                href={`/organize/${org}/campaigns/${dash.campaign.id}/export/${e.kind}`}
                className="text-brand-800 underline"
              >
                {t.exports[e.kind]}
              </a>
            </li>
          ))}
        </ul>
        {!dash.canExportPersonalData ? (
          <p className="mt-2 text-sm text-stone-600">{t.personalFilesNote}</p>
        ) : null}
      </section>
    </div>
  );
}
