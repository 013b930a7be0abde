/**
 * Whether an office is likely open now, in the office's own time zone, and whether a call step's call-in window
 * is open: pure functions of an instant, with the platform's Intl time zone data (correct across zones and
 * daylight saving time; no library).
 *
 * Office hours come from congress-legislators' `hours`, free text typed by each office ("Mon-Fri 9am-5:30pm",
 * "8:30 am to 5:00 pm", "By appointment only"). We read the common shapes (one set of days, one time range) and
 * say "unknown" for anything else rather than guess; an office that publishes nothing gets the usual 9 to 5 on
 * weekdays, and the answer says so.
 */
import { zonedInstant } from "@/lib/delivery/office-hours";

/** Days 0 (Sunday) to 6 (Saturday); minutes since local midnight, `close` after `open`. */
export type WeeklyHours = { days: number[]; open: number; close: number };

export const ASSUMED_HOURS: WeeklyHours = { days: [1, 2, 3, 4, 5], open: 9 * 60, close: 17 * 60 };

export type OfficeHours =
  | { source: "published"; text: string; weekly: WeeklyHours; timeZone: string }
  | { source: "unreadable"; text: string; timeZone: string }
  | { source: "assumed"; weekly: WeeklyHours; timeZone: string };

const MERIDIEM = String.raw`(a\.?\s?m\.?|p\.?\s?m\.?)`;
/** A time: "9", "9:30", or "430" as some offices type 4:30. */
const TIME = String.raw`(\d{1,2}:\d{2}|\d{3,4}(?!\d)|\d{1,2})`;
const TIME_RANGE = new RegExp(
  String.raw`${TIME}\s*${MERIDIEM}?\s*(?:-|–|—|to|until)\s*${TIME}\s*${MERIDIEM}?`,
  "gi",
);

function clock(text: string): [number, number] {
  const [h, m] = text.includes(":")
    ? text.split(":").map(Number)
    : text.length > 2
      ? [Number(text.slice(0, -2)), Number(text.slice(-2))]
      : [Number(text), 0];
  return [h ?? 0, m ?? 0];
}

const DAY_TOKENS: Record<string, number> = {
  sunday: 0,
  sundays: 0,
  sun: 0,
  monday: 1,
  mondays: 1,
  mon: 1,
  m: 1,
  tuesday: 2,
  tuesdays: 2,
  tues: 2,
  tue: 2,
  tu: 2,
  t: 2,
  wednesday: 3,
  wednesdays: 3,
  wed: 3,
  w: 3,
  thursday: 4,
  thursdays: 4,
  thurs: 4,
  thur: 4,
  thu: 4,
  th: 4,
  friday: 5,
  fridays: 5,
  fri: 5,
  f: 5,
  saturday: 6,
  saturdays: 6,
  sat: 6,
};
const DAY_PATTERN = new RegExp(String.raw`\b(${Object.keys(DAY_TOKENS).join("|")})\b`, "gi");
const RANGE_BETWEEN = /^\s*(?:-|–|—|through|thru|to)\s*$/i;

const ZONE_HINTS: [RegExp, string][] = [
  [/\b(et|eastern|est|edt)\b/i, "America/New_York"],
  [/\b(ct|central|cst|cdt)\b/i, "America/Chicago"],
  [/\b(mt|mountain|mst|mdt)\b/i, "America/Denver"],
  [/\b(pt|pacific|pst|pdt)\b/i, "America/Los_Angeles"],
];

/** The zone an hours text names ("8am-5pm CT"), if it names one. */
export function zoneNamedIn(text: string): string | undefined {
  return ZONE_HINTS.find(([pattern]) => pattern.test(text))?.[1];
}

function toMinutes(
  hour: number,
  minute: number,
  meridiem: string | undefined,
  isEnd: boolean,
): number | null {
  if (hour > 24 || minute > 59) return null;
  let h = hour;
  const m = meridiem?.toLowerCase().replace(/[.\s]/g, "");
  if (m === "am") h = hour % 12;
  else if (m === "pm") h = (hour % 12) + 12;
  // No meridiem: office hours start in the morning and end in the afternoon ("9-5:30pm", "8:30-4:30").
  else if (!isEnd && hour >= 1 && hour <= 6) h = hour + 12;
  else if (isEnd && hour >= 1 && hour <= 8) h = hour + 12;
  return h * 60 + minute;
}

/**
 * One set of days and one time range from an office's hours text, or null when it has none, several, or says
 * gives days without times ("By appointment only", "Tuesday-Thursday"). Days default to Monday to Friday when the text gives only times.
 */
