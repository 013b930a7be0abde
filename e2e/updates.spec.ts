import { randomBytes } from "node:crypto";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { emailsTo, magicLinkFrom, uniqueEmail, waitForEmail } from "./fixtures";
import { signInAsDemo } from "./sign-in";

const ORG = "neighbors-for-fair-housing";

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** A new person joins the demo campaign and agrees to hear from the organization. */
async function joinWithConsent(browser: Browser, email: string): Promise<void> {
  const page = await newPage(browser);
  await page.goto("/campaigns/demo");
  const join = page.getByRole("region", { name: /joined|Be the first to join/ });
  await join.getByLabel("Your email").fill(email);
  await join.getByRole("checkbox").check();
  await join.getByRole("button", { name: "Join this campaign" }).click();
  await page.goto(magicLinkFrom(await waitForEmail(email, /sign-in link/i)));
  await page.getByRole("button", { name: "Confirm: join this campaign" }).click();
  await expect(page.getByText("You are part of this campaign.")).toBeVisible();
  await page.context().close();
}

/** Writes, saves, tests and sends an update from the demo campaign's updates page. */
async function sendUpdate(organizer: Page, updatesUrl: string, subject: string, body: string) {
  await organizer.goto(updatesUrl);
  await organizer.getByLabel("Subject").fill(subject);
  await organizer.getByLabel("Your update").fill(body);
  await organizer.getByRole("button", { name: /^Save/ }).click();
  await expect(organizer.getByText("Draft saved. Here is how it will look.")).toBeVisible();
  await expect(organizer.getByRole("heading", { name: `Preview: ${subject}` })).toBeVisible();
  await expect(
    organizer.frameLocator(`iframe[title="Preview of the email “${subject}”"]`).getByText("Come to the"),
  ).toBeVisible();
  await organizer.getByRole("link", { name: /^Send to \d+ supporters? who agreed/ }).click();
  await organizer.getByRole("button", { name: /^Yes, send it to/ }).click();
  await expect(organizer.getByText(/Your update is on its way to \d+/)).toBeVisible();
  await expect(organizer.getByRole("region", { name: "Sent updates" }).getByText(subject)).toBeVisible();
}

test("an organizer sends updates; a supporter who unsubscribes by the email's link gets no more", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const staying = uniqueEmail("staying");
  const leaving = uniqueEmail("leaving");
  await joinWithConsent(browser, staying);
  await joinWithConsent(browser, leaving);

  const organizer = await newPage(browser);
  await signInAsDemo(organizer, "organizer", `/organize/${ORG}`);
  await organizer
    .getByRole("link", { name: /Keep families housed/ })
    .first()
    .click();
  await organizer.getByRole("link", { name: "Updates to supporters" }).click();
  await expect(organizer.getByRole("heading", { level: 1, name: "Updates to supporters" })).toBeVisible();
  const updatesUrl = organizer.url();

  const suffix = randomBytes(3).toString("hex");
  const first = `The council votes Tuesday ${suffix}`;
  await sendUpdate(organizer, updatesUrl, first, "Thank you!\n\nCome to the **vote** on Tuesday.");

  const mail = await waitForEmail(leaving, new RegExp(first));
  expect(mail.headers?.["List-Unsubscribe"] ?? "").toMatch(
    /<http:\/\/localhost:3100\/api\/unsubscribe\/[^>]+>/,
  );
  expect(mail.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  await waitForEmail(staying, new RegExp(first));

  // The supporter follows the email's unsubscribe link: a page that asks first, then a button.
  const unsubscribe = mail.text
    ?.match(/http:\/\/localhost:3100\/unsubscribe\/[A-Za-z0-9_.-]+/)?.[0]
    .replace(/\.+$/, ""); // the sentence's full stop is not part of the link
  expect(unsubscribe).toBeTruthy();
  const supporter = await newPage(browser);
  await supporter.goto(unsubscribe ?? "");
  await supporter.getByRole("button", { name: /^Stop updates from/ }).click();
  await expect(supporter.getByRole("heading", { name: "Done" })).toBeVisible();

  // The next update reaches the one who stayed, and not the one who left.
  const second = `The vote passed ${suffix}`;
  await sendUpdate(organizer, updatesUrl, second, "We won.\n\nCome to the party.");
  await waitForEmail(staying, new RegExp(second));
  expect((await emailsTo(leaving)).filter((e) => e.subject.includes(second))).toHaveLength(0);
});

test("an organizer sends a test of a draft to themselves", async ({ browser }) => {
  const organizer = await newPage(browser);
  await signInAsDemo(organizer, "organizer", `/organize/${ORG}`);
  await organizer
    .getByRole("link", { name: /Keep families housed/ })
    .first()
    .click();
  await organizer.getByRole("link", { name: "Updates to supporters" }).click();
  await expect(organizer.getByRole("heading", { level: 1, name: "Updates to supporters" })).toBeVisible();
  const subject = `Draft for review ${randomBytes(3).toString("hex")}`;
  await organizer.getByLabel("Subject").fill(subject);
  await organizer.getByLabel("Your update").fill("A first try.");
  await organizer.getByRole("button", { name: /^Save/ }).click();
  await organizer.getByRole("button", { name: "Send a test to me" }).click();
  await expect(organizer.getByText("A test is on its way to organizer@example.org.")).toBeVisible();
  await waitForEmail("organizer@example.org", new RegExp(subject));
  // A test is not a send: the draft is still a draft.
  await expect(
    organizer.getByRole("region", { name: "Drafts" }).getByText(subject, { exact: true }),
  ).toBeVisible();
});
