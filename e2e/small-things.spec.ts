import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { signInAsDemo } from "./sign-in";

// Issue 20, item 10: what a person notices on a phone: the menu on one line, "Campaigns" leading to the
// campaigns, a favicon, and no button that needs JavaScript on a page read without it.

const PHONE = { width: 390, height: 844 };

/** The tops of the menu's parts (the mark and each item), rounded: one line when they are all the same. */
async function menuLines(page: Page): Promise<number> {
  const nav = page.getByRole("navigation", { name: /^(Main|Principal)$/ });
  const tops = await nav.locator(":scope > a, :scope > ul > li").evaluateAll((items) =>
    items
      .filter((item) => (item as HTMLElement).offsetParent !== null)
      .map((item) => {
        const box = item.getBoundingClientRect();
        return Math.round(box.top + box.height / 2);
      }),
  );
  expect(tops.length).toBeGreaterThanOrEqual(5);
  const first = tops[0] ?? 0;
  return new Set(tops.map((top) => (Math.abs(top - first) <= 4 ? first : top))).size;
}

test("the menu fits one line on a phone, signed out and signed in, in English and Spanish", async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto("/");
  expect(await menuLines(page)).toBe(1);
  const nav = page.getByRole("navigation", { name: "Main" });
  // Short words on the phone, the same names for a screen reader where they matter.
  await expect(nav.getByRole("link", { name: "Officials" })).toBeVisible();
  await expect(nav.getByRole("button", { name: "Español" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Chorus" })).toBeVisible();

  await page
    .context()
    .addCookies([{ name: "chorus_lang", value: "es", url: baseURL ?? "http://localhost:3100" }]);
  await page.goto("/");
  expect(await menuLines(page)).toBe(1);
  await page.context().clearCookies({ name: "chorus_lang" });

  await signInAsDemo(page, "coordinator", "/account");
  expect(await menuLines(page)).toBe(1);
  // "Sign out" has no room in the phone's menu; the account page has it.
  await expect(page.getByRole("main").getByRole("link", { name: "Sign out" })).toBeVisible();

  // At 1280 px the full words are back.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(nav.getByRole("link", { name: "Your officials" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Sign out" })).toBeVisible();
});

test("Campaigns in the menu leads to a list of the published campaigns", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/groups");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Campaigns" }).click();
  await expect(page).toHaveURL(/\/campaigns$/);
  await expect(page.getByRole("heading", { level: 1, name: "Campaigns" })).toBeVisible();
  const demo = page
    .getByRole("heading", { level: 2 })
    .getByRole("link", { name: "Keep families housed: a right to counsel for tenants", exact: true });
  await expect(demo).toBeVisible();
  await expectAccessible(page, "/campaigns");
  await demo.click();
  await expect(page).toHaveURL(/\/campaigns\/demo$/);
});

test("a favicon on every page", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('head link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await request.get(href ?? "");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("no Copy button, and the address is there to select", async ({ page }) => {
    await page.goto("/campaigns/demo");
    const share = page.getByRole("region", { name: "Share" });
    await expect(share.getByRole("link", { name: "Share by email" })).toBeVisible();
    await expect(share.getByRole("textbox", { name: "Link to this campaign" })).toBeVisible();
    await expect(share.getByRole("button", { name: "Copy link" })).toHaveCount(0);
  });
});

test("with JavaScript, the Copy button is there", async ({ page }) => {
  await page.goto("/campaigns/demo");
  await expect(
    page.getByRole("region", { name: "Share" }).getByRole("button", { name: "Copy link" }),
  ).toBeVisible();
});
