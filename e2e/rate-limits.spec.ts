/**
 * Sign-up and sign-in links are rate limited (issue 7 item 1): joining as someone new and signing in both send
 * a link through requestSignInLink, and every limit is counted where the link is sent (issue 19 item 4), so posts
 * made straight to Auth.js's endpoint stop at the same 5 an hour per mailbox. Counted from what reached the fake
 * Resend.
 */
import { expect, test } from "@playwright/test";
import { emailsTo, uniqueEmail } from "./fixtures";

async function signInLinksTo(address: string): Promise<number> {
  return (await emailsTo(address)).filter((email) => /sign-in link/i.test(email.subject)).length;
}

test("the sign-in form sends five links an hour to one address, then says so", async ({ page }) => {
  const email = uniqueEmail("limited");
  for (let i = 1; i <= 5; i++) {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  }
  await expect.poll(() => signInLinksTo(email), { timeout: 15_000 }).toBe(5);

  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(
    page.getByText("We have sent several sign-in links to this address in the last hour."),
  ).toBeVisible();
  expect(await signInLinksTo(email)).toBe(5);
});

test("posts straight to Auth.js's sign-in endpoint stop at the form's five links an hour per address", async ({
  request,
}) => {
  const email = uniqueEmail("backstop");
  for (let i = 1; i <= 12; i++) {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/signin/resend", {
      form: { email, csrfToken, callbackUrl: "/account" },
      maxRedirects: 0,
    });
    expect(response.status(), `post ${i}`).toBeLessThan(500);
  }
  await expect.poll(() => signInLinksTo(email), { timeout: 15_000 }).toBe(5);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(await signInLinksTo(email)).toBe(5);
});
