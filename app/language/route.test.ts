import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { POST } from "./route";

function switchTo(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return POST(
    new Request(`${env.appUrl}/language`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}

describe("POST /language", () => {
  it("goes back to a path on this site, with its query and fragment", async () => {
    const response = await switchTo({ to: "es", back: "/campaigns/demo?zip=60623#write" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/campaigns/demo?zip=60623#write");
    expect(response.headers.get("set-cookie")).toContain("chorus_lang=es");
  });

  it("goes back to the Referer's path when it is this site", async () => {
    const response = await switchTo({ to: "es" }, { referer: `${env.appUrl}/groups?q=casa` });
    expect(response.headers.get("location")).toBe("/groups?q=casa");
  });

  it.each([
    "//evil.example",
    "/.//evil.example",
    "/./..//evil.example",
    "/a/..//evil.example",
    "/%2e%2e//evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\u00a0/evil.example",
    "https:evil.example",
    "https://evil.example/",
    "http:/evil.example",
    "//evil.example/%2f..",
    "javascript:alert(1)",
    " //evil.example",
    "evil.example",
  ])("never sends anyone to another site: back=%j", async (back) => {
    const response = await switchTo({ to: "es", back });
    const location = response.headers.get("location") ?? "";
    expect(location).toMatch(/^\/(?![/\\])/);
    expect(new URL(location, "https://chorus.example.org").origin).toBe("https://chorus.example.org");
  });

  it("keeps encoded slashes as a path on this site", async () => {
    const response = await switchTo({ to: "es", back: "/%2F%2Fevil.example" });
    expect(response.headers.get("location")).toBe("/%2F%2Fevil.example");
  });

  it.each([
    ["from Referer", { referer: "https://evil.example/page" }],
    ["from a Referer on this site that resolves elsewhere", { referer: `${env.appUrl}//evil.example` }],
  ])("ignores a Referer %s", async (_what, headers) => {
    const response = await switchTo({ to: "es" }, headers);
    expect(response.headers.get("location")).toBe("/");
  });

  it("does not copy an unbounded back into Location", async () => {
    const response = await switchTo({ to: "es", back: `/campaigns/demo?${"a".repeat(5000)}` });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/");
  });

  it("refuses a body larger than the switch sends (413), reading no further", async () => {
    const response = await switchTo({ to: "es", back: `/${"a".repeat(20_000)}` });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("TOO_LARGE");
  });
});
