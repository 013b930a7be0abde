/**
 * The CWC message builder: element order, escaping, limits, and every message it builds valid against
 * cwc-2.0.rng (through xmllint, as the fake CWC server checks them).
 */
import { describe, expect, it } from "vitest";
import { validateCwcXml } from "@/e2e/fakes/cwc-validate";
import type { LetterForTarget } from "@/lib/letters/compose";
import {
  buildCwcMessage,
  CwcMessageError,
  type CwcMessageInput,
  checkCwcFit,
  cwcCampaignId,
  cwcDeliveryDate,
  cwcDeliveryId,
  cwcTexts,
  letterParts,
} from "./message";

const agent = {
  name: "Chorus Test Agent",
  ackEmail: "cwc-ack@example.org",
  contactName: "Casey Operator",
  contactEmail: "ops@example.org",
  contactPhone: "202-555-0100",
};

function input(overrides: Partial<CwcMessageInput> = {}): CwcMessageInput {
  return {
    deliveryId: "0b5f5c1e-8a0e-4f55-9d8b-3a3c1e6f7a21",
    at: new Date("2026-12-07T15:00:00Z"),
    agent,
    organizationName: "Chicago Neighbors",
    campaignId: "campaign-1",
    stance: "pro",
    topics: ["Housing and Community Development"],
    bill: { jurisdiction: "federal", number: "H.R. 1234" },
    chamber: "house",
    officeCode: "HIL07",
    constituent: {
      prefix: "Ms.",
      firstName: "Pat",
      lastName: "Lee",
      address1: "1234 S Pulaski Rd",
      city: "Chicago",
      state: "IL",
      zip: "60623",
      email: "pat@example.org",
    },
    texts: {
      subject: "Fund repairs for public housing",
      statement: "Please support H.R. 1234 and fund repairs.",
      message: "My building's boiler failed twice last winter.",
    },
    ...overrides,
  };
}

function tags(xml: string): string[] {
  return [...xml.matchAll(/<([A-Za-z0-9]+)>/g)].map((m) => m[1] ?? "");
}

describe("buildCwcMessage", () => {
  it("builds the elements in the notes' order, and the schema accepts it", async () => {
    const { xml, deliveryId } = buildCwcMessage(input());
    expect(deliveryId).toBe("0b5f5c1e8a0e4f559d8b3a3c1e6f7a21");
    expect(tags(xml)).toEqual([
      "CWC",
      "CWCVersion",
      "Delivery",
      "DeliveryId",
      "DeliveryDate",
      "DeliveryAgent",
      "DeliveryAgentAckEmailAddress",
      "DeliveryAgentContact",
      "DeliveryAgentContactName",
      "DeliveryAgentContactEmail",
      "DeliveryAgentContactPhone",
      "Organization",
      "CampaignId",
      "Recipient",
      "MemberOffice",
      "Constituent",
      "Prefix",
      "FirstName",
      "LastName",
      "Address1",
      "City",
      "StateAbbreviation",
      "Zip",
      "Email",
      "Message",
      "Subject",
      "LibraryOfCongressTopics",
      "LibraryOfCongressTopic",
      "Bills",
      "Bill",
      "BillCongress",
      "BillTypeAbbreviation",
      "BillNumber",
      "ProOrCon",
      "OrganizationStatement",
      "ConstituentMessage",
    ]);
    expect(xml).toContain("<DeliveryDate>20261207</DeliveryDate>");
    expect(xml).toContain("<BillTypeAbbreviation>hr</BillTypeAbbreviation>");
    expect(xml).toContain("<BillCongress>119</BillCongress>");
    expect(xml).toContain("<ProOrCon>Pro</ProOrCon>");
    expect(await validateCwcXml(xml)).toEqual([]);
  });

  it("spells the bill for the Senate and leaves out a state bill, a stance of none, and a short organization", async () => {
    const senate = buildCwcMessage(input({ chamber: "senate", officeCode: "SIL02" })).xml;
    expect(senate).toContain("<BillTypeAbbreviation>H.R.</BillTypeAbbreviation>");
    expect(await validateCwcXml(senate)).toEqual([]);
    const bare = buildCwcMessage(
      input({ bill: { jurisdiction: "state", number: "SB 56" }, stance: null, organizationName: "AB" }),
    ).xml;
    expect(bare).not.toContain("<Bills>");
    expect(bare).not.toContain("<ProOrCon>");
    expect(bare).not.toContain("<Organization>");
    expect(await validateCwcXml(bare)).toEqual([]);
  });

  it("escapes markup and removes control characters, and the XML stays valid", async () => {
    const { xml } = buildCwcMessage(
      input({
        organizationName: `Neighbors & "Friends" <Chicago>`,
        constituent: { ...input().constituent, lastName: "O'Brien\u0007", city: "Chicago\u0000 Heights" },
        texts: {
          subject: "Fund <b>repairs</b> & more",
          statement: "Line one\u0001\nLine ]]> two & <script>",
          message: null,
        },
      }),
    );
    expect(xml).toContain("<Organization>Neighbors &amp; &quot;Friends&quot; &lt;Chicago&gt;</Organization>");
    expect(xml).toContain("<LastName>O&apos;Brien</LastName>");
    expect(xml).toContain("<City>Chicago Heights</City>");
    expect([...xml].filter((c) => c.charCodeAt(0) < 0x20 && c !== "\n")).toEqual([]);
    expect(xml).not.toContain("<ConstituentMessage>");
    expect(await validateCwcXml(xml)).toEqual([]);
  });

  it("gives the same DeliveryId on every build of a delivery, and a CampaignId per campaign and stance", () => {
    expect(buildCwcMessage(input()).deliveryId).toBe(buildCwcMessage(input()).deliveryId);
    expect(cwcDeliveryId("not-a-uuid")).toMatch(/^[0-9a-f]{32}$/);
    expect(cwcCampaignId("c1", "pro")).toMatch(/^[0-9a-f]{32}$/);
    expect(cwcCampaignId("c1", "pro")).toBe(cwcCampaignId("c1", "pro"));
    expect(cwcCampaignId("c1", "pro")).not.toBe(cwcCampaignId("c1", "con"));
    // The date is Washington's: 03:00 UTC on the 8th is still the 7th there.
    expect(cwcDeliveryDate(new Date("2026-12-08T03:00:00Z"))).toBe("20261207");
  });

  it("refuses to build what the chambers would refuse: no topic, a letter that does not fit, a Senate letter without a prefix", () => {
    expect(() => buildCwcMessage(input({ topics: ["Not a topic"] }))).toThrow(CwcMessageError);
    expect(() => buildCwcMessage(input({ texts: { subject: "Hi", statement: "x", message: null } }))).toThrow(
      /subject too_short/,
    );
    const none = { ...input().constituent, prefix: "none" };
    expect(() =>
      buildCwcMessage(input({ chamber: "senate", officeCode: "SIL02", constituent: none })),
    ).toThrow(/title/);
  });

  it("sends a House letter whose writer chose no prefix with an empty Prefix", async () => {
    const { xml } = buildCwcMessage(input({ constituent: { ...input().constituent, prefix: "none" } }));
    expect(xml).toContain("<Prefix></Prefix>");
    expect(await validateCwcXml(xml)).toEqual([]);
  });

  it("the schema refuses what the notes say the chambers refuse", async () => {
    const good = buildCwcMessage(input()).xml;
    expect(await validateCwcXml(good.replace("<Zip>60623</Zip>", "<Zip>6062</Zip>"))).not.toEqual([]);
    expect(await validateCwcXml(good.replace(/<DeliveryId>\w+</, "<DeliveryId>short<"))).not.toEqual([]);
    expect(await validateCwcXml(good.replace("Housing and Community Development", "Housing"))).not.toEqual(
      [],
    );
    expect(await validateCwcXml(good.replace("<Prefix>Ms.</Prefix>", "<Prefix>Mx.</Prefix>"))).not.toEqual(
      [],
    );
    // ConstituentMessage before OrganizationStatement is out of order.
    const swapped = good.replace(
      /(<OrganizationStatement>[^<]*<\/OrganizationStatement>)\n(<ConstituentMessage>[^<]*<\/ConstituentMessage>)/,
      "$2\n$1",
    );
    expect(swapped).not.toBe(good);
    expect(await validateCwcXml(swapped)).not.toEqual([]);
    expect(
      await validateCwcXml(good.replace("<Extra/>", "").replace("</Message>", "<Extra/></Message>")),
    ).not.toEqual([]);
  });
});

