import { describe, expect, it } from "vitest";
import { callWindow, isOpenNow, officeHours, parseOfficeHours } from "./open-now";

const at = (iso: string) => new Date(iso);

describe("parseOfficeHours", () => {
  it.each([
    ["Monday-Friday 9:00AM-5:00PM", [1, 2, 3, 4, 5], 540, 1020],
    ["Mon-Fri 9am-5pm", [1, 2, 3, 4, 5], 540, 1020],
    ["M-F 9-5:30pm", [1, 2, 3, 4, 5], 540, 1050],
    ["8:30 am to 5:00 pm", [1, 2, 3, 4, 5], 510, 1020],
    ["M-F 8:30am-430pm", [1, 2, 3, 4, 5], 510, 990],
    ["Monday through Friday, 9 a.m. to 5 p.m.", [1, 2, 3, 4, 5], 540, 1020],
    ["T, Th 9:30am-4:30pm", [2, 4], 570, 990],
    ["Wednesday and Thursday, 9:00 a.m. - 5:00 p.m. Please call for an appointment", [3, 4], 540, 1020],
    ["Wed-Fri 9AM-5PM", [3, 4, 5], 540, 1020],
    ["9:00am-5:00pm (PT), Weekdays", [1, 2, 3, 4, 5], 540, 1020],
    ["Monday, Wednesday, Friday 9am-5pm MT by appointment", [1, 3, 5], 540, 1020],
  ])("reads %s", (text, days, open, close) => {
    expect(parseOfficeHours(text)).toEqual({ days, open, close });
  });

  it.each([
    "By appointment only",
    "Tuesday-Thursday",
    "Only open Tuesdays and Thursdays",
    "Monday 12:00 PM to 5:00 PM, Thursday 9:00 AM to 2:00 PM, and by appointment",
  ])("does not guess at %s", (text) => {
    expect(parseOfficeHours(text)).toBeNull();
  });

  it("takes the zone the hours name over the state's", () => {
    expect(officeHours("Mon-Fri 8:00AM-5:00PM CT", "America/New_York").timeZone).toBe("America/Chicago");
    expect(officeHours("9:00am-5:00pm (PT), Weekdays", "America/Denver").timeZone).toBe(
      "America/Los_Angeles",
    );
    expect(officeHours(undefined, "America/Denver")).toMatchObject({
      source: "assumed",
      timeZone: "America/Denver",
    });
  });
});

describe("isOpenNow", () => {
  const assumed = (zone: string) => officeHours(undefined, zone);

  it("judges each office in its own time zone at one instant", () => {
    // Tuesday 2026-03-03 15:30 UTC: 10:30 in New York, 9:30 in Chicago, 8:30 in Denver, 7:30 in Los Angeles,
    // 5:30 in Honolulu.
    const now = at("2026-03-03T15:30:00Z");
    expect(isOpenNow(now, assumed("America/New_York"))).toBe(true);
    expect(isOpenNow(now, assumed("America/Chicago"))).toBe(true);
    expect(isOpenNow(now, assumed("America/Denver"))).toBe(false);
    expect(isOpenNow(now, assumed("America/Los_Angeles"))).toBe(false);
    expect(isOpenNow(now, assumed("Pacific/Honolulu"))).toBe(false);
    // Phoenix keeps no daylight saving time: 8:30 there.
    expect(isOpenNow(now, assumed("America/Phoenix"))).toBe(false);
  });

  it("follows daylight saving time: the same UTC hour opens New York's office only in summer", () => {
    // 13:30 UTC is 8:30 EST in January (closed) and 9:30 EDT in July (open).
    expect(isOpenNow(at("2026-01-13T13:30:00Z"), assumed("America/New_York"))).toBe(false);
    expect(isOpenNow(at("2026-07-14T13:30:00Z"), assumed("America/New_York"))).toBe(true);
    // The Monday after the spring change (2026-03-08): 13:05 UTC is 9:05 EDT, open; the Friday before, 8:05 EST.
    expect(isOpenNow(at("2026-03-09T13:05:00Z"), assumed("America/New_York"))).toBe(true);
    expect(isOpenNow(at("2026-03-06T13:05:00Z"), assumed("America/New_York"))).toBe(false);
    // Phoenix does not change: 16:30 UTC is 9:30 there all year.
    expect(isOpenNow(at("2026-01-13T16:30:00Z"), assumed("America/Phoenix"))).toBe(true);
    expect(isOpenNow(at("2026-07-14T16:30:00Z"), assumed("America/Phoenix"))).toBe(true);
  });

  it("closes at the published end, on weekends, and says null for hours it can't read", () => {
    const hours = officeHours("M-F 9-5:30pm", "America/Chicago");
    // Friday 2026-11-20: 17:29 and 17:30 in Chicago (CST, UTC-6).
    expect(isOpenNow(at("2026-11-20T23:29:00Z"), hours)).toBe(true);
    expect(isOpenNow(at("2026-11-20T23:30:00Z"), hours)).toBe(false);
    // Saturday noon.
    expect(isOpenNow(at("2026-11-21T18:00:00Z"), hours)).toBe(false);
    expect(
      isOpenNow(at("2026-11-20T18:00:00Z"), officeHours("By appointment only", "America/Chicago")),
    ).toBeNull();
  });

  it("uses the local weekday, not the UTC one", () => {
    // Monday 2026-11-23 02:00 UTC is still Sunday 18:00 in Los Angeles: closed.
    expect(isOpenNow(at("2026-11-23T02:00:00Z"), assumed("America/Los_Angeles"))).toBe(false);
    // Friday 2026-11-20 23:00 UTC is Friday 13:00 in Honolulu but Saturday 00:00 nowhere near: open there.
    expect(isOpenNow(at("2026-11-20T23:00:00Z"), assumed("Pacific/Honolulu"))).toBe(true);
  });
});

describe("callWindow", () => {
  const rule = {
    startsOn: "2026-03-07",
    endsOn: "2026-03-09",
    startHour: 9,
    endHour: 17,
    timeZone: "America/New_York",
  };

  it("is null without dates or hours", () => {
    expect(
      callWindow(
        { startsOn: null, endsOn: null, startHour: null, endHour: null, timeZone: "UTC" },
        new Date(),
      ),
    ).toBeNull();
  });

  it("opens and closes in the campaign's time zone, across the spring change", () => {
    const window = callWindow(rule, at("2026-03-08T15:00:00Z"));
    // 9:00 EST on the 7th is 14:00 UTC; 17:00 EDT on the 9th is 21:00 UTC.
    expect(window?.opensAt).toBe("2026-03-07T14:00:00.000Z");
    expect(window?.closesAt).toBe("2026-03-09T21:00:00.000Z");
    expect(window?.isOpen).toBe(true);
    // 8:30 EDT on the 9th: before the day's hours.
    expect(callWindow(rule, at("2026-03-09T12:30:00Z"))?.isOpen).toBe(false);
    // The 10th: after the last day.
    expect(callWindow(rule, at("2026-03-10T15:00:00Z"))?.isOpen).toBe(false);
    // The 6th: before the first.
    expect(callWindow(rule, at("2026-03-06T15:00:00Z"))?.isOpen).toBe(false);
  });

  it("ends at midnight when the window gives dates only", () => {
    const window = callWindow({ ...rule, startHour: null, endHour: null }, at("2026-03-09T03:00:00Z"));
    expect(window?.closesAt).toBe("2026-03-10T04:00:00.000Z");
    expect(window?.isOpen).toBe(true);
  });
});
