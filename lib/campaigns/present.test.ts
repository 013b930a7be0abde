import { describe, expect, it } from "vitest";
import { campaignUrl, closedResultsLines, httpsUrl, shareLinks } from "./present";

describe("links on a campaign page", () => {
  it("keeps only https links", () => {
    expect(httpsUrl("https://example.org/book")).toBe("https://example.org/book");
    expect(httpsUrl(" https://example.org/a b ")).toBe("https://example.org/a%20b");
    expect(httpsUrl("http://example.org/book")).toBeNull();
    expect(httpsUrl("javascript:alert(1)")).toBeNull();
    expect(httpsUrl("data:text/html,hi")).toBeNull();
    expect(httpsUrl("https://localhost/x")).toBeNull();
    expect(httpsUrl("example.org")).toBeNull();
    expect(httpsUrl("")).toBeNull();
    expect(httpsUrl(null)).toBeNull();
  });

  it("builds the campaign's address from the app's", () => {
    expect(campaignUrl("https://chorus.example/", "demo")).toBe("https://chorus.example/campaigns/demo");
  });

  it("shares by email and text message with the title, summary and address", () => {
    const links = shareLinks(
      {
        title: "Keep families housed & safe",
        summary: "Ask for a right to counsel.",
        url: "https://chorus.example/campaigns/demo",
      },
      "en",
    );
    expect(links.email.startsWith("mailto:?subject=Keep%20families%20housed%20%26%20safe&body=")).toBe(true);
    const body = decodeURIComponent(links.email.split("&body=")[1] ?? "");
    expect(body).toBe(
      "Ask for a right to counsel.\n\nI joined this campaign. Will you add your voice?\nhttps://chorus.example/campaigns/demo",
    );
    expect(links.sms).toBe(
      `sms:?&body=${encodeURIComponent("Keep families housed & safe: https://chorus.example/campaigns/demo")}`,
    );
  });
});

describe("sharing from a Spanish page", () => {
  it("asks in Spanish, with what the organizers wrote as they wrote it", () => {
    const links = shareLinks(
      { title: "Keep families housed", summary: "Ask.", url: "https://c.example/x" },
      "es",
    );
    expect(decodeURIComponent(links.email.split("&body=")[1] ?? "")).toBe(
      "Ask.\n\nMe uní a esta campaña. ¿Sumas tu voz?\nhttps://c.example/x",
    );
  });
});

describe("a closed campaign's results", () => {
  it("thanks people with what they did together", () => {
    expect(closedResultsLines({ joined: 1, letters: 1_204 }, "14 volunteers · $1,250 pledged", "en")).toEqual(
      [
        "Together, supporters sent 1,204 letters to officials.",
        "1 person joined this campaign.",
        "Pledged to community-led groups: 14 volunteers · $1,250 pledged.",
      ],
    );
  });

  it("thanks people in Spanish, with Spanish numbers", () => {
    expect(closedResultsLines({ joined: 12_000, letters: 1 }, "3 voluntarios", "es")).toEqual([
      "Juntos, los simpatizantes enviaron 1 carta a sus representantes.",
      "12,000 personas se unieron a esta campaña.",
      "Ofrecido a grupos comunitarios: 3 voluntarios.",
    ]);
  });

  it("says nothing it cannot count", () => {
    expect(closedResultsLines({ joined: 0, letters: 0 }, null, "en")).toEqual([]);
    expect(closedResultsLines({ joined: 0, letters: 1 }, null, "en")).toEqual([
      "Together, supporters sent 1 letter to officials.",
    ]);
  });
});
