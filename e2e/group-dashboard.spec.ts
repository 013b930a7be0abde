import { randomBytes } from "node:crypto";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { emailsTo, uniqueEmail } from "./fixtures";
import { signInAsDemo, signInByEmail } from "./sign-in";

const COORDINATOR = "coordinator@example.org";
const GROUP_SLUG = "casa-del-pueblo-tenants-union";
const GROUP = "Casa del Pueblo Tenants Union";

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** "2026-12-09T18:00" ten days from now, for a datetime-local field. */
function daysAhead(days: number, time: string): string {
  const date = new Date(Date.now() + days * 24 * 3_600_000);
  return `${date.toISOString().slice(0, 10)}T${time}`;
}

test("the coordinator offers a shift, sees who signed up, marks attendance, downloads the list and writes to the volunteers", async ({
  browser,
}) => {
  const id = randomBytes(3).toString("hex");
  const shiftTitle = `Tenant meeting setup ${id}`;
  const coordinator = await newPage(browser);

  // From the account page to the group's dashboard.
  await signInAsDemo(coordinator, "coordinator", "/account");
  await expect(coordinator.getByRole("heading", { name: "Your account" })).toBeVisible();
  await coordinator.getByRole("link", { name: `${GROUP}: dashboard` }).click();
  await expect(coordinator).toHaveURL(new RegExp(`/groups/${GROUP_SLUG}/dashboard$`));
  await expect(coordinator.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(coordinator.getByRole("heading", { name: "Pledged and fulfilled" })).toBeVisible();
  const options = coordinator.getByRole("table", { name: /Ways to help Casa del Pueblo/ });
  await expect(options.getByRole("rowheader", { name: /Know-your-rights clinic/ })).toBeVisible();
  await expect(options.getByText(/\d+ \/ 8 signed up/)).toBeVisible();

  // The demo clinic shift's own page.
  await options.getByRole("link", { name: "Know-your-rights clinic" }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: "Know-your-rights clinic" })).toBeVisible();
  await expect(coordinator.getByRole("heading", { name: "Who signed up" })).toBeVisible();
  await coordinator.getByRole("link", { name: `${GROUP}: dashboard` }).click();

  // A new shift: a mistake first, then right.
  await coordinator.getByRole("link", { name: "Offer a new way to help" }).click();
  await coordinator.getByRole("link", { name: /Volunteer shift/ }).click();
  await coordinator.getByLabel("Title", { exact: true }).fill(shiftTitle);
  await coordinator.getByLabel("Time zone of the place").selectOption("America/Chicago");
  await coordinator.getByLabel("Starts", { exact: true }).fill(daysAhead(10, "18:00"));
  await coordinator.getByLabel("Ends", { exact: true }).fill(daysAhead(10, "17:00"));
  await coordinator.getByLabel("Place", { exact: true }).fill("Casa del Pueblo, 1831 S Racine Ave");
  await coordinator.getByLabel("How many volunteers").fill("2");
  await coordinator.getByRole("button", { name: "Offer it" }).click();
  await expect(coordinator.getByText("The shift must end after it starts.")).toBeVisible();
  await expect(coordinator.getByLabel("Ends", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await coordinator.getByLabel("Ends", { exact: true }).fill(daysAhead(10, "20:00"));
  await coordinator.getByRole("button", { name: "Offer it" }).click();
  await expect(coordinator.getByText("Thank you: it is offered now.")).toBeVisible();
  await expect(coordinator.getByRole("heading", { level: 1, name: shiftTitle })).toBeVisible();
  await expect(coordinator.getByText("0 / 2 signed up")).toBeVisible();
  await expect(coordinator.getByText(/No one has signed up yet — share the/)).toBeVisible();
  const optionUrl = coordinator.url().replace(/\?.*$/, "");

  // A supporter signs up on the group's page.
  const supporter = await newPage(browser);
  const email = uniqueEmail("volunteer");
  const name = `Rosa ${id}`;
  await signInByEmail(supporter, email, `/groups/${GROUP_SLUG}`);
  const card = supporter.getByRole("article", { name: shiftTitle });
  await card.getByLabel("Your name").fill(name);
  await card.getByLabel("A note to the group (optional)").fill('=1+1, I can bring "extra" chairs');
  await card.getByRole("button", { name: "Sign me up" }).click();
  await expect(card.getByText("You're signed up", { exact: false }).first()).toBeVisible();

  // The coordinator sees them and marks that they came.
  await coordinator.goto(optionUrl);
  await expect(coordinator.getByText("1 / 2 signed up")).toBeVisible();
  const roster = coordinator.getByRole("table", { name: new RegExp(`People who pledged to ${shiftTitle}`) });
  const row = roster.getByRole("row", { name: new RegExp(name) });
  await expect(row.getByRole("link", { name: email })).toBeVisible();
  await expect(row.getByText("Signed up")).toBeVisible();
  await row.getByRole("button", { name: `Attended: ${name}` }).click();
  await expect(row.getByText("Attended", { exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: `Undo: ${name}` })).toBeVisible();

  // The list as a spreadsheet: formulas neutralised.
  const href = await coordinator.getByRole("link", { name: "Download the list (CSV)" }).getAttribute("href");
  const csv = await coordinator.request.get(href ?? "");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toMatch(/attachment; filename=".+-roster\.csv"/);
  const text = await csv.text();
  expect(text).toContain(`${name},${email},`);
  expect(text).toContain(`"'=1+1, I can bring ""extra"" chairs",Done`);
  // Someone outside the group gets nothing.
  expect((await supporter.request.get(href ?? "")).status()).toBe(404);

  // A message to the shift's volunteers, sent once even when sent twice.
  const subject = `Bring a pen ${id}`;
  await coordinator.getByLabel("Subject").fill(subject);
  await coordinator.getByLabel("Message").fill("Thank you for coming!\n\nPlease bring a pen.");
  await coordinator.getByRole("button", { name: "Send to volunteers" }).click();
  await expect(coordinator.getByText("Sent to 1 volunteer.")).toBeVisible();
  await coordinator.getByRole("button", { name: "Send to volunteers" }).click();
  await expect(coordinator.getByText("This message was already sent to 1 volunteer.")).toBeVisible();
  await expect
    .poll(async () => (await emailsTo(email)).filter((e) => e.subject.startsWith(subject)).length, {
      timeout: 15_000,
    })
    .toBe(1);
  const [message] = (await emailsTo(email)).filter((e) => e.subject.startsWith(subject));
  expect(message?.reply_to).toBe(COORDINATOR);
  expect(message?.text).toContain("Please bring a pen.");

  // Closing keeps the roster.
  await coordinator.getByRole("button", { name: "Close to new pledges" }).click();
  await expect(coordinator.getByRole("button", { name: "Open again" })).toBeVisible();
  await expect(coordinator.getByText("Closed to new pledges")).toBeVisible();
  await expect(roster.getByRole("row", { name: new RegExp(name) })).toBeVisible();

  // Strangers see no dashboard.
  expect((await supporter.goto(`/groups/${GROUP_SLUG}/dashboard`))?.status()).toBe(404);
});
