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

test("a split ZIP shows the places each district covers, and a choice narrows it", async ({ page }) => {
  await page.goto("/officials?zip=60623");
  const choice = page.getByRole("group", { name: "Which district do you live in?" });
  const il4 = choice.getByRole("radio", { name: /IL-4/ });
  await expect(il4).toBeVisible();
  await expect(choice.getByText("Offices in Melrose Park and Chicago")).toBeVisible();
  await expect(choice.getByText(/also covers ZIP codes 60165, 60402, 60804/)).toBeVisible();

  await choice.getByRole("radio", { name: /IL-7/ }).check();
  await page.getByRole("button", { name: "Show my representative" }).click();
  await expect(page.getByText("Congressional district IL-7, as you chose.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Danny K. Davis" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /García/ })).toHaveCount(0);
});

test("state legislators by district or by name, without a street address", async ({ page }) => {
  await page.goto("/officials?zip=60623&district=IL-7");
  const section = page.getByRole("region", { name: "Your state legislators" });
  await section
    .getByLabel("Your State Senate district")
    .selectOption({ label: "District 20 — Graciela Guzmán" });
  await section.getByRole("button", { name: "Show my state legislators" }).click();
  await expect(page).toHaveURL(/upper=20/);
  const guzman = section.getByRole("article", { name: "Graciela Guzmán" });
  await expect(guzman).toBeVisible();
  await expect(guzman.getByText("State Senator · District 20")).toBeVisible();
  await expect(guzman.getByRole("link", { name: /@/ })).toBeVisible();
  // The congressional choice is kept.
  await expect(page.getByText("Congressional district IL-7, as you chose.")).toBeVisible();

  await section.getByLabel("Or search by name").fill("xyz");
  await section.getByRole("button", { name: "Search" }).click();
  await expect(
    section.getByRole("heading", { name: "No state legislator matches “xyz” in Illinois" }),
  ).toBeVisible();

  await section.getByLabel("Or search by name").fill("aaron ortiz");
  await section.getByRole("button", { name: "Search" }).click();
  await expect(section.getByRole("article", { name: "Aarón Ortíz" })).toBeVisible();
});

test("state legislators on their own: choose a state first", async ({ page }) => {
  await page.goto("/officials");
  const section = page.getByRole("region", { name: "Your state legislators" });
  await section.getByLabel("Your state").selectOption({ label: "Nebraska" });
  await section.getByRole("button", { name: "Show its legislators" }).click();
  await section.getByLabel("Your Legislature district").selectOption({ index: 1 });
  await section.getByRole("button", { name: "Show my state legislators" }).click();
  await expect(section.getByRole("heading", { name: "Your state legislators in Nebraska" })).toBeVisible();
  await expect(section.getByRole("article")).toHaveCount(1);
});

test("the letter flow's district choice shows the places too", async ({ page }) => {
  await page.goto("/campaigns/demo?zip=60623#write");
  await expect(page.getByText("ZIP code 60623 is split between districts")).toBeVisible();
  await expect(page.getByText("Offices in Melrose Park and Chicago")).toBeVisible();
  await page.getByRole("radio", { name: /IL-4/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("ZIP code 60623 · IL-4")).toBeVisible();
});
