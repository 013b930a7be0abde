import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { emailsTo, uniqueEmail, waitForEmail } from "./fixtures";

const COUNCIL = "city-council@example.org";

/** Writes a letter on the demo campaign signed out (IL-9) and returns the emailed confirmation link. */
async function writeLetter(page: Page, email: string, story: string): Promise<string> {
  await page.goto("/campaigns/demo");
  await page.getByLabel("Your ZIP code").fill("60062");
  await page.getByRole("button", { name: "Find who to write to" }).click();
  await page.getByRole("radio", { name: /IL-9/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Why this matters to you").fill(story);
  await page.getByLabel("First name").fill("Ines");
  await page.getByLabel("Last name").fill("Reader");
  await page.getByLabel("City").fill("Northbrook");
  await page.getByLabel(/^Email/).fill(email);
  await page.getByRole("button", { name: "Continue: confirm by email" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const confirmation = await waitForEmail(email, /^Confirm your letter/);
  expect(confirmation.text).toContain("Your letter begins:");
  const link = confirmation.text?.match(/http:\/\/localhost:3100\/letters\/confirm\/[A-Za-z0-9_-]+/)?.[0];
  expect(link).toBeTruthy();
  return link ?? "";
}

test("the confirmation page with the whole letter and the form to change it is accessible", async ({
  page,
}) => {
  const link = await writeLetter(page, uniqueEmail("axe-confirm"), "Checked for accessibility.");
  await page.goto(link);
  await expect(page.getByRole("region", { name: "Change your words" })).toBeVisible();
  await expectAccessible(page, "letter confirmation with the whole letter");
  // Removing every part of their own still leaves the campaign's ask: saved, not "empty".
  await page
    .getByRole("region", { name: "Change your words" })
    .getByLabel("Why this matters to you")
    .fill("");
  await page.getByRole("region", { name: "Change your words" }).getByLabel("Greeting").fill("");
  await page.getByRole("region", { name: "Change your words" }).getByLabel("Closing").fill("");
  await page.getByRole("button", { name: "Save my changes" }).click();
  await expect(page.getByText("Your changes are saved.")).toBeVisible();
  await expectAccessible(page, "letter confirmation after saving changes");
});

// Issue 19, item 6: nobody's name goes on a letter they have not seen. With JavaScript off, the confirmation page
// shows the whole letter as it will be sent, and the supporter changes their own words before sending it.
test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a supporter reads the whole letter, changes their words and sends it, with JavaScript off", async ({
    page,
  }) => {
    const email = uniqueEmail("reads-first");
    const first = `First words, before reading it again (${email}).`;
    const second = `Second thoughts: my neighbor lost her home in May (${email}).`;

    const link = await writeLetter(page, email, first);

    // The page shows it whole, for each target, merged.
    await page.goto(link);
    const asSent = page.getByRole("region", { name: "Word for word, as it will be sent" });
    await expect(asSent.getByText(first).first()).toBeVisible();
    await expect(asSent.getByText(/Dear Representative Schakowsky,/)).toBeVisible();
    await expect(asSent.getByText(/I ask you to guarantee a right to counsel/).first()).toBeVisible();

    // Changing their own words, without a script.
    const change = page.getByRole("region", { name: "Change your words" });
    await change.getByLabel("Why this matters to you").fill(second);
    await change.getByRole("button", { name: "Save my changes" }).click();
    await expect(page.getByText("Your changes are saved.")).toBeVisible();
    await expect(asSent.getByText(second).first()).toBeVisible();
    await expect(asSent.getByText(first)).toHaveCount(0);

    await page.getByRole("button", { name: "Confirm and send my letter" }).click();
    await expect(page.getByRole("heading", { name: "Your letter" })).toBeVisible();
    // What goes out is what they read last.
    await expect
      .poll(async () => (await emailsTo(COUNCIL)).some((e) => e.text?.includes(second)), { timeout: 30_000 })
      .toBe(true);
    expect((await emailsTo(COUNCIL)).some((e) => e.text?.includes(first))).toBe(false);
  });
});
