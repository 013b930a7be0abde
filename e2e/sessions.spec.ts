import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { AUTHORIZATION_FIXTURES, type AuthorizationFixtures } from "./authorization-fixtures";
import { expectAccessible } from "./axe";
import { emailsTo, magicLinkFrom, uniqueEmail } from "./fixtures";
import { signInByEmail } from "./sign-in";

// Where one is signed in, signing out everywhere else, and the fresh sign-in that downloads and deletion need
// (issue 19 item 12; the rules themselves are tested in lib/accounts/sessions.test.ts).

test("a person sees both their sessions, signs out everywhere else, and the other browser is signed out", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const email = uniqueEmail("two-browsers");
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const here = await laptop.newPage();
  const there = await phone.newPage();
  await signInByEmail(here, email);
  await signInByEmail(there, email);

  await here.goto("/account");
  await here.getByRole("link", { name: "Where you are signed in" }).click();
  await expect(here.getByRole("heading", { level: 1, name: "Where you are signed in" })).toBeVisible();
  const list = here.getByRole("list", { name: "Your sessions" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByText("This browser")).toHaveCount(1);
  await expect(list.getByText("Another browser or device")).toHaveCount(1);
  await expectAccessible(here, "sessions");

  await here.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(here.getByRole("status")).toContainText("Signed out of 1 other session.");
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(here.getByText("You are not signed in anywhere else.")).toBeVisible();

  // The other browser's session is gone: its next page asks it to sign in.
  await there.goto("/account");
  await expect(there).toHaveURL(/\/sign-in/);
  // This one is still signed in.
  await here.goto("/account");
  await expect(here.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await laptop.close();
  await phone.close();
});

test("downloading data needs a fresh sign-in: a session from hours ago gets a new link that brings it back", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { staleSession } = JSON.parse(readFileSync(AUTHORIZATION_FIXTURES, "utf8")) as AuthorizationFixtures;
  await page.context().addCookies([
    {
      name: "authjs.session-token",
      value: staleSession.token,
      url: "http://localhost:3100",
      httpOnly: true,
    },
  ]);
  await page.goto("/account/privacy");
  await expect(page.getByRole("heading", { name: "First, confirm it is you" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download my data" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete my account" })).toHaveCount(0);
  await expectAccessible(page, "privacy, asking for a fresh sign-in");
  // The download's own address refuses too, and sends the person to the offer.
  const direct = await page.request.get("/account/privacy/export", { maxRedirects: 0 });
  expect(direct.status()).toBe(303);
  expect(direct.headers().location).toContain("/account/privacy");

  const before = (await emailsTo(staleSession.email)).length;
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect
    .poll(async () => (await emailsTo(staleSession.email)).length, { timeout: 15_000 })
    .toBeGreaterThan(before);
  const [latest] = (await emailsTo(staleSession.email)).slice(-1);
  if (!latest) throw new Error("no link");
  await page.goto(magicLinkFrom(latest));
  // Back on the privacy page, signed in just now: the download works.
  await expect(page).toHaveURL(/\/account\/privacy/);
  await expect(page.getByRole("link", { name: "Download my data" })).toBeVisible();
  const download = await page.request.get("/account/privacy/export", { maxRedirects: 0 });
  expect(download.status()).toBe(200);
  expect((await download.json()).profile.email).toBe(staleSession.email);
});
