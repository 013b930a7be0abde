/**
 * Office hours and local days in a target's time zone, with the platform's Intl data (no library): when a
 * window opens next, and when a local day starts. Pure functions of an instant, so they test without a clock.
 */

/** The time zone of a state's capital, where its legislature's offices are (states spanning two zones use it). */
const STATE_TIME_ZONES: Record<string, string> = {
  AL: "America/Chicago",
  AK: "America/Anchorage",
  AS: "Pacific/Pago_Pago",
  AZ: "America/Phoenix",
  AR: "America/Chicago",
  CA: "America/Los_Angeles",
  CO: "America/Denver",
  CT: "America/New_York",
  DC: "America/New_York",
  DE: "America/New_York",
  FL: "America/New_York",
  GA: "America/New_York",
  GU: "Pacific/Guam",
  HI: "Pacific/Honolulu",
  ID: "America/Boise",
  IL: "America/Chicago",
  IN: "America/Indiana/Indianapolis",
  IA: "America/Chicago",
  KS: "America/Chicago",
  KY: "America/New_York",
  LA: "America/Chicago",
  ME: "America/New_York",
  MD: "America/New_York",
  MA: "America/New_York",
  MI: "America/Detroit",
  MN: "America/Chicago",
  MP: "Pacific/Saipan",
  MS: "America/Chicago",
  MO: "America/Chicago",
  MT: "America/Denver",
  NE: "America/Chicago",
  NV: "America/Los_Angeles",
  NH: "America/New_York",
  NJ: "America/New_York",
  NM: "America/Denver",
  NY: "America/New_York",
  NC: "America/New_York",
  ND: "America/Chicago",
  OH: "America/New_York",
  OK: "America/Chicago",
  OR: "America/Los_Angeles",
  PA: "America/New_York",
  PR: "America/Puerto_Rico",
  RI: "America/New_York",
  SC: "America/New_York",
  SD: "America/Chicago",
  TN: "America/Chicago",
  TX: "America/Chicago",
  UT: "America/Denver",
  VT: "America/New_York",
  VI: "America/St_Thomas",
  VA: "America/New_York",
  WA: "America/Los_Angeles",
  WV: "America/New_York",
  WI: "America/Chicago",
  WY: "America/Denver",
};

export function stateTimeZone(state: string | null | undefined): string | undefined {
  return state ? STATE_TIME_ZONES[state.toUpperCase()] : undefined;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

export type OfficeHours = {
  /** Local hour the window opens (0–23); null with `end` null: any hour. */
  start: number | null;
  /** Local hour the window closes (1–24, after start). */
  end: number | null;
  weekdaysOnly: boolean;
  timeZone: string;
};

type LocalDate = { year: number; month: number; day: number; weekday: number; hour: number; minute: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
    });
    formatters.set(timeZone, format);
  }
  return format;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function localDate(instant: Date, timeZone: string): LocalDate & { second: number } {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ""),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Milliseconds the zone is ahead of UTC at this instant. */
function offsetMs(instant: Date, timeZone: string): number {
  const l = localDate(instant, timeZone);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant of a local wall-clock time (on a daylight-saving gap, the hour after). */
export function zonedInstant(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour);
  const first = guess - offsetMs(new Date(guess), timeZone);
  const second = guess - offsetMs(new Date(first), timeZone);
  return new Date(second);
}

/** The local calendar date `days` after the date of `instant` in the zone (day arithmetic in UTC is exact). */
function addDays(
  date: LocalDate,
  days: number,
): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

export function hasWindow(hours: OfficeHours): boolean {
  return hours.weekdaysOnly || hours.start !== null || hours.end !== null;
}

/** When the office is next open: `now` itself when it is open now. */
export function nextOpening(now: Date, hours: OfficeHours): Date {
  if (!hasWindow(hours)) return now;
  const start = hours.start ?? 0;
  const end = hours.end ?? 24;
  const today = localDate(now, hours.timeZone);
  for (let offset = 0; offset <= 7; offset++) {
    const day = addDays(today, offset);
    if (hours.weekdaysOnly && (day.weekday === 0 || day.weekday === 6)) continue;
    const opens = zonedInstant(day.year, day.month, day.day, start, hours.timeZone);
    if (offset === 0) {
      const closes =
        end >= 24
          ? zonedInstant(
              addDays(today, 1).year,
              addDays(today, 1).month,
              addDays(today, 1).day,
              0,
              hours.timeZone,
            )
          : zonedInstant(day.year, day.month, day.day, end, hours.timeZone);
      if (now < opens) return opens;
      if (now < closes) return now;
      continue;
    }
    return opens;
  }
  // Unreachable with a valid window (a week always has a weekday); fall back to sending.
  return now;
}

export function isOpen(now: Date, hours: OfficeHours): boolean {
  return nextOpening(now, hours).getTime() <= now.getTime();
}

/** Midnight that starts the local day of `now`, and the next one. */
export function localDayBounds(now: Date, timeZone: string): { start: Date; next: Date } {
  const today = localDate(now, timeZone);
  const tomorrow = addDays(today, 1);
  return {
    start: zonedInstant(today.year, today.month, today.day, 0, timeZone),
    next: zonedInstant(tomorrow.year, tomorrow.month, tomorrow.day, 0, timeZone),
  };
}
