import { expect, type Page, test } from "@playwright/test";
import { campaignWords } from "@/lib/campaigns/page.messages";
import { expectAccessible } from "./axe";
import { emailsTo, uniqueEmail } from "./fixtures";

// The supporter's pages outside the campaign page in Spanish (issue 8, item 3): a browser asking for Spanish gets
// <html lang="es">, Spanish words and an accessible page, on every one of them.

test.use({ locale: "es-MX" });

async function expectSpanish(page: Page, label: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expectAccessible(page, label);
}

test("home, officials, sign-in, unsubscribe and a missing page in Spanish", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Ser aliado es actuar." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Campañas a las que puedes unirte" })).toBeVisible();
  // The demo has the organizers' Spanish version: its card reads in Spanish too.
  await expect(
    page.getByRole("link", {
      name: "Que las familias conserven su hogar: derecho a un abogado para inquilinos",
    }),
  ).toBeVisible();
  await expectSpanish(page, "home");

  await page.goto("/officials");
  await expect(page).toHaveTitle(/Encuentra a tus representantes/);
  await page.getByLabel("Código postal (ZIP)").fill("6006");
  await page.getByRole("button", { name: "Buscar a mis representantes" }).click();
  await expect(page.getByText("Escribe un código postal (ZIP) de 5 dígitos, como 60062.")).toBeVisible();
  await page.getByLabel("Código postal (ZIP)").fill("60623");
  await page.getByRole("button", { name: "Buscar a mis representantes" }).click();
  await expect(page.getByText(/está dividido entre 2 distritos del Congreso/)).toBeVisible();
  const choice = page.getByRole("group", { name: "¿En qué distrito vives?" });
  await expect(choice.getByText(/Oficinas en Melrose Park y Chicago/)).toBeVisible();
  await choice.getByRole("radio", { name: /IL-7/ }).check();
  await page.getByRole("button", { name: "Mostrar a mi representante" }).click();
  await expect(page.getByText("Distrito del Congreso IL-7, como elegiste.")).toBeVisible();
  await expect(page.getByText("Senado de EE. UU.", { exact: true })).toBeVisible();
  const davis = page.getByRole("article", { name: "Danny K. Davis" });
  await expect(davis.getByText("Representante de EE. UU. · IL-7 · Demócrata")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tus legisladores estatales" })).toBeVisible();
  await expectSpanish(page, "officials for 60623, IL-7");

  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Inicia sesión" })).toBeVisible();
  await page.getByLabel("Correo electrónico").fill("no-es-un-correo");
  await page.getByRole("button", { name: "Envíame un enlace para iniciar sesión" }).click();
  await expect(
    page.getByText("Escribe una dirección de correo electrónico como nombre@example.org."),
  ).toBeVisible();
  await expectSpanish(page, "sign-in with an error");

  await page.goto("/unsubscribe/not-a-token");
  await expect(page.getByRole("heading", { name: "Este enlace no funciona" })).toBeVisible();
  await expectSpanish(page, "unsubscribe");

  await page.goto("/letters/confirm/not-a-token");
  await expect(page.getByRole("heading", { name: "Este enlace ya no funciona" })).toBeVisible();
  await expect(page.getByText(/No encontramos este enlace de confirmación\./)).toBeVisible();
  await page.goto("/letters/replies/not-a-token");
  await expect(page.getByRole("heading", { name: "Este enlace ya no funciona" })).toBeVisible();
  await expectSpanish(page, "an unknown reply link");

  const missing = await page.goto("/no-such-page-here");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "No encontramos esa página" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ver campañas abiertas" })).toBeVisible();
  await expectSpanish(page, "404");
});

