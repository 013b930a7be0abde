import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { getCampaignDashboard } from "@/lib/organize/dashboard";
import { loadDistrictMap } from "@/lib/organize/district-map";
import { formatDollars } from "@/lib/pledges/emails";
import { retargetAction, retryDeliveriesAction } from "./actions";
import { DistrictMapSvg } from "./district-map";
import { LettersChart } from "./letters-chart";
import { CHANNEL_WORDS, districtName, n, plural, STATUS_WORDS, when } from "./present";

export const metadata: Metadata = { title: "Campaign dashboard", robots: { index: false } };

type Props = {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ retried?: string; moved?: string; problem?: string }>;
};

const PROBLEMS: Record<string, string> = {
  nothing: "There was nothing left to do: someone may have done it already.",
  forbidden: "Only the organization's owners and organizers can do that.",
  error: "Something went wrong on our side. Please try again in a moment.",
};

const EXPORTS = [
  { kind: "letters", label: "Letters (CSV)", isPersonal: true },
  { kind: "deliveries", label: "Deliveries (CSV)", isPersonal: false },
  { kind: "pledges", label: "Pledges (CSV)", isPersonal: true },
  { kind: "supporters", label: "Supporters who agreed to hear from you (CSV)", isPersonal: true },
  { kind: "osdi", label: "Everything for Action Network or EveryAction (OSDI JSON)", isPersonal: true },
];

const section = "mt-10";
const h2 = "text-xl font-semibold";
const card = "rounded-lg border border-stone-200 bg-white p-4";
const button = "rounded bg-brand-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900";

