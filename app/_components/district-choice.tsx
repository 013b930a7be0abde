import type { ReactNode } from "react";
import { districtChoiceWords } from "@/app/(public)/officials/messages";
import type { Locale } from "@/lib/i18n/locale";
import { getLocale } from "@/lib/i18n/server";
import type { District, DistrictPlaces } from "@/lib/officials/lookup";
import { type OfficialSummary, seatLabel } from "@/lib/officials/present";

const keyOf = (d: District) => `${d.state}-${d.district}`;

function listOfNames(names: string[], locale: Locale): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${locale === "es" ? "y" : "and"} ${names.at(-1)}`;
}

/** "Offices in Melrose Park and Chicago · also covers ZIP codes 60165, 60402…": what helps people recognize it. */
export function PlacesLine({ place, locale }: { place: DistrictPlaces | undefined; locale: Locale }) {
  if (!place || (place.officeCities.length === 0 && place.nearbyZips.length === 0)) return null;
  const t = districtChoiceWords[locale];
  const offices = place.officeCities.length > 0 ? t.officesIn(listOfNames(place.officeCities, locale)) : null;
  const zipList = place.nearbyZips.join(", ");
  const zips =
    place.nearbyZips.length > 0 ? (
      <>
        {offices ? t.alsoCovers(zipList) : t.covers(zipList)}
        {place.hasMoreZips ? (
          <>
            <span aria-hidden="true">…</span>
            <span className="sr-only">{t.andMore}</span>
          </>
        ) : null}
      </>
    ) : null;
  return (
    <span className="block text-sm text-stone-600">
      {offices}
      {offices && zips ? " · " : null}
      {zips}
    </span>
  );
}

/**
 * A GET form asking which of a split ZIP's districts the person lives in: each candidate with its
 * representative and the places it covers. Works without JavaScript; used on /officials and in the letter flow.
 */
export async function DistrictChoice({
  action,
  hidden,
  legend,
  hint,
  candidates,
  officials,
  places,
  selected,
  submitLabel,
}: {
  action: string;
  /** Fields the next page needs besides the district (the ZIP, …). */
  hidden: Record<string, string>;
  legend: string;
  hint?: ReactNode;
  candidates: readonly District[];
  /** The lookup's officials; the House members of the candidates are named. */
  officials: readonly OfficialSummary[];
  places: readonly DistrictPlaces[];
  selected?: District | null;
  submitLabel: string;
}) {
  const locale = await getLocale();
  const t = districtChoiceWords[locale];
  return (
    <form method="get" action={action} className="mt-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset>
        <legend className="font-semibold">{legend}</legend>
        {hint ? <p className="mb-2 text-sm text-stone-600">{hint}</p> : null}
        {candidates.map((d) => {
          const members = officials.filter(
            (o) => o.chamber === "house" && o.state === d.state && o.district === d.district,
          );
          const place = places.find((p) => p.state === d.state && p.district === d.district);
          return (
            <label
              key={keyOf(d)}
              className="mb-2 flex cursor-pointer items-start gap-3 rounded border border-stone-300 bg-white p-3 has-[:checked]:border-brand-800 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-800"
            >
              <input
                type="radio"
                name="district"
                value={keyOf(d)}
                required
                defaultChecked={selected ? keyOf(selected) === keyOf(d) : undefined}
                className="mt-1 size-4 shrink-0"
              />
              <span>
                <span className="font-medium">
                  {seatLabel(
                    {
                      level: "federal",
                      chamber: "house",
                      state: d.state,
                      district: d.district,
                      districtLabel: null,
                    },
                    locale,
                  )}
                </span>
                <span className="block text-sm text-stone-700">
                  {members.length === 0
                    ? t.vacant
                    : members.map((m) => (m.vacant ? t.vacant : t.rep(m.name))).join(", ")}
                </span>
                <PlacesLine place={place} locale={locale} />
              </span>
            </label>
          );
        })}
      </fieldset>
      <button
        type="submit"
        className="mt-2 rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
      >
        {submitLabel}
      </button>
    </form>
  );
}
