import { describe, expect, it } from "vitest";
import { linkOnAppUrl } from "./link";
import { safeRedirectPath } from "./redirect";

describe("safeRedirectPath", () => {
  it.each(["/account", "/campaigns/demo?x=1"])("keeps same-site path %s", (path) => {
    expect(safeRedirectPath(path)).toBe(path);
  });
  it.each([
    "//evil.example",
    "https://evil.example",
    "/\\evil.example",
    "",
    undefined,
    "account",
    "/.//evil.example",
    "/a/..//evil.example",
    "/%2e%2e//evil.example",
    "/\t/evil.example",
    "https:evil.example",
    `/${"a".repeat(3000)}`,
  ])("replaces %s with the fallback", (path) => {
    expect(safeRedirectPath(path)).toBe("/account");
  });
});

describe("linkOnAppUrl", () => {
  it("points a magic link at APP_URL whatever host the request named", () => {
    expect(
      linkOnAppUrl("http://evil.example/api/auth/callback/resend?token=abc", "https://chorus.example.org"),
    ).toBe("https://chorus.example.org/api/auth/callback/resend?token=abc");
  });
});
