/**
 * The dashboard's pictures rendered to HTML: the chart says what it shows and carries its numbers as a table;
 * the map draws the contiguous states' districts from the bundled shapes, each named in a <title>, shaded by
 * letters.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { loadDistrictMap } from "@/lib/organize/district-map";
import { DistrictMapSvg } from "./district-map";
import { LettersChart } from "./letters-chart";
import { shadeOf } from "./present";

describe("dashboard pictures", () => {
  it("the letters chart: one bar per day, a description, and the same numbers in a table", () => {
    const html = renderToStaticMarkup(
      <LettersChart
        days={[
          { day: "2026-11-23", letters: 0 },
          { day: "2026-11-24", letters: 12 },
          { day: "2026-11-25", letters: 3 },
        ]}
      />,
    );
    expect(html).toContain('role="img"');
    expect(html).toContain("15 letters from Nov 23 to Nov 25; the busiest day was Nov 24 with 12.");
    expect(html.match(/<rect /g)).toHaveLength(3);
    expect(html).toContain("<title>Nov 24: 12 letters</title>");
    expect(html).toMatch(/<th scope="row"[^>]*>Nov 25<\/th><td[^>]*>3<\/td>/);
  });

  it("the letters chart in Spanish: its title, description and table", () => {
    const html = renderToStaticMarkup(
      <LettersChart
        locale="es"
        days={[
          { day: "2026-11-23", letters: 0 },
          { day: "2026-11-24", letters: 1200 },
          { day: "2026-11-25", letters: 3 },
        ]}
      />,
    );
    expect(html).toContain("Cartas por día");
    expect(html).toMatch(
      /1,203 cartas del 23 nov\.? al 25 nov\.?; el día con más fue el 24 nov\.?, con 1,200\./,
    );
    expect(html).toContain("Ver estos números en una tabla");
    expect(html).not.toMatch(/letters|Letters/);
  });

  it("the district map: every contiguous district with a <title>, shaded by its letters", async () => {
    const map = await loadDistrictMap();
    const keys = new Set(map.districts.map((d) => d.key));
    expect(keys.has("IL-7")).toBe(true);
    expect(keys.has("AK-0")).toBe(false);
    expect(keys.has("HI-1")).toBe(false);
    expect(map.districts.length).toBeGreaterThan(420);
    const html = renderToStaticMarkup(
      <DistrictMapSvg
        map={map}
        counts={
          new Map([
            ["IL-7", 40],
            ["TX-35", 1],
          ])
        }
      />,
    );
    expect(html).toContain("<title>IL-7: 40 letters</title>");
    expect(html).toContain("<title>TX-35: 1 letter</title>");
    expect(html).toContain("<title>CA-12: 0 letters</title>");
    expect(html).toMatch(/class="fill-orange-900 stroke-white"[^>]*><title>IL-7/);
    expect(shadeOf(0, 40)).toBe("fill-stone-200");
    expect(shadeOf(1, 40)).toBe("fill-orange-100");
  });
});
