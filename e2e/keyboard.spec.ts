import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { uniqueEmail, waitForEmail } from "./fixtures";

// The letter journey and a pledge with the keyboard alone: Tab, arrows, Enter, Space and typing. No clicks and
// no fill(); the only navigations the test makes itself are the first page and the emailed links.

type Focused = { tag: string; name: string; article: string; checked: boolean; outline: string };

async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body) return null;
    const label = el.labels?.[0]?.textContent ?? "";
    const name = el.getAttribute("aria-label") || label || el.textContent || "";
    const articleId = el.closest("article")?.getAttribute("aria-labelledby");
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      name: name.replace(/\s+/g, " ").trim(),
      article: articleId ? (document.getElementById(articleId)?.textContent ?? "") : "",
      checked: Boolean(el.checked),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    };
  });
}

/** Presses Tab until the focused element matches, and checks that its focus can be seen. */
async function tabTo(page: Page, want: { name: RegExp; tag?: string; article?: string }, max = 300) {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (!now) continue;
    seen.push(`${now.tag}:${now.name.slice(0, 40)}`);
    if (
      want.name.test(now.name) &&
      (!want.tag || now.tag === want.tag) &&
      (!want.article || now.article === want.article)
    ) {
      // Visible focus: the app's 3px outline (a :focus-visible rule), never removed.
      expect(now.outline, `focus ring on ${now.name}`).toMatch(/^solid (3|[4-9])(\.\d+)?px$/);
      return;
    }
  }
  throw new Error(
    `Tab never reached ${want.name} (${want.article ?? ""}); went through: ${seen.join(" | ")}`,
  );
}

/** In a radio group: arrow keys move and check, until the wanted radio is checked. */
async function arrowTo(page: Page, name: RegExp, max = 12) {
  for (let i = 0; i < max; i++) {
    const now = await focused(page);
    if (now && name.test(now.name) && now.checked) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`no radio ${name}`);
}

async function typeInto(page: Page, text: string) {
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
}

test("a new supporter writes a letter and pledges their skills with the keyboard alone", async ({ page }) => {
  test.setTimeout(90_000);
  const email = uniqueEmail("keyboard");
  await page.goto("/campaigns/demo");

  // The first stop is the skip link, shown when focused.
  await page.keyboard.press("Tab");
  expect((await focused(page))?.name).toBe("Skip to content");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeInViewport();

  await tabTo(page, { name: /^Your ZIP code$/, tag: "input" });
  await page.keyboard.type("60062");
  await page.keyboard.press("Enter");
  await expect(page.getByText("ZIP code 60062 is split between districts")).toBeVisible();

  await tabTo(page, { name: /IL-\d+/, tag: "input" });
  await arrowTo(page, /IL-9/);
  await tabTo(page, { name: /^Continue$/, tag: "button" });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Your letter goes to" })).toBeVisible();

  await tabTo(page, { name: /^Why this matters to you$/, tag: "textarea" });
  await typeInto(page, `I typed this with the keyboard alone (${email}).`);
  await tabTo(page, { name: /^First name$/ });
  await typeInto(page, "Kay");
  await tabTo(page, { name: /^Last name$/ });
  await typeInto(page, "Board");
  await tabTo(page, { name: /^Email/ });
  await page.keyboard.type(email);
  await tabTo(page, { name: /^Continue: confirm by email$/, tag: "button" });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const confirmation = await waitForEmail(email, /^Confirm your letter/);
  const link = confirmation.text?.match(/http:\/\/localhost:3100\/letters\/confirm\/[A-Za-z0-9_-]+/)?.[0];
  await page.goto(link ?? "");
  await expectAccessible(page, "confirm your letter");
  await tabTo(page, { name: /^Confirm and send my letter$/, tag: "button" });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Your letter" })).toBeVisible();
  // The receipt thanks them and offers a sentence to pass on, reachable by keyboard too.
  await expect(
    page.getByText(/I just wrote to my elected officials for “Keep families housed/),
  ).toBeVisible();
  await tabTo(page, { name: /^Send by email$/, tag: "a" });
  await expectAccessible(page, "letter receipt");

  // A pledge: confirming signed them in, so the forms are there. Skills, not a gift: other specs read the
  // campaign's dollar total.
  await page.goto("/campaigns/demo#help");
  const SKILLS = "Spanish translation of tenant guides";
  await tabTo(page, { name: /^Your name/, article: SKILLS });
  await typeInto(page, "Kay Board");
  await tabTo(page, { name: /^Hours you can give/, article: SKILLS });
  await typeInto(page, "2");
  await tabTo(page, { name: /^Offer my time$/, tag: "button", article: SKILLS });
  await page.keyboard.press("Enter");
  const skills = page.getByRole("article", { name: SKILLS });
  await expect(skills.getByText("Thank you for offering your skills!", { exact: false })).toBeVisible();
  await expect(skills.getByText(/I just pledged to help the community groups behind/)).toBeVisible();
  await expectAccessible(page, "pledge thank-you");
});
