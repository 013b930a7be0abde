import { describe, expect, it } from "vitest";
import { isOpen, localDayBounds, nextOpening, type OfficeHours, stateTimeZone } from "./office-hours";

const chicago: OfficeHours = { start: 9, end: 17, weekdaysOnly: true, timeZone: "America/Chicago" };

describe("office hours", () => {
  it("is open inside the window, in the office's own time zone", () => {
    // Friday 2026-11-27, 10:30 in Chicago (UTC−6).
    const now = new Date("2026-11-27T16:30:00Z");
    expect(isOpen(now, chicago)).toBe(true);
    expect(nextOpening(now, chicago)).toEqual(now);
  });

  it("waits for the same morning before opening, and for the next weekday after closing", () => {
    expect(nextOpening(new Date("2026-11-27T13:00:00Z"), chicago)).toEqual(new Date("2026-11-27T15:00:00Z"));
    // Friday 17:00 in Chicago is closed: the next opening is Monday 9:00.
    expect(nextOpening(new Date("2026-11-27T23:00:00Z"), chicago)).toEqual(new Date("2026-11-30T15:00:00Z"));
    // Saturday noon.
    expect(nextOpening(new Date("2026-11-28T18:00:00Z"), chicago)).toEqual(new Date("2026-11-30T15:00:00Z"));
  });

  it("follows daylight saving time", () => {
    // Monday 2026-03-09, the day after clocks went forward: 9:00 in Chicago is 14:00 UTC (UTC−5).
    expect(nextOpening(new Date("2026-03-09T05:00:00Z"), chicago)).toEqual(new Date("2026-03-09T14:00:00Z"));
  });

  it("any hour and any day when the campaign turns the window off", () => {
    const always: OfficeHours = { start: null, end: null, weekdaysOnly: false, timeZone: "America/Chicago" };
    const sunday = new Date("2026-11-29T08:00:00Z");
    expect(isOpen(sunday, always)).toBe(true);
    // Weekdays only, any hour.
    const weekdays = { ...always, weekdaysOnly: true };
    expect(nextOpening(sunday, weekdays)).toEqual(new Date("2026-11-30T06:00:00Z"));
  });

  it("local days start at the office's midnight", () => {
    const { start, next } = localDayBounds(new Date("2026-11-27T03:00:00Z"), "America/Los_Angeles");
    expect(start).toEqual(new Date("2026-11-26T08:00:00Z"));
    expect(next).toEqual(new Date("2026-11-27T08:00:00Z"));
  });

  it("knows each state's time zone, territories included", () => {
    expect(stateTimeZone("IL")).toBe("America/Chicago");
    expect(stateTimeZone("az")).toBe("America/Phoenix");
    expect(stateTimeZone("GU")).toBe("Pacific/Guam");
    expect(stateTimeZone(null)).toBeUndefined();
  });
});
