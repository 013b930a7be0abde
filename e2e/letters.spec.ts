import { expect, test } from "@playwright/test";
import { emailsTo, uniqueEmail, waitForEmail } from "./fixtures";

const COUNCIL = "city-council@example.org";

test("a new supporter writes on the demo campaign, confirms by email, and follows every delivery", async ({
  page,
}) => {
  const email = uniqueEmail("writer");
  const story = `My family was evicted in 2019 without a lawyer (${email}).`;

  await page.goto("/campaigns/demo");
  await page.getByLabel("Your ZIP code").fill("60062");
  await page.getByRole("button", { name: "Find who to write to" }).click();

  // 60062 is split between districts and this campaign writes to the House: the supporter picks theirs.
  await expect(page.getByText("ZIP code 60062 is split between districts")).toBeVisible();
  await page.getByRole("radio", { name: /IL-9/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();

  const targets = page.getByRole("region", { name: "Your letter goes to" });
  await expect(targets.getByText("City Council")).toBeVisible();
  await expect(targets.getByText("Janice D. Schakowsky")).toBeVisible();
  await expect(page.getByText("This is the campaign's letter, word for word.")).toBeVisible();

  await page.getByLabel("Why this matters to you").fill(story);
  await expect(page.getByText("This letter is personal: thank you.")).toBeVisible();
  await page.getByLabel("First name").fill("Lena");
  await page.getByLabel("Last name").fill("Okafor");
  await page.getByLabel("City").fill("Northbrook");
  await page.getByLabel(/^Email/).fill(email);
  await page.getByRole("button", { name: "Continue: confirm by email" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  // Nothing reaches the council before the supporter confirms.
  const confirmation = await waitForEmail(email, /^Confirm your letter/);
  expect((await emailsTo(COUNCIL)).filter((e) => e.text?.includes(story))).toHaveLength(0);
  const link = confirmation.text?.match(/http:\/\/localhost:3100\/letters\/confirm\/[A-Za-z0-9_-]+/)?.[0];
  expect(link).toBeTruthy();

  await page.goto(link ?? "");
  await page.getByRole("button", { name: "Confirm and send my letter" }).click();
  await expect(page.getByRole("heading", { name: "Your letter" })).toBeVisible();
  // Confirming signed the supporter in.
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Your account" }),
  ).toBeVisible();

  // The council gets the merged letter by email, with the supporter as Reply-To, exactly once.
  await expect
    .poll(async () => (await emailsTo(COUNCIL)).filter((e) => e.text?.includes(story)).length, {
      timeout: 20_000,
    })
    .toBe(1);
  const [toCouncil] = (await emailsTo(COUNCIL)).filter((e) => e.text?.includes(story));
  expect(toCouncil?.subject).toBe("Please guarantee a right to counsel for tenants");
  expect(toCouncil?.text).toContain("Dear City Council,");
  expect(toCouncil?.text).toContain("I ask you to guarantee a right to counsel");
  expect(toCouncil?.text).toContain("Lena Okafor");
  expect(toCouncil?.reply_to).toBe(email);
  expect(toCouncil?.from).toContain("Lena Okafor via Chorus");

  // A receipt email lists exactly what went where.
  const receiptEmail = await waitForEmail(email, /where it goes$/);
  expect(receiptEmail.text).toContain(
    "City Council, Council Members: will be sent by email (Chorus sends it)",
  );
  // Our data has no contact form for her, only her website: the words say so (issue 18).
  expect(receiptEmail.text).toContain(
    "Janice D. Schakowsky, U.S. Representative: waiting for you: their website (they have no contact form in our data)",
  );
  expect(receiptEmail.text).not.toContain("we will deliver");

  // The receipt tells the truth: emailed once accepted; Congress waits for the supporter's hand-off.
  await page.reload();
  const council = page.getByRole("listitem").filter({ hasText: "City Council" });
  await expect(council.getByText(/Sent by email on .* \(accepted by our email provider\)/)).toBeVisible();
  const rep = page.getByRole("listitem").filter({ hasText: "Janice D. Schakowsky" });
  await expect(rep.getByText("Your turn: send it through their website")).toBeVisible();
  await expect(
    rep.getByRole("link", { name: /Open Janice D\. Schakowsky's website — they have no contact form/ }),
  ).toBeVisible();
  await expect(rep.getByLabel("Your letter to Janice D. Schakowsky")).toHaveValue(
    /Dear Representative Schakowsky,/,
  );
  await rep.getByRole("button", { name: "I sent it to Janice D. Schakowsky" }).click();
  await expect(rep.getByText(/You sent it through their website/)).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: "Richard J. Durbin" }).getByText("Your turn"),
  ).toBeVisible();

  // Writing again on the same campaign sends nothing new.
  await page.goto("/campaigns/demo?zip=60062&district=IL-9#write");
  await page.getByLabel("First name").fill("Lena");
  await page.getByLabel("Last name").fill("Okafor");
  await page.getByRole("button", { name: "Send my letter" }).click();
  await expect(page.getByText("You have already written for this campaign.")).toBeVisible();
  await page.getByRole("link", { name: "See your letter and what happened to it" }).click();
  await expect(page.getByRole("heading", { name: "Your letter" })).toBeVisible();
});

test("a malformed or unknown ZIP gets a clear message", async ({ page }) => {
  await page.goto("/campaigns/demo?zip=123#write");
  await expect(page.getByRole("alert").filter({ hasText: "5-digit ZIP code" })).toBeVisible();
  await page.goto("/campaigns/demo?zip=99999#write");
  await expect(page.getByRole("alert").filter({ hasText: "couldn't find ZIP code 99999" })).toBeVisible();
});

test("another person's receipt is not there", async ({ page }) => {
  const response = await page.goto("/letters/00000000-0000-0000-0000-000000000000");
  // Signed out: sent to sign in first; the page itself never shows.
  await expect(page).toHaveURL(/\/sign-in/);
  expect(response?.status()).toBeLessThan(500);
});
