import { expect, test } from "@playwright/test";

test("a split ZIP is narrowed by street address, with state legislators", async ({ page }) => {
  await page.goto("/officials");
  await page.getByLabel("ZIP code").fill("60062");
  await page.getByRole("button", { name: "Find my officials" }).click();
  await expect(page.getByText("is shared by 3 congressional districts")).toBeVisible();

  await page.getByLabel("Street address").fill("1 Nowhere Rd");
  await page.getByRole("button", { name: "Find my district" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "couldn't place that address" })).toBeVisible();

  await page.getByLabel("Street address").fill("1225 Cedar Ln");
  await page.getByLabel("City (optional)").fill("Northbrook");
  await page.getByRole("button", { name: "Find my district" }).click();
  await expect(page.getByText(/Congressional district IL-9\./)).toBeVisible();
  await expect(page.getByText("Janice D. Schakowsky")).toBeVisible();
  await expect(page.getByText("Bradley Scott Schneider")).toHaveCount(0);
  await expect(page.getByText("State legislature")).toBeVisible();
});

test("on a campaign, a street address can stand in for choosing the district", async ({ page }) => {
  await page.goto("/campaigns/demo?zip=60062#write");
  await expect(page.getByText("ZIP code 60062 is split between districts")).toBeVisible();
  await page.getByLabel("Street address").fill("1225 Cedar Ln");
  await page.getByRole("button", { name: "Find my district" }).click();
  const targets = page.getByRole("region", { name: "Your letter goes to" });
  await expect(targets.getByText("Janice D. Schakowsky")).toBeVisible();
  await expect(page.getByText("ZIP code 60062 · IL-9")).toBeVisible();
});
