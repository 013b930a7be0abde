import { describe, expect, it } from "vitest";
import { formatDate, formatList, formatNumber } from "./format";

describe("formatting (formatters kept per language and options)", () => {
  it("never hands one language's or one option's formatter to another", () => {
    const money = { style: "currency", currency: "USD" } as const;
    expect(formatNumber("en", 1234.5, money)).toBe("$1,234.50");
    expect(formatNumber("en", 1234.5)).toBe("1,234.5");
    expect(formatNumber("es", 1234.5, { style: "percent" })).toBe("123,450%");
    expect(formatNumber("en", 1234.5, { maximumFractionDigits: 0 })).toBe("1,235");
    expect(formatNumber("en", 1234.5, money)).toBe("$1,234.50");
  });

  it("formats dates with the default or the options given, and lists in each language", () => {
    const day = new Date("2026-11-27T12:00:00Z");
    expect(formatDate("en", day, { timeZone: "UTC" })).toBe("11/27/2026");
    expect(formatDate("en", day)).toBe("Nov 27, 2026");
    expect(formatDate("es", day, { timeZone: "UTC", month: "long" })).toBe("noviembre");
    expect(formatList("en", ["a", "b", "c"])).toBe("a, b, and c");
    expect(formatList("es", ["a", "b", "c"])).toBe("a, b y c");
  });
});
