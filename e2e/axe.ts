import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

/** WCAG 2.0–2.2 A and AA rules, and axe's best practices (landmarks, headings), as axe tags them. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation, listing each rule with
 * the elements that break it (so the failure says what to fix). Minor and moderate findings are reported in the
 * returned list but do not fail the test. Also fails when a field marked aria-invalid names no error message.
 */
export async function expectAccessible(page: Page, label?: string): Promise<string[]> {
  // Next streams a dynamic page's <title> after its content: right after a navigation the heading can be there
  // before the title is. Wait for it (a page that never gets one still fails, here or in axe's document-title).
  await expect(page, `the title of ${label ?? page.url()}`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const describe = (violation: (typeof results.violations)[number]) =>
    `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes
      .slice(0, 5)
      .map((node) => node.target.join(" "))
      .join(", ")}`;
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map(describe), `axe on ${label ?? page.url()}`).toEqual([]);
  // Beyond axe: a field marked invalid names its error message (aria-describedby to visible text).
  const untied = await page.locator("[aria-invalid=true]").evaluateAll((fields) =>
    fields
      .filter((field) => {
        const ids = (field.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
        return !ids.some((id) => (document.getElementById(id)?.textContent ?? "").trim().length > 0);
      })
      .map((field) => field.getAttribute("name") ?? field.id),
  );
  expect(untied, `fields marked invalid without a tied message on ${label ?? page.url()}`).toEqual([]);
  const minor = results.violations.filter((v) => v.impact !== "serious" && v.impact !== "critical");
  // Reported in the test's attachments (not failures): worth fixing when someone is near.
  if (minor.length > 0) {
    test
      .info()
      .annotations.push({ type: "axe (minor, moderate)", description: minor.map(describe).join("\n") });
  }
  return results.violations.map(describe);
}
