/**
 * A campaign's bill: checked input, a status date that moves only with the status, {{bill.*}} merge fields that
 * need a bill (refused on save without one, and the bill kept while the letter uses them), and the bill's words
 * in the builder's preview, the receipt and the email an office receives.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { campaignBills, customTargets, mailboxMessages } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { findCampaignBill } from "@/lib/campaigns/bills";
import { dispatchLetterEmails } from "@/lib/delivery/dispatch";
import { AppError } from "@/lib/errors";
import { describeFieldErrors } from "@/lib/i18n/errors";
import { getBoss } from "@/lib/jobs/boss";
import { composeLetterForTarget } from "@/lib/letters/compose";
import { findLetterReceipt } from "@/lib/letters/receipts";
import { submitLetter } from "@/lib/letters/submit";
import { fillBillFields, findMergeFields } from "@/lib/letters/template";
import { seedLetterFixture } from "@/lib/letters/testing";
import { removeBill, saveBill } from "./bills";
import {
  addCustomTarget,
  previewTemplateForZip,
  publishCampaign,
  saveTemplate,
  validateTemplate,
} from "./campaigns";
import { campaign, member, organization } from "./testing";

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

let orgId = "";
let campaignId = "";
let organizer: SessionUser;
let viewer: SessionUser;
let stranger: SessionUser;

const billTemplate = {
  subject: "Pass {{bill.number}}",
  parts: [
    { id: "greeting", text: "Dear {{official.full_name}},", isLocked: false },
    {
      id: "ask",
      text: "Please vote yes on {{bill.number}}, the {{bill.title}} ({{bill.status}}).",
      isLocked: true,
    },
  ],
};

beforeAll(async () => {
  await seedLetterFixture();
  await getBoss();
  orgId = await organization("bill-org");
  organizer = await member(orgId, "organizer");
  viewer = await member(orgId, "viewer");
  stranger = await member(await organization("bill-other"), "owner");
  campaignId = await campaign(orgId, "bill-campaign", {
    status: "draft",
    officeHoursStart: null,
    officeHoursEnd: null,
    officeWeekdaysOnly: false,
  });
  await addCustomTarget(organizer, campaignId, { name: "Rules Committee", email: "rules@example.org" });
  // Its owner confirmed the address (letters to an unconfirmed one wait: lib/organize/relay.test.ts).
  await getDb()
    .update(customTargets)
    .set({ confirmedEmail: "rules@example.org", confirmedAt: new Date() })
    .where(eq(customTargets.organizationId, orgId));
});

describe("merge fields", () => {
  it("knows the bill fields and fills them, empty without a bill", () => {
    expect(
      findMergeFields("{{bill.number}} {{bill.title}} {{bill.status}} {{bill.url}} {{bill.sponsor}}"),
    ).toEqual({
      known: ["bill.number", "bill.title", "bill.status", "bill.url"],
      unknown: ["bill.sponsor"],
    });
    const letter = {
      subject: "About {{bill.number}}",
      body: "Support {{bill.number}}, the {{bill.title}}: {{bill.url}}",
      firstName: "Sam",
      lastName: "Lee",
      email: "sam@example.org",
      city: "Chicago",
      state: "IL",
      zip: "60623",
      campaignTitle: "C",
      organizationName: "O",
      target: {
        isOfficial: false,
        name: "Council",
        title: "",
        firstName: null,
        lastName: null,
        state: null,
        district: null,
      },
    };
    const withBill = composeLetterForTarget({
      ...letter,
      bill: { number: "SB 56", title: "Fair Rent Act", status: "Passed", url: "https://example.org/sb56" },
    });
    expect(withBill.subject).toBe("About SB 56");
    expect(withBill.body).toBe("Support SB 56, the Fair Rent Act: https://example.org/sb56");
    expect(composeLetterForTarget(letter).body).toBe("Support, the:");
  });

  it("fills only the bill's fields for showing a supporter the letter", () => {
    const bill = { number: "SB 56", title: "Fair\nRent Act", status: "", url: null };
    expect(
      fillBillFields("Dear {{official.last_name}}, pass {{bill.number}} ({{bill.title}}){{bill.url}}.", bill),
    ).toBe("Dear {{official.last_name}}, pass SB 56 (Fair Rent Act).");
    expect(fillBillFields("Pass {{bill.number}}.", null)).toBe("Pass {{bill.number}}.");
  });

  it("refuses bill fields in a template until the campaign names a bill, naming the field", () => {
    const refused = validateTemplate(billTemplate);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(describeFieldErrors(refused.error.fieldErrors, "en")?.subject?.[0]).toBe(
      "{{bill.number}} needs the campaign's bill: name the bill in the Bill section first.",
    );
    expect(describeFieldErrors(refused.error.fieldErrors, "en")?.["part-1-text"]?.[0]).toContain(
      "{{bill.number}}, {{bill.title}}, {{bill.status}} need",
    );
    expect(validateTemplate(billTemplate, { hasBill: true }).ok).toBe(true);
    // An unknown bill field is still unknown, bill or not.
    const unknown = validateTemplate({ ...billTemplate, subject: "{{bill.sponsor}}" }, { hasBill: true });
    expect(unknown.ok ? "" : describeFieldErrors(unknown.error.fieldErrors, "en")?.subject?.[0]).toContain(
      "is not a merge field",
    );
  });
});

describe("saving a bill", () => {
  it("checks every field and writes nothing when refused", async () => {
    const error = await rejection(
      saveBill(organizer, campaignId, {
        jurisdiction: "state",
        number: "",
        title: "x",
        url: "http://example.org",
      }),
    );
    expect(Object.keys(describeFieldErrors(error.fieldErrors, "en") ?? {}).sort()).toEqual([
      "number",
      "state",
      "title",
      "url",
    ]);
    const badState = await rejection(
      saveBill(organizer, campaignId, { jurisdiction: "state", state: "ZZ", number: "SB 1", title: "Title" }),
    );
    expect(describeFieldErrors(badState.fieldErrors, "en")?.state?.[0]).toBe("Choose a state from the list.");
    const badKind = await rejection(
      saveBill(organizer, campaignId, { jurisdiction: "city", number: "1", title: "Title" }),
    );
    expect(describeFieldErrors(badKind.fieldErrors, "en")?.jurisdiction?.[0]).toBe(
      "Choose federal or state.",
    );
    const twoLines = await rejection(
      saveBill(organizer, campaignId, {
        jurisdiction: "federal",
        number: "H.R. 1",
        title: "Title",
        status: "a\nb",
      }),
    );
    expect(describeFieldErrors(twoLines.fieldErrors, "en")?.status?.[0]).toBe("The status is one line.");
    expect(await findCampaignBill(campaignId)).toBeNull();
  });

  it("lets only the campaign's writers name it", async () => {
    const input = { jurisdiction: "federal", number: "H.R. 1", title: "Title" };
    expect((await rejection(saveBill(viewer, campaignId, input))).code).toBe("FORBIDDEN");
    expect((await rejection(saveBill(stranger, campaignId, input))).code).toBe("NOT_FOUND");
    expect((await rejection(removeBill(stranger, campaignId))).code).toBe("NOT_FOUND");
    expect(await findCampaignBill(campaignId)).toBeNull();
  });

  it("saves a state bill, dates its status, and moves the date only when the status changes", async () => {
    await saveBill(organizer, campaignId, {
      jurisdiction: "state",
      state: "il",
      number: "HB 2775",
      title: "Tenant Right to Counsel Act",
      url: "https://example.org/hb2775",
      status: "In committee",
    });
    const first = await findCampaignBill(campaignId);
    expect(first).toMatchObject({
      jurisdiction: "state",
      state: "IL",
      number: "HB 2775",
      status: "In committee",
    });
    expect(first?.statusUpdatedAt).toBeInstanceOf(Date);

    await saveBill(organizer, campaignId, {
      jurisdiction: "state",
      state: "IL",
      number: "HB 2775",
      title: "Tenant Right to Counsel Act (as amended)",
      url: "https://example.org/hb2775",
      status: "In committee",
    });
    const retitled = await findCampaignBill(campaignId);
    expect(retitled?.title).toBe("Tenant Right to Counsel Act (as amended)");
    expect(retitled?.statusUpdatedAt?.getTime()).toBe(first?.statusUpdatedAt?.getTime());

    await new Promise((resolve) => setTimeout(resolve, 5));
    await saveBill(organizer, campaignId, {
      jurisdiction: "state",
      state: "IL",
      number: "HB 2775",
      title: "Tenant Right to Counsel Act",
      url: "https://example.org/hb2775",
      status: "Passed the House",
    });
    const moved = await findCampaignBill(campaignId);
    expect(moved?.status).toBe("Passed the House");
    expect(moved?.statusUpdatedAt?.getTime()).toBeGreaterThan(first?.statusUpdatedAt?.getTime() ?? 0);
  });

  it("a federal bill has no state, whatever the form sent", async () => {
    const other = await campaign(orgId, "bill-federal");
    await saveBill(organizer, other, {
      jurisdiction: "federal",
      state: "IL",
      number: "H.R. 1234",
      title: "Housing Act",
    });
    expect(await findCampaignBill(other)).toMatchObject({ jurisdiction: "federal", state: null, url: null });
    const [row] = await getDb().select().from(campaignBills).where(eq(campaignBills.campaignId, other));
    expect(row?.statusUpdatedAt).toBeNull();
  });
});

describe("letters that name the bill", () => {
  it("saves the template once the bill exists, previews it, and keeps the bill while the letter uses it", async () => {
    await saveTemplate(organizer, campaignId, billTemplate);
    const preview = await previewTemplateForZip(organizer, campaignId, "60623");
    expect(preview.letters[0]?.subject).toBe("Pass HB 2775");
    expect(preview.letters[0]?.body).toContain(
      "Please vote yes on HB 2775, the Tenant Right to Counsel Act (Passed the House).",
    );
    const error = await rejection(removeBill(organizer, campaignId));
    expect(error.message).toContain("{{bill.number}}, {{bill.title}}, {{bill.status}}");
    expect(await findCampaignBill(campaignId)).not.toBeNull();
  });

  it("puts the bill into the receipt and the email the office receives", async () => {
    await publishCampaign(organizer, campaignId);
    const writer = await member(await organization("bill-writers"), "viewer");
    const sent = await submitLetter(writer, {
      campaign: "bill-campaign",
      zip: "60623",
      firstName: "Ada",
      lastName: "Writer",
      parts: {},
    });
    if (sent.status !== "sent") throw new Error(`expected sent, got ${sent.status}`);
    const receipt = await findLetterReceipt(writer, sent.letterId);
    expect(receipt.deliveries[0]?.text.body).toContain("HB 2775, the Tenant Right to Counsel Act");
    await dispatchLetterEmails();
    const [mail] = await getDb()
      .select({ subject: mailboxMessages.subject, text: mailboxMessages.text })
      .from(mailboxMessages)
      .where(sql`${mailboxMessages.to} @> array['rules@example.org']`);
    expect(mail?.subject).toBe("Pass HB 2775");
    expect(mail?.text).toContain(
      "Please vote yes on HB 2775, the Tenant Right to Counsel Act (Passed the House).",
    );
  });

  it("removes a bill no letter uses", async () => {
    await saveTemplate(organizer, campaignId, {
      subject: "Please act",
      parts: [{ id: "ask", text: "Please act." }],
    });
    await removeBill(organizer, campaignId);
    expect(await findCampaignBill(campaignId)).toBeNull();
    expect((await rejection(removeBill(organizer, campaignId))).code).toBe("NOT_FOUND");
  });
});
