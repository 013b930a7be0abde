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
    const links = shareLinks({
      title: "Keep families housed & safe",
      summary: "Ask for a right to counsel.",
      url: "https://chorus.example/campaigns/demo",
    });
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

describe("a closed campaign's results", () => {
  it("thanks people with what they did together", () => {
    expect(closedResultsLines({ joined: 1, letters: 1_204 }, "14 volunteers · $1,250 pledged")).toEqual([
      "Together, supporters sent 1,204 letters to officials.",
      "1 person joined this campaign.",
      "Pledged to community-led groups: 14 volunteers · $1,250 pledged.",
    ]);
  });

  it("says nothing it cannot count", () => {
    expect(closedResultsLines({ joined: 0, letters: 0 }, null)).toEqual([]);
    expect(closedResultsLines({ joined: 0, letters: 1 }, null)).toEqual([
      "Together, supporters sent 1 letter to officials.",
    ]);
  });
});
