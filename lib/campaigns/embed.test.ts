import { describe, expect, it } from "vitest";
import { embedLines, renderEmbedHtml } from "./embed";

const view = {
  title: "Que las familias conserven su hogar",
  summary: "Pide un abogado gratuito.",
  organizationName: "Neighbors for Fair Housing",
  language: "es",
  isClosed: false,
  joined: 1234,
  letters: 412,
  goal: 1000,
  campaignUrl: "https://chorus.example/campaigns/demo",
};

describe("the campaign widget in Spanish", () => {
  it("counts in Spanish words and numbers", () => {
    expect(embedLines({ joined: 0, letters: 1, goal: null }, "es")).toEqual({
      joined: "Sé la primera persona en unirte",
      letters: "1 carta enviada",
    });
    expect(embedLines({ joined: 1234, letters: 412, goal: 1000 }, "es")).toEqual({
      joined: "1,234 personas se han unido",
      letters: "412 de 1,000 cartas enviadas",
    });
    // English stays as it was.
    expect(embedLines({ joined: 1234, letters: 412, goal: 1000 })).toEqual({
      joined: "1,234 people have joined",
      letters: "412 of 1,000 letters sent",
    });
  });

  it("speaks the reader's language and marks the campaign's words when they are in another", () => {
    const spanish = renderEmbedHtml({ ...view, locale: "es" });
    expect(spanish).toContain('<html lang="es">');
    expect(spanish).toContain("<h1>Que las familias conserven su hogar</h1>");
    expect(spanish).toContain(
      '>Pasa a la acción<span class="sr-only"> (se abre en una pestaña nueva)</span>',
    );
    const untranslated = renderEmbedHtml({
      ...view,
      title: "Keep families housed",
      language: "en",
      locale: "es",
    });
    expect(untranslated).toContain('<html lang="es">');
    expect(untranslated).toContain('<h1 lang="en">Keep families housed</h1>');
    const closed = renderEmbedHtml({ ...view, locale: "es", isClosed: true });
    expect(closed).toContain("Esta campaña terminó.");
    expect(closed).toContain("Mira lo que logró");
  });
});
