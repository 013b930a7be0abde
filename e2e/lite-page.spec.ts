import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { emailsTo, magicLinkFrom, uniqueEmail, waitForEmail } from "./fixtures";
import { LAUNCHER_URL, type Launcher, startLauncher } from "./launcher";

// Signed-out visitors to a campaign page get it from `npm start` without React (edge/lite-page.ts): the
// HTML Next rendered and one small script, public/enhance.js. This is what they can do there.
test.describe.configure({ mode: "serial" });
test.use({ baseURL: LAUNCHER_URL });

let launcher: Launcher;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  launcher = await startLauncher();
});
test.afterAll(async () => {
  await launcher?.stop();
});

/** Every script the page asks for, and anything the Content-Security-Policy refused. */
function watchScripts(page: Page): { scripts: string[]; refused: string[] } {
  const seen = { scripts: [] as string[], refused: [] as string[] };
  page.on("request", (request) => {
    if (request.resourceType() === "script") seen.scripts.push(new URL(request.url()).pathname);
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.refused.push(message.text());
  });
  page.on("pageerror", (error) => seen.refused.push(String(error)));
  return seen;
}

async function expectNoNextScripts(
  page: Page,
  seen: { scripts: string[]; refused: string[] },
): Promise<void> {
  await page.waitForLoadState("load");
  expect(seen.scripts.filter((src) => src.startsWith("/_next/"))).toEqual([]);
  expect(seen.refused).toEqual([]);
  expect(await page.locator("script").evaluateAll((all) => all.map((s) => s.getAttribute("src")))).toEqual([
    expect.stringMatching(/^\/enhance\.js\?v=/),
  ]);
}

