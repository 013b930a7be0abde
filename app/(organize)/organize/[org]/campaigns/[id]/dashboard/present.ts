/** Plain words and numbers for the campaign dashboard. Pure: no database. */
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { dashboardMessages } from "./messages";

export const n = (value: number, locale: Locale = "en") => formatNumber(locale, value);

/** "Nov 25" from "2026-11-25" (a calendar day, so no time zone shift). */
export function shortDay(day: string, locale: Locale = "en"): string {
  const [y = 0, m = 1, d = 1] = day.split("-").map(Number);
  return formatDate(locale, new Date(Date.UTC(y, m - 1, d)), {
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });
}

export function when(at: Date, timeZone: string, locale: Locale = "en"): string {
  return formatDate(locale, at, {
    timeZone,
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
}

/** Five shades, by share of the busiest district; 0 letters stays pale. */
export const SHADES = [
  "fill-stone-200",
  "fill-orange-100",
  "fill-orange-300",
  "fill-orange-500",
  "fill-orange-700",
  "fill-orange-900",
] as const;

export function shadeOf(count: number, max: number): (typeof SHADES)[number] {
  if (count <= 0 || max <= 0) return SHADES[0];
  const step = Math.min(4, Math.floor((count / max) * 5));
  return SHADES[step + 1] ?? SHADES[5];
}

export function districtName(state: string, district: number, locale: Locale = "en"): string {
  return district === 0 ? dashboardMessages[locale].atLarge(state) : `${state}-${district}`;
}
