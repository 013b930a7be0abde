import type { Metadata } from "next";
import Link from "next/link";
import { Field } from "@/app/_components/form";
import { type DirectoryGroup, searchGroupDirectory } from "@/lib/groups/directory";
import { stateName } from "@/lib/officials/present";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Community groups",
  description:
    "Find community-led groups by what they work on and where, and pledge your time, money, goods or skills.",
};

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

function placeText(group: DirectoryGroup): string | null {
  if (group.city && group.state) return `${group.city}, ${group.state}`;
  if (group.city) return group.city;
  if (group.state) return stateName(group.state);
  if (group.zip) return `ZIP code ${group.zip}`;
  return null;
}

function distanceText(miles: number): string {
  if (miles < 10) return "Within about 10 miles";
  const rounded = miles < 100 ? Math.round(miles / 5) * 5 : Math.round(miles / 10) * 10;
  return `About ${rounded} miles away`;
}

function GroupCard({ group }: { group: DirectoryGroup }) {
  const place = placeText(group);
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
          <span>{place ?? (group.isRemote ? "Remote" : "Place not listed")}</span>
          {group.distanceMiles !== null ? (
            <>
              <span aria-hidden="true"> · </span>
              <span>{distanceText(group.distanceMiles)}</span>
            </>
          ) : null}
        </p>
        {group.leadershipStatement ? (
          <p className="mt-3 text-stone-800">
            <span className="sr-only">Who leads it: </span>
            {shorten(group.leadershipStatement)}
          </p>
        ) : null}
        {group.focusAreas.length > 0 || group.isRemote ? (
          <ul aria-label="Focus areas" className="mt-3 flex flex-wrap gap-2">
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
                Works remotely
              </li>
            ) : null}
          </ul>
        ) : null}
        <p className="mt-3 text-sm font-medium text-stone-800">
          {group.openOptions === 0
            ? "No open ways to help right now"
            : group.openOptions === 1
              ? "1 way to help right now"
              : `${group.openOptions} ways to help right now`}
        </p>
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

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Community groups</h1>
      <p className="mt-3 text-lg text-stone-700">
        Groups led by the people they serve. Find one by what it works on or where it is, and pledge your
        time, money, goods or skills.
      </p>

      <search>
        <form
          method="get"
          action="/groups"
          className="mt-6 grid gap-x-4 rounded border border-stone-300 bg-white p-4 sm:grid-cols-2"
        >
          <div className="sm:col-span-2">
            <Field
              label="Search"
              name="q"
              hint="Words from a group's name or what it does, like tenants or food"
              type="search"
              maxLength={200}
              defaultValue={q}
            />
          </div>
          <div className="mb-4">
            <label htmlFor="field-focus" className="block font-medium">
              Focus area
            </label>
            <select
              id="field-focus"
              name="focus"
              defaultValue={focus}
              className="mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base"
            >
              <option value="">All focus areas</option>
              {result.focusAreas.map((area) => (
                <option key={area} value={area}>
                  {area}
                </option>
              ))}
            </select>
          </div>
          <Field
            label="Your ZIP code (optional)"
            name="zip"
            hint="Nearest groups first"
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={10}
            defaultValue={zip}
            errors={result.zip.status === "invalid" ? [result.zip.message] : undefined}
          />
          <div className="flex flex-wrap items-center gap-4 sm:col-span-2">
            <button
              type="submit"
              className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
            >
              Find groups
            </button>
            {isFiltered || zip ? (
              <Link href="/groups" className="text-brand-800 underline">
                Clear
              </Link>
            ) : null}
          </div>
        </form>
      </search>

      <div aria-live="polite" className="mt-6">
        {result.zip.status === "unknown" ? (
          <p role="status" className="mb-4 rounded border border-stone-300 bg-white p-4 text-stone-800">
            {result.zip.message}
          </p>
        ) : null}
        {result.zip.status === "sorted" ? (
          <p className="mb-4 text-stone-700">
            Nearest to ZIP code {result.zip.zip} first, then groups that work remotely. Distances are
            approximate: we measure by congressional district, not street.
          </p>
        ) : null}
        {result.groups.length > 0 ? (
          <p className="mb-3 text-sm text-stone-600">
            {result.groups.length === 1 ? "1 group" : `${result.groups.length} groups`}
            {isFiltered ? ` of ${result.total}` : ""}
          </p>
        ) : null}
      </div>

      {result.total === 0 ? (
        <p className="rounded border border-stone-300 bg-white p-4 text-stone-800">
          No community groups have joined Chorus yet. Check back soon.
        </p>
      ) : result.groups.length === 0 ? (
        <div className="rounded border border-stone-300 bg-white p-4 text-stone-800">
          <p className="font-medium">No groups match{q.trim() ? ` “${q.trim()}”` : ""}.</p>
          <p className="mt-1">
            Try fewer words or another focus area, or{" "}
            <Link href="/groups" className="text-brand-800 underline">
              see every group
            </Link>
            .
          </p>
        </div>
      ) : (
        <ul className="space-y-4">
          {result.groups.map((group) => (
            <GroupCard key={group.slug} group={group} />
          ))}
        </ul>
      )}
    </div>
  );
}