describe("checkCwcFit", () => {
  const constituent = input().constituent;

  it("accepts a letter inside every limit", () => {
    expect(checkCwcFit(input().texts, constituent)).toEqual({ ok: true });
  });

  it("names each field that does not fit", () => {
    const result = checkCwcFit(
      { subject: "Hi", statement: "x".repeat(10_001), message: "Short" },
      { ...constituent, address1: "1", city: "Ch", zip: "6062", email: "pat@localhost", firstName: " " },
    );
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: "subject", code: "too_short", limit: 6 },
        { field: "statement", code: "too_long", limit: 10_000 },
        { field: "message", code: "too_short", limit: 6 },
        { field: "streetAddress", code: "too_short", limit: 3 },
        { field: "city", code: "too_short", limit: 3 },
        { field: "zip", code: "format" },
        { field: "email", code: "format" },
        { field: "firstName", code: "empty", limit: 1 },
      ]),
    );
    expect(checkCwcFit({ subject: "A subject", statement: null, message: null }, constituent)).toEqual({
      ok: false,
      errors: [{ field: "message", code: "empty", limit: 6 }],
    });
  });
});

describe("cwcTexts", () => {
  const letter: LetterForTarget = {
    subject: "About {{campaign.title}}",
    body: "",
    firstName: "Pat",
    lastName: "Lee",
    email: "pat@example.org",
    city: "Chicago",
    state: "IL",
    zip: "60623",
    campaignTitle: "Safe homes",
    organizationName: "Chicago Neighbors",
    target: {
      isOfficial: true,
      name: "Danny K. Davis",
      title: "U.S. Representative",
      firstName: "Danny",
      lastName: "Davis",
      state: "IL",
      district: 7,
    },
  };
  const template = [
    { id: "greeting", text: "Dear {{official.title}} {{official.last_name}},", isLocked: false },
    { id: "ask", text: "Please fund repairs.", isLocked: true },
    { id: "story", text: "Tell your story here.", isLocked: false },
  ];

  it("puts the campaign's words (locked parts and untouched ones) in the statement and the supporter's own in the message", () => {
    const parts = letterParts(template, { greeting: template[0]?.text, story: "Our boiler failed twice." });
    expect(parts.map((p) => p.own)).toEqual([false, false, true]);
    const texts = cwcTexts(letter, parts);
    expect(texts).toEqual({
      subject: "About Safe homes",
      statement: "Dear Representative Davis,\n\nPlease fund repairs.",
      message: "Our boiler failed twice.",
    });
  });

  it("counts a letter without stored parts as the organization's words", () => {
    expect(cwcTexts({ ...letter, body: "Dear {{official.last_name}}, hello." }, null)).toEqual({
      subject: "About Safe homes",
      statement: "Dear Davis, hello.",
      message: null,
    });
  });
});
