import type { Metadata } from "next";
import Link from "next/link";
import { Field } from "@/app/_components/form";
import { type DirectoryGroup, searchGroupDirectory } from "@/lib/groups/directory";
import { describeError } from "@/lib/i18n/errors";
import type { Locale } from "@/lib/i18n/locale";
import { getLocale } from "@/lib/i18n/server";
import { stateName } from "@/lib/officials/present";
import { groupsPage } from "./messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = groupsPage[await getLocale()];
  return { title: t.title, description: t.description };
}

type Param = string | string[] | undefined;
type Props = { searchParams: Promise<{ q?: Param; focus?: Param; zip?: Param }> };

const one = (value: Param) => (Array.isArray(value) ? value[0] : value);

const SHORT_STATEMENT = 180;

/** The statement cut at a word near `max` characters, so each card stays short. */
function shorten(text: string, max = SHORT_STATEMENT): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20)).trimEnd()}…`;
}

function placeText(group: DirectoryGroup, locale: Locale): string | null {
  if (group.city && group.state) return `${group.city}, ${group.state}`;
  if (group.city) return group.city;
  if (group.state) return stateName(group.state);
  if (group.zip) return groupsPage[locale].zipPlace(group.zip);
  return null;
}

function distanceText(miles: number, locale: Locale): string {
  const t = groupsPage[locale];
  if (miles < 10) return t.withinTen;
  return t.milesAway(miles < 100 ? Math.round(miles / 5) * 5 : Math.round(miles / 10) * 10);
}

function GroupCard({ group, locale }: { group: DirectoryGroup; locale: Locale }) {
  const t = groupsPage[locale];
  const place = placeText(group, locale);
  const headingId = `group-${group.slug}`;
  return (
    <li>
      <article aria-labelledby={headingId} className="rounded border border-stone-300 bg-white p-4 sm:p-5">
        <h2 id={headingId} className="text-xl font-semibold">
          <Link href={`/groups/${group.slug}`} className="text-brand-800 underline hover:text-brand-900">
            {group.name}
          </Link>
        </h2>
        <p className="mt-1 text-sm text-stone-700">
          <span>{place ?? (group.isRemote ? t.remote : t.placeNotListed)}</span>
          {group.distanceMiles !== null ? (
            <>
              <span aria-hidden="true"> · </span>
              <span>{distanceText(group.distanceMiles, locale)}</span>
            </>
          ) : null}
        </p>
        {group.leadershipStatement ? (
          <p className="mt-3 text-stone-800">
            <span className="sr-only">{t.whoLeadsIt}</span>
            {shorten(group.leadershipStatement)}
          </p>
        ) : null}
        {group.focusAreas.length > 0 || group.isRemote ? (
          <ul aria-label={t.focusAreas} className="mt-3 flex flex-wrap gap-2">
            {group.focusAreas.map((area) => (
              <li
                key={area}
                className="rounded-full border border-brand-100 bg-brand-50 px-3 py-0.5 text-sm text-brand-900"
              >
                {area}
              </li>
            ))}
            {group.isRemote ? (
              <li className="rounded-full border border-stone-300 bg-stone-100 px-3 py-0.5 text-sm text-stone-800">
                {t.worksRemotely}
              </li>
            ) : null}
          </ul>
        ) : null}
        <p className="mt-3 text-sm font-medium text-stone-800">{t.waysToHelpNow(group.openOptions)}</p>
      </article>
    </li>
  );
}

export default async function GroupsPage({ searchParams }: Props) {
  const query = await searchParams;
  const q = one(query.q)?.slice(0, 200) ?? "";
  const focus = one(query.focus)?.slice(0, 60) ?? "";
  const zip = one(query.zip)?.slice(0, 10) ?? "";
  const result = await searchGroupDirectory({ q, focus, zip });
  const isFiltered = q.trim() !== "" || focus !== "";
  const locale = await getLocale();
  const t = groupsPage[locale];

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.title}</h1>
      <p className="mt-3 text-lg text-stone-700">{t.intro}</p>

      <search>
        <form
          method="get"
          action="/groups"
          className="mt-6 grid gap-x-4 rounded border border-stone-300 bg-white p-4 sm:grid-cols-2"
        >
          <div className="sm:col-span-2">
            <Field
              label={t.search}
              name="q"
              hint={t.searchHint}
              type="search"
              maxLength={200}
              defaultValue={q}
            />
          </div>
          <div className="mb-4">
            <label htmlFor="field-focus" className="block font-medium">
              {t.focusArea}
            </label>
            <select
              id="field-focus"
              name="focus"
              defaultValue={focus}
              className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base"
            >
              <option value="">{t.allFocusAreas}</option>
              {result.focusAreas.map((area) => (
                <option key={area} value={area}>
                  {area}
                </option>
              ))}
            </select>
          </div>
          <Field
            label={t.yourZip}
            name="zip"
            hint={t.yourZipHint}
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={10}
            defaultValue={zip}
            errors={result.zip.status === "invalid" ? [describeError(result.zip.message, locale)] : undefined}
          />
          <div className="flex flex-wrap items-center gap-4 sm:col-span-2">
            <button
              type="submit"
              className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
            >
              {t.findGroups}
            </button>
            {isFiltered || zip ? (
              <Link href="/groups" className="text-brand-800 underline">
                {t.clear}
              </Link>
            ) : null}
          </div>
        </form>
      </search>

      <div aria-live="polite" className="mt-6">
        {result.zip.status === "unknown" ? (
          <p role="status" className="mb-4 rounded border border-stone-300 bg-white p-4 text-stone-800">
            {describeError(result.zip.message, locale)}
          </p>
        ) : null}
        {result.zip.status === "sorted" ? (
          <p className="mb-4 text-stone-700">{t.sortedByZip(result.zip.zip)}</p>
        ) : null}
        {result.groups.length > 0 ? (
          <p className="mb-3 text-sm text-stone-600">
            {t.groupCount(result.groups.length, isFiltered ? result.total : null)}
          </p>
        ) : null}
      </div>

      {result.total === 0 ? (
        <p className="rounded border border-stone-300 bg-white p-4 text-stone-800">{t.noGroupsYet}</p>
      ) : result.groups.length === 0 ? (
        <div className="rounded border border-stone-300 bg-white p-4 text-stone-800">
          <p className="font-medium">{t.noMatch(q.trim())}</p>
          <p className="mt-1">
            {t.tryFewer}{" "}
            <Link href="/groups" className="text-brand-800 underline">
              {t.seeEvery}
            </Link>
            .
          </p>
        </div>
      ) : (
        <ul className="space-y-4">
          {result.groups.map((group) => (
            <GroupCard key={group.slug} group={group} locale={locale} />
          ))}
        </ul>
      )}
    </div>
  );
}
