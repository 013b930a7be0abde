import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PledgeOptions } from "@/app/_components/pledge-options";
import { getSessionUser } from "@/lib/auth";
import { findGroupBySlug, type GroupProfile } from "@/lib/groups/profile";
import type { Locale } from "@/lib/i18n/locale";
import { getLocale } from "@/lib/i18n/server";
import { listGroupOptions } from "@/lib/pledges/options";
import { safeHttpUrl } from "@/lib/pledges/present";
import { groupsPage } from "../messages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const group = await findGroupBySlug(slug);
  if (!group) return { title: groupsPage[await getLocale()].notFound };
  return { title: group.name, description: group.description ?? undefined };
}

function whereText(
  group: Pick<GroupProfile, "city" | "state" | "zip" | "isRemote">,
  locale: Locale,
): string | null {
  const t = groupsPage[locale];
  const place = [group.city, [group.state, group.zip].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  if (place && group.isRemote) return t.andRemotely(place);
  if (place) return place;
  return group.isRemote ? t.remotely : null;
}

export default async function GroupPage({ params }: Props) {
  const { slug } = await params;
  const group = await findGroupBySlug(slug);
  if (!group) notFound();
  const [options, user] = await Promise.all([listGroupOptions(group.id), getSessionUser()]);
  const locale = await getLocale();
  const t = groupsPage[locale];
  const where = whereText(group, locale);
  const website = safeHttpUrl(group.websiteUrl);
  const donation = safeHttpUrl(group.donationUrl);

  return (
    <article className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href="/groups" className="text-brand-800 underline">
          {t.communityGroups}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">{group.name}</h1>
      {group.description ? <p className="mt-3 text-lg text-stone-700">{group.description}</p> : null}

      {group.leadershipStatement ? (
        <section aria-labelledby="leaders-heading" className="mt-6">
          <h2 id="leaders-heading" className="text-xl font-semibold">
            {t.whoLeads}
          </h2>
          <p className="mt-1 text-sm text-stone-600">{t.ownWords}</p>
          <blockquote className="mt-2 border-l-4 border-brand-100 pl-4 text-stone-800">
            {group.leadershipStatement}
          </blockquote>
        </section>
      ) : null}

      <dl className="mt-6 grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        {group.focusAreas.length > 0 ? (
          <>
            <dt className="font-medium text-stone-600">{t.focus}</dt>
            <dd>
              <ul className="flex flex-wrap gap-2">
                {group.focusAreas.map((area) => (
                  <li key={area} className="rounded bg-stone-200 px-2 py-0.5 text-sm">
                    {area}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {where ? (
          <>
            <dt className="font-medium text-stone-600">{t.where}</dt>
            <dd>{where}</dd>
          </>
        ) : null}
        {website ? (
          <>
            <dt className="font-medium text-stone-600">{t.website}</dt>
            <dd>
              <a href={website} rel="noopener noreferrer" className="text-brand-800 underline">
                {new URL(website).host}
              </a>
            </dd>
          </>
        ) : null}
      </dl>

      {donation ? (
        <p className="mt-6">
          <a
            href={donation}
            rel="noopener noreferrer"
            className="inline-block rounded border border-brand-800 bg-white px-4 py-2 font-medium text-brand-900 hover:bg-brand-50"
          >
            {t.donateOn(group.name)}
          </a>
          <span className="mt-1 block text-sm text-stone-600">{t.noPayment}</span>
        </p>
      ) : null}

      <section id="help" aria-labelledby="help-heading" className="mt-8 scroll-mt-4">
        <h2 id="help-heading" className="text-xl font-semibold">
          {t.waysToHelp}
        </h2>
        <div className="mt-4">
          <PledgeOptions options={options} user={user} path={`/groups/${group.slug}`} showGroup={false} />
        </div>
      </section>
    </article>
  );
}