/** Opens `path` (or reloads this page) and checks it is the lite page, loading nothing from Next. */
async function expectLite(page: Page, path: string | "reload"): Promise<void> {
  const seen = watchScripts(page);
  const response = path === "reload" ? await page.reload() : await page.goto(path);
  expect(response?.headers()["x-chorus-page"], `${path} is the lite page`).toBe("lite");
  expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self';/);
  // No nonce of the request Next rendered it for (the copy is for everyone), in the policy or the page.
  expect(response?.headers()["content-security-policy"]).not.toMatch(/'nonce-|'unsafe-inline'; style/);
  expect(await response?.text()).not.toMatch(/\snonce=/);
  await page.waitForLoadState("load");
  expect(seen.scripts, `${path} loads only enhance.js`).toEqual(["/enhance.js"]);
  expect(seen.refused).toEqual([]);
  expect(await page.evaluate(() => "__next_f" in self || "TURBOPACK" in globalThis)).toBe(false);
}

test("a signed-out visitor reads the whole campaign page, with no JavaScript from Next", async ({ page }) => {
  await expectLite(page, "/campaigns/demo");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Keep families housed");
  for (const section of ["Why this matters", "Voices", "Learn", "Take action", "Ways to help", "Share"]) {
    await expect(page.getByRole("heading", { name: section, exact: true })).toBeVisible();
  }
  // Links are plain links: to the groups, to sign in, to another page.
  await page.getByRole("link", { name: "Groups", exact: true }).click();
  await expect(page).toHaveURL(`${LAUNCHER_URL}/groups`);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Keep families housed");
  await expectAccessible(page, "the lite campaign page");

  // The second visitor's copy comes from the same bytes; the page's one script is kept by browsers for a year.
  const script = await page.request.get(
    (await page.locator("script[src]").getAttribute("src")) ?? "/enhance.js",
  );
  expect(script.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});

test("copying the link and the phone's share sheet work without React", async ({ page, browser }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await expectLite(page, "/campaigns/demo");
  const share = page.getByRole("region", { name: "Share" });
  await expect(share.getByRole("link", { name: "Share by email" })).toHaveAttribute("href", /^mailto:/);
  // Desktop Chromium has no share sheet: no dead button.
  await expect(share.getByRole("button", { name: "Share with an app on this device" })).toHaveCount(0);
  await share.getByRole("button", { name: "Copy link" }).click();
  await expect(share.getByText("Link copied. Thank you for sharing!")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${LAUNCHER_URL}/campaigns/demo`);

  // A browser with a share sheet (as on phones).
  const context: BrowserContext = await browser.newContext({ baseURL: LAUNCHER_URL });
  await context.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { __shared: shared });
    Object.defineProperty(navigator, "share", {
      value: (data: ShareData) => {
        shared.push(data);
        return Promise.resolve();
      },
    });
  });
  const phone = await context.newPage();
  await expectLite(phone, "/campaigns/demo");
  const sheet = phone.getByRole("region", { name: "Share" });
  await sheet.getByRole("button", { name: "Share with an app on this device" }).click();
  await expect(sheet.getByText("Thank you for sharing!")).toBeVisible();
  expect(await phone.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared)).toEqual([
    {
      title: expect.stringContaining("Keep families housed"),
      text: expect.stringContaining("lawyer"),
      url: `${LAUNCHER_URL}/campaigns/demo`,
    },
  ]);
  await context.close();
});

test("a new supporter writes a letter on the lite page (the personal-letter measure live), confirms it and sees the receipt", async ({
  page,
}) => {
  const email = uniqueEmail("lite-letter");
  await expectLite(page, "/campaigns/demo");
  await page.getByLabel("Your ZIP code").fill("60062");
  await page.getByRole("button", { name: "Find who to write to" }).click();
  await expect(page.getByText("ZIP code 60062 is split between districts")).toBeVisible();
  await page.getByRole("radio", { name: /IL-9/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByLabel("Why this matters to you")).toBeVisible();

  // The letter form is lite too (a signed-out page with a query), and the measure moves as the supporter types.
  await expectLite(page, "reload");
  await expect(page.getByRole("region", { name: "Your letter goes to" })).toContainText("City Council");
  const measure = page.locator("[data-personal]");
  await expect(measure.getByRole("status")).toHaveText(
    "How personal is this? This is the campaign's letter, word for word.",
  );
  const meter = page.getByRole("meter", { name: "How much of the letter is in your own words" });
  await expect(meter).toHaveAttribute("value", "0");
  await page.getByLabel("Why this matters to you").click();
  await page.keyboard.press("End");
  await page.keyboard.type(" My sister's family was evicted last winter.");
  await expect(measure.getByRole("status")).toHaveText(
    "How personal is this? Some of this is in your own words.",
  );
  await page
    .getByLabel("Why this matters to you")
    .fill(`Written on a slow phone, in my own words (${email}).`);
  await expect(measure.getByRole("status")).toHaveText(
    "How personal is this? This letter is personal: thank you.",
  );
  expect(Number(await meter.evaluate((m) => (m as HTMLMeterElement).value))).toBeGreaterThanOrEqual(0.3);
  await expectAccessible(page, "the lite letter form");

  await page.getByLabel("First name").fill("Ama");
  await page.getByLabel("Last name").fill("Lite");
  await page.getByLabel(/^Email/).fill(email);
  // On a slow line the button says so, and a second press sends nothing more.
  let posts = 0;
  await page.route("**/campaigns/demo**", async (route) => {
    if (route.request().method() === "POST") {
      posts++;
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    await route.continue();
  });
  // Each submit as the page sees it, after enhance.js has: the first goes, and a second press (here a
  // requestSubmit while the first answer is on its way) is held back.
  const submits: { text: string | null; disabled: string | null; prevented: boolean }[] = [];
  await page.exposeFunction("reportSubmit", (state: (typeof submits)[number]) => submits.push(state));
  await page.evaluate(() => {
    const report = (window as unknown as { reportSubmit(state: unknown): void }).reportSubmit;
    document.addEventListener("submit", (event) => {
      const form = event.target as HTMLFormElement;
      const button = form.querySelector("[data-pending-text]");
      report({
        text: button?.textContent ?? null,
        disabled: button?.getAttribute("aria-disabled") ?? null,
        prevented: event.defaultPrevented,
      });
      if (!event.defaultPrevented) setTimeout(() => form.requestSubmit(), 50);
    });
  });
  const answer = watchScripts(page);
  await page.getByRole("button", { name: "Continue: confirm by email" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  expect(submits).toEqual([
    { text: "Sending…", disabled: "true", prevented: false },
    { text: "Sending…", disabled: "true", prevented: true },
  ]);
  expect(posts).toBe(1);
  await page.unrouteAll();
  // The page that answers the post is lite too: still nothing from Next.
  await expectNoNextScripts(page, answer);

  const confirmation = await waitForEmail(email, /^Confirm your letter/);
  const link = confirmation.text?.match(/http:\/\/localhost:3110\/letters\/confirm\/[A-Za-z0-9_-]+/)?.[0];
  expect(link, confirmation.text).toBeTruthy();
  await page.goto(link ?? "");
  await page.getByRole("button", { name: "Confirm and send my letter" }).click();
  await expect(page.getByRole("heading", { name: "Your letter" })).toBeVisible();
  await expect(page.getByText(/I just wrote to my elected officials/)).toBeVisible();
  expect((await emailsTo(email)).length).toBeGreaterThan(0);
});

test("the letter form works by keyboard alone and fits a 320 px screen on the lite page", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await expectLite(page, "/campaigns/demo?zip=60062&district=IL-9#write");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
  const story = page.getByLabel("Why this matters to you");
  await page.getByLabel("Greeting").focus();
  await page.keyboard.press("Tab");
  await expect(story).toBeFocused();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(
    " Our whole building got notices the same week, and nobody had a lawyer but the owner.",
  );
  await expect(page.locator("[data-personal]").getByRole("status")).not.toContainText("word for word");
  // The global focus ring shows where the keyboard is.
  const outline = await story.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
});

test("joining works on the lite page", async ({ page }) => {
  const email = uniqueEmail("lite-join");
  await expectLite(page, "/campaigns/demo");
  await page.getByLabel("Your email").fill(email);
  const answer = watchScripts(page);
  await page.getByRole("button", { name: "Join this campaign" }).click();
  await expect(page.getByText(`Almost there: we emailed a link to ${email}.`)).toBeVisible();
  await expectNoNextScripts(page, answer);
  await waitForEmail(email, /sign-in link|join/i);
});

test("a visitor signs in from the lite page to pledge, and signed in gets Next's own page", async ({
  page,
}) => {
  const email = uniqueEmail("lite-pledge");
  await expectLite(page, "/campaigns/demo");
  await page
    .getByRole("article", { name: "Know-your-rights clinic" })
    .getByRole("link", { name: /Sign in to pledge/ })
    .click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcampaigns%2Fdemo%23help/);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const seen = watchScripts(page);
  const back = await page.goto(magicLinkFrom(await waitForEmail(email, /sign-in link/i)));
  await expect(page).toHaveURL(/\/campaigns\/demo(#help)?$/);
  // Signed in: the page as Next renders it, React and all (nothing of the lite page).
  expect(back?.headers()["x-chorus-page"]).toBeUndefined();
  await expect.poll(() => seen.scripts.some((src) => src.startsWith("/_next/static/"))).toBe(true);
  expect(seen.scripts).not.toContain("/enhance.js");

  const clinic = page.getByRole("article", { name: "Know-your-rights clinic" });
  await clinic.getByLabel("Your name").fill("Lite Pledger");
  await clinic.getByRole("button", { name: "Sign me up" }).click();
  await expect(clinic.getByText("You're signed up. Thank you!", { exact: false })).toBeVisible();
});
