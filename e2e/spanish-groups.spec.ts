import { randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { magicLinkFrom, uniqueEmail, waitForEmail } from "./fixtures";
import { signInAsDemo } from "./sign-in";

// Groups and pledges in Spanish (issue 8, item 3): a browser that asks for Spanish reads the directory, a group's
// page, the pledge form with its errors, My pledges and the group's dashboard in Spanish; what the group typed
// (its name, statement, focus areas, the options' titles) stays as typed.

test.use({ locale: "es-MX" });

const GROUP_SLUG = "casa-del-pueblo-tenants-union";
const GROUP = "Casa del Pueblo Tenants Union";
const CLINIC = "Know-your-rights clinic";
const GIFT = "Fund court accompaniment";

async function expectSpanish(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
}

test("the groups directory filters by focus area and ZIP code in Spanish", async ({ page }) => {
  await page.goto("/groups");
  await expectSpanish(page);
  await expect(page).toHaveTitle(/Grupos comunitarios/);
  await expect(page.getByRole("heading", { level: 1, name: "Grupos comunitarios" })).toBeVisible();
  await expect(
    page.getByText(/formas? de ayudar ahora|no hay formas de ayudar abiertas/).first(),
  ).toBeVisible();
  await expectAccessible(page, "the groups directory in Spanish");

  await page.getByRole("combobox", { name: "Tema" }).selectOption("housing");
  await page.getByLabel("Tu código postal (opcional)").fill("60608");
  await page.getByRole("button", { name: "Buscar grupos" }).click();
  await expect(
    page.getByText("Primero los más cercanos al código postal 60608", { exact: false }),
  ).toBeVisible();
  await expect(page.getByText(/^\d+ grupos? de \d+$/)).toBeVisible();
  await expect(page.getByRole("article", { name: GROUP })).toBeVisible();
  await expect(page.getByText("Trabaja a distancia").first()).toBeVisible();
  await expectAccessible(page, "the directory sorted by ZIP code in Spanish");

  // A ZIP code that is not one: the error in Spanish, tied to its field.
  await page.getByLabel("Tu código postal (opcional)").fill("6062");
  await page.getByRole("button", { name: "Buscar grupos" }).click();
  await expect(page.getByText("Un código postal (ZIP) tiene 5 dígitos, como 60623.")).toBeVisible();
  await expect(page.getByLabel("Tu código postal (opcional)")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "the directory's ZIP error in Spanish");

  await page.goto("/groups?q=zzzz+nada");
  await expect(page.getByText("Ningún grupo coincide con “zzzz nada”.")).toBeVisible();
});

test("a supporter reads a group's page and pledges a gift in Spanish, with errors tied to their fields", async ({
  page,
}) => {
  const email = uniqueEmail("es-pledger");
  await page.goto(`/groups/${GROUP_SLUG}`);
  await expectSpanish(page);
  await expect(page.getByRole("heading", { level: 1, name: GROUP })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Quién lo dirige" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Formas de ayudar" })).toBeVisible();
  const clinic = page.getByRole("article", { name: CLINIC });
  await expect(clinic.getByText("Turno de voluntariado")).toBeVisible();
  await expect(clinic.getByText(/hora del Centro/)).toBeVisible();
  await expect(clinic.getByText(/Quedan \d+ de 8 lugares|Lleno/)).toBeVisible();
  await expectAccessible(page, "a group's page in Spanish");

  // Pledging needs an account: the sign-in link brings the supporter back to the group's ways to help.
  await page
    .getByRole("article", { name: GIFT })
    .getByRole("link", { name: /Inicia sesión para comprometerte/ })
    .click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByRole("button", { name: "Envíame un enlace para iniciar sesión" }).click();
  await expect(page.getByRole("heading", { name: "Revisa tu correo" })).toBeVisible();
  await page.goto(magicLinkFrom(await waitForEmail(email, /iniciar sesión|sign-in link/i)));
  await expect(page).toHaveURL(new RegExp(`/groups/${GROUP_SLUG}(#help)?$`));
  await expectSpanish(page);

  // Nothing filled in: both errors in Spanish, each tied to its field.
  const gift = page.getByRole("article", { name: GIFT });
  await expect(gift.getByText("Donación", { exact: true })).toBeVisible();
  await gift.getByLabel("Tu nombre").fill("");
  await gift.getByRole("button", { name: "Comprometer mi donación" }).click();
  await expect(gift.getByText("Dile al grupo tu nombre.")).toBeVisible();
  await expect(gift.getByLabel("Tu nombre")).toHaveAttribute("aria-invalid", "true");
  await expect(gift.getByText("Elige o escribe una cantidad.")).toBeVisible();
  await expect(gift.getByLabel("Otra cantidad en dólares estadounidenses")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(gift.getByText("Revisa los campos marcados.")).toBeVisible();
  await expectAccessible(page, "the pledge form's errors in Spanish");

  await gift.getByLabel("Tu nombre").fill("Rosa Martínez");
  await gift.getByRole("radio", { name: "$25" }).check();
  await gift.getByRole("button", { name: "Comprometer mi donación" }).click();
  await expect(gift.getByText("Anotamos tu compromiso de $25 una vez", { exact: false })).toBeVisible();
  await expect(
    gift.getByRole("link", { name: "Cuando hayas donado, avísanos en Mis compromisos" }),
  ).toBeVisible();
  await expectAccessible(page, "a pledge's thanks in Spanish");

  await page.goto("/account/pledges");
  await expectSpanish(page);
  await expect(page.getByRole("heading", { level: 1, name: "Mis compromisos" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Próximos y pendientes" })).toBeVisible();
  const mine = page.getByRole("article", { name: GIFT });
  await expect(mine.getByText("$25 una vez")).toBeVisible();
  await expect(mine.getByText(/Comprometido, aún sin donar/)).toBeVisible();
  await expect(mine.getByRole("button", { name: /Ya doné/ })).toBeVisible();
  await expectAccessible(page, "My pledges in Spanish");
});

test("the coordinator reads the group's dashboard, a shift's roster and the new-option form in Spanish", async ({
  page,
}) => {
  await page.context().addCookies([{ name: "chorus_lang", value: "es", url: "http://localhost:3100" }]);
  await signInAsDemo(page, "coordinator", `/groups/${GROUP_SLUG}/dashboard`);
  await expectSpanish(page);
  await expect(page).toHaveTitle(/Panel del grupo/);
  await expect(page.getByRole("heading", { level: 1, name: "Panel" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Comprometido y cumplido" })).toBeVisible();
  await expect(page.getByText("Voluntarios", { exact: true })).toBeVisible();
  const options = page.getByRole("table", { name: /Formas de ayudar que ofrece Casa del Pueblo/ });
  await expect(options.getByRole("columnheader", { name: "Forma de ayudar" })).toBeVisible();
  await expect(options.getByText(/\d+ \/ 8 inscritos/)).toBeVisible();
  await expect(options.getByText("Abierta").first()).toBeVisible();
  await expectAccessible(page, "the group dashboard in Spanish");

  await options.getByRole("link", { name: CLINIC }).click();
  await expectSpanish(page);
  await expect(page.getByRole("heading", { level: 1, name: CLINIC })).toBeVisible();
  await expect(page.getByText(/Turno de voluntariado · .*hora del Centro/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Quién se inscribió" })).toBeVisible();
  await expectAccessible(page, "a shift's roster in Spanish");

  // A new shift with nothing filled in: Spanish errors tied to their fields.
  await page.goto(`/groups/${GROUP_SLUG}/dashboard/options/new`);
  await expect(page.getByRole("heading", { level: 1, name: "Ofrecer una forma de ayudar" })).toBeVisible();
  await page.getByRole("link", { name: /Turno de voluntariado/ }).click();
  await expect(page.getByLabel("Zona horaria del lugar")).toBeVisible();
  await page.getByLabel("Título").fill(`Turno ${randomBytes(2).toString("hex")}`);
  await page.getByRole("button", { name: "Publicarla" }).click();
  await expect(page.getByText("Elige cuándo empieza el turno.")).toBeVisible();
  await expect(page.getByLabel("Empieza")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "the new-option form's errors in Spanish");
});
