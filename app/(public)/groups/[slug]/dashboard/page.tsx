import type { Metadata } from "next";
import Link from "next/link";
import { getGroupDashboard } from "@/lib/groups/dashboard";
import { formatDollars } from "@/lib/pledges/emails";
import { dashboardPath, optionPath, orNotFound, requireUser } from "./load";
import { fulfilledText, KIND_LABELS, optionDetails, signedUpText } from "./present";

export const metadata: Metadata = { title: "Group dashboard", robots: { index: false } };

type Props = { params: Promise<{ slug: string }> };

const n = (value: number) => value.toLocaleString("en-US");

/** A group's dashboard: what was pledged and what happened, and every way to help it offers. */
export default async function GroupDashboardPage({ params }: Props) {
  const { slug } = await params;
  const user = await requireUser(dashboardPath(slug));
  const { group, options, totals } = await orNotFound(getGroupDashboard(user, slug));

  const cards = [
    {
      label: "Volunteers",
      pledged: `${n(totals.volunteers.pledged)} signed up`,
      done: `${n(totals.volunteers.done)} took part`,
    },
    { label: "Hours", pledged: `${n(totals.hours.pledged)} pledged`, done: `${n(totals.hours.done)} given` },
    {
      label: "Money",
      pledged: `${formatDollars(totals.cents.pledged)} pledged`,
      done: `${formatDollars(totals.cents.done)} received`,
    },
    {
      label: "Items",
      pledged: `${n(totals.items.pledged)} pledged`,
      done: `${n(totals.items.done)} received`,
    },
  ];

  return (
    <div>
      <p className="text-sm">
        <Link href={`/groups/${group.slug}`} className="text-brand-800 underline">
          {group.name}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">Dashboard</h1>
      <p className="mt-2 text-stone-700">
        Who pledged what to {group.name}, and what has happened so far.
        {group.canManage
          ? ""
          : " You can see everything here; the group's owners and organizers make the changes."}
      </p>

      <section aria-labelledby="totals-heading" className="mt-8">
        <h2 id="totals-heading" className="text-xl font-semibold">
          Pledged and fulfilled
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
            Ways to help
          </h2>
          {group.canManage ? (
            <Link
              href={`${dashboardPath(group.slug)}/options/new`}
              className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
            >
              Offer a new way to help
            </Link>
          ) : null}
        </div>
        {options.length === 0 ? (
          <p className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-700">
            Your group doesn't offer any ways to help yet.
            {group.canManage
              ? " Offer a volunteer shift, a donation, goods you need or a skill, and supporters can pledge."
              : ""}
          </p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left">
              <caption className="sr-only">
                Ways to help {group.name} offers, with sign-ups and what has been fulfilled
              </caption>
              <thead>
                <tr className="border-b border-stone-300 text-sm text-stone-600">
                  <th scope="col" className="p-3 font-medium">
                    Way to help
                  </th>
                  <th scope="col" className="p-3 font-medium">
                    Pledged
                  </th>
                  <th scope="col" className="p-3 font-medium">
                    Fulfilled
                  </th>
                  <th scope="col" className="p-3 font-medium">
                    Status
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
                        {KIND_LABELS[option.kind]}
                        {optionDetails(option) ? ` · ${optionDetails(option)}` : ""}
                      </span>
                      {option.campaignTitle ? (
                        <span className="block text-sm text-stone-600">On “{option.campaignTitle}”</span>
                      ) : null}
                    </th>
                    <td className="p-3">{signedUpText(option)}</td>
                    <td className="p-3">{fulfilledText(option)}</td>
                    <td className="p-3">
                      {option.isOpen ? (
                        <span className="rounded bg-green-100 px-2 py-1 text-sm font-medium text-green-900">
                          Open
                        </span>
                      ) : (
                        <span className="rounded bg-stone-200 px-2 py-1 text-sm font-medium text-stone-900">
                          Closed
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
