import { randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { uniqueEmail } from "./fixtures";
import { signInAsDemo, signInByEmail } from "./sign-in";

const CASA_SLUG = "casa-del-pueblo-tenants-union";
const CASA = "Casa del Pueblo Tenants Union";
const EASTSIDE = "Eastside Mutual Aid";
const COLLECTIVE = "Disability Justice Collective";
const CASA_STATEMENT = "Led by tenants, most of them Latina mothers, who organize their own buildings.";

/**
 * The demo's group names in the order the directory lists them. Other suites add groups of their own to the same
 * database (the authorization matrix's, with no place, listed after these): only the demo's order is checked.
 */
async function listed(page: Page): Promise<string[]> {
  const names = await page
    .getByRole("main")
    .getByRole("article")
    .getByRole("heading", { level: 2 })
    .allInnerTexts();
  return names.filter((name) => [CASA, EASTSIDE, COLLECTIVE].includes(name));
}

test("the directory filters by focus area and puts groups nearest a ZIP code first", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Groups" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Community groups" })).toBeVisible();
  expect(await listed(page)).toEqual(expect.arrayContaining([CASA, EASTSIDE, COLLECTIVE]));

  await page.getByRole("combobox", { name: "Focus area" }).selectOption("food");
  await page.getByRole("button", { name: "Find groups" }).click();
  await expect(page).toHaveURL(/focus=food/);
  await expect.poll(() => listed(page)).toEqual([EASTSIDE]);

  // A Chicago ZIP: Chicago before Detroit, the remote group after both.
  await page.getByRole("combobox", { name: "Focus area" }).selectOption("housing");
  await page.getByLabel("Your ZIP code (optional)").fill("60608");
  await page.getByRole("button", { name: "Find groups" }).click();
  await expect(page.getByText("by congressional district, not street")).toBeVisible();
  await expect.poll(() => listed(page)).toEqual([CASA, EASTSIDE, COLLECTIVE]);
  const collective = page.getByRole("article", { name: COLLECTIVE });
  await expect(collective.getByText("Works remotely")).toBeVisible();
  await expect(collective.getByText("Remote", { exact: true })).toBeVisible();
  await expect(page.getByRole("article", { name: EASTSIDE }).getByText(/About \d+ miles away/)).toBeVisible();

  // A Detroit ZIP turns it round.
  await page.goto("/groups?zip=48201");
  await expect.poll(() => listed(page)).toEqual([EASTSIDE, CASA, COLLECTIVE]);

  // Not a ZIP code: said at the field, and the list stays.
  await page.getByLabel("Your ZIP code (optional)").fill("6062");
  await page.getByRole("button", { name: "Find groups" }).click();
  await expect(page.getByText("A ZIP code is 5 digits, like 60623.")).toBeVisible();
  await expect(page.getByLabel("Your ZIP code (optional)")).toHaveAttribute("aria-invalid", "true");
  expect(await listed(page)).toContain(CASA);

  // A search that finds nothing says so, accents and case ignored when it does.
  await page.goto("/groups?q=zzzz+nothing");
  await expect(page.getByText("No groups match “zzzz nothing”.")).toBeVisible();
  await page.goto("/groups?q=PUEBLÓ");
  await expect.poll(() => listed(page)).toEqual([CASA]);
  await page.getByRole("link", { name: CASA }).click();
  await expect(page).toHaveURL(new RegExp(`/groups/${CASA_SLUG}$`));
});

test("the directory fits a phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/groups?zip=60608");
  await expect(page.getByRole("article", { name: CASA })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("the coordinator edits the group's statement and sees it in the directory; others get a 404", async ({
  page,
  browser,
}) => {
  const note = `We meet on Tuesdays (${randomBytes(3).toString("hex")}).`;
  await signInAsDemo(page, "coordinator", "/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await page.getByRole("link", { name: `Manage this group: ${CASA}'s profile and members` }).click();
  await expect(page).toHaveURL(new RegExp(`/groups/${CASA_SLUG}/edit$`));
  await expect(page.getByRole("heading", { level: 1, name: "Edit your group's profile" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();

  const statement = page.getByLabel("Who leads the group");
  await statement.fill("");
  await page.getByLabel("Donation page (optional)").fill("http://example.org/give");
  await page.getByRole("button", { name: "Save the profile" }).click();
  await expect(page.getByText("Say in a sentence or two who leads the group.")).toBeVisible();
  await expect(statement).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("must be a full web address starting with https://")).toBeVisible();

  // Nothing was saved: the directory still shows the old statement.
  const other = await browser.newPage();
  await other.goto("/groups");
  await expect(other.getByRole("article", { name: CASA }).getByText(CASA_STATEMENT)).toBeVisible();

  // Keep the seeded words (other tests read them) and add a line of our own.
  await statement.fill(`${CASA_STATEMENT} ${note}`);
  await page.getByLabel("Donation page (optional)").fill("https://example.org/casa-del-pueblo/donate");
  await page.getByRole("button", { name: "Save the profile" }).click();
  await expect(page.getByText("Saved. Your group's page shows the changes now.")).toBeVisible();

  await other.goto("/groups");
  await expect(other.getByRole("article", { name: CASA }).getByText(note, { exact: false })).toBeVisible();

  // Someone who is not a member: the page does not exist for them.
  const stranger = await (await browser.newContext()).newPage();
  await signInByEmail(stranger, uniqueEmail("stranger"), "/account");
  await stranger.goto(`/groups/${CASA_SLUG}/edit`);
  await expect(stranger.getByRole("heading", { name: "We could not find that page" })).toBeVisible();

  // Put the seeded statement back.
  await statement.fill(CASA_STATEMENT);
  await page.getByRole("button", { name: "Save the profile" }).click();
  await expect(page.getByText("Saved. Your group's page shows the changes now.")).toBeVisible();
});
