/**
 * The chambers' maintenance windows, US Eastern (../shared/CWC-NOTES.md, section 1, quoting the SOAPBox
 * Technical Information page and the House's document): Senate Sundays 00:00–06:00 and Wednesdays
 * 05:00–07:00, House daily 00:00–06:00. A message due inside one waits for its end; it never fails for it.
 */
import type { CwcChamber } from "./codes";

type Window = { day: number | null; fromHour: number; toHour: number };

export const MAINTENANCE_WINDOWS: Record<CwcChamber, Window[]> = {
  house: [{ day: null, fromHour: 0, toHour: 6 }],
  senate: [
    { day: 0, fromHour: 0, toHour: 6 },
    { day: 3, fromHour: 5, toHour: 7 },
  ],
};

const DAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function easternClock(at: Date): { day: number; minutes: number; seconds: number } {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: "America/New_York",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "0";
  return {
    day: DAYS[get("weekday")] ?? 0,
    minutes: Number(get("hour")) * 60 + Number(get("minute")),
    seconds: Number(get("second")),
  };
}

/** When the window `at` falls in ends (a minute after, to be safe), or null when the chamber is open. */
export function maintenanceUntil(chamber: CwcChamber, at: Date): Date | null {
  const clock = easternClock(at);
  for (const window of MAINTENANCE_WINDOWS[chamber]) {
    if (window.day !== null && window.day !== clock.day) continue;
    if (clock.minutes >= window.fromHour * 60 && clock.minutes < window.toHour * 60) {
      const left = (window.toHour * 60 - clock.minutes) * 60 - clock.seconds + 60;
      return new Date(at.getTime() + left * 1000);
    }
  }
  return null;
}
