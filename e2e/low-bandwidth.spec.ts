import { expect, test } from "@playwright/test";
import { emailsTo, uniqueEmail, waitForEmail } from "./fixtures";

// With JavaScript off (or before it arrives on a slow line), the campaign page reads in full and its forms post
// to server actions the plain HTML way.
test.use({ javaScriptEnabled: false });

test("the campaign page reads in full with JavaScript off", async ({ page, baseURL }) => {
  await page.goto("/campaigns/demo");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Keep families housed");
  for (const section of ["Why this matters", "Voices", "Learn", "Take action", "Ways to help", "Share"]) {
    await expect(page.getByRole("heading", { name: section, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "Voices" }).locator("blockquote")).toBeVisible();
  const share = page.getByRole("region", { name: "Share" });
  await expect(share.getByRole("link", { name: "Share by email" })).toHaveAttribute("href", /^mailto:/);
  await expect(share.getByLabel("Link to this campaign")).toHaveValue(`${baseURL}/campaigns/demo`);
  // Nothing that needs a script is offered as if it worked.
  await expect(share.getByRole("button", { name: "Share with an app on this device" })).toHaveCount(0);
});

test("joining by email works with JavaScript off", async ({ page }) => {
  const email = uniqueEmail("nojs-join");
  await page.goto("/campaigns/demo");
  await page.getByLabel("Your email").fill(email);
  await page.getByRole("button", { name: "Join this campaign" }).click();
  await expect(page.getByText(`Almost there: we emailed a link to ${email}.`)).toBeVisible();
  await waitForEmail(email, /sign-in link|join/i);

  // A mistake comes back on the same page, tied to its field, with what was typed kept.
  await page.goto("/campaigns/demo");
  await page.getByLabel("Your email").fill("not-an-address");
  await page.getByRole("button", { name: "Join this campaign" }).click();
  await expect(page.getByLabel("Your email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Your email")).toHaveValue("not-an-address");
});

test("the whole letter form works with JavaScript off", async ({ page }) => {
  const email = uniqueEmail("nojs-letter");
  await page.goto("/campaigns/demo");
  await page.getByLabel("Your ZIP code").fill("60062");
  await page.getByRole("button", { name: "Find who to write to" }).click();
  await page.getByRole("radio", { name: /IL-9/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Why this matters to you").fill(`Written without JavaScript (${email}).`);
  await page.getByLabel("First name").fill("Noor");
  await page.getByLabel("Last name").fill("Script");
  await page.getByLabel(/^Email/).fill(email);
  await page.getByRole("button", { name: "Continue: confirm by email" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const confirmation = await waitForEmail(email, /^Confirm your letter/);
  expect(confirmation.text).toContain("/letters/confirm/");

  // The confirmation is a plain form too.
  const link = confirmation.text?.match(/http:\/\/localhost:3100\/letters\/confirm\/[A-Za-z0-9_-]+/)?.[0];
  await page.goto(link ?? "");
  await page.getByRole("button", { name: "Confirm and send my letter" }).click();
  await expect(page.getByRole("heading", { name: "Your letter" })).toBeVisible();
  await expect(page.getByText(/I just wrote to my elected officials/)).toBeVisible();
  expect((await emailsTo(email)).length).toBeGreaterThan(0);
});
