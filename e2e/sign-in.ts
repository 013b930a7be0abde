import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { AUTHORIZATION_FIXTURES, type AuthorizationFixtures } from "./authorization-fixtures";
import { emailsTo, magicLinkFrom } from "./fixtures";

/**
 * Signs in by emailed link, through the sign-in page. Other tests may sign the same seeded person in at the same
 * time, so every new link is tried, newest first. Sign-in links are rate limited per address (5 an hour through
 * the form): for the demo's organizer and coordinator, use `signInAsDemo` unless the test is about signing in.
 */
export async function signInByEmail(page: Page, email: string, callbackUrl = "/account"): Promise<void> {
  const isSignInLink = (subject: string) => /sign-in link/i.test(subject);
  const before = (await emailsTo(email)).filter((e) => isSignInLink(e.subject)).length;
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  let links: string[] = [];
  await expect
    .poll(
      async () => {
        links = (await emailsTo(email)).filter((e) => isSignInLink(e.subject)).map(magicLinkFrom);
        return links.length;
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThan(before);
  for (const link of links.slice(before).reverse()) {
    await page.goto(link);
    if (!new URL(page.url()).pathname.startsWith("/sign-in")) return;
  }
  throw new Error(`no working sign-in link for ${email}`);
}

/** The demo's organizer or group coordinator, signed in by a session the e2e seed made, then at `path`. */
export async function signInAsDemo(
  page: Page,
  who: "organizer" | "coordinator",
  path: string,
): Promise<void> {
  const fixtures = JSON.parse(readFileSync(AUTHORIZATION_FIXTURES, "utf8")) as AuthorizationFixtures;
  await page.context().addCookies([
    {
      name: "authjs.session-token",
      value: fixtures.demoSessions[who],
      url: "http://localhost:3100",
      httpOnly: true,
      sameSite: "Lax",
    },
  ]);
  await page.goto(path);
}
