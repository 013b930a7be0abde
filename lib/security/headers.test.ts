import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, EMBEDDABLE_PATHS, NOT_EMBEDDABLE_PATHS, securityHeaders } from "./headers";

const value = (headers: { key: string; value: string }[], key: string) =>
  headers.find((header) => header.key === key)?.value;

describe("framing", () => {
  it("denies framing everywhere by default", () => {
    const headers = securityHeaders({ isProduction: true });
    expect(value(headers, "Content-Security-Policy")).toContain("frame-ancestors 'none'");
    expect(value(headers, "X-Frame-Options")).toBe("DENY");
  });

  it("lets any site frame the widget, and changes nothing else in its policy", () => {
    const headers = securityHeaders({ isProduction: true, isEmbeddable: true });
    expect(value(headers, "Content-Security-Policy")).toContain("frame-ancestors *");
    expect(value(headers, "X-Frame-Options")).toBeUndefined();
    expect(contentSecurityPolicy({ isProduction: true, isEmbeddable: true })).toBe(
      contentSecurityPolicy({ isProduction: true }).replace("frame-ancestors 'none'", "frame-ancestors *"),
    );
  });

  it("splits paths between the two rules", () => {
    expect(EMBEDDABLE_PATHS).toBe("/embed/:path+");
    // The source next.config gives every other path: a negative lookahead on "embed/".
    const notEmbeddable = new RegExp(`^/${NOT_EMBEDDABLE_PATHS.slice("/:path(".length, -1)}$`);
    for (const path of ["/", "/campaigns/demo", "/account", "/embedded", "/campaigns/embed/x"]) {
      expect(notEmbeddable.test(path), path).toBe(true);
    }
    expect(notEmbeddable.test("/embed/campaigns/demo")).toBe(false);
  });
});
