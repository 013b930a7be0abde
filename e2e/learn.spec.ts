import { expect, test } from "@playwright/test";

test("the demo campaign teaches, quotes a tenant and can be shared, with only its own scripts", async ({
  page,
  context,
  baseURL,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/campaigns/demo");

  const voices = page.getByRole("region", { name: "Voices" });
  await expect(voices.locator("blockquote")).toContainText("the judge finally heard me");
  await expect(voices.locator("cite")).toHaveText("Maria, tenant in Pilsen");
  // The permission note is the organizer's record, never published.
  await expect(page.getByText(/Written permission/)).toHaveCount(0);

  const learn = page.getByRole("region", { name: "Learn" });
  const items = learn.getByRole("listitem");
  await expect(items).toHaveCount(2);
  // The community author's book comes first, and says so.
  await expect(items.first()).toContainText("From the community");
  await expect(
    items.first().getByRole("link", { name: "We Stayed: stories from eviction court" }),
  ).toHaveAttribute("href", "https://example.org/casa-del-pueblo/we-stayed");
  await expect(items.nth(1)).not.toContainText("From the community");

  // Headings in order: one h1, then h2 sections.
  const levels = await page
    .locator("article h1, article h2, article h3")
    .evaluateAll((nodes) => nodes.map((node) => Number(node.tagName.slice(1))));
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++)
    expect((levels[i] ?? 0) - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);

  const share = page.getByRole("region", { name: "Share" });
  const address = `${baseURL}/campaigns/demo`;
  await expect(share.getByRole("link", { name: "Share by email" })).toHaveAttribute(
    "href",
    new RegExp(`^mailto:\\?subject=.+&body=.*${encodeURIComponent(address)}`),
  );
  await expect(share.getByRole("link", { name: "Share by text message" })).toHaveAttribute(
    "href",
    /^sms:\?&body=/,
  );
  await expect(share.getByLabel("Link to this campaign")).toHaveValue(address);
  await share.getByRole("button", { name: "Copy link" }).click();
  await expect(share.getByText("Link copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);

  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Keep families housed/);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", address);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");

  const scripts = await page
    .locator("script[src]")
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).src));
  for (const src of scripts) expect(new URL(src).origin).toBe(new URL(address).origin);
  expect(violations).toEqual([]);
});
