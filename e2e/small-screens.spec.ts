import { expect, type Page, test } from "@playwright/test";
import { signInAsDemo } from "./sign-in";

// WCAG 1.4.10 (reflow): usable at 320 CSS px without scrolling sideways. 200% zoom of a 1280 px wide window
// lays pages out at 640 CSS px, so both widths are checked.
const PUBLIC_PAGES = [
  "/",
  "/campaigns/demo",
  "/campaigns/demo?zip=60062#write",
  "/campaigns/demo?zip=60062&district=IL-9#write",
  "/officials?zip=60623",
  "/groups",
  "/groups/casa-del-pueblo-tenants-union",
  "/sign-in",
  "/embed/campaigns/demo",
];

async function overflow(page: Page): Promise<{ scroll: number; client: number; wide: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${(el.getAttribute("class") ?? "").split(" ").slice(0, 3).join(".")}`,
      );
    return { scroll: root.scrollWidth, client: root.clientWidth, wide };
  });
}

for (const width of [320, 640]) {
  test(`no sideways scrolling at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 720 });
    for (const path of PUBLIC_PAGES) {
      await page.goto(path);
      const found = await overflow(page);
      expect(
        found.scroll,
        `${path} at ${width}px is ${found.scroll}px wide: ${found.wide.join(", ")}`,
      ).toBeLessThanOrEqual(found.client);
    }
  });
}

test("the organizer console and a supporter's account fit 320 px", async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 320, height: 720 });
  await signInAsDemo(page, "organizer", "/organize/neighbors-for-fair-housing");
  await page.goto("/organize/neighbors-for-fair-housing");
  await page
    .getByRole("link", { name: /Keep families housed/ })
    .first()
    .click();
  const builder = new URL(page.url()).pathname;
  for (const path of ["/account", "/organize/neighbors-for-fair-housing", builder, `${builder}/dashboard`]) {
    await page.goto(path);
    const found = await overflow(page);
    expect(found.scroll, `${path}: ${found.wide.join(", ")}`).toBeLessThanOrEqual(found.client);
  }
});

test("reduced motion is honoured", async ({ page }) => {
  const duration = () =>
    page.evaluate(() => {
      const probe = document.createElement("button");
      probe.style.transition = "color 2s";
      document.body.append(probe);
      const value = getComputedStyle(probe).transitionDuration;
      probe.remove();
      return value;
    });
  await page.goto("/campaigns/demo");
  expect(await duration()).toBe("2s");
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(Number.parseFloat(await duration())).toBeLessThan(0.001);
});
