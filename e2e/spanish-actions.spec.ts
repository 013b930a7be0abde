import { expect, type Page, test } from "@playwright/test";
import { campaignWords } from "@/lib/campaigns/page.messages";
import { expectAccessible } from "./axe";
import { uniqueEmail } from "./fixtures";
import { signInByEmail } from "./sign-in";

// The campaign page and what a supporter does there, in Spanish (issue 8, item 3): every word of Chorus's own
// in Spanish, errors tied to their fields, and the answers of the actions in Spanish; with and without JavaScript.

/** From the ZIP form to the letter form, for ZIP 60062 (split: the supporter picks IL-9). */
async function openLetterForm(page: Page): Promise<void> {
  await page.goto("/campaigns/demo");
  await page.getByLabel("Tu código postal (ZIP)").fill("60062");
  await page.getByRole("button", { name: "Buscar a quién escribir" }).click();
  await expect(
    page.getByText("El código postal 60062 abarca varios distritos. ¿En cuál vives?"),
  ).toBeVisible();
  await page.getByRole("radio", { name: /IL-9/ }).check();
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page.getByRole("region", { name: "Tu carta va a" })).toBeVisible();
}

test.describe("a browser that asks for Spanish", () => {
  test.use({ locale: "es-MX" });

  test("reads the campaign page in Spanish", async ({ page }) => {
    await page.goto("/campaigns/demo");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    for (const heading of ["Por qué importa", "Pasa a la acción", "Formas de ayudar", "Comparte"]) {
      await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("heading", { name: "Pasos que puedes dar" })).toBeVisible();
    await expect(page.getByText("Ofrece una hora, un donativo o una habilidad a los grupos")).toBeVisible();

    const join = page.getByRole("region", {
      name: /se ha unido|se han unido|Sé la primera persona en unirte/,
    });
    await expect(join.getByLabel("Tu correo electrónico")).toBeVisible();
    await expect(join.getByText("Te enviamos un enlace por correo para confirmar.")).toBeVisible();
    await expect(join.getByRole("button", { name: "Unirme a esta campaña" })).toBeVisible();

    const share = page.getByRole("region", { name: "Comparte", exact: true });
    const byEmail = share.getByRole("link", { name: "Compartir por correo" });
    expect(decodeURIComponent((await byEmail.getAttribute("href")) ?? "")).toContain(
      "Me uní a esta campaña. ¿Sumas tu voz?",
    );
    await expect(share.getByRole("link", { name: "Compartir por mensaje de texto" })).toBeVisible();
    await expect(share.getByLabel("Enlace a esta campaña")).toBeVisible();
    await expect(share.getByRole("button", { name: "Copiar enlace" })).toBeVisible();
    await expect(page.locator("[data-copy]")).toHaveAttribute(
      "data-copy-done",
      "Enlace copiado. ¡Gracias por compartir!",
    );
    await expect(page.locator("[data-native-share]").first()).toHaveAttribute(
      "data-shared",
      "¡Gracias por compartir!",
    );
    await expectAccessible(page, "campaign page in Spanish");
  });

  test("writes a letter: labels, the personal measure and a field's error in Spanish", async ({ page }) => {
    const email = uniqueEmail("carta");
    await openLetterForm(page);
    const measure = page.locator("[data-personal]");
    await expect(measure.getByRole("status")).toHaveText(
      "¿Qué tan personal es? Esta es la carta de la campaña, palabra por palabra.",
    );
    await expect(page.getByText("La petición de la campaña (se queda como está)")).toBeVisible();
    // The lite page (no React) runs public/enhance.js, which takes its words from these attributes.
    expect(JSON.parse((await measure.getAttribute("data-labels")) ?? "{}")).toEqual({
      template: "Esta es la carta de la campaña, palabra por palabra.",
      some: "Una parte está en tus propias palabras.",
      personal: "Esta carta es personal: gracias.",
    });
    await expect(page.getByRole("button", { name: "Continuar: confirmar por correo" })).toHaveAttribute(
      "data-pending-text",
      "Enviando…",
    );
    await page
      .getByLabel("Por qué te importa")
      .fill(
        "En 2019 nos desalojaron a mi familia y a mí sin que nadie nos explicara nada. El dueño llegó con abogado; nosotros, solos. Mis hijos cambiaron tres veces de escuela ese año, y mis vecinos del edificio pasaron por lo mismo.",
      );
    await expect(measure.getByRole("status")).toHaveText(
      "¿Qué tan personal es? Esta carta es personal: gracias.",
    );

    // A name the letter cannot carry: the error comes back in Spanish, tied to its field.
    await page.getByLabel("Nombre", { exact: true }).fill("<Lena>");
    await page.getByLabel("Apellido").fill("Okafor");
    await page.getByLabel("Ciudad").fill("Northbrook");
    await page.getByLabel(/^Correo electrónico/).fill(email);
    await page.getByRole("button", { name: "Continuar: confirmar por correo" }).click();
    const firstName = page.getByLabel("Nombre", { exact: true });
    await expect(firstName).toHaveAttribute("aria-invalid", "true");
    await expect(firstName).toHaveAccessibleDescription("Tu nombre no puede tener saltos de línea ni < >.");
    await expect(page.getByText("Revisa los campos marcados.")).toBeVisible();
    await expectAccessible(page, "letter form with an error, in Spanish");

    await firstName.fill("Lena");
    await page.getByRole("button", { name: "Continuar: confirmar por correo" }).click();
    await expect(page.getByRole("heading", { name: "Revisa tu correo" })).toBeVisible();
    await expect(page.getByText(`Ya casi terminas: te enviamos un enlace a ${email}.`)).toBeVisible();
  });

  test("joins by email: a field's error, then the answer, in Spanish", async ({ page }) => {
    const email = uniqueEmail("unirse");
    await page.goto("/campaigns/demo");
    const join = page.getByRole("region", {
      name: /se ha unido|se han unido|Sé la primera persona en unirte/,
    });
    await join.getByLabel("Tu correo electrónico").fill("no-es-un-correo");
    await join.getByRole("button", { name: "Unirme a esta campaña" }).click();
    const field = join.getByLabel("Tu correo electrónico");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(join.getByText("Revisa los campos marcados.")).toBeVisible();
    await expectAccessible(page, "join form with an error, in Spanish");

    await field.fill(email);
    await join.getByRole("checkbox").check();
    await join.getByRole("button", { name: "Unirme a esta campaña" }).click();
    await expect(
      page.getByText(`Ya casi: te enviamos un enlace a ${email}. Ábrelo para confirmar que te unes.`),
    ).toBeVisible();
  });
});

