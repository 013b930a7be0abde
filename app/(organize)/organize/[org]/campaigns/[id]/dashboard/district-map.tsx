import type { DistrictMap } from "@/lib/organize/district-map";
import { districtName, n, SHADES, shadeOf } from "./present";

/** The House districts of the contiguous states, shaded by letters; each district names itself in a <title>. */
export function DistrictMapSvg({ map, counts }: { map: DistrictMap; counts: Map<string, number> }) {
  const max = Math.max(0, ...counts.values());
  return (
    <figure>
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-labelledby="map-title map-desc"
        className="h-auto w-full"
      >
        <title id="map-title">Letters by House district (contiguous states)</title>
        <desc id="map-desc">
          Darker districts sent more letters. Point at a district to see its count; the tables below list
          every state and district.
        </desc>
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
              <title>{`${districtName(d.state, d.district)}: ${n(count)} ${count === 1 ? "letter" : "letters"}`}</title>
            </path>
          );
        })}
      </svg>
      <figcaption className="mt-2 flex flex-wrap items-center gap-3 text-sm text-stone-700">
        <span>Fewer</span>
        {SHADES.map((shade) => (
          <svg key={shade} width="18" height="12" aria-hidden="true">
            <rect width="18" height="12" className={shade} />
          </svg>
        ))}
        <span>More letters{max > 0 ? ` (most: ${n(max)})` : ""}</span>
      </figcaption>
    </figure>
  );
}
