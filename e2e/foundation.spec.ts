import { expect, test } from "@playwright/test";
import { appUnderTest } from "./app-under-test";
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

test("an address that does not decode gets a 400 with the security headers, not a bare 500", async ({
  request,
}) => {
  for (const path of ["/campaigns/%ff", "/groups/%c0/edit", "/api/campaigns/%ff/letters"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
});

test("health reports the database the suite runs on, and the dev mailbox does not exist in production", async ({
  request,
}) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", db: appUnderTest().database });
  expect((await request.get("/dev/mailbox")).status()).toBe(404);
});

test("every page carries the security headers; private pages are never stored; the policy breaks nothing", async ({
  page,
  request,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/campaigns/demo");
  const headers = response?.headers() ?? {};
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
    expect(csp).toContain(directive);
  }
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  // The page still works under the policy: its script runs (the ZIP form leads on) and nothing was refused.
  await page.getByLabel("Your ZIP code").fill("60062");
  await page.getByRole("button", { name: "Find who to write to" }).click();
  await page.getByRole("radio", { name: /IL-9/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page
    .getByLabel("Why this matters to you")
    .fill("My neighbours were evicted without a lawyer last spring.");
  // The live indicator is client-side script: it only updates if the policy let the page's scripts run.
  await expect(page.getByText("This letter is personal: thank you.")).toBeVisible();
  expect(violations).toEqual([]);

  for (const path of ["/account", "/sign-in"]) {
    const private_ = await request.get(path, { maxRedirects: 0 });
    expect(private_.headers()["cache-control"], path).toContain("no-store");
  }
  expect((await request.get("/api/officials?zip=60623")).headers()["content-security-policy"]).toContain(
    "object-src 'none'",
  );
});

test("a cross-site request to write a letter is refused and writes nothing", async ({ request }) => {
  const response = await request.post("/api/campaigns/demo/letters", {
    headers: { origin: "https://attacker.example", "content-type": "application/json" },
    data: { zip: "60623", firstName: "Eve", lastName: "Mallory", email: "eve@example.org", parts: {} },
  });
  expect(response.status()).toBe(403);
});
