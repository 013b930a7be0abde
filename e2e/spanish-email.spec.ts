import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { magicLinkFrom, uniqueEmail, waitForEmail } from "./fixtures";

// Emails in Spanish (issue 8, item 3), as the fake Resend receives them: a person whose browser asks for Spanish
// signs in and gets the sign-in link (and the welcome) in Spanish, and the page the link opens is Spanish; a
// letter written in Spanish is confirmed by a Spanish email that names the campaign by its Spanish title.

const SPANISH_TITLE = "Que las familias conserven su hogar: derecho a un abogado para inquilinos";

/** Queued emails wait behind the rest of the suite's, so this waits longer than the page's own steps. */
const mailTo = (address: string, subject: RegExp) => waitForEmail(address, subject, 30_000);

async function expectSpanishPage(page: Page, label: string): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expectAccessible(page, label);
}

test.use({ locale: "es-MX" });

test("signs in from /sign-in: the link, the welcome and the account page are in Spanish", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const email = uniqueEmail("entrar");
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Inicia sesión" })).toBeVisible();
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByRole("button", { name: "Envíame un enlace para iniciar sesión" }).click();
  await expect(page.getByRole("heading", { name: "Revisa tu correo" })).toBeVisible();
  await expectSpanishPage(page, "check your email, in Spanish");

  const signIn = await mailTo(email, /^Tu enlace para iniciar sesión en /);
  expect(signIn.subject).toBe("Tu enlace para iniciar sesión en localhost:3100");
  expect(signIn.html).toMatch(/<html[^>]* lang="es"/);
  // Headings are in the HTML as written (the plain text shouts them in capitals).
  expect(signIn.html).toContain("Inicia sesión en Chorus</h1>");
  expect(signIn.text).toContain(
    "Usa el botón de abajo para iniciar sesión. El enlace funciona una sola vez y vence en 10 minutos.",
  );
  expect(signIn.text).toContain("Si no pediste iniciar sesión, puedes ignorar este correo.");
  expect(signIn.text).not.toMatch(/\b(Sign in|sign-in link|expires|ignore this email)\b/);

  await page.goto(magicLinkFrom(signIn));
  await expect(page.getByRole("heading", { level: 1, name: "Tu cuenta" })).toBeVisible();
  await expect(page.getByText(`Iniciaste sesión como ${email}.`)).toBeVisible();
  await expectSpanishPage(page, "the account page after signing in, in Spanish");

  // The new account took the browser's language: the welcome, sent later by the job queue, is Spanish too.
  const welcome = await mailTo(email, /^Te damos la bienvenida a Chorus$/);
  expect(welcome.html).toMatch(/<html[^>]* lang="es"/);
  expect(welcome.text).toContain("Ser aliado es actuar.");
});

test("a letter written in Spanish is confirmed by a Spanish email, named by the campaign's Spanish title", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const email = uniqueEmail("confirmar");
  await page.goto("/campaigns/demo?zip=60623&district=IL-7#write");
  const letter = page.locator("form:has(input[name=firstName])");
  await letter.getByLabel("Nombre", { exact: true }).fill("Lucía");
  await letter.getByLabel("Apellido").fill("Hernández");
  await letter.getByLabel("Ciudad").fill("Chicago");
  await letter.getByLabel(/^Correo electrónico/).fill(email);
  await letter.getByRole("button", { name: "Continuar: confirmar por correo" }).click();
  await expect(page.getByRole("heading", { name: "Revisa tu correo" })).toBeVisible();

  const confirmation = await mailTo(email, /^Confirma tu carta: /);
  expect(confirmation.subject).toBe(`Confirma tu carta: ${SPANISH_TITLE}`);
  expect(confirmation.html).toMatch(/<html[^>]* lang="es"/);
  expect(confirmation.html).toContain("Falta un paso, Lucía</h1>");
  expect(confirmation.text).toContain(`Gracias por escribir para “${SPANISH_TITLE}”.`);
  expect(confirmation.text).toContain("Confirmar y enviar mi carta");
  expect(confirmation.text).not.toMatch(/\b(Confirm your letter|Thank you for writing|ignore this email)\b/);
  const link = confirmation.text?.match(/http:\/\/localhost:3100\/letters\/confirm\/[A-Za-z0-9_-]+/)?.[0];
  expect(link).toBeTruthy();

  // The link's page names the campaign as the email did.
  await page.goto(link ?? "");
  await expect(page.getByRole("heading", { level: 1, name: "¿Enviamos tu carta, Lucía?" })).toBeVisible();
  await expect(page.getByText(SPANISH_TITLE, { exact: false }).first()).toBeVisible();
  await expect(page.getByText("Keep families housed", { exact: false })).toHaveCount(0);
  await page.getByRole("button", { name: "Confirmar y enviar mi carta" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tu carta" })).toBeVisible();

  // Once confirmed, the receipt email: Spanish, under the same title.
  const receipt = await mailTo(email, /a dónde va$/);
  expect(receipt.subject).toBe(`Tu carta para ${SPANISH_TITLE}: a dónde va`);
  expect(receipt.html).toMatch(/<html[^>]* lang="es"/);
});