test("a signed-in supporter who chose Spanish joins in one click, marks a step, and is answered in Spanish", async ({
  page,
  context,
  baseURL,
}) => {
  await signInByEmail(page, uniqueEmail("miembro"));
  await context.addCookies([{ name: "chorus_lang", value: "es", url: baseURL ?? "http://localhost:3100" }]);
  await page.goto("/campaigns/demo");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await page.getByRole("button", { name: "Unirme a esta campaña" }).click();
  await expect(page.getByText("Eres parte de esta campaña.")).toBeVisible();
  const prompt = page.getByRole("region", { name: "Pásalo: pídele a alguien que conoces que se una" });
  await expect(
    prompt.getByText(/^Acabo de unirme a “.*Solo toma unos minutos: ¿sumas tu voz\?/),
  ).toBeVisible();
  await expect(prompt.getByRole("link", { name: "Enviar por correo" })).toBeVisible();

  const steps = page.getByRole("region", { name: "Pasos que puedes dar" });
  await steps
    .getByRole("button", { name: /^Ya lo hice: / })
    .first()
    .click();
  await expect(steps.getByText(/^Gracias/).first()).toBeVisible();
  await expect(steps.getByText(/^Lo siguiente: /).first()).toBeVisible();
  await expect(steps.getByText("Hecho").first()).toBeVisible();
  await expectAccessible(page, "joined, in Spanish");
});

test("a supporter who chose Spanish pledges a gift on the campaign page: the thanks and the next step in Spanish", async ({
  page,
  context,
  baseURL,
}) => {
  await signInByEmail(page, uniqueEmail("donante"));
  await context.addCookies([{ name: "chorus_lang", value: "es", url: baseURL ?? "http://localhost:3100" }]);
  await page.goto("/campaigns/demo");
  const gift = page.getByRole("article", { name: "Fund court accompaniment" });
  await gift.getByLabel("Tu nombre").fill("Rosa Martínez");
  await gift.getByRole("radio", { name: "$25" }).check();
  await gift.getByRole("button", { name: "Comprometer mi donación" }).click();
  await expect(gift.getByText("Anotamos tu compromiso de $25 una vez", { exact: false })).toBeVisible();
  // The campaign's next step, named in Spanish (the demo's steps are Chorus's own, not typed by its organizers).
  const spanishSteps = Object.values(campaignWords.es.steps).map((step) => step.label);
  const next = gift.locator("[data-next-step]");
  await expect(next).toHaveText(/^Lo siguiente: /);
  expect(spanishSteps).toContain((await next.getByRole("link").textContent())?.trim());
});

test.describe("Spanish with JavaScript off", () => {
  test.use({ locale: "es-MX", javaScriptEnabled: false });

  test("the page reads, and the letter and join forms post, in Spanish", async ({ page }) => {
    const email = uniqueEmail("sin-js");
    await openLetterForm(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.locator("[data-personal]").getByRole("status")).toHaveText(
      "¿Qué tan personal es? Esta es la carta de la campaña, palabra por palabra.",
    );
    await page.getByLabel("Nombre", { exact: true }).fill("Lena");
    await page.getByLabel("Apellido").fill("Okafor");
    await page.getByLabel(/^Correo electrónico/).fill(email);
    await page.getByRole("button", { name: "Continuar: confirmar por correo" }).click();
    await expect(page.getByRole("heading", { name: "Revisa tu correo" })).toBeVisible();
    await expect(page.getByText(`Ya casi terminas: te enviamos un enlace a ${email}.`)).toBeVisible();

    await page.goto("/campaigns/demo");
    const join = page.getByRole("region", {
      name: /se ha unido|se han unido|Sé la primera persona en unirte/,
    });
    await join.getByLabel("Tu correo electrónico").fill(email);
    await join.getByRole("button", { name: "Unirme a esta campaña" }).click();
    await expect(page.getByText(`Ya casi: te enviamos un enlace a ${email}.`)).toBeVisible();
    // axe runs as a script in the page, so it checks these forms in the tests above, with JavaScript on.
  });
});
