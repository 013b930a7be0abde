import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { cwcOfficeCode } from "../lib/delivery/cwc/codes";
import { validateCwcXml } from "./fakes/cwc-validate";
import { type FakeCwc, startFakeCwc } from "./fakes/fake-cwc";
import { uniqueEmail, waitForEmail } from "./fixtures";
import { type Launcher, launcherUrl, startLauncher } from "./launcher";

// Issue 18: the demo writes to Congress. With CWC's keys pointing at the fake of both chambers (in this process),
// the letter form asks for a street address and a title (prefix), with the reason, and works the plain HTML way
// with JavaScript off; a new supporter's confirmed letter reaches the representative and both senators through
// CWC exactly once each, and the receipt says so. The suite's own app runs WITHOUT CWC keys (dozens of specs
// write to the demo), so this spec has its own `npm start` (e2e/launcher.ts) on its own port and database.
test.describe.configure({ mode: "serial" });
test.use({ javaScriptEnabled: false });

const PORT = 3120;
const APP = launcherUrl(PORT);
test.use({ baseURL: APP });

type Legislator = {
  bioguide: string;
  name: { official_full: string };
  chamber: string;
  state: string;
  senate_class?: number;
};

/** The offices a letter from 60623 reaches, coded as lib/delivery/cwc/codes.ts codes them from the same data. */
function officesFor60623(): { house: string[]; senate: { name: string; office_code: string }[] } {
  const { zips } = JSON.parse(readFileSync("db/data/zip-to-congressional-districts.json", "utf8")) as {
    zips: Record<string, { state: string; district: number }[]>;
  };
  const house = (zips["60623"] ?? []).map((d) =>
    cwcOfficeCode({ level: "federal", chamber: "house", state: d.state, district: d.district }),
  );
  const { legislators } = JSON.parse(readFileSync("db/data/federal-legislators.json", "utf8")) as {
    legislators: Legislator[];
  };
  const senate = legislators
    .filter((l) => l.chamber === "sen" && l.state === "IL")
    .map((l) => ({
      name: `${l.name.official_full} [bioguide_id: ${l.bioguide}]`,
      office_code:
        cwcOfficeCode({
          level: "federal",
          chamber: "senate",
          state: l.state,
          district: null,
          senateClass: l.senate_class,
        }) ?? "",
    }));
  return { house: house.filter((code): code is string => code !== null), senate };
}

const OFFICES = officesFor60623();

let fake: FakeCwc;
let launcher: Launcher | undefined;

test.beforeAll(async () => {
  test.setTimeout(150_000);
  expect(OFFICES.house).toEqual(["HIL04", "HIL07"]);
  expect(OFFICES.senate.map((o) => o.office_code).sort()).toEqual(["SIL02", "SIL03"]);
  fake = await startFakeCwc({ houseOffices: OFFICES.house, senateOffices: OFFICES.senate });
  launcher = await startLauncher({
    port: PORT,
    data: ".data/e2e-cwc",
    env: {
      CWC_HOUSE_API_KEY: fake.houseKey,
      CWC_HOUSE_BASE_URL: fake.houseBaseUrl,
      CWC_SENATE_API_KEY: fake.senateKey,
      CWC_SENATE_BASE_URL: fake.senateBaseUrl,
      CWC_DELIVERY_AGENT: "Chorus E2E Agent",
      CWC_DELIVERY_AGENT_ACK_EMAIL: "cwc@example.org",
      CWC_DELIVERY_AGENT_CONTACT_NAME: "Casey Operator",
      CWC_DELIVERY_AGENT_CONTACT_EMAIL: "ops@example.org",
      CWC_DELIVERY_AGENT_CONTACT_PHONE: "202-555-0100",
      CWC_REQUESTS_PER_SECOND: "20",
      CWC_MAINTENANCE_WINDOWS: "off",
    },
  });
  // The worker (inside the web process) fetches both chambers' office lists at its start.
  await expect
    .poll(
      () =>
        ["/house/v2/offices", "/senate/active_offices"].every((path) =>
          fake.requests.some((r) => r.path === path && r.status === 200),
        ),
      { timeout: 60_000, message: "the worker fetched both office lists" },
    )
    .toBe(true);
});

test.afterAll(async () => {
  await launcher?.stop();
  await fake?.close();
});

