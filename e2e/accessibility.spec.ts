import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { uniqueEmail } from "./fixtures";
import { signInAsDemo, signInByEmail } from "./sign-in";

// Every page the journeys visit, in each state a person meets (empty, with errors, after acting), checked with
// axe-core (WCAG A/AA and best practices): no serious or critical violation anywhere.

const ORG = "neighbors-for-fair-housing";
const GROUP = "casa-del-pueblo-tenants-union";

/** Opens the page and runs axe; `status: null` for pages whose answer to a made-up token is not the point. */
async function check(page: Page, path: string, status: number | null = 200) {
  const response = await page.goto(path);
  if (status !== null) expect(response?.status(), path).toBe(status);
  await expectAccessible(page, path);
}

/** Links on the current page whose path matches, without duplicates. */
async function hrefs(page: Page, pattern: RegExp): Promise<string[]> {
  const all = await page
    .locator("a[href]")
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return [...new Set(all.filter((path) => pattern.test(path)))];
}

test("public pages, signed out", async ({ page }) => {
  // Many pages, each checked by axe: on a busy two-core machine this took 1.6 min (issue 19 added pages to it).
  test.setTimeout(180_000);
  for (const path of [
    "/",
    "/campaigns/demo",
    "/campaigns/demo?zip=60062#write",
    "/campaigns/demo?zip=60062&district=IL-9#write",
    "/campaigns/demo?zip=123#write",
    "/campaigns/demo/join",
    "/officials",
    "/officials?zip=60062",
    "/officials?zip=60623&district=IL-7",
    "/groups",
    "/groups?zip=60608",
    "/groups?q=zzzz+nothing",
    `/groups/${GROUP}`,
    "/sign-in",
    "/sign-in/check-email",
  ]) {
    // The join page sends signed-out people to sign in first.
    await check(page, path);
  }
  await check(page, "/campaigns/no-such-campaign", 404);
  // An unknown reply link explains itself.
  await check(page, "/letters/replies/not-a-token");
  await check(page, "/embed/campaigns/demo");
  await check(page, "/account-deleted");
  await check(page, "/unsubscribe/not-a-token", null);
  await check(page, "/letters/confirm/not-a-token", null);
});

test("public forms, signed out, with their error states", async ({ page }) => {
  // Apart from the tour above, so the two run side by side (together they took over 3 min on a busy machine).
  test.setTimeout(120_000);
  // A letter sent with nothing filled in: every error is tied to its field and announced.
  await page.goto("/campaigns/demo?zip=60062&district=IL-9#write");
  // Blank but for spaces: past the browser's own check, refused by the server.
  await page.getByLabel("First name").fill("   ");
  await page.getByLabel("Last name").fill("Lovelace");
  await page.getByLabel(/^Email/).fill(uniqueEmail("a11y-errors"));
  await page.getByRole("button", { name: "Continue: confirm by email" }).click();
  await expect(page.getByLabel("First name")).toHaveAttribute("aria-invalid", "true");
  const describedBy = await page.getByLabel("First name").getAttribute("aria-describedby");
  expect(describedBy).toBeTruthy();
  await expect(page.locator(`[id="${describedBy?.split(" ").at(-1)}"]`)).not.toBeEmpty();
  // …and the form's live region says what happened.
  const letterForm = page.locator("form", { has: page.getByLabel("First name") });
  await expect(letterForm.locator("[role=status][aria-live=polite]")).not.toBeEmpty();
  await expectAccessible(page, "letter form with errors");

  // Joining with a malformed address: the error sits on the field.
  await page.goto("/campaigns/demo");
  await page.getByLabel("Your email").fill("not-an-address");
  await page.getByRole("button", { name: "Join this campaign" }).click();
  await expect(page.getByLabel("Your email")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "join form with an error");

  // The sign-in form after a sent link.
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(uniqueEmail("a11y"));
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expectAccessible(page, "check your email");
});

