import { describe, expect, it } from "vitest";
import { embedCode, embedUrl, messageShareLinks, shareSentence } from "./amplify";
import { embedLines, renderEmbedHtml } from "./embed";
import { cardLines, cardText } from "./og-card";

const campaign = { title: "Keep families housed", url: "https://chorus.example/campaigns/demo" };

describe("the sentence people pass on after acting", () => {
  it("says what they did, asks, and ends with the address", () => {
    expect(shareSentence("letter", campaign, "en")).toBe(
      "I just wrote to my elected officials for “Keep families housed”. It takes a few minutes: will you add your voice? https://chorus.example/campaigns/demo",
    );
    expect(shareSentence("pledge", campaign, "en")).toMatch(
      /^I just pledged to help .*“Keep families housed”/,
    );
    expect(shareSentence("join", campaign, "en")).toMatch(/^I just joined “Keep families housed”\./);
    for (const act of ["letter", "pledge", "join"] as const) {
      expect(shareSentence(act, campaign, "en").endsWith(campaign.url)).toBe(true);
    }
  });

  it("says it in Spanish for a Spanish page", () => {
    expect(shareSentence("letter", campaign, "es")).toBe(
      "Acabo de escribir a mis funcionarios electos por “Keep families housed”. Solo toma unos minutos: ¿sumas tu voz? https://chorus.example/campaigns/demo",
    );
    expect(shareSentence("join", campaign, "es")).toMatch(/^Acabo de unirme a “Keep families housed”\./);
  });

  it("puts the whole sentence in the email and text message, encoded", () => {
    const sentence = shareSentence("letter", { ...campaign, title: "Rent & repairs?" }, "en");
    const links = messageShareLinks("Rent & repairs?", sentence);
    expect(links.email).toBe(`mailto:?subject=Rent%20%26%20repairs%3F&body=${encodeURIComponent(sentence)}`);
    expect(decodeURIComponent(links.sms.replace("sms:?&body=", ""))).toBe(sentence);
  });
});

describe("the campaign widget", () => {
  it("has its own address and an iframe snippet that cannot break out of its attributes", () => {
    expect(embedUrl("https://chorus.example/", "demo")).toBe("https://chorus.example/embed/campaigns/demo");
    const code = embedCode("https://chorus.example", { slug: "demo", title: 'Say "no" <now> & here' });
    expect(code).toContain('src="https://chorus.example/embed/campaigns/demo"');
    expect(code).toContain('title="Campaign: Say &quot;no&quot; &lt;now&gt; &amp; here"');
    expect(code).not.toContain("<script");
  });

  it("titles the snippet in the language chosen for it, and can fix the widget to that language", () => {
    const campaign = { slug: "demo", title: "Que las familias conserven su hogar" };
    const followsVisitors = embedCode("https://chorus.example", campaign, "es");
    expect(followsVisitors).toContain('src="https://chorus.example/embed/campaigns/demo"');
    expect(followsVisitors).toContain('title="Campaña: Que las familias conserven su hogar" lang="es"');
    const pinned = embedCode("https://chorus.example", campaign, "es", true);
    expect(pinned).toContain('src="https://chorus.example/embed/campaigns/demo?lang=es"');
    expect(pinned).toContain('lang="es"');
    expect(embedCode("https://chorus.example", { slug: "demo", title: "Keep" })).toContain(
      'title="Campaign: Keep" lang="en"',
    );
  });

  it("counts in plain words", () => {
    expect(embedLines({ joined: 0, letters: 0, goal: null })).toEqual({
      joined: "Be the first to join",
      letters: "0 letters sent",
    });
    expect(embedLines({ joined: 1, letters: 1, goal: null })).toEqual({
      joined: "1 person has joined",
      letters: "1 letter sent",
    });
    expect(embedLines({ joined: 1234, letters: 412, goal: 1000 })).toEqual({
      joined: "1,234 people have joined",
      letters: "412 of 1,000 letters sent",
    });
  });

  const view = {
    title: "<script>alert(1)</script>",
    summary: 'A "quoted" & <b>bold</b> summary',
    organizationName: "Neighbors",
    language: "en",
    isClosed: false,
    joined: 3,
    letters: 1500,
    goal: 1000,
    campaignUrl: "https://chorus.example/campaigns/demo",
  };

  it("escapes what organizers typed, has no script, and opens the campaign in a new tab", () => {
    const html = renderEmbedHtml(view);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>");
    expect(html).toContain("A &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt; summary");
    expect(html).toMatch(
      /<a class="action" href="https:\/\/chorus.example\/campaigns\/demo" target="_blank" rel="noopener">Take action/,
    );
    // Past the goal, the bar stays full rather than overflowing.
    expect(html).toContain('<progress max="1000" value="1000"');
    expect(html).toContain("1,500 of 1,000 letters sent");
  });

  it("says a closed campaign has closed, and has no bar without a goal", () => {
    const html = renderEmbedHtml({ ...view, isClosed: true, goal: null });
    expect(html).toContain("This campaign has closed.");
    expect(html).not.toContain("Take action");
    expect(html).not.toContain("<progress");
  });
});

describe("the link-preview card's text", () => {
  it("drops emoji (next/og would download them) and control characters, and shortens at a word", () => {
    expect(cardText("Housing 🏠 for all 👩🏽‍👧\u0007 now", 80)).toBe("Housing for all now");
    expect(cardText("Vivienda digna para todas las familias", 20)).toBe("Vivienda digna para…");
    expect(Array.from(cardText("x".repeat(300), 110))).toHaveLength(110);
  });

  it("sums up the counts", () => {
    const base = { title: "T", summary: "S", organizationName: "O", goal: 100 };
    expect(cardLines({ ...base, isClosed: false, joined: 2, letters: 5 }, "en").counts).toBe(
      "2 people have joined · 5 of 100 letters sent",
    );
    expect(cardLines({ ...base, goal: null, isClosed: false, joined: 0, letters: 0 }, "en").counts).toBe(
      "Be the first to add your voice",
    );
    expect(cardLines({ ...base, isClosed: false, joined: 0, letters: 0 }, "en").counts).toBe(
      "Be the first to add your voice",
    );
    expect(cardLines({ ...base, isClosed: true, joined: 2, letters: 5 }, "en").counts).toBe(
      "Closed · 5 of 100 letters sent",
    );
  });

  it("sums up the counts in Spanish, with Spanish numbers", () => {
    const base = { title: "T", summary: "S", organizationName: "O", goal: 10_000 };
    expect(cardLines({ ...base, isClosed: false, joined: 1, letters: 1_234 }, "es").counts).toBe(
      "1 persona se ha unido · 1,234 de 10,000 cartas enviadas",
    );
    expect(cardLines({ ...base, goal: null, isClosed: true, joined: 2, letters: 1 }, "es").counts).toBe(
      "Terminada · 1 carta enviada",
    );
  });

  it("draws the same counts as the widget in English", () => {
    for (const view of [
      { joined: 0, letters: 3, goal: null },
      { joined: 1, letters: 1, goal: null },
      { joined: 1_500, letters: 12_345, goal: 20_000 },
    ]) {
      const lines = embedLines(view);
      const card = cardLines(
        { title: "T", summary: "S", organizationName: "O", isClosed: false, ...view },
        "en",
      );
      expect(card.counts).toBe(view.joined > 0 ? `${lines.joined} · ${lines.letters}` : lines.letters);
    }
  });
});
