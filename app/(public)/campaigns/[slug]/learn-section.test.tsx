import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { PublicResource, PublicVoice } from "@/lib/campaigns/content";
import { LearnSection, VoicesSection } from "./learn-section";
import { ShareSection } from "./share-section";

const resource = (overrides: Partial<PublicResource>): PublicResource => ({
  id: crypto.randomUUID(),
  title: "We Stayed",
  author: "Rosa Delgado",
  kind: "book",
  url: "https://example.org/we-stayed",
  byAffectedCommunity: false,
  note: "",
  language: "en",
  ...overrides,
});

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("the Learn section", () => {
  it("lists each resource with its kind, a link, its author, the community badge and the note", () => {
    const html = renderToStaticMarkup(
      createElement(LearnSection, {
        locale: "en",
        resources: [
          resource({ byAffectedCommunity: true, note: "By tenants who went to court." }),
          resource({ title: "Right to counsel, explained", author: "A legal aid group", kind: "article" }),
        ],
      }),
    );
    expect(html).toContain('<h2 id="learn-heading"');
    expect(html.match(/<li/g)).toHaveLength(2);
    expect(html).toContain('href="https://example.org/we-stayed"');
    expect(html.match(/From the community/g)).toHaveLength(1);
    expect(text(html)).toContain(
      "Book From the community We Stayed by Rosa Delgado By tenants who went to court.",
    );
    expect(text(html)).toContain("Article Right to counsel, explained by A legal aid group");
  });

  it("shows a link that is not https as plain text", () => {
    for (const url of [
      "javascript:alert(1)",
      "http://example.org/plain",
      "data:text/html,hi",
      "not a link",
    ]) {
      const html = renderToStaticMarkup(
        createElement(LearnSection, {
          locale: "en",
          resources: [resource({ title: "Careful", url })],
        }),
      );
      expect(html).not.toContain("<a ");
      expect(html).not.toContain(url.slice(0, 10));
      expect(text(html)).toContain("Careful");
    }
  });

  it("marks a resource in another language", () => {
    const html = renderToStaticMarkup(
      createElement(LearnSection, {
        locale: "en",
        resources: [resource({ language: "es" })],
      }),
    );
    expect(html).toContain('lang="es"');
  });

  it("for a Spanish reader, marks only an English resource's own words as English, not Chorus's Spanish ones", () => {
    const html = renderToStaticMarkup(
      createElement(LearnSection, {
        locale: "es",
        resources: [
          resource({ byAffectedCommunity: true, note: "By tenants who went to court." }),
          resource({ title: "Nos quedamos", language: "es" }),
        ],
      }),
    );
    expect(html).not.toMatch(/<(section|ul|li)\b[^>]* lang=/);
    expect(html.match(/ lang="en"/g)).toHaveLength(2);
    expect(html).toMatch(/<h3 lang="en"[^>]*><a[^>]*>We Stayed<\/a><\/h3>/);
    expect(html).toMatch(/<p lang="en"[^>]*>By tenants who went to court.<\/p>/);
    expect(html).toMatch(/<h3 class[^>]*>.*Nos quedamos/);
    expect(text(html)).toContain("Libro De la comunidad We Stayed");
  });

  it("is left out when there is nothing to learn from", () => {
    expect(renderToStaticMarkup(createElement(LearnSection, { locale: "en", resources: [] }))).toBe("");
  });
});

describe("the Voices section", () => {
  const voice: PublicVoice = {
    id: "v1",
    body: "With a lawyer, the judge finally heard me.",
    attribution: "Maria, tenant in Pilsen",
    language: "en",
  };

  it("quotes each voice with its attribution", () => {
    const html = renderToStaticMarkup(createElement(VoicesSection, { locale: "en", voices: [voice] }));
    expect(html).toContain('<h2 id="voices-heading"');
    expect(html).toMatch(/<blockquote[^>]*>With a lawyer, the judge finally heard me.<\/blockquote>/);
    expect(html).toMatch(/<cite[^>]*>Maria, tenant in Pilsen<\/cite>/);
  });

  it("is left out when nobody's words are shared", () => {
    expect(renderToStaticMarkup(createElement(VoicesSection, { locale: "en", voices: [] }))).toBe("");
  });
});

describe("the Share section", () => {
  it("offers email, a text message and the link to copy, with no scripts", () => {
    const html = renderToStaticMarkup(
      createElement(ShareSection, {
        title: "Keep families housed",
        summary: "A lawyer for every tenant.",
        url: "https://chorus.example/campaigns/demo",
        isClosed: false,
        locale: "en",
      }),
    );
    expect(html).toContain('href="mailto:?subject=Keep%20families%20housed&amp;body=');
    expect(html).toContain('href="sms:?&amp;body=');
    expect(html).toMatch(/<input[^>]*readOnly=""[^>]*value="https:\/\/chorus.example\/campaigns\/demo"/);
    expect(html).toMatch(/<label for="([^"]+)"[^>]*>Link to this campaign<\/label>.*id="\1"/s);
    expect(text(html)).toContain("Copy link");
    expect(html).not.toContain("<script");
  });
});
