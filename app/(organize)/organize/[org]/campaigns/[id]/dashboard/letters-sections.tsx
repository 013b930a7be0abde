import { retargetAction, retryDeliveriesAction } from "./actions";
import { LettersChart } from "./letters-chart";
import { button, CampaignFields, card, type DashboardProps, h2, section, wordsFor } from "./shared";

/** Letters written, confirmed and waiting, and the letters per day. */
export function TotalsSection({ dash, t, locale }: DashboardProps) {
  const { n } = wordsFor({ dash, locale });
  return (
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
          <dd className="mt-1 text-2xl font-semibold tabular-nums">{n(dash.totals.awaitingConfirmation)}</dd>
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
  );
}

/** Officials who left office with letters addressed to them, and sending those on. */
export function ChangedSection({ org, dash, t, locale }: DashboardProps) {
  const { when } = wordsFor({ dash, locale });
  const changedWaiting = dash.changedOfficials.filter((o) => o.pending > 0);
  return (
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
                    <CampaignFields org={org} campaignId={dash.campaign.id} />
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
              <CampaignFields org={org} campaignId={dash.campaign.id} />
              <button type="submit" className={button}>
                {t.sendAllWaiting}
              </button>
            </form>
          ) : null}
        </>
      )}
    </section>
  );
}

/** Deliveries by channel and status. */
export function DeliveriesSection({ dash, t, locale }: DashboardProps) {
  const { n } = wordsFor({ dash, locale });
  return (
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
  );
}

/** Each office's letters by state of delivery (only when there are any). */
export function OfficesSection({ dash, t, locale }: DashboardProps) {
  const { n } = wordsFor({ dash, locale });
  if (dash.byOffice.length === 0) return null;
  return (
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
  );
}

/** Deliveries that failed, and retrying them. */
export function FailedSection({ org, dash, t, locale }: DashboardProps) {
  const { when } = wordsFor({ dash, locale });
  return (
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
              <CampaignFields org={org} campaignId={dash.campaign.id} />
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
                    <CampaignFields org={org} campaignId={dash.campaign.id} />
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
  );
}
