import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./fixtures";
import { signInByEmail } from "./sign-in";

// English and Spanish (issue 8, item 3): the person's choice first, then the browser's languages.

test.describe("a browser that asks for Spanish", () => {
  test.use({ locale: "es-MX" });

  test("gets Spanish without asking", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    const nav = page.getByRole("navigation", { name: "Principal" });
    await expect(nav.getByRole("link", { name: "Campañas" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Saltar al contenido" })).toBeAttached();
  });
});

test.describe("the switch, with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("changes the language and comes back to the same page", async ({ page, context }) => {
    await page.goto("/groups");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const switcher = page.getByRole("form", { name: "Language" });
    await expect(switcher.getByText("English")).toHaveAttribute("aria-current", "true");
    await switcher.getByRole("button", { name: "Español" }).click();
    await expect(page).toHaveURL(/\/groups$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("link", { name: "Tus representantes" })).toBeVisible();
    const cookie = (await context.cookies()).find((c) => c.name === "chorus_lang");
    expect(cookie?.value).toBe("es");
    expect(cookie?.sameSite).toBe("Lax");

    await page.getByRole("form", { name: "Idioma" }).getByRole("button", { name: "English" }).click();
    await expect(page).toHaveURL(/\/groups$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test("a signed-in person's choice follows them to another device", async ({ page, browser, baseURL }) => {
  const email = uniqueEmail("idioma");
  await signInByEmail(page, email);
  await page.getByRole("form", { name: "Language" }).getByRole("button", { name: "Español" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");

  // The same session, without the switch's cookie: the account remembers.
  const session = (await page.context().cookies()).filter((c) => c.name !== "chorus_lang");
  const other = await browser.newContext({ baseURL, locale: "en-US" });
  await other.addCookies(session);
  const second = await other.newPage();
  await second.goto("/account");
  await expect(second.locator("html")).toHaveAttribute("lang", "es");
  await other.close();
});

test("the switch refuses a language Chorus does not speak, and posts from other sites", async ({
  request,
}) => {
  const bad = await request.post("/language", { form: { to: "fr" } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toBe("Choose English or Spanish.");
  const crossSite = await request.post("/language", {
    form: { to: "es" },
    headers: { origin: "https://elsewhere.example" },
    maxRedirects: 0,
  });
  expect(crossSite.status()).toBe(403);
  expect(crossSite.headers()["set-cookie"]).toBeUndefined();
});
