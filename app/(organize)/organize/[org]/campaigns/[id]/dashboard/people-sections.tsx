import { loadDistrictMap } from "@/lib/organize/district-map";
import { formatDollars } from "@/lib/pledges/emails";
import { DistrictMapSvg } from "./district-map";
import { districtName } from "./present";
import { card, type DashboardProps, h2, section, wordsFor } from "./shared";

const EXPORTS = [
  { kind: "letters", isPersonal: true },
  { kind: "deliveries", isPersonal: false },
  { kind: "pledges", isPersonal: true },
  { kind: "supporters", isPersonal: true },
  { kind: "osdi", isPersonal: true },
] as const;

/** Where letters came from: the district map, by state and by House district. */
export async function PlacesSection({ dash, t, locale }: DashboardProps) {
  const { n } = wordsFor({ dash, locale });
  const map = await loadDistrictMap();
  const districtCounts = new Map(dash.byDistrict.map((d) => [`${d.state}-${d.district}`, d.letters]));
  return (
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
              <summary className="cursor-pointer text-sm font-medium text-brand-800">{t.byDistrict}</summary>
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
  );
}

/** Pledges to the campaign's ways to help, in totals and by option. */
export function PledgesSection({ dash, t, locale }: DashboardProps) {
  const { n } = wordsFor({ dash, locale });
  return (
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
  );
}

/** The latest letters and pledges. */
export function ActivitySection({ dash, t, locale }: DashboardProps) {
  const { when } = wordsFor({ dash, locale });
  return (
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
  );
}

/** The files to download (personal data only for those who may take it). */
export function ExportsSection({ org, dash, t }: DashboardProps) {
  return (
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
  );
}
