import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./fixtures";
import { LAUNCHER_URL, type Launcher, startLauncher } from "./launcher";

// `npm start` (edge/front.ts) counts the socket's address, whatever X-Forwarded-For a client sends
// (issue 19, item 2; TRUSTED_PROXIES is unset here): rotating the header gives no new bucket for sign-in links,
// and an address that does not decode is a 400 with the security headers through the real launcher.
test.describe.configure({ mode: "serial" });
test.use({ baseURL: LAUNCHER_URL, javaScriptEnabled: false });

let launcher: Launcher;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  launcher = await startLauncher();
});
test.afterAll(async () => {
  await launcher?.stop();
});

test("a client that rotates X-Forwarded-For still meets the per-network sign-in limit", async ({ page }) => {
  test.setTimeout(120_000);
  // The launcher runs with the default: 20 sign-in links an hour from one network.
  let refusedAt = 0;
  for (let i = 1; i <= 21 && refusedAt === 0; i++) {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${i}` });
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(uniqueEmail(`rotating-${i}`));
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const refused = page.getByText("Many sign-in links were asked for from your network", { exact: false });
    const sent = page.getByRole("heading", { name: "Check your email" });
    await expect(refused.or(sent)).toBeVisible();
    if (await refused.isVisible()) refusedAt = i;
  }
  expect(refusedAt).toBe(21);
});

test("an address that does not decode is a 400 with the security headers", async ({ request }) => {
  for (const path of ["/campaigns/%ff", "/groups/%c0/edit"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
});
