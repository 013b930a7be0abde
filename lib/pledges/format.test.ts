import { describe, expect, it } from "vitest";
import { formatDollars, formatShiftTime } from "./emails";

describe("shift times and dollars (formatters built once per time zone)", () => {
  it("writes a shift in its own time zone, each zone with its own formatter", () => {
    const start = new Date("2026-12-05T16:00:00Z");
    const end = new Date("2026-12-05T19:00:00Z");
    expect(formatShiftTime(start, end, "America/Chicago")).toBe(
      "Saturday, December 5, 10:00 AM – 1:00 PM Central Time",
    );
    expect(formatShiftTime(start, null, "America/Los_Angeles")).toBe(
      "Saturday, December 5, 8:00 AM Pacific Time",
    );
    expect(formatShiftTime(start, end, "America/Chicago")).toBe(
      "Saturday, December 5, 10:00 AM – 1:00 PM Central Time",
    );
    expect(formatShiftTime(start, null, null)).toBe("Saturday, December 5, 11:00 AM Eastern Time");
    expect(() => formatShiftTime(start, null, "Not/A_Zone")).toThrow(RangeError);
  });

  it("writes whole dollars without cents, others with", () => {
    expect(formatDollars(2500)).toBe("$25");
    expect(formatDollars(2550)).toBe("$25.50");
    expect(formatDollars(123456)).toBe("$1,234.56");
  });

  it("writes a shift and dollars in Spanish, with the zone's Spanish name", () => {
    const start = new Date("2026-12-05T16:00:00Z");
    const end = new Date("2026-12-05T19:00:00Z");
    expect(formatShiftTime(start, end, "America/Chicago", "es")).toBe(
      "sábado, 5 de diciembre, 10:00 a.m. – 1:00 p.m. hora del Centro",
    );
    // The English formatter for the same zone is not the Spanish one (one per language and zone).
    expect(formatShiftTime(start, end, "America/Chicago")).toBe(
      "Saturday, December 5, 10:00 AM – 1:00 PM Central Time",
    );
    expect(formatDollars(123456, "es")).toBe("$1,234.56");
  });
});