export function parseOfficeHours(text: string): WeeklyHours | null {
  const clean = text.trim();
  // "By appointment" is about visits: the times given are still when the phones are answered.
  if (!clean) return null;
  const ranges = [...clean.matchAll(TIME_RANGE)];
  const [range] = ranges;
  if (!range || ranges.length > 1) return null;
  // "9-5:30pm": a start without a meridiem of its own is read as a morning hour (toMinutes).
  const open = toMinutes(...clock(range[1] ?? ""), range[2], false);
  const close = toMinutes(...clock(range[3] ?? ""), range[4], true);
  if (open === null || close === null || close <= open) return null;

  const rest = clean.replace(range[0], " ");
  const days = parseDays(rest);
  if (days === null) return null;
  return { days: days.length > 0 ? days : [...ASSUMED_HOURS.days], open, close };
}

/** The days a text names ("M-F", "Tuesday and Thursday", "T, Th"), [] for none, null for a shape we can't read. */
function parseDays(text: string): number[] | null {
  if (/\bweekdays\b/i.test(text)) return [1, 2, 3, 4, 5];
  const tokens = [...text.matchAll(DAY_PATTERN)];
  const days = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.index === undefined) continue;
    const day = DAY_TOKENS[token[1]?.toLowerCase() ?? ""];
    if (day === undefined) return null;
    const next = tokens[i + 1];
    const between = next?.index === undefined ? "" : text.slice(token.index + token[0].length, next.index);
    const nextDay = next ? DAY_TOKENS[next[1]?.toLowerCase() ?? ""] : undefined;
    if (next && nextDay !== undefined && RANGE_BETWEEN.test(between)) {
      for (let d = day; d !== nextDay; d = (d + 1) % 7) days.add(d);
      days.add(nextDay);
      i++;
    } else {
      days.add(day);
    }
  }
  return [...days].sort((a, b) => a - b);
}

/** The hours to judge an office by: its own when it publishes any, else the assumed 9 to 5 on weekdays. */
export function officeHours(text: string | undefined, timeZone: string): OfficeHours {
  const published = text?.trim();
  if (!published) return { source: "assumed", weekly: ASSUMED_HOURS, timeZone };
  const zone = zoneNamedIn(published) ?? timeZone;
  const weekly = parseOfficeHours(published);
  return weekly
    ? { source: "published", text: published, weekly, timeZone: zone }
    : { source: "unreadable", text: published, timeZone: zone };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The local weekday, date and minute of `instant` in `timeZone`. */
export function localTime(
  instant: Date,
  timeZone: string,
): { weekday: number; date: string; minutes: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      weekday: "short",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    weekday: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(parts.weekday ?? ""),
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

export function isWithin(now: Date, weekly: WeeklyHours, timeZone: string): boolean {
  const local = localTime(now, timeZone);
  return weekly.days.includes(local.weekday) && local.minutes >= weekly.open && local.minutes < weekly.close;
}

/** True or false when the hours say; null when the office's own words can't be read as a schedule. */
export function isOpenNow(now: Date, hours: OfficeHours): boolean | null {
  if (hours.source === "unreadable") return null;
  return isWithin(now, hours.weekly, hours.timeZone);
}

export type CallWindowRule = {
  startsOn: string | null;
  endsOn: string | null;
  startHour: number | null;
  endHour: number | null;
  timeZone: string;
};

export type CallWindow = CallWindowRule & {
  /** Calls are asked for right now. */
  isOpen: boolean;
  /** The first instant of the window (null when it has no start date). */
  opensAt: string | null;
  /** The instant it ends (null when it has no end date). */
  closesAt: string | null;
};

function dateParts(date: string): [number, number, number] {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  return [y, m, d];
}

/** The call-in window as the API gives it, judged at `now` in the campaign's time zone; null without one. */
export function callWindow(rule: CallWindowRule, now: Date): CallWindow | null {
  if (rule.startsOn === null && rule.endsOn === null && rule.startHour === null) return null;
  const local = localTime(now, rule.timeZone);
  const inDates =
    (rule.startsOn === null || local.date >= rule.startsOn) &&
    (rule.endsOn === null || local.date <= rule.endsOn);
  const inHours =
    rule.startHour === null ||
    (local.minutes >= rule.startHour * 60 && local.minutes < (rule.endHour ?? 24) * 60);
  const opensAt =
    rule.startsOn === null
      ? null
      : zonedInstant(...dateParts(rule.startsOn), rule.startHour ?? 0, rule.timeZone);
  let closesAt: Date | null = null;
  if (rule.endsOn !== null) {
    const [y, m, d] = dateParts(rule.endsOn);
    const end = rule.endHour ?? 24;
    // Hour 24 is the next day's midnight (Date.UTC rolls the day over; zonedInstant takes the wall clock).
    const next = new Date(Date.UTC(y, m - 1, d + (end === 24 ? 1 : 0)));
    closesAt = zonedInstant(
      next.getUTCFullYear(),
      next.getUTCMonth() + 1,
      next.getUTCDate(),
      end === 24 ? 0 : end,
      rule.timeZone,
    );
  }
  return {
    ...rule,
    isOpen: inDates && inHours,
    opensAt: opensAt?.toISOString() ?? null,
    closesAt: closesAt?.toISOString() ?? null,
  };
}
