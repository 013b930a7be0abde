import type { Metadata } from "next";
import Link from "next/link";
import { getGroupDashboard } from "@/lib/groups/dashboard";
import { getLocale } from "@/lib/i18n/server";
import { formatDollars } from "@/lib/pledges/emails";
import { dashboardPath, optionPath, orNotFound, requireUser } from "./load";
import { dashboardWords } from "./messages";
import { fulfilledText, optionDetails, signedUpText } from "./present";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dashboardWords[await getLocale()].title, robots: { index: false } };
}

type Props = { params: Promise<{ slug: string }> };

/** A group's dashboard: what was pledged and what happened, and every way to help it offers. */
export default async function GroupDashboardPage({ params }: Props) {
  const { slug } = await params;
  const user = await requireUser(dashboardPath(slug));
  const { group, options, totals } = await orNotFound(getGroupDashboard(user, slug));
  const locale = await getLocale();
  const t = dashboardWords[locale];

  const cards = [
    {
      label: t.volunteers,
      pledged: t.volunteersPledged(totals.volunteers.pledged),
      done: t.volunteersDone(totals.volunteers.done),
    },
    {
      label: t.hoursLabel,
      pledged: t.hoursPledged(totals.hours.pledged),
      done: t.hoursDone(totals.hours.done),
    },
    {
      label: t.money,
      pledged: t.moneyPledged(formatDollars(totals.cents.pledged, locale)),
      done: t.moneyDone(formatDollars(totals.cents.done, locale)),
    },
    { label: t.items, pledged: t.itemsPledged(totals.items.pledged), done: t.itemsDone(totals.items.done) },
  ];

  return (
    <div>
      <p className="text-sm">
        <Link href={`/groups/${group.slug}`} className="text-brand-800 underline">
          {group.name}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">{t.heading}</h1>
      <p className="mt-2 text-stone-700">
        {t.intro(group.name)}
        {group.canManage ? "" : t.viewerNote}
      </p>

      <section aria-labelledby="totals-heading" className="mt-8">
        <h2 id="totals-heading" className="text-xl font-semibold">
          {t.totalsHeading}
        </h2>
        <dl className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {cards.map((card) => (
            <div key={card.label} className="rounded-lg border border-stone-200 bg-white p-4">
              <dt className="text-sm font-medium text-stone-600">{card.label}</dt>
              <dd className="mt-1 text-lg font-semibold">{card.pledged}</dd>
              <dd className="text-stone-700">{card.done}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="options-heading" className="mt-10">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="options-heading" className="text-xl font-semibold">
            {t.waysToHelp}
          </h2>
          {group.canManage ? (
            <Link
              href={`${dashboardPath(group.slug)}/options/new`}
              className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
            >
              {t.offerNew}
            </Link>
          ) : null}
        </div>
        {options.length === 0 ? (
          <p className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-700">
            {t.noOptions}
            {group.canManage ? t.noOptionsManage : ""}
          </p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left">
              <caption className="sr-only">{t.tableCaption(group.name)}</caption>
              <thead>
                <tr className="border-b border-stone-300 text-sm text-stone-600">
                  <th scope="col" className="p-3 font-medium">
                    {t.wayToHelp}
                  </th>
                  <th scope="col" className="p-3 font-medium">
                    {t.pledged}
                  </th>
                  <th scope="col" className="p-3 font-medium">
                    {t.fulfilled}
                  </th>
                  <th scope="col" className="p-3 font-medium">
                    {t.status}
                  </th>
                </tr>
              </thead>
              <tbody>
                {options.map((option) => (
                  <tr key={option.id} className="border-b border-stone-200 align-top">
                    <th scope="row" className="p-3 font-normal">
                      <Link
                        href={optionPath(group.slug, option.id)}
                        className="font-semibold text-brand-800 underline"
                      >
                        {option.title}
                      </Link>
                      <span className="block text-sm text-stone-600">
                        {t.kinds[option.kind]}
                        {optionDetails(option, locale) ? ` · ${optionDetails(option, locale)}` : ""}
                      </span>
                      {option.campaignTitle ? (
                        <span className="block text-sm text-stone-600">
                          {t.onCampaign(option.campaignTitle)}
                        </span>
                      ) : null}
                    </th>
                    <td className="p-3">{signedUpText(option, locale)}</td>
                    <td className="p-3">{fulfilledText(option, locale)}</td>
                    <td className="p-3">
                      {option.isOpen ? (
                        <span className="rounded bg-green-100 px-2 py-1 text-sm font-medium text-green-900">
                          {t.open}
                        </span>
                      ) : (
                        <span className="rounded bg-stone-200 px-2 py-1 text-sm font-medium text-stone-900">
                          {t.closed}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
