/**
 * Times and amounts in a pledge email, written in the email's language when the email is rendered. The caller
 * also passes them already written in English (`when`, `amount`), which English emails show as they are.
 */
import { formatNumber, INTL_LOCALE } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { pledgeWords } from "@/lib/pledges/messages";

/** A shift's time as a job carries it (ISO strings; the IANA zone the shift happens in). */
export type ShiftTime = { startsAt: string; endsAt: string | null; timeZone: string | null };

/** "sábado, 5 de diciembre, 10:00 a.m. – 1:00 p.m. hora del Centro", in the shift's own time zone. */
export function formatShiftTime(locale: Locale, shift: ShiftTime): string {
  const zone = shift.timeZone ?? "America/New_York";
  const tag = INTL_LOCALE[locale];
  const startsAt = new Date(shift.startsAt);
  const day = new Intl.DateTimeFormat(tag, {
    timeZone: zone,
    weekday: "long",
    month: "long",
    day: "numeric",
  }).format(startsAt);
  const times = new Intl.DateTimeFormat(tag, { timeZone: zone, hour: "numeric", minute: "2-digit" });
  const end = shift.endsAt ? ` – ${times.format(new Date(shift.endsAt))}` : "";
  const zoneName = pledgeWords[locale].timeZones[zone] ?? zone.replace(/_/g, " ");
  return `${day}, ${times.format(startsAt)}${end} ${zoneName}`;
}

/** "$25" or "$10.50": whole dollars without cents. */
export function formatDollars(locale: Locale, cents: number): string {
  return formatNumber(locale, cents / 100, {
    style: "currency",
    currency: "USD",
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
  });
}
