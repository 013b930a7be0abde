import { randomBytes } from "node:crypto";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { uniqueEmail, waitForEmail } from "./fixtures";
import { signInByEmail } from "./sign-in";

const ORGANIZER = "organizer@example.org";
const ORG = "neighbors-for-fair-housing";

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test("an organizer builds a campaign from nothing, publishes it, a supporter writes, and the letter counts", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const suffix = randomBytes(3).toString("hex");
  const title = `Fund the tenant hotline ${suffix}`;
  const council = `hotline-${suffix}@example.org`;

  const organizer = await newPage(browser);
  // The one organizer journey that signs in by emailed link; the others use a seeded session.
  await signInByEmail(organizer, ORGANIZER, `/organize/${ORG}`);
  await expect(
    organizer.getByRole("heading", { level: 1, name: "Neighbors for Fair Housing" }),
  ).toBeVisible();
  await organizer.getByLabel("Campaign title").fill(title);
  await organizer.getByRole("button", { name: "Create a draft" }).click();
  await expect(organizer.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // Publishing an empty draft says what is missing.
  await organizer.getByRole("button", { name: "Publish the campaign" }).click();
  await expect(
    organizer.getByText("Before publishing, add a letter template and at least one target"),
  ).toBeVisible();

  const basics = organizer.getByRole("region", { name: "Basics" });
  await basics.getByLabel("Summary").fill("Every tenant facing eviction deserves a call answered.");
  await basics.getByLabel("Story").fill("The hotline closed in May.\n\nIt answered **4,000 calls** a year.");
  await basics.getByLabel("Image address (optional)").fill("https://example.org/hotline.jpg");
  await basics.getByRole("button", { name: "Save the basics" }).click();
  await expect(basics.getByText("Describe the image for people who can't see it.")).toBeVisible();
  await basics.getByLabel("Image description").fill("Volunteers answering phones");
  await basics.getByRole("button", { name: "Save the basics" }).click();
  await expect(basics.getByText("Saved.")).toBeVisible();
  await expect(basics.getByText("4,000 calls", { exact: true })).toBeVisible();

  const targets = organizer.getByRole("region", { name: "Who the letters go to" });
  await targets.getByLabel("Name", { exact: true }).fill("Housing Committee");
  await targets.getByLabel("Email address").fill(council);
  await targets.getByRole("button", { name: "Add this target" }).click();
  await expect(targets.getByText(council)).toBeVisible();
  // Its address gets letters only once its owner says yes (issue 19 item 1): the builder says it waits.
  await expect(targets.getByText("Waiting for Housing Committee to confirm their address")).toBeVisible();
  await expectAccessible(organizer);
  const ask = await waitForEmail(council, /wants to send you letters through Chorus/);
  expect(ask.text).toContain("of Neighbors for Fair Housing added this email address");
  const confirmUrl = ask.text?.match(/http:\/\/localhost:3100\/targets\/confirm\/[A-Za-z0-9_-]+/)?.[0] ?? "";
  const owner = await newPage(browser);
  await owner.goto(confirmUrl);
  // Opening the link (as a mail scanner would) confirms nothing; the button does.
  await owner.goto(confirmUrl);
  await expect(
    owner.getByRole("heading", { name: "May supporters write to you at this address?" }),
  ).toBeVisible();
  await expectAccessible(owner);
  await owner.getByRole("button", { name: "Yes, send these letters to this address" }).click();
  await expect(owner.getByRole("heading", { name: "Address confirmed" })).toBeVisible();
  await organizer.reload();
  await expect(targets.getByText("Address confirmed by its owner.")).toBeVisible();

  const letter = organizer.getByRole("region", { name: "The letter" });
  await letter.getByLabel("Subject", { exact: true }).fill("Fund the tenant hotline");
  await letter.getByLabel("Part 1", { exact: true }).fill("Dear {{official.nickname}},");
  await letter.getByRole("button", { name: "Save the letter" }).click();
  await expect(letter.getByText("{{official.nickname}} is not a merge field we know.")).toBeVisible();
  await letter.getByLabel("Part 1", { exact: true }).fill("Dear {{official.full_name}},");
  await letter.getByLabel("Part 2", { exact: true }).fill("Please restore funding for the tenant hotline.");
  await letter.getByLabel("Lock part 2: supporters can't change it (the ask)").check();
  await letter.getByRole("button", { name: "Save the letter" }).click();
  await expect(letter.getByText("Letter saved.")).toBeVisible();
  await letter.getByLabel("Sample ZIP code").fill("60623");
  await letter.getByRole("button", { name: "Preview for ZIP" }).click();
  await expect(
    organizer.getByRole("region", { name: "Preview for 60623" }).getByText("Dear Housing Committee,"),
  ).toBeVisible();

  // Put up for preview: anyone with the link can read it (no sign-in), nobody can act on it yet.
  await organizer.getByRole("button", { name: "Put up for preview" }).click();
  const previewLink = organizer.getByRole("link", { name: "Preview page" });
  await expect(previewLink).toBeVisible();
  const previewUrl = (await previewLink.getAttribute("href")) ?? "";
  const reviewer = await newPage(browser);
  await reviewer.goto(previewUrl);
  await expect(reviewer.getByText("Preview: this campaign is not published yet.")).toBeVisible();
  await expect(reviewer.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(reviewer.getByText("Please restore funding for the tenant hotline.")).toBeVisible();
  await expect(reviewer.getByText("Housing Committee", { exact: true })).toBeVisible();
  expect((await reviewer.goto(`/campaigns/fund-the-tenant-hotline-${suffix}`))?.status()).toBe(404);

  // A link that went too far can be turned off: it stops working, a new one replaces it.
  await organizer.getByRole("button", { name: "Turn off this link" }).click();
  await expect(organizer.getByText("The old preview link no longer works.", { exact: false })).toBeVisible();
  expect((await reviewer.goto(previewUrl))?.status()).toBe(404);
  const newPreviewUrl =
    (await organizer.getByRole("link", { name: "Preview page" }).getAttribute("href")) ?? "";
  expect(newPreviewUrl).not.toBe(previewUrl);
  await reviewer.goto(newPreviewUrl);
  await expect(reviewer.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await organizer.getByRole("button", { name: "Publish the campaign" }).click();
  // The page re-renders as published (the success note may be replaced by it at once): check the lasting state.
  await expect(organizer.getByText(/Supporters can write on it now/).first()).toBeVisible();
  await expect(organizer.getByRole("button", { name: "Publish the campaign" })).toHaveCount(0);
  const publicLink = organizer.getByRole("link", { name: "Public page" });
  const slug = (await publicLink.getAttribute("href"))?.replace("/campaigns/", "") ?? "";
  expect(slug).toBe(`fund-the-tenant-hotline-${suffix}`);
  // Published: the preview link has done its job and no longer works.
  expect((await reviewer.goto(newPreviewUrl))?.status()).toBe(404);

  // A supporter writes on it and confirms by email.
  const supporter = await newPage(browser);
  const email = uniqueEmail("hotline");
  await supporter.goto(`/campaigns/${slug}`);
  await expect(supporter.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await supporter.getByLabel("Your ZIP code").fill("60623");
  await supporter.getByRole("button", { name: "Find who to write to" }).click();
  await expect(
    supporter.getByRole("region", { name: "Your letter goes to" }).getByText("Housing Committee"),
  ).toBeVisible();
  await supporter.getByLabel("First name").fill("Rosa");
  await supporter.getByLabel("Last name").fill("Diaz");
  await supporter.getByLabel("City").fill("Chicago");
  await supporter.getByLabel(/^Email/).fill(email);
  await supporter.getByRole("button", { name: "Continue: confirm by email" }).click();
  const confirmation = await waitForEmail(email, /^Confirm your letter/);
  const link = confirmation.text?.match(/http:\/\/localhost:3100\/letters\/confirm\/[A-Za-z0-9_-]+/)?.[0];
  await supporter.goto(link ?? "");
  await supporter.getByRole("button", { name: "Confirm and send my letter" }).click();
  await expect(supporter.getByRole("heading", { name: "Your letter" })).toBeVisible();

  // The organizer sees it counted on their campaign list.
  await organizer.goto("/organize");
  const row = organizer.getByRole("listitem").filter({ hasText: title });
  await expect(row.getByText("Published · 1 letter")).toBeVisible();
});
