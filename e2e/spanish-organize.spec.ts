import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { signInAsDemo } from "./sign-in";

// The organizer console in Spanish (issue 8, item 3): the language switch's cookie asks for Spanish, and every
// page of the console answers in it (the campaign's own words stay as the organizer wrote them).

const ORG = "neighbors-for-fair-housing";

async function spanish(page: Page) {
  await page.context().addCookies([{ name: "chorus_lang", value: "es", url: "http://localhost:3100" }]);
}

async function openDemoBuilder(page: Page) {
  await signInAsDemo(page, "organizer", `/organize/${ORG}`);
  await page
    .getByRole("link", { name: /Keep families housed/ })
    .first()
    .click();
  await expect(page.getByRole("navigation", { name: "Esta campaña" })).toBeVisible();
}

test.describe("an organizer who chose Spanish", () => {
  test("reads the console's home and the organization's page in Spanish", async ({ page }) => {
    await spanish(page);
    await signInAsDemo(page, "organizer", "/organize");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page).toHaveTitle(/Tus organizaciones/);
    await expect(page.getByRole("heading", { level: 1, name: "Tus organizaciones" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Consola del equipo organizador" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Crea una organización" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Crear organización" })).toBeVisible();
    await expect(page.getByText(/ cartas?( de [\d,]+)?$/).first()).toBeVisible();
    await expectAccessible(page, "the console's home in Spanish");

    await page.goto(`/organize/${ORG}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 2, name: "Campañas" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Equipo" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Campaña nueva" })).toBeVisible();
    await expect(page.getByLabel("Título de la campaña")).toBeVisible();
    await expectAccessible(page, "the organization's page in Spanish");
  });

  test("builds a campaign in Spanish: sections, fields, and an error tied to its field", async ({ page }) => {
    // The builder is the longest page axe reads (Congress topics, targets awaiting confirmation, preview link),
    // as organize.spec.ts allows.
    test.setTimeout(90_000);
    await spanish(page);
    await openDemoBuilder(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page).toHaveTitle(/Editor de la campaña/);
    for (const name of [
      "Lo básico",
      "A quién van las cartas",
      "La carta",
      "Pasos",
      "Recursos y testimonios",
    ]) {
      await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
    }
    await expect(page.getByRole("button", { name: "Guardar lo básico" })).toBeVisible();
    await expect(
      page
        .getByText("Su senador o senadora estatal")
        .or(page.getByText("Los dos senadores federales de la persona"))
        .first(),
    ).toBeVisible();
    await expectAccessible(page, "the campaign builder in Spanish");

    // A web address the builder refuses: the Spanish message sits at the field, tied to it.
    const slug = page.locator("#basics-slug");
    const saved = await slug.inputValue();
    await slug.fill("No Vale!");
    await page.getByRole("button", { name: "Guardar lo básico" }).click();
    await expect(page.getByText("Revisa los campos marcados.").first()).toBeVisible();
    await expect(slug).toHaveAttribute("aria-invalid", "true");
    await expect(slug).toHaveAccessibleDescription(/Usa letras minúsculas, números y guiones/);
    await expectAccessible(page, "the builder with a refused field, in Spanish");
    // Nothing was saved: the campaign keeps its address.
    await page.reload();
    await expect(page.locator("#basics-slug")).toHaveValue(saved);
  });

  test("reads the dashboard and the updates page in Spanish", async ({ page }) => {
    await spanish(page);
    await openDemoBuilder(page);
    await page.getByRole("link", { name: "Panel", exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page).toHaveTitle(/Panel de la campaña/);
    await expect(page.getByRole("heading", { level: 2, name: "Cartas", exact: true })).toBeVisible();
    await expect(page.getByText("Escritas", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Entregas", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "De dónde vienen las cartas" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Descargar" })).toBeVisible();
    await expectAccessible(page, "the dashboard in Spanish");

    await page.goto(page.url().replace(/\/dashboard$/, "/updates"));
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1, name: "Noticias para quienes apoyan" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Escribe noticias" })).toBeVisible();
    await expect(page.getByLabel("Asunto")).toBeVisible();
    await expect(page.getByRole("button", { name: "Guardar borrador y ver" })).toBeVisible();
    await expectAccessible(page, "the updates page in Spanish");
  });
});
