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
        locale: "en",
      }),
    );
    expect(text(html)).toContain("Replied to 7 of the 12 supporters who told us (58%).");
  });

  it("says nothing about replies without a rate", () => {
    const html = renderToStaticMarkup(
      createElement(OfficialCard, { official: durbin, today: "2026-11-26", locale: "en" }),
    );
    expect(text(html)).not.toMatch(/replied/i);
  });

  it("is in Spanish for a Spanish reader: title, party, ways to reach them, term, reply rate", () => {
    const html = renderToStaticMarkup(
      createElement(OfficialCard, {
        official: { ...durbin, termEnd: "2027-01-03" },
        today: "2026-11-26",
        responseRate: { replied: 7, answered: 12, percent: 58 },
        locale: "es",
      }),
    );
    const shown = text(html);
    expect(shown).toContain("Senador(a) de EE. UU. · IL · Demócrata");
    expect(shown).toContain("Formulario de contacto de Richard J. Durbin");
    expect(shown).toContain("Su mandato termina");
    expect(shown).toContain("3 de enero de 2027");
    expect(shown).toContain("Respondió a 7 de las 12 personas que nos contaron (58 %).");
    expect(shown).not.toMatch(/Contact form|Term ends|Democrat\b/);
  });

  it("names a vacant seat in Spanish", () => {
    const html = renderToStaticMarkup(
      createElement(OfficialCard, {
        official: {
          ...durbin,
          id: "vacant-WY-0",
          name: "",
          chamber: "house",
          state: "WY",
          district: 0,
          vacant: true,
        },
        today: "2026-11-26",
        locale: "es",
      }),
    );
    expect(text(html)).toContain("Puesto vacante");
    expect(text(html)).toContain("Representante de EE. UU. · WY, distrito único");
  });
});
