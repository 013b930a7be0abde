import { expect, test } from "@playwright/test";

// The happy path (asked after N days, answered, counted) needs letters delivered weeks ago, which only the
// data layer can arrange: lib/letters/replies.test.ts covers it. Here: the pages as people reach them.

test("an unknown or mangled reply link says so kindly, and nothing else", async ({ page }) => {
  for (const token of ["A".repeat(43), "not-a-token"]) {
    const response = await page.goto(`/letters/replies/${token}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
    await expect(page.getByText("couldn't find this link")).toBeVisible();
    await expect(page.getByRole("radio")).toHaveCount(0);
  }
});

test("answering from your own letter needs you signed in", async ({ page }) => {
  const response = await page.goto("/letters/00000000-0000-0000-0000-000000000000/replies");
  await expect(page).toHaveURL(/\/sign-in/);
  expect(response?.status()).toBeLessThan(500);
});
