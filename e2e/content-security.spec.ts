import { expect, type Page, type Response, test } from "@playwright/test";
import { appUnderTest } from "./app-under-test";
import { signInAsDemo } from "./sign-in";

// Pages Next renders per request carry a fresh nonce, and their policy allows no other inline script
// (lib/security/headers.ts, proxy.ts). Lite campaign pages, the ones a cache keeps, allow none at all
// (e2e/lite-page.spec.ts).

/** Anything the Content-Security-Policy refused, and any script error. */
function watchRefusals(page: Page): string[] {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  page.on("pageerror", (error) => refused.push(String(error)));
  return refused;
}

/** The one policy header of an answer, and its script sources. */
async function policyOf(response: Response | null): Promise<{ policy: string; scripts: string[] }> {
  const policies = ((await response?.headersArray()) ?? []).filter(
    (header) => header.name.toLowerCase() === "content-security-policy",
  );
  // One policy: a second one (next.config's, without the nonce) would be enforced too and block Next's scripts.
  expect(policies).toHaveLength(1);
  const policy = policies[0]?.value ?? "";
  const scripts = (policy.split(";").find((d) => d.trim().startsWith("script-src")) ?? "")
    .trim()
    .split(/\s+/);
  return { policy, scripts };
}

test("a signed-in page has its own nonce, no 'unsafe-inline' for scripts, and its form works with JavaScript", async ({
  page,
}) => {
  const refused = watchRefusals(page);
  const first = await policyOf(await signInAndOpen(page));
  const nonce = first.scripts.find((source) => source.startsWith("'nonce-"))?.slice(7, -1) ?? "";
  expect(nonce).not.toBe("");
  expect(first.scripts).not.toContain("'unsafe-inline'");
  expect(first.scripts).toContain("'strict-dynamic'");

  // Every script in the page as sent carries this request's nonce (scripts those load later need none:
  // 'strict-dynamic').
  const served = await (await page.request.get("/account")).text();
  const servedTags = served.match(/<script\b[^>]*>/g) ?? [];
  expect(servedTags.length).toBeGreaterThan(0);
  for (const tag of servedTags) expect(tag).toMatch(/\snonce="[^"]+"/);

  // The profile form saves through React (no page load): the page's scripts ran under the policy.
  let loads = 0;
  page.on("load", () => {
    loads++;
  });
  await page.getByLabel("Your name").fill("Demo Organizer");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").getByText("Saved.")).toBeVisible();
  expect(loads).toBe(0);
  expect(refused).toEqual([]);

  // The next request gets another nonce.
  const again = await policyOf(await page.reload());
  expect(again.policy).not.toContain(nonce);
});

async function signInAndOpen(page: Page): Promise<Response | null> {
  await signInAsDemo(page, "organizer", "/sign-in");
  return page.goto("/account");
}

test("sign-in and public pages rendered by Next get a nonce; route handlers and the widget allow no inline script", async ({
  page,
  request,
}) => {
  const refused = watchRefusals(page);
  // From `npm start`, a signed-out campaign page is the lite one (below), which allows no inline script at all.
  const nextRendered = ["/sign-in", "/groups"];
  if (appUnderTest().server === "next") nextRendered.push("/campaigns/demo");
  for (const path of nextRendered) {
    const { scripts } = await policyOf(await page.goto(path));
    expect(
      scripts.some((source) => source.startsWith("'nonce-")),
      path,
    ).toBe(true);
    expect(scripts, path).not.toContain("'unsafe-inline'");
  }
  expect(refused).toEqual([]);

  const noInline = ["/api/officials?zip=60623", "/embed/campaigns/demo"];
  if (appUnderTest().server === "launcher") noInline.push("/campaigns/demo");
  for (const path of noInline) {
    const response = await request.get(path);
    const policy = response.headers()["content-security-policy"] ?? "";
    expect(policy, path).toMatch(/script-src 'self';/);
    expect(policy, path).not.toContain("'nonce-");
  }
});
