import { expect, test } from "@playwright/test";
import { magicLinkFrom, uniqueEmail, waitForEmail } from "./fixtures";

test("a new person joins the demo campaign by email, sees it in their account, and leaves", async ({
  page,
}) => {
  const email = uniqueEmail("joiner");
  await page.goto("/campaigns/demo");
  const join = page.getByRole("region", { name: /joined|Be the first to join/ });
  await join.getByLabel("Your email").fill(email);
  // Consent is a separate choice, never ticked for them.
  await expect(join.getByRole("checkbox")).not.toBeChecked();
  await join.getByRole("checkbox").check();
  await join.getByRole("button", { name: "Join this campaign" }).click();
  await expect(page.getByText(`we emailed a link to ${email}`)).toBeVisible();

  const link = magicLinkFrom(await waitForEmail(email, /sign-in link/i));
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Join the campaign" })).toBeVisible();
  // Their earlier choice is shown again before anything is recorded.
  await expect(page.getByRole("checkbox")).toBeChecked();
  await page.getByRole("button", { name: "Confirm: join this campaign" }).click();
  await expect(page.getByText("You are part of this campaign.")).toBeVisible();

  await page.goto("/account");
  const joined = page.getByRole("region", { name: "Campaigns you joined" });
  await expect(joined.getByRole("link", { name: /Keep families housed/ })).toBeVisible();
  await joined.getByRole("button", { name: /^Leave/ }).click();
  await expect(joined.getByText("None yet.")).toBeVisible();

  await page.goto("/campaigns/demo");
  await expect(page.getByRole("button", { name: "Join this campaign" })).toBeVisible();
});
