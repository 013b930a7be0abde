import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { uniqueEmail } from "./fixtures";
import { signInAsDemo, signInByEmail } from "./sign-in";

test("the phone's share sheet is offered only where there is one, with the campaign's link", async ({
  page,
  browser,
  baseURL,
}) => {
  // Desktop Chromium on Linux has no Web Share API: the plain links are all there is, and no dead button.
  await page.goto("/campaigns/demo");
  const share = page.getByRole("region", { name: "Share" });
  await expect(share.getByRole("link", { name: "Share by email" })).toBeVisible();
  await expect(share.getByRole("button", { name: "Copy link" })).toBeVisible();
  await expect(share.getByRole("button", { name: "Share with an app on this device" })).toHaveCount(0);

  // A browser with a share sheet (as on phones): the button appears and hands the campaign to it.
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { __shared: shared });
    Object.defineProperty(navigator, "share", {
      value: (data: ShareData) => {
        shared.push(data);
        return Promise.resolve();
      },
    });
  });
  const phone = await context.newPage();
  await phone.goto("/campaigns/demo");
  const sheet = phone.getByRole("region", { name: "Share" });
  await sheet.getByRole("button", { name: "Share with an app on this device" }).click();
  await expect(sheet.getByText("Thank you for sharing!")).toBeVisible();
  const sent = await phone.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
  expect(sent).toEqual([
    {
      title: expect.stringContaining("Keep families housed"),
      text: expect.any(String),
      url: `${baseURL}/campaigns/demo`,
    },
  ]);
  await context.close();
});

test("each campaign has its own link-preview image, drawn on the server", async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto("/campaigns/demo");
  const image = `${baseURL}/campaigns/demo/share-image`;
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute("content", image);
  await expect(page.locator('meta[property="og:image:width"]').first()).toHaveAttribute("content", "1200");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", image);

  const response = await request.get(image);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  // The PNG signature, then the IHDR chunk's width and height.
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect(png.readUInt32BE(16)).toBe(1200);
  expect(png.readUInt32BE(20)).toBe(630);
  expect(png.length).toBeGreaterThan(5_000);

  expect((await request.get("/campaigns/no-such-campaign/share-image")).status()).toBe(404);
  // A NUL byte (Postgres cannot store it) or a huge slug is "not there", never a 500.
  expect((await request.get("/campaigns/%00/share-image")).status()).toBe(404);
  expect((await request.get(`/campaigns/${"x".repeat(300)}/share-image`)).status()).toBe(404);
});

test("the widget can be framed by any site; no other page can", async ({ page, context, baseURL }) => {
  const widget = await page.request.get("/embed/campaigns/demo");
  expect(widget.status()).toBe(200);
  expect(widget.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(widget.headers()["x-frame-options"]).toBeUndefined();
  const html = await widget.text();
  expect(html).not.toMatch(/<script/i);
  for (const path of ["/", "/campaigns/demo", "/embed", "/account", "/api/health"]) {
    const other = await page.request.get(path, { maxRedirects: 0 });
    expect(other.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(other.headers()["x-frame-options"], path).toBe("DENY");
  }
  expect((await page.request.get("/embed/campaigns/no-such-campaign")).status()).toBe(404);
  expect((await page.request.get("/embed/campaigns/%00")).status()).toBe(404);

  // A page on another site (another origin on this machine: Chromium keeps public pages from framing local
  // ones at all) frames both: the browser shows the widget and refuses the campaign page.
  const host = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html" });
    response.end(`<!doctype html><html lang="en"><title>Our site</title><body>
      <iframe id="widget" title="Campaign widget" onload="window.loaded=(window.loaded||0)+1"
        src="${baseURL}/embed/campaigns/demo"></iframe>
      <iframe id="page" title="Campaign page" onload="window.loaded=(window.loaded||0)+1"
        src="${baseURL}/campaigns/demo"></iframe></body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  const { port } = host.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/`);
  const framed = page.frameLocator("#widget");
  await expect(framed.getByRole("heading", { level: 1 })).toContainText("Keep families housed");
  await expect(framed.getByText(/people have joined|person has joined|Be the first to join/)).toBeVisible();
  await expect(framed.getByText(/letters? sent/)).toBeVisible();
  // Both frames have finished (a refused frame loads Chromium's error page): only the widget shows anything.
  await page.waitForFunction(() => (window as unknown as { loaded?: number }).loaded === 2);
  await expect(page.frameLocator("#page").getByText("Keep families housed")).toHaveCount(0);
  await expect(framed.getByText("Keep families housed")).toHaveCount(1);

  // Take action opens the whole campaign in a new tab.
  const [campaignTab] = await Promise.all([
    context.waitForEvent("page"),
    framed.getByRole("link", { name: /Take action/ }).click(),
  ]);
  await expect(campaignTab).toHaveURL(`${baseURL}/campaigns/demo`);

  await page.goto("/embed/campaigns/demo");
  await expectAccessible(page, "the widget");
  host.close();
});

test("an organizer copies the widget's embed code from the console", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signInAsDemo(page, "organizer", "/organize/neighbors-for-fair-housing");
  await page.goto("/organize/neighbors-for-fair-housing");
  await page
    .getByRole("link", { name: /Keep families housed/ })
    .first()
    .click();
  const embed = page.getByRole("region", { name: "Put this campaign on your website" });
  const code = await embed.getByLabel("Embed code").inputValue();
  expect(code).toMatch(
    new RegExp(`^<iframe src="${baseURL}/embed/campaigns/demo" title="Campaign: Keep families housed`),
  );
  await embed.getByRole("button", { name: "Copy embed code" }).click();
  await expect(embed.getByText("Embed code copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

  // For a page in Spanish: the widget fixed to Spanish, titled with the organizers' Spanish title.
  await embed.getByLabel("Language of the widget").selectOption("es");
  await expect(embed.getByLabel("Embed code")).toHaveValue(
    new RegExp(
      `^<iframe src="${baseURL}/embed/campaigns/demo\\?lang=es" title="Campaña: Que las familias conserven su hogar[^"]*" lang="es"`,
    ),
  );
  await expect(embed.getByRole("link", { name: /See the widget/ })).toHaveAttribute(
    "href",
    `${baseURL}/embed/campaigns/demo?lang=es`,
  );
});

test("joining ends with a sentence to pass the campaign on", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signInByEmail(page, uniqueEmail("joiner"), "/campaigns/demo");
  await page.goto("/campaigns/demo");
  await page.getByRole("button", { name: "Join this campaign" }).click();
  const prompt = page.getByRole("region", { name: "Pass it on: ask someone you know to join" });
  const sentence = `I just joined “Keep families housed`;
  await expect(prompt.getByText(sentence, { exact: false })).toBeVisible();
  await expect(prompt.getByRole("link", { name: "Send by email" })).toHaveAttribute(
    "href",
    new RegExp(
      `^mailto:\\?subject=.+&body=I%20just%20joined.*${encodeURIComponent(`${baseURL}/campaigns/demo`)}$`,
    ),
  );
  await expect(prompt.getByRole("link", { name: "Send by text message" })).toHaveAttribute(
    "href",
    /^sms:\?&body=I%20just%20joined/,
  );
  await prompt.getByRole("button", { name: "Copy the message" }).click();
  await expect(prompt.getByText("Message copied.", { exact: false })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    new RegExp(`^I just joined .*${baseURL}/campaigns/demo$`),
  );
});
