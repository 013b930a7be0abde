import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  createNonce,
  EMBEDDABLE_PATHS,
  NOT_EMBEDDABLE_PATHS,
  pageSecurity,
  securityHeaders,
} from "./headers";

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

/** The script-src directive of a policy, as its tokens. */
const scriptSources = (policy: string) =>
  (policy.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "")
    .trim()
    .split(/\s+/);

describe("scripts", () => {
  it("never allows inline scripts without a nonce, in production or development", () => {
    for (const isProduction of [true, false]) {
      const sources = scriptSources(contentSecurityPolicy({ isProduction }));
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).toContain("'self'");
      const header = value(securityHeaders({ isProduction }), "Content-Security-Policy") ?? "";
      expect(scriptSources(header)).not.toContain("'unsafe-inline'");
    }
    expect(scriptSources(contentSecurityPolicy({ isProduction: true }))).toEqual(["script-src", "'self'"]);
  });

  it("a page rendered per request allows only its own nonce's scripts (and what they load)", () => {
    const sources = scriptSources(contentSecurityPolicy({ isProduction: true, nonce: "abc123==" }));
    expect(sources).toEqual(["script-src", "'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
  });

  it("gives every request a fresh, unguessable nonce, and tells Next through the request's headers", () => {
    const nonces = new Set(Array.from({ length: 100 }, () => createNonce()));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);

    // A client's own x-nonce or policy header is replaced, never trusted.
    const sent = new Headers({
      "x-nonce": "chosen",
      "content-security-policy": "script-src *",
      cookie: "a=1",
    });
    const { requestHeaders, policy, nonce } = pageSecurity(sent, { isProduction: true });
    expect(nonce).not.toBe("chosen");
    expect(requestHeaders.get("x-nonce")).toBe(nonce);
    expect(requestHeaders.get("content-security-policy")).toBe(policy);
    expect(requestHeaders.get("cookie")).toBe("a=1");
    expect(policy).toContain(`'nonce-${nonce}'`);
    expect(scriptSources(policy)).not.toContain("'unsafe-inline'");
    expect(pageSecurity(sent, { isProduction: true }).nonce).not.toBe(nonce);
  });
});