/** A campaign's dashboard: what supporters wrote, where it went, what failed, who pledged. */
export default async function CampaignDashboardPage({ params, searchParams }: Props) {
  const { org, id } = await params;
  const { retried, moved, problem } = await searchParams;
  const path = `/organize/${org}/campaigns/${id}/dashboard`;
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  const dash = await getCampaignDashboard(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  // The URL names the organization too: the campaign must be this organization's.
  if (dash.campaign.organizationSlug !== org) notFound();
  const map = await loadDistrictMap();
  const districtCounts = new Map(dash.byDistrict.map((d) => [`${d.state}-${d.district}`, d.letters]));
  const tz = dash.campaign.timeZone;
  const hidden = (
    <>
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="campaignId" value={dash.campaign.id} />
    </>
  );
  const notice = retried
    ? `${plural(Number(retried), "delivery is", "deliveries are")} back in the queue.`
    : moved
      ? `${plural(Number(moved), "waiting letter now goes", "waiting letters now go")} to the current officeholder.`
      : null;
  const changedWaiting = dash.changedOfficials.filter((o) => o.pending > 0);

  return (
    <div className="mx-auto max-w-5xl">
      <p className="text-sm text-stone-600">{dash.campaign.organizationName}</p>
      <h1 className="mt-1 text-3xl font-bold">{dash.campaign.title}</h1>
      <p className="mt-2 text-stone-700">
        How the campaign is doing. Days and times are in {tz.replace(/_/g, " ")}.{" "}
        <Link href={`/campaigns/${dash.campaign.slug}`} className="text-brand-800 underline">
          See the public page
        </Link>
      </p>
      {!dash.canManage ? (
        <p className="mt-2 text-sm text-stone-600">
          You can see everything here; the organization's owners and organizers retry deliveries and download
          supporters' data.
        </p>
      ) : null}
      {notice ? (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {notice}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {PROBLEMS[problem] ?? PROBLEMS.error}
        </p>
      ) : null}

      <section aria-labelledby="totals-heading" className="mt-8">
        <h2 id="totals-heading" className={h2}>
          Letters
        </h2>
        <dl className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-3">
          <div className={card}>
            <dt className="text-sm font-medium text-stone-600">Written</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{n(dash.totals.total)}</dd>
          </div>
          <div className={card}>
            <dt className="text-sm font-medium text-stone-600">Confirmed</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{n(dash.totals.confirmed)}</dd>
          </div>
          <div className={card}>
            <dt className="text-sm font-medium text-stone-600">Waiting for the writer to confirm</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">
              {n(dash.totals.awaitingConfirmation)}
            </dd>
          </div>
        </dl>
        <div className="mt-6">
          {dash.perDay.length === 0 ? (
            <p className="text-stone-700">The campaign has not started yet, so there are no days to show.</p>
          ) : dash.totals.total === 0 ? (
            <p className="text-stone-700">
              No letters yet. When supporters write, you will see each day's count here.
            </p>
          ) : (
            <LettersChart days={dash.perDay} />
          )}
        </div>
      </section>

      <section aria-labelledby="changed-heading" className={section}>
        <h2 id="changed-heading" className={h2}>
          Officials who changed
        </h2>
        {dash.changedOfficials.length === 0 ? (
          <p className="mt-2 text-stone-700">
            Every official this campaign has written to still holds their seat.
          </p>
        ) : (
          <>
            <p className="mt-2 text-stone-700">
              These officials left office after an election or a data update. Letters already sent stay as
              they were; letters still waiting can go to whoever holds the seat now.
            </p>
            <ul className="mt-3 space-y-3">
              {dash.changedOfficials.map((o) => (
                <li key={o.id} className={card}>
                  <p className="font-medium">
                    {o.name} ({o.seat}), left office {when(o.removedAt, tz)}
                  </p>
                  <p className="text-sm text-stone-700">
                    {plural(o.total, "letter", "letters")} addressed to them; {n(o.pending)} not sent yet.
                  </p>
                  <p className="text-sm text-stone-700">
                    {o.successor
                      ? `The seat is now held by ${o.successor.name}, ${o.successor.title}.`
                      : o.reason === "vacant"
                        ? "Nobody holds the seat now; waiting letters stay until someone does."
                        : "We can't tell who holds the seat now, so waiting letters stay as they are."}
                  </p>
                  {dash.canManage && o.successor && o.pending > 0 ? (
                    <form action={retargetAction} className="mt-2">
                      {hidden}
                      <input type="hidden" name="officialId" value={o.id} />
                      <button type="submit" className={button}>
                        Send {plural(o.pending, "waiting letter", "waiting letters")} to {o.successor.name}
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
                  Send all waiting letters to the current officeholders
                </button>
              </form>
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby="deliveries-heading" className={section}>
        <h2 id="deliveries-heading" className={h2}>
          Deliveries
        </h2>
        {dash.deliveries.length === 0 ? (
          <p className="mt-2 text-stone-700">Nothing has been delivered yet.</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full min-w-[28rem] text-left text-sm">
              <caption className="sr-only">Deliveries by channel and status</caption>
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="py-2 pr-4">
                    Channel
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Status
                  </th>
                  <th scope="col" className="py-2 text-right">
                    Deliveries
                  </th>
                </tr>
              </thead>
              <tbody>
                {dash.deliveries.map((d) => (
                  <tr key={`${d.channel}-${d.status}`} className="border-b border-stone-200">
                    <td className="py-2 pr-4">{CHANNEL_WORDS[d.channel]}</td>
                    <td className="py-2 pr-4">{STATUS_WORDS[d.status]}</td>
                    <td className="py-2 text-right tabular-nums">{n(d.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="failed-heading" className={section}>
        <h2 id="failed-heading" className={h2}>
          Failed deliveries
        </h2>
        {dash.failed.length === 0 ? (
          <p className="mt-2 text-stone-700">No delivery has failed.</p>
        ) : (
          <>
            <p className="mt-2 text-stone-700">
              {plural(dash.failedCount, "email could not be sent", "emails could not be sent")}
              {dash.failedCount > dash.failed.length
                ? ` (the latest ${n(dash.failed.length)} are listed)`
                : ""}
              . Retrying puts them back in the queue as new.
            </p>
            {dash.canManage ? (
              <form action={retryDeliveriesAction} className="mt-3">
                {hidden}
                <button type="submit" className={button}>
                  Retry all failed deliveries
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
                      {CHANNEL_WORDS[f.channel]} · failed {when(f.failedAt, tz)} after{" "}
                      {plural(f.attempts, "attempt", "attempts")}
                    </p>
                    {f.lastError ? <p className="text-sm text-red-800">{f.lastError}</p> : null}
                  </div>
                  {dash.canManage && f.channel === "email" ? (
                    <form action={retryDeliveriesAction}>
                      {hidden}
                      <input type="hidden" name="deliveryId" value={f.id} />
                      <button
                        type="submit"
                        className={button}
                        aria-label={`Retry the delivery to ${f.targetName}`}
                      >
                        Retry
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
          Where letters come from
        </h2>
        {dash.byState.length === 0 ? (
          <p className="mt-2 text-stone-700">No letters yet, so no places to show.</p>
        ) : (
          <>
            <p className="mt-2 text-stone-700">
              Districts come from the House member each letter went to; letters with no House member (to
              senators only, say) count only by state. Alaska, Hawaii and the territories are in the tables.
            </p>
            <div className="mt-3">
              <DistrictMapSvg map={map} counts={districtCounts} />
            </div>
            <div className="mt-4 grid gap-6 sm:grid-cols-2">
              <details>
                <summary className="cursor-pointer text-sm font-medium text-brand-800">
                  Letters by state
                </summary>
                <table className="mt-2 w-full text-left text-sm">
                  <caption className="sr-only">Letters by state</caption>
                  <thead>
                    <tr>
                      <th scope="col">State</th>
                      <th scope="col" className="text-right">
                        Letters
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
                  Letters by House district
                </summary>
                {dash.byDistrict.length === 0 ? (
                  <p className="mt-2 text-sm text-stone-700">No letter went to a House member.</p>
                ) : (
                  <table className="mt-2 w-full text-left text-sm">
                    <caption className="sr-only">Letters by House district</caption>
                    <thead>
                      <tr>
                        <th scope="col">District</th>
                        <th scope="col" className="text-right">
                          Letters
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {dash.byDistrict.map((d) => (
                        <tr key={`${d.state}-${d.district}`} className="border-t border-stone-200">
                          <th scope="row" className="py-1 font-normal">
                            {districtName(d.state, d.district)}
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
          Pledges
        </h2>
        {dash.pledgeOptions.length === 0 ? (
          <p className="mt-2 text-stone-700">This campaign offers no ways to help yet.</p>
        ) : (
          <>
            <dl className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-4">
              <div className={card}>
                <dt className="text-sm font-medium text-stone-600">Volunteers</dt>
                <dd className="mt-1 text-xl font-semibold tabular-nums">{n(dash.pledgeTotals.volunteers)}</dd>
              </div>
              <div className={card}>
                <dt className="text-sm font-medium text-stone-600">Hours</dt>
                <dd className="mt-1 text-xl font-semibold tabular-nums">{n(dash.pledgeTotals.hours)}</dd>
              </div>
              <div className={card}>
                <dt className="text-sm font-medium text-stone-600">Money pledged</dt>
                <dd className="mt-1 text-xl font-semibold tabular-nums">
                  {formatDollars(dash.pledgeTotals.cents)}
                </dd>
              </div>
              <div className={card}>
                <dt className="text-sm font-medium text-stone-600">Items</dt>
                <dd className="mt-1 text-xl font-semibold tabular-nums">{n(dash.pledgeTotals.items)}</dd>
              </div>
            </dl>
            <ul className="mt-3 divide-y divide-stone-200 text-sm">
              {dash.pledgeOptions.map((o) => (
                <li key={o.id} className="flex flex-wrap justify-between gap-2 py-2">
                  <span>
                    {o.title}
                    {o.isOpen ? "" : " (closed)"}
                  </span>
                  <span className="tabular-nums text-stone-700">
                    {plural(o.pledgers, "person", "people")}
                    {o.capacity !== null ? ` · ${n(o.taken)} of ${n(o.capacity)} taken` : ""}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="activity-heading" className={section}>
        <h2 id="activity-heading" className={h2}>
          Recent activity
        </h2>
        {dash.activity.length === 0 ? (
          <p className="mt-2 text-stone-700">Nothing yet. New letters and pledges will show here.</p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-200">
            {dash.activity.map((a) => (
              <li key={`${a.kind}-${a.id}`} className="flex flex-wrap justify-between gap-2 py-2 text-sm">
                <span>
                  {a.kind === "letter"
                    ? `${a.firstName}${a.city ? ` from ${a.city}, ${a.state}` : ` from ${a.state}`} wrote a letter${
                        a.isConfirmed ? "" : " (not confirmed yet)"
                      }`
                    : `${a.firstName} pledged: ${a.optionTitle}${a.status === "cancelled" ? " (cancelled)" : ""}`}
                </span>
                <time dateTime={a.at.toISOString()} className="text-stone-600">
                  {when(a.at, tz)}
                </time>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="exports-heading" className={`${section} mb-10`}>
        <h2 id="exports-heading" className={h2}>
          Download
        </h2>
        <p className="mt-2 text-stone-700">
          Spreadsheet files, and one file to move this campaign to Action Network or EveryAction. Each
          download is recorded.
        </p>
        <ul className="mt-3 space-y-2">
          {EXPORTS.filter((e) => dash.canExportPersonalData || !e.isPersonal).map((e) => (
            <li key={e.kind}>
              <a
                href={`/organize/${org}/campaigns/${dash.campaign.id}/export/${e.kind}`}
                className="text-brand-800 underline"
              >
                {e.label}
              </a>
            </li>
          ))}
        </ul>
        {!dash.canExportPersonalData ? (
          <p className="mt-2 text-sm text-stone-600">
            Files with supporters' names and addresses are for the organization's owners and organizers.
          </p>
        ) : null}
      </section>
    </div>
  );
}
