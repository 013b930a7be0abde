import { randomBytes } from "node:crypto";
import { type Browser, expect, type Page, test } from "@playwright/test";
import type { FakeEmail } from "./fakes/fake-resend";
import { emailsTo, uniqueEmail, waitForEmail } from "./fixtures";
import { signInAsDemo, signInByEmail } from "./sign-in";

// Issue 20, item 8: a group moves a shift, then cancels it, with JavaScript off; the volunteer's calendar gets
// an update and a cancellation of the very event the invitation added (same UID, higher SEQUENCE).

type EmailWithFiles = FakeEmail & {
  attachments?: { filename: string; content: string; content_type?: string }[];
};

const GROUP_SLUG = "casa-del-pueblo-tenants-union";

function daysAhead(days: number, time: string): string {
  const date = new Date(Date.now() + days * 24 * 3_600_000);
  return `${date.toISOString().slice(0, 10)}T${time}`;
}

function calendarOf(email: FakeEmail): string {
  const file = (email as EmailWithFiles).attachments?.find((a) => a.filename.endsWith(".ics"));
  expect(file, `a calendar file in "${email.subject}"`).toBeTruthy();
  return Buffer.from(file?.content ?? "", "base64")
    .toString("utf8")
    .replace(/\r\n /g, "");
}

const field = (calendar: string, name: string) => new RegExp(`^${name}:(.*?)\\r?$`, "m").exec(calendar)?.[1];

async function withoutScript(browser: Browser): Promise<Page> {
  return (await browser.newContext({ javaScriptEnabled: false })).newPage();
}

test("moving and then cancelling a shift, without JavaScript, updates and then removes the volunteer's calendar event", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const id = randomBytes(3).toString("hex");
  const title = `Flyer folding ${id}`;

  // The coordinator offers a shift, with JavaScript off.
  const coordinator = await withoutScript(browser);
  await signInAsDemo(coordinator, "coordinator", `/groups/${GROUP_SLUG}/dashboard`);
  await coordinator.getByRole("link", { name: "Offer a new way to help" }).click();
  await coordinator.getByRole("link", { name: /Volunteer shift/ }).click();
  await coordinator.getByLabel("Title", { exact: true }).fill(title);
  await coordinator.getByLabel("Time zone of the place").selectOption("America/Chicago");
  await coordinator.getByLabel("Starts", { exact: true }).fill(daysAhead(12, "10:00"));
  await coordinator.getByLabel("Ends", { exact: true }).fill(daysAhead(12, "12:00"));
  await coordinator.getByLabel("Place", { exact: true }).fill("Casa del Pueblo, 1831 S Racine Ave");
  await coordinator.getByLabel("How many volunteers").fill("4");
  await coordinator.getByRole("button", { name: "Offer it" }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const optionUrl = coordinator.url().replace(/\?.*$/, "");

  // A volunteer signs up and gets the invitation.
  const volunteer = await (await browser.newContext()).newPage();
  const email = uniqueEmail("shift-volunteer");
  await signInByEmail(volunteer, email, `/groups/${GROUP_SLUG}`);
  const card = volunteer.getByRole("article", { name: title });
  await card.getByLabel("Your name").fill(`Noor ${id}`);
  await card.getByRole("button", { name: "Sign me up" }).click();
  await expect(card.getByText("You're signed up", { exact: false }).first()).toBeVisible();
  const invitation = calendarOf(await waitForEmail(email, new RegExp(`You're signed up: ${title}`)));
  const uid = field(invitation, "UID");
  expect(uid).toMatch(/^pledge-.+@chorus$/);
  expect(field(invitation, "SEQUENCE")).toBe("0");

  // My pledges offers the same event to add to a calendar.
  await volunteer.goto("/account/pledges");
  const mine = volunteer.getByRole("article", { name: title });
  const download = await mine
    .getByRole("link", { name: /Add to my calendar \(\.ics\)/ })
    .getAttribute("href");
  const file = await volunteer.request.get(download ?? "");
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toContain("text/calendar");
  const downloaded = (await file.text()).replace(/\r\n /g, "");
  expect(field(downloaded, "UID")).toBe(uid);
  expect(field(downloaded, "METHOD")).toBe("PUBLISH");
  const google = await mine.getByRole("link", { name: /Add to Google Calendar/ }).getAttribute("href");
  expect(google).toMatch(/^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&/);
  // Nobody else can download it.
  expect((await coordinator.request.get(download ?? "")).status()).toBe(404);

  // The coordinator moves it an hour later: the volunteer's calendar gets an update.
  await coordinator.goto(`${optionUrl}/edit`);
  await coordinator.getByLabel("Starts", { exact: true }).fill(daysAhead(12, "11:00"));
  await coordinator.getByLabel("Ends", { exact: true }).fill(daysAhead(12, "13:00"));
  await coordinator.getByRole("button", { name: "Save changes" }).click();
  await expect(coordinator.getByText("Saved.")).toBeVisible();
  const update = await waitForEmail(email, new RegExp(`New time or place: ${title}`));
  expect(update.text).toContain("You are still signed up");
  const updated = calendarOf(update);
  expect(field(updated, "METHOD")).toBe("REQUEST");
  expect(field(updated, "UID")).toBe(uid);
  expect(field(updated, "SEQUENCE")).toBe("1");

  // Saving again without a change tells nobody anything new.
  await coordinator.goto(`${optionUrl}/edit`);
  await coordinator.getByRole("button", { name: "Save changes" }).click();
  await expect(coordinator.getByText("Saved.")).toBeVisible();

  // Then cancels it, with JavaScript off.
  await coordinator.goto(optionUrl);
  await coordinator.getByText("Cancel this shift").click();
  await coordinator.getByRole("button", { name: "Yes, cancel the shift" }).click();
  await expect(
    coordinator.getByRole("status").getByText("The shift is cancelled, and its volunteer is being told."),
  ).toBeVisible();
  await expect(coordinator.getByText("Cancelled", { exact: true })).toBeVisible();
  await expect(coordinator.getByRole("button", { name: "Open again" })).toHaveCount(0);

  const cancellation = await waitForEmail(email, new RegExp(`Cancelled: ${title}`));
  const cancelled = calendarOf(cancellation);
  expect(field(cancelled, "METHOD")).toBe("CANCEL");
  expect(field(cancelled, "STATUS")).toBe("CANCELLED");
  expect(field(cancelled, "UID")).toBe(uid);
  expect(field(cancelled, "SEQUENCE")).toBe("2");

  // One email per change, however often the jobs ran.
  const about = async (subject: RegExp) =>
    (await emailsTo(email)).filter((e) => subject.test(e.subject)).length;
  expect(await about(/^New time or place:/)).toBe(1);
  expect(await about(/^Cancelled:/)).toBe(1);

  // The volunteer's list says what happened.
  await volunteer.goto("/account/pledges");
  await expect(
    volunteer.getByRole("article", { name: title }).getByText("The group cancelled this shift"),
  ).toBeVisible();
});
