import { expect, test } from "@playwright/test";
import { uniqueEmail, waitForEmail } from "./fixtures";

// Issue 18: the demo writes to Congress, so its letter form asks for a street address and a title (prefix), with
// the reason, and it works the plain HTML way with JavaScript off. The confirmation email then says per
// recipient how the letter goes, never "we will deliver" to all of them.
test.use({ javaScriptEnabled: false });

test("the demo's letter form asks for a street address and a title, and works without JavaScript", async ({
  page,
}) => {
  const email = uniqueEmail("congress-form");
  await page.goto("/campaigns/demo?zip=60623&district=IL-7#write");

  const street = page.getByLabel("Street address", { exact: true });
  await expect(street).toBeVisible();
  await expect(
    page.getByText(
      "Congress's mail system asks for your street address and a title; we keep your address only until your letter is delivered and never share it with the organizers.",
    ),
  ).toBeVisible();
  const title = page.getByLabel("Title", { exact: true });
  await expect(title).toBeVisible();
  await expect(title.locator("option")).toHaveText([
    "Choose one",
    "Mr.",
    "Mrs.",
    "Miss",
    "Ms.",
    "Dr.",
    "None of these",
  ]);
  await expect(
    page.getByText(
      "Senate offices only accept these titles; if you choose none, we show you their contact form instead.",
    ),
  ).toBeVisible();

  await page.getByLabel("Why this matters to you").fill(`Written to Congress without JavaScript (${email}).`);
  await page.getByLabel("First name").fill("Rosa");
  await page.getByLabel("Last name").fill("Script");
  await page.getByLabel("City").fill("Chicago");
  await street.fill("2400 S Pulaski Rd");
  await title.selectOption("Ms.");
  await page.getByLabel(/^Email/).fill(email);
  await page.getByRole("button", { name: "Continue: confirm by email" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const confirmation = await waitForEmail(email, /^Confirm your letter/);
  const text = (confirmation.text ?? "").replace(/\s+/g, " ");
  expect(text).not.toContain("we will deliver");
  expect(text).toContain("City Council, Council Members: once you confirm, sent by email (Chorus sends it)");
  // Without Congress's API keys every member of Congress is a hand-off: it waits for the supporter, and the
  // words say whether it is their contact form or only their website.
  expect(text).toMatch(
    /Danny K\. Davis, U\.S\. Representative: waiting for you: their (contact form|website)/,
  );
  expect(text).toMatch(/letters wait for you to send them yourself/);
});

test("a letter to Congress with no title chosen goes as before while Congress's system is off", async ({
  page,
}) => {
  const email = uniqueEmail("congress-none");
  await page.goto("/campaigns/demo?zip=60623&district=IL-7#write");
  await page.getByLabel("First name").fill("Noor");
  await page.getByLabel("Last name").fill("None");
  await page.getByLabel("Title", { exact: true }).selectOption("none");
  await page.getByLabel(/^Email/).fill(email);
  await page.getByRole("button", { name: "Continue: confirm by email" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
});