/** Opens the letter form; the office lists are stored just after the fetch, so ask again until it shows them. */
async function openCongressForm(page: Page, path: string): Promise<void> {
  await expect(async () => {
    await page.goto(path);
    await expect(page.getByLabel("Street address", { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

test("the demo's letter form asks for a street address and a title, and works without JavaScript", async ({
  page,
}) => {
  const email = uniqueEmail("congress-form");
  await openCongressForm(page, "/campaigns/demo?zip=60623&district=IL-7#write");

  const street = page.getByLabel("Street address", { exact: true });
  await expect(
    page.getByText(
      "Congress's mail system asks for your street address and a title; we keep your address only until your letter is delivered and never share it with the organizers.",
    ),
  ).toBeVisible();
  const title = page.getByLabel("Title", { exact: true });
  await expect(title).toBeVisible();
  await expect(title.locator("option")).toHaveText([
    "Choose one",
    "Mr.",
    "Mrs.",
    "Miss",
    "Ms.",
    "Dr.",
    "None of these",
  ]);
  await expect(
    page.getByText(
      "Senate offices only accept these titles; if you choose none, we show you their contact form instead.",
    ),
  ).toBeVisible();

  await page.getByLabel("Why this matters to you").fill(`Written to Congress without JavaScript (${email}).`);
  await page.getByLabel("First name").fill("Rosa");
  await page.getByLabel("Last name").fill("Script");
  await page.getByLabel("City").fill("Chicago");
  await street.fill("2400 S Pulaski Rd");
  await title.selectOption("Ms.");
  await page.getByLabel(/^Email/).fill(email);
  await page.getByRole("button", { name: "Continue: confirm by email" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const confirmation = await waitForEmail(email, /^Confirm your letter/);
  const text = (confirmation.text ?? "").replace(/\s+/g, " ");
  expect(text).not.toContain("we will deliver");
  expect(text).toContain("City Council, Council Members: once you confirm, sent by email (Chorus sends it)");
  for (const name of ["Danny K. Davis", "Richard J. Durbin", "Tammy Duckworth"]) {
    expect(text).toMatch(
      new RegExp(
        `${name.replace(/\./g, "\\.")}, U\\.S\\. (Representative|Senator): once you confirm, delivered by Chorus to their office's constituent mail system`,
      ),
    );
  }
  expect(text).not.toMatch(/wait(s)? for you to send/);
});

test("with no title chosen, the senators' letters wait for the supporter and the House's still goes through CWC", async ({
  page,
}) => {
  const email = uniqueEmail("congress-none");
  await openCongressForm(page, "/campaigns/demo?zip=60623&district=IL-7#write");
  await page.getByLabel("First name").fill("Noor");
  await page.getByLabel("Last name").fill("None");
  await page.getByLabel("City").fill("Chicago");
  await page.getByLabel("Street address", { exact: true }).fill("2400 S Pulaski Rd");
  await page.getByLabel("Title", { exact: true }).selectOption("none");
  await page.getByLabel(/^Email/).fill(email);
  await page.getByRole("button", { name: "Continue: confirm by email" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const text = ((await waitForEmail(email, /^Confirm your letter/)).text ?? "").replace(/\s+/g, " ");
  expect(text).toMatch(
    /Danny K\. Davis, U\.S\. Representative: once you confirm, delivered by Chorus to their office's constituent mail system/,
  );
  expect(text).toMatch(/Richard J\. Durbin, U\.S\. Senator: waiting for you: their (contact form|website)/);
  expect(text).toMatch(/Tammy Duckworth, U\.S\. Senator: waiting for you: their (contact form|website)/);
});

test("a new supporter from 60623 writes, confirms, and the representative and both senators get it through CWC once each", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("congress-cwc");
  await openCongressForm(page, "/campaigns/demo?zip=60623&district=IL-7#write");
  // As a new supporter arrives: the ZIP, then the district when the ZIP is split.
  await page.goto("/campaigns/demo#write");
  await page.getByLabel("Your ZIP code").fill("60623");
  await page.getByRole("button", { name: "Find who to write to" }).click();
  const split = page.getByText("ZIP code 60623 is split between districts");
  await expect(split.or(page.getByLabel("Why this matters to you"))).toBeVisible();
  if (await split.isVisible()) {
    await page.getByRole("radio", { name: /IL-7/ }).check();
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await expect(page.getByLabel("Why this matters to you")).toBeVisible();
  await page
    .getByLabel("Why this matters to you")
    .fill(`My neighbors on Pulaski were evicted without a lawyer (${email}).`);
  await page.getByLabel("First name").fill("Marisol");
  await page.getByLabel("Last name").fill("Congreso");
  await page.getByLabel("City").fill("Chicago");
  await page.getByLabel("Street address", { exact: true }).fill("2400 S Pulaski Rd");
  await page.getByLabel("Title", { exact: true }).selectOption("Ms.");
  await page.getByLabel(/^Email/).fill(email);
  await page.getByRole("button", { name: "Continue: confirm by email" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const confirmation = await waitForEmail(email, /^Confirm your letter/);
  const link = confirmation.text?.match(
    new RegExp(`${APP.replace(/[.:/]/g, "\\$&")}/letters/confirm/[A-Za-z0-9_-]+`),
  )?.[0];
  expect(link, confirmation.text).toBeTruthy();
  await page.goto(link ?? "");
  await page.getByRole("button", { name: "Confirm and send my letter" }).click();
  await expect(page.getByRole("heading", { name: "Your letter" })).toBeVisible();
  const receipt = page.url();

  // The fake accepted one message per office for this supporter, each under its own DeliveryId.
  const mine = () => fake.accepted.filter((message) => message.xml.includes(email));
  await expect
    .poll(() => mine().length, { timeout: 60_000, message: "three messages accepted through CWC" })
    .toBeGreaterThanOrEqual(3);
  // A few seconds more: a second message to an office would show up here.
  await page.waitForTimeout(3_000);
  const accepted = mine();
  expect(accepted.map((message) => message.officeCode).sort()).toEqual(["HIL07", "SIL02", "SIL03"]);
  expect(new Set(accepted.map((message) => message.deliveryId)).size).toBe(3);
  for (const message of accepted) {
    expect(message.deliveryId).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(await validateCwcXml(message.xml)).toEqual([]);
    expect(message.xml).toContain("<Prefix>Ms.</Prefix>");
    expect(message.xml).toContain("2400 S Pulaski Rd");
  }
  // The receipt says, per member of Congress, that Chorus delivered it to their office's constituent mail system.
  await expect(async () => {
    await page.goto(receipt);
    for (const name of ["Danny K. Davis", "Richard J. Durbin", "Tammy Duckworth"]) {
      const item = page.getByRole("listitem").filter({ hasText: name });
      await expect(item).toContainText("By Chorus, to their office's constituent mail system", {
        timeout: 1_000,
      });
      await expect(item).toContainText("Delivered by Chorus to their office's constituent mail system", {
        timeout: 1_000,
      });
    }
  }).toPass({ timeout: 30_000 });
});
