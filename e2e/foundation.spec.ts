import { expect, test } from "@playwright/test";
import { magicLinkFrom, uniqueEmail, waitForEmail } from "./fixtures";

test("a visitor goes from the home page to the demo campaign", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Allyship is action." })).toBeVisible();
  await page.getByRole("link", { name: /Keep families housed/ }).click();
  await expect(page).toHaveURL(/\/campaigns\/demo$/);
  await expect(page.getByRole("heading", { level: 1, name: /Keep families housed/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Why this matters" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Take action" })).toBeVisible();
});

test("a person signs in with an emailed link, which works only once, and signs out", async ({ page }) => {
  const email = uniqueEmail();
  await page.goto("/");
  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const message = await waitForEmail(email, /sign-in link/i);
  const link = magicLinkFrom(message);
  expect(link.startsWith("http://localhost:3100/")).toBe(true);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  // The first sign-in creates the account; its welcome email goes through the job queue.
  const welcome = await waitForEmail(email, /Welcome to Chorus/);
  expect(welcome.text).toContain("Allyship is action");

  await page.getByLabel("Your name").fill("Marisol");
  await page.getByLabel("ZIP code (optional)").fill("6062");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("A ZIP code is 5 digits, like 60623.")).toBeVisible();
  await expect(page.getByLabel("ZIP code (optional)")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("ZIP code (optional)").fill("60623");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }),
  ).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);

  await page.goto(link);
  await expect(
    page.getByText("That sign-in link has expired or was already used.", { exact: false }),
  ).toBeVisible();
});

test("a bad email address gets a clear message, tied to its field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Please enter an email address like name@example.org.")).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
});

test("unknown pages get a kind 404", async ({ page }) => {
  const response = await page.goto("/campaigns/no-such-campaign");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
});

test("health reports the embedded database, and the dev mailbox does not exist in production", async ({
  request,
}) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", db: "pglite" });
  expect((await request.get("/dev/mailbox")).status()).toBe(404);
});
