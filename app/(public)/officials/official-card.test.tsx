import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { OfficialSummary } from "@/lib/officials/present";
import { OfficialCard } from "./official-card";

const durbin: OfficialSummary = {
  id: "D000563",
  name: "Richard J. Durbin",
  title: "U.S. Senator",
  level: "federal",
  chamber: "senate",
  state: "IL",
  district: null,
  districtLabel: null,
  party: "Democrat",
  termEnd: null,
  website: null,
  channels: { contactForm: "https://www.durbin.senate.gov/contact" },
  vacant: false,
};

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");

describe("an official's card", () => {
  it("says how often they replied, when the page has a rate for them", () => {
    const html = renderToStaticMarkup(
      createElement(OfficialCard, {
        official: durbin,
        today: "2026-11-26",
        responseRate: { replied: 7, answered: 12, percent: 58 },
      }),
    );
    expect(text(html)).toContain("Replied to 7 of the 12 supporters who told us (58%).");
  });

  it("says nothing about replies without a rate", () => {
    const html = renderToStaticMarkup(createElement(OfficialCard, { official: durbin, today: "2026-11-26" }));
    expect(text(html)).not.toMatch(/replied/i);
  });
});