test("a supporter's account, letter receipt and privacy page in Spanish", async ({ page }) => {
  test.setTimeout(90_000);
  const email = uniqueEmail("recibo");

  // A letter on the demo, in Spanish (the campaign page's words are its own spec's).
  await page.goto("/campaigns/demo?zip=60623&district=IL-7#write");
  const letter = page.locator("form:has(input[name=firstName])");
  await letter.locator("input[name=firstName]").fill("Rosa");
  await letter.locator("input[name=lastName]").fill("Martínez");
  await letter.locator("input[name=city]").fill("Chicago");
  await letter.locator("input[name=email]").fill(email);
  await letter.locator("button[type=submit]").click();

  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const texts = (await emailsTo(email)).map((e) => e.text ?? "");
        link = texts
          .map((t) => t.match(/http:\/\/localhost:3100\/letters\/confirm\/[A-Za-z0-9_-]+/)?.[0])
          .find(Boolean);
        return link ?? null;
      },
      { timeout: 20_000, message: `the confirmation email to ${email}` },
    )
    .not.toBeNull();
  await page.goto(link ?? "");
  await expect(page.getByRole("heading", { level: 1, name: "¿Enviamos tu carta, Rosa?" })).toBeVisible();
  await expectSpanish(page, "confirm the letter");
  await page.getByRole("button", { name: "Confirmar y enviar mi carta" }).click();

  // The receipt: statuses, channels and titles in Spanish.
  await expect(page).toHaveURL(/\/letters\/[^/?]+\?sent=1/);
  await expect(page.getByRole("heading", { level: 1, name: "Tu carta" })).toBeVisible();
  await expect(
    page.getByText(/^Gracias\. Chorus entrega tu carta donde puede, y \d+ te esperan/),
  ).toBeVisible();
  // The campaign's next step, named in Spanish.
  const next = page.locator("[data-next-step]");
  await expect(next).toHaveText(/^Gracias\. Lo siguiente: /);
  expect(Object.values(campaignWords.es.steps).map((step) => step.label)).toContain(
    (await next.getByRole("link").textContent())?.trim(),
  );
  await expect(page.getByRole("heading", { name: "A dónde va" })).toBeVisible();
  await expect(
    page.getByText(/^Por su (formulario de contacto|sitio web), que te toca enviar a ti/).first(),
  ).toBeVisible();
  await expect(
    page.getByText(/^Te toca: envíala por su (formulario de contacto|sitio web)$/).first(),
  ).toBeVisible();
  await expect(page.getByText(/, Senador\(a\) de EE\. UU\./).first()).toBeVisible();
  await expect(page.getByText(/Escrita el \d+ de \w+ de \d{4}\./)).toBeVisible();
  const davis = page.getByRole("listitem").filter({ hasText: "Danny K. Davis" });
  await davis.getByRole("button", { name: "Se la envié a Danny K. Davis" }).click();
  await expect(
    // Our data has no contact form for him, only his website: the words say so (issue 18).
    davis.getByText(/Tú confirmaste que la enviaste por su sitio web el /),
  ).toBeVisible();
  await expectSpanish(page, "letter receipt");
  const receipt = new URL(page.url()).pathname;

  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "Tu cuenta" })).toBeVisible();
  await expect(page.getByText(`Iniciaste sesión como ${email}.`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tus cartas" })).toBeVisible();
  await expect(page.locator(`a[href="${receipt}"]`)).toBeVisible();
  await page.getByLabel("Tu nombre").fill("");
  await page.getByRole("button", { name: "Guardar" }).click();
  await expect(page.getByText("Dinos cómo quieres que te llamemos.")).toBeVisible();
  await expectSpanish(page, "account");

  await page.goto("/account/privacy");
  await expect(page.getByRole("heading", { level: 1, name: "Tu privacidad" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Elimina tu cuenta" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Eliminar mi cuenta" })).toBeVisible();
  await expectSpanish(page, "privacy");

  await page.goto("/account/journey");
  await expect(page.getByRole("heading", { level: 1, name: "Tu recorrido" })).toBeVisible();
  await expectSpanish(page, "journey");
});
