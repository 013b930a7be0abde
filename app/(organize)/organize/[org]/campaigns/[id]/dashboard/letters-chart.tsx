import type { Locale } from "@/lib/i18n/locale";
import type { DayCount } from "@/lib/organize/dashboard";
import { dashboardMessages } from "./messages";
import { shortDay as dayOf, n as number } from "./present";

/**
 * Letters per day as an SVG bar chart, described for screen readers, with the same numbers in a table below
 * (the table is the accessible alternative; the chart is a picture of it).
 */
export function LettersChart({ days, locale = "en" }: { days: DayCount[]; locale?: Locale }) {
  const t = dashboardMessages[locale];
  const n = (value: number) => number(value, locale);
  const shortDay = (day: string) => dayOf(day, locale);
  const max = Math.max(1, ...days.map((d) => d.letters));
  const total = days.reduce((sum, d) => sum + d.letters, 0);
  const width = 720;
  const height = 200;
  const left = 36;
  const bottom = 24;
  const slot = (width - left) / Math.max(1, days.length);
  const barWidth = Math.max(2, slot * 0.75);
  const y = (value: number) => height - bottom - ((height - bottom - 8) * value) / max;
  const busiest = days.reduce<DayCount | null>(
    (best, d) => (!best || d.letters > best.letters ? d : best),
    null,
  );
  const first = days[0];
  const last = days.at(-1);
  const summary =
    first && last
      ? t.chartSummary(
          total,
          shortDay(first.day),
          shortDay(last.day),
          busiest && busiest.letters > 0 ? { day: shortDay(busiest.day), letters: busiest.letters } : null,
        )
      : "";
  const labelEvery = Math.max(1, Math.ceil(days.length / 8));

  return (
    <figure>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="chart-title chart-desc"
        className="h-auto w-full"
      >
        <title id="chart-title">{t.perDay}</title>
        <desc id="chart-desc">{summary}</desc>
        <line x1={left} x2={width} y1={height - bottom} y2={height - bottom} className="stroke-stone-400" />
        <text x={left - 6} y={y(max) + 4} textAnchor="end" className="fill-stone-600 text-[11px]">
          {n(max)}
        </text>
        <text x={left - 6} y={height - bottom} textAnchor="end" className="fill-stone-600 text-[11px]">
          0
        </text>
        {days.map((d, i) => (
          <g key={d.day}>
            <rect
              x={left + i * slot + (slot - barWidth) / 2}
              y={y(d.letters)}
              width={barWidth}
              height={Math.max(0, height - bottom - y(d.letters))}
              className="fill-brand-700"
            >
              <title>{t.dayLetters(shortDay(d.day), d.letters)}</title>
            </rect>
            {i % labelEvery === 0 ? (
              <text
                x={left + i * slot + slot / 2}
                y={height - 6}
                textAnchor="middle"
                className="fill-stone-600 text-[11px]"
              >
                {shortDay(d.day)}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption className="mt-1 text-sm text-stone-600">{summary}</figcaption>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-medium text-brand-800">{t.showTable}</summary>
        <div className="mt-2 max-h-72 overflow-y-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t.perDay}</caption>
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-4">
                  {t.day}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t.letters}
                </th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.day} className="border-t border-stone-200">
                  <th scope="row" className="py-1 pr-4 font-normal">
                    {shortDay(d.day)}
                  </th>
                  <td className="py-1 text-right tabular-nums">{n(d.letters)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