test("a supporter's pages: account, pledges, privacy, a letter receipt and its share prompt", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInByEmail(page, uniqueEmail("a11y-supporter"));
  for (const path of [
    "/account",
    "/account/pledges",
    "/account/privacy",
    "/account/journey",
    "/campaigns/demo",
    "/sign-out",
  ]) {
    await check(page, path);
  }

  // A gift with an error (nothing recorded), then an offer of skills: the thank-you with its sentence to share.
  // (Skills, not a gift: other specs read the campaign's dollar total.)
  await page.goto("/campaigns/demo#help");
  const gift = page.getByRole("article", { name: "Fund court accompaniment" });
  await gift.getByRole("button", { name: "Pledge my gift" }).click();
  await expect(gift.getByText("Please choose or enter an amount.")).toBeVisible();
  await expectAccessible(page, "pledge form with an error");
  const skills = page.getByRole("article", { name: "Spanish translation of tenant guides" });
  await skills.getByLabel("Your name").fill("Ada Lovelace");
  await skills.getByRole("button", { name: "Offer my time" }).click();
  await expect(skills.getByText("Pass it on: ask someone you know to help too")).toBeVisible();
  await expectAccessible(page, "pledge thank-you");

  // A letter, signed in: straight to its receipt with the sentence to share.
  await page.goto("/campaigns/demo?zip=60623&district=IL-4#write");
  await page.getByLabel("First name").fill("Ada");
  await page.getByLabel("Last name").fill("Lovelace");
  await page.getByRole("button", { name: "Send my letter" }).click();
  await expect(page.getByRole("heading", { name: "Your letter" })).toBeVisible();
  await expect(page.getByText("Pass it on: ask someone you know to write too")).toBeVisible();
  await expectAccessible(page, "letter receipt");
});

test("the organizer console", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAsDemo(page, "organizer", `/organize/${ORG}`);
  await check(page, "/organize");
  await check(page, `/organize/${ORG}`);
  const campaigns = await hrefs(page, new RegExp(`^/organize/${ORG}/campaigns/[0-9a-f-]{36}$`));
  expect(campaigns.length).toBeGreaterThan(0);
  const builder = campaigns[0] ?? "";
  for (const path of [builder, `${builder}?zip=60623`, `${builder}/dashboard`, `${builder}/updates`]) {
    await check(page, path);
  }
  await check(page, "/organize/invites/not-a-token", null);
});

test("a group's coordinator: dashboard, a shift's roster, new option, profile", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAsDemo(page, "coordinator", `/groups/${GROUP}/dashboard`);
  await check(page, `/groups/${GROUP}/dashboard`);
  const options = await hrefs(page, new RegExp(`^/groups/${GROUP}/dashboard/options/[0-9a-f-]{36}$`));
  expect(options.length).toBeGreaterThan(0);
  for (const path of [
    options[0] ?? "",
    `${options[0]}/edit`,
    `/groups/${GROUP}/dashboard/options/new`,
    `/groups/${GROUP}/edit`,
  ]) {
    await check(page, path);
  }
});

test("the check itself fails on a serious violation (so a pass means something)", async ({ page }) => {
  await page.setContent(
    `<!doctype html><html lang="en"><title>t</title><body><main><h1>Form</h1>
     <input name="email"><p style="color:#bbb;background:#fff">faint text</p></main></body></html>`,
  );
  const error = await expectAccessible(page, "a broken page").then(
    () => null,
    (thrown: Error) => thrown.message,
  );
  expect(error).toContain("critical label");
  expect(error).toContain("serious color-contrast");

  await page.setContent(
    `<!doctype html><html lang="en"><title>t</title><body><main><h1>Form</h1>
     <label for="e">Email</label><input id="e" name="email" aria-invalid="true"></main></body></html>`,
  );
  const untied = await expectAccessible(page, "an untied error").then(
    () => null,
    (thrown: Error) => thrown.message,
  );
  expect(untied).toContain("fields marked invalid without a tied message");
});
