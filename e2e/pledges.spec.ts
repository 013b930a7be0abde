import { expect, type Page, test } from "@playwright/test";
import type { FakeEmail } from "./fakes/fake-resend";
import { magicLinkFrom, uniqueEmail, waitForEmail } from "./fixtures";

// The fake Resend keeps the whole request body: attachments arrive base64-encoded, as the real API takes them.
type EmailWithFiles = FakeEmail & {
  attachments?: { filename: string; content: string; content_type?: string }[];
};

const CLINIC = "Know-your-rights clinic";
const GIFT = "Fund court accompaniment";
const GROUP = "Casa del Pueblo Tenants Union";

/** Signs in from a "Sign in to pledge" link: the emailed link brings the supporter back to the campaign. */
async function signInFromCard(page: Page, email: string) {
  await page
    .getByRole("article", { name: CLINIC })
    .getByRole("link", { name: /Sign in to pledge/ })
    .click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcampaigns%2Fdemo%23help/);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(magicLinkFrom(await waitForEmail(email, /sign-in link/i)));
  await expect(page).toHaveURL(/\/campaigns\/demo(#help)?$/);
}

async function placesLeft(page: Page): Promise<number> {
  const text = await page
    .getByRole("article", { name: CLINIC })
    .getByText(/of 8 places left/)
    .textContent();
  const match = text?.match(/(\d+) of 8 places left/);
  if (!match?.[1]) throw new Error(`no places count in: ${text}`);
  return Number(match[1]);
}

/** The campaign's "So far: … · $75 pledged" total in dollars (0 before any gift). */
async function pledgedTotal(page: Page): Promise<number> {
  const soFar = page.locator("#help").getByText(/^So far:/);
  if ((await soFar.count()) === 0) return 0;
  const line = (await soFar.first().textContent()) ?? "";
  return Number(line.match(/\$([\d,]+) pledged/)?.[1]?.replace(/,/g, "") ?? 0);
}

test("a supporter pledges the clinic shift and a $25 gift on the demo campaign, then cancels the shift", async ({
  page,
}) => {
  const email = uniqueEmail("pledger");
  await page.goto("/campaigns/demo");
  const help = page.locator("#help");
  await expect(help.getByRole("heading", { name: "Ways to help" })).toBeVisible();
  await expect(
    help.getByRole("article", { name: CLINIC }).getByRole("link", { name: GROUP }),
  ).toHaveAttribute("href", "/groups/casa-del-pueblo-tenants-union");
  await signInFromCard(page, email);

  // The shift: in Chicago time, with its place and the seats left.
  const clinic = page.getByRole("article", { name: CLINIC });
  await expect(clinic.getByText(/Central Time/)).toBeVisible();
  await expect(clinic.getByText("1831 S Racine Ave", { exact: false })).toBeVisible();
  const before = await placesLeft(page);
  expect(before).toBeGreaterThan(0);
  const pledgedBefore = await pledgedTotal(page);

  // A name is needed: the error sits next to the field.
  await clinic.getByLabel("Your name").fill("");
  await clinic.getByRole("button", { name: "Sign me up" }).click();
  await expect(clinic.getByText("Please tell the group your name.")).toBeVisible();
  await expect(clinic.getByLabel("Your name")).toHaveAttribute("aria-invalid", "true");

  await clinic.getByLabel("Your name").fill("Rosa Martínez");
  await clinic.getByLabel("Phone (optional)").fill("312 555 0101");
  await clinic.getByRole("button", { name: "Sign me up" }).click();
  await expect(clinic.getByText("You're signed up. Thank you!", { exact: false })).toBeVisible();
  await expect.poll(() => placesLeft(page)).toBe(before - 1);

  // The gift: a suggested amount, then the hand-off to the group's own page (Chorus takes no payment).
  const gift = page.getByRole("article", { name: GIFT });
  await gift.getByRole("button", { name: "Pledge my gift" }).click();
  await expect(gift.getByText("Please choose or enter an amount.")).toBeVisible();
  await gift.getByLabel("Your name").fill("Rosa Martínez");
  await gift.getByRole("radio", { name: "$25" }).check();
  await gift.getByRole("radio", { name: "Every month" }).check();
  await gift.getByRole("radio", { name: "Once" }).check();
  await gift.getByRole("button", { name: "Pledge my gift" }).click();
  await expect(gift.getByText("We recorded your pledge of $25 once", { exact: false })).toBeVisible();
  await expect(
    gift.getByRole("link", { name: /Give on Casa del Pueblo Tenants Union's donation page/ }),
  ).toHaveAttribute("href", "https://example.org/casa-del-pueblo/donate");
  await expect(gift.getByText("Chorus takes no payment", { exact: false }).first()).toBeVisible();
  // Other journeys pledge gifts on the demo too: the total grows by this one's $25.
  await expect.poll(() => pledgedTotal(page)).toBeGreaterThanOrEqual(pledgedBefore + 25);

  // Coming back, the cards know: no second sign-up.
  await page.reload();
  await expect(
    page
      .getByRole("article", { name: CLINIC })
      .getByText("You're signed up: see or cancel in", { exact: false }),
  ).toBeVisible();
  await expect(
    page.getByRole("article", { name: CLINIC }).getByRole("button", { name: "Sign me up" }),
  ).toHaveCount(0);

  // The shift's confirmation carries a calendar file for the right time.
  const confirmation = (await waitForEmail(
    email,
    /You're signed up: Know-your-rights clinic/,
  )) as EmailWithFiles;
  const ics = confirmation.attachments?.find((file) => file.filename.endsWith(".ics"));
  expect(ics).toBeTruthy();
  const calendar = Buffer.from(ics?.content ?? "", "base64").toString("utf8");
  expect(calendar).toContain("BEGIN:VCALENDAR");
  expect(calendar).toContain("BEGIN:VEVENT");
  expect(calendar).toMatch(/DTSTART[:;]\S*\d{8}T\d{6}Z?/);
  expect(calendar).toContain("SUMMARY:Know-your-rights clinic");
  await waitForEmail(email, /Thank you for your pledge to Casa del Pueblo/);

  // My pledges lists both, the shift first.
  await page.goto("/account");
  await page.getByRole("link", { name: "My pledges" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My pledges" })).toBeVisible();
  const shiftPledge = page.getByRole("article", { name: CLINIC });
  const giftPledge = page.getByRole("article", { name: GIFT });
  await expect(shiftPledge.getByText("You're signed up")).toBeVisible();
  await expect(giftPledge.getByText("$25 once")).toBeVisible();
  await expect(giftPledge.getByText(/not given yet/)).toBeVisible();
  const titles = await page.getByRole("article").getByRole("heading", { level: 3 }).allTextContents();
  expect(titles).toEqual([CLINIC, GIFT]);

  // "I've given" for the gift.
  await giftPledge.getByRole("button", { name: /I've given/ }).click();
  await expect(page.getByText("Thank you for giving.", { exact: false })).toBeVisible();
  await expect(page.getByRole("article", { name: GIFT }).getByText("You told us you gave")).toBeVisible();

  // Cancelling the shift, after a confirm step, frees the seat.
  await page
    .getByRole("article", { name: CLINIC })
    .getByText(/Cancel this pledge/)
    .click();
  await page.getByRole("article", { name: CLINIC }).getByRole("button", { name: "Yes, cancel it" }).click();
  await expect(
    page.getByText("Cancelled. Your place is free for someone else", { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole("article", { name: CLINIC }).getByText("You cancelled this")).toBeVisible();

  await page.goto("/campaigns/demo#help");
  expect(await placesLeft(page)).toBe(before);
  await expect(
    page.getByRole("article", { name: CLINIC }).getByRole("button", { name: "Sign me up" }),
  ).toBeVisible();
});

test("a group's page shows who leads it and its ways to help; an unknown group is a 404", async ({
  page,
}) => {
  await page.goto("/groups/casa-del-pueblo-tenants-union");
  await expect(page.getByRole("heading", { level: 1, name: GROUP })).toBeVisible();
  await expect(page.getByText("Led by tenants, most of them Latina mothers", { exact: false })).toBeVisible();
  await expect(page.getByText("Chicago, IL 60623")).toBeVisible();
  await expect(page.getByRole("article", { name: CLINIC })).toBeVisible();
  await expect(
    page.getByRole("article", { name: CLINIC }).getByRole("link", { name: /Sign in to pledge/ }),
  ).toHaveAttribute("href", "/sign-in?callbackUrl=%2Fgroups%2Fcasa-del-pueblo-tenants-union%23help");
  await expect(page.getByRole("link", { name: "Community-led groups" })).toHaveAttribute("href", "/groups");

  const response = await page.goto("/groups/no-such-group");
  expect(response?.status()).toBe(404);
});

test("My pledges needs you signed in", async ({ page }) => {
  await page.goto("/account/pledges");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount%2Fpledges/);
});

test("pledging goods works without JavaScript, and the count of what is still needed goes down", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("giver");
  await page.goto("/campaigns/demo");
  await signInFromCard(page, email);
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const plain = await noScript.newPage();
  await plain.goto("/campaigns/demo");
  const coats = plain.getByRole("article", { name: "Winter coats for families" });
  const needed = async () =>
    Number((await coats.getByText(/winter coats still needed/).textContent())?.match(/\d+/)?.[0]);
  const before = await needed();
  await coats.getByLabel("Your name").fill("Sam Lee");
  await coats.getByLabel("How many?").fill("3");
  await coats.getByRole("button", { name: "Pledge these items" }).click();
  await expect(coats.getByText("Eastside Mutual Aid is counting on 3", { exact: false })).toBeVisible();
  expect(await needed()).toBe(before - 3);
  await noScript.close();
});
