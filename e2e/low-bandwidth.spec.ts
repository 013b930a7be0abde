import { type Browser, expect, type Page, test } from "@playwright/test";
import { emailsTo, magicLinkFrom, uniqueEmail, waitForEmail } from "./fixtures";
import { signInAsDemo } from "./sign-in";

// With JavaScript off (or before it arrives on a slow line), the campaign page reads in full and its forms post
// to server actions the plain HTML way. Every form people use without JavaScript posts here at least once, and
// each post must be answered within the test's timeout: a server action bound in render once made React's server
// render of such a post spin forever (issue 19, item 14; app/bind-in-render.test.ts keeps it from coming back).
test.use({ javaScriptEnabled: false });

/** Signs a new person in through the sign-in form, with JavaScript off, and follows the emailed link. */
async function signInWithoutScript(page: Page, email: string, callbackUrl: string): Promise<void> {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(magicLinkFrom(await waitForEmail(email, /sign-in link/i)));
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/[/#]/g, "\\$&")}$`));
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ javaScriptEnabled: false })).newPage();
}

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

test("signing in and pledging a gift work with JavaScript off", async ({ page }) => {
  const email = uniqueEmail("nojs-pledge");
  await signInWithoutScript(page, email, "/campaigns/demo");
  const gift = page.getByRole("article", { name: "Fund court accompaniment" });
  await gift.getByLabel("Your name").fill("Noor Script");
  await gift.getByRole("radio", { name: "$25" }).check();
  await gift.getByRole("radio", { name: "Once" }).check();
  await gift.getByRole("button", { name: "Pledge my gift" }).click();
  await expect(page.getByText("We recorded your pledge of $25 once", { exact: false })).toBeVisible();
});

test("a group's profile and members forms answer with JavaScript off", async ({ page, browser }) => {
  // Someone to add: a person who has signed in once.
  const email = uniqueEmail("nojs-member");
  const member = await newPage(browser);
  await signInWithoutScript(member, email, "/account");
  await member.context().close();

  const edit = "/groups/casa-del-pueblo-tenants-union/edit";
  await signInAsDemo(page, "coordinator", edit);
  await expect(page.getByRole("heading", { level: 1, name: "Edit your group's profile" })).toBeVisible();
  // Saved unchanged: the post that once never got an answer.
  await page.getByRole("button", { name: "Save the profile" }).click();
  await expect(page.getByText("Saved. Your group's page shows the changes now.")).toBeVisible();

  await page.getByLabel("Their email address").fill(email);
  await page.getByRole("radio", { name: /^Viewer/ }).check();
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText(`Added ${email} as a viewer.`)).toBeVisible();

  await page.goto(edit);
  await page.getByRole("button", { name: `Remove ${email}` }).click();
  // The answer is the page again, without them (the row and its button go; no message stays behind).
  await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
  await expect(page.getByRole("button", { name: `Remove ${email}` })).toHaveCount(0);
});
