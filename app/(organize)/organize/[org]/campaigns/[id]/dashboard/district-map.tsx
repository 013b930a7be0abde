import type { Locale } from "@/lib/i18n/locale";
import type { DistrictMap } from "@/lib/organize/district-map";
import { dashboardMessages } from "./messages";
import { districtName, SHADES, shadeOf } from "./present";

/** The House districts of the contiguous states, shaded by letters; each district names itself in a <title>. */
export function DistrictMapSvg({
  map,
  counts,
  locale = "en",
}: {
  map: DistrictMap;
  counts: Map<string, number>;
  locale?: Locale;
}) {
  const t = dashboardMessages[locale];
  const max = Math.max(0, ...counts.values());
  return (
    <figure>
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-labelledby="map-title map-desc"
        className="h-auto w-full"
      >
        <title id="map-title">{t.mapTitle}</title>
        <desc id="map-desc">{t.mapDesc}</desc>
        {map.districts.map((d) => {
          const count = counts.get(d.key) ?? 0;
          return (
            <path
              key={d.key}
              d={d.d}
              className={`${shadeOf(count, max)} stroke-white`}
              strokeWidth={0.5}
              fillRule="evenodd"
            >
              <title>{t.dayLetters(districtName(d.state, d.district, locale), count)}</title>
            </path>
          );
        })}
      </svg>
      <figcaption className="mt-2 flex flex-wrap items-center gap-3 text-sm text-stone-700">
        <span>{t.fewer}</span>
        {SHADES.map((shade) => (
          <svg key={shade} width="18" height="12" aria-hidden="true">
            <rect width="18" height="12" className={shade} />
          </svg>
        ))}
        <span>{t.moreLetters(max)}</span>
      </figcaption>
    </figure>
  );
}
