/**
 * The one builder of CWC 2.0 messages: one XML document per (letter, office), in the element order of the
 * House's sample and EFF's builder (../shared/CWC-NOTES.md, section 2; checked by cwc-2.0.rng next to this
 * file). Pure and deterministic for a given day: a retry sends the same DeliveryId and the same words.
 *
 * The organization's words and the supporter's are kept apart, as both chambers ask: the campaign's text (its
 * locked parts, and editable parts the supporter left as they were) is the OrganizationStatement; what the
 * supporter wrote themselves is the ConstituentMessage.
 */
import { createHash } from "node:crypto";
import { type LetterForTarget, mergeValuesFor } from "@/lib/letters/compose";
import { mergeSubject, mergeText } from "@/lib/letters/template";
import { billTypeAbbreviation, CURRENT_CONGRESS, type CwcChamber, parseFederalBill } from "./codes";
import {
  CWC_EMAIL,
  CWC_LIMITS,
  CWC_ZIP,
  cleanLine,
  cleanMultiline,
  escapeXml,
  HOUSE_PREFIX_FOR_NONE,
  isCwcPrefix,
  length,
  XML_DECLARATION,
} from "./text";
import { validCwcTopics } from "./topics";

/** The vendor's details (CWC_DELIVERY_AGENT* in lib/env.ts). */
export type CwcAgent = {
  name: string;
  ackEmail: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
};

/** One part of a letter as sent: `own` when the supporter wrote it (an editable part they changed). */
export type LetterPart = { text: string; own: boolean };

/**
 * 32 letters and digits from the delivery's id: the uuid without its hyphens, so every retry of a delivery
 * carries the same DeliveryId and the chambers can refuse a duplicate. Another id shape is hashed.
 */
export function cwcDeliveryId(deliveryId: string): string {
  const compact = deliveryId.toLowerCase().replace(/-/g, "");
  if (/^[0-9a-f]{32}$/.test(compact)) return compact;
  return createHash("sha256").update(deliveryId).digest("hex").slice(0, 32);
}

/**
 * Offices group and de-duplicate CWC mail by CampaignId. One per campaign and stance (the Senate asks for
 * separate ids for pro and con), hashed so it reveals nothing, 32 hex characters like a DeliveryId.
 */
export function cwcCampaignId(campaignId: string, stance: "pro" | "con" | null): string {
  return createHash("sha256")
    .update(`${campaignId}:${stance ?? "none"}`)
    .digest("hex")
    .slice(0, 32);
}

/** YYYYMMDD on the day it is in Washington. */
export function cwcDeliveryDate(at: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/New_York",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return `${get("year")}${get("month")}${get("day")}`;
}

/**
 * The letter's parts as stored for a CWC letter: each part's text as sent (merge fields still in place),
 * `own` when it is an editable part the supporter changed. Untouched template text is the organization's.
 */
export function letterParts(
  templateParts: { id: string; text: string; isLocked: boolean }[],
  edits: Record<string, string | undefined>,
): LetterPart[] {
  return templateParts
    .map((part) => {
      const edit = edits[part.id];
      const text = part.isLocked || edit === undefined ? part.text : edit;
      const own = !part.isLocked && edit !== undefined && cleanLine(edit) !== cleanLine(part.text);
      return { text: cleanMultiline(text), own };
    })
    .filter((part) => part.text !== "");
}

/** The words of one letter to one office: subject, the organization's statement and the supporter's message. */
export type CwcTexts = { subject: string; statement: string | null; message: string | null };

/**
 * Merges the letter for its target and splits it. Without stored parts (a letter written before CWC), the
 * whole letter is the organization's statement: Chorus cannot say which words were the supporter's own.
 */
export function cwcTexts(letter: LetterForTarget, parts: LetterPart[] | null): CwcTexts {
  const values = mergeValuesFor(letter);
  const merge = (texts: string[]) => {
    const merged = cleanMultiline(
      mergeText(texts.join("\n\n"), values)
        .replace(/[ \t]{2,}/g, " ")
        .replace(/ +([,.;:!?])/g, "$1"),
    );
    return merged === "" ? null : merged;
  };
  const subject = cleanLine(mergeSubject(letter.subject, values));
  if (!parts) return { subject, statement: merge([letter.body]), message: null };
  return {
    subject,
    statement: merge(parts.filter((part) => !part.own).map((part) => part.text)),
    message: merge(parts.filter((part) => part.own).map((part) => part.text)),
  };
}

export type CwcConstituent = {
  /** Mr. | Mrs. | Miss | Ms. | Dr., or "none" / null (the House then gets HOUSE_PREFIX_FOR_NONE). */
  prefix: string | null;
  firstName: string;
  lastName: string;
  address1: string;
  city: string;
  state: string;
  zip: string;
  email: string;
};

export type CwcFitField =
  | "subject"
  | "statement"
  | "message"
  | "firstName"
  | "lastName"
  | "streetAddress"
  | "city"
  | "zip"
  | "email";

export type CwcFitCode = "empty" | "too_short" | "too_long" | "format";

export type CwcFitError = { field: CwcFitField; code: CwcFitCode; limit?: number };

/**
 * Whether a letter fits CWC's limits, field by field, so the form can refuse it before it is written
 * (a letter that cannot fit is never discovered at delivery). Pure.
 */
export function checkCwcFit(
  texts: CwcTexts,
  constituent: Omit<CwcConstituent, "prefix" | "state">,
): { ok: true } | { ok: false; errors: CwcFitError[] } {
  const errors: CwcFitError[] = [];
  const range = (field: CwcFitField, value: string, min: number, max?: number) => {
    const n = length(value);
    if (n < min) errors.push({ field, code: n === 0 ? "empty" : "too_short", limit: min });
    else if (max !== undefined && n > max) errors.push({ field, code: "too_long", limit: max });
  };
  range("subject", texts.subject, CWC_LIMITS.subject.min, CWC_LIMITS.subject.max);
  if (texts.statement === null && texts.message === null) {
    errors.push({ field: "message", code: "empty", limit: CWC_LIMITS.statement.min });
  }
  if (texts.statement !== null) {
    range("statement", texts.statement, CWC_LIMITS.statement.min, CWC_LIMITS.statement.max);
  }
  if (texts.message !== null) {
    range("message", texts.message, CWC_LIMITS.statement.min, CWC_LIMITS.statement.max);
  }
  range("firstName", cleanLine(constituent.firstName), 1);
  range("lastName", cleanLine(constituent.lastName), 1);
  range("streetAddress", cleanLine(constituent.address1), CWC_LIMITS.address1.min);
  range("city", cleanLine(constituent.city), CWC_LIMITS.city.min);
  if (!CWC_ZIP.test(constituent.zip.trim())) errors.push({ field: "zip", code: "format" });
  if (!CWC_EMAIL.test(constituent.email.trim())) errors.push({ field: "email", code: "format" });
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

export type CwcMessageInput = {
  /** The delivery's own id (the DeliveryId is derived from it). */
  deliveryId: string;
  at: Date;
  agent: CwcAgent;
  organizationName: string;
  campaignId: string;
  stance: "pro" | "con" | null;
  topics: readonly unknown[];
  /** The campaign's bill; only a federal one goes in the message. */
  bill: { jurisdiction: "federal" | "state"; number: string } | null;
  chamber: CwcChamber;
  officeCode: string;
  constituent: CwcConstituent;
  texts: CwcTexts;
};

/** Thrown for a message that must not be sent as built (a bug or a letter that escaped the form's check). */
export class CwcMessageError extends Error {
  override name = "CwcMessageError";
}

function element(name: string, value: string): string {
  return `<${name}>${escapeXml(value)}</${name}>`;
}

/** The message's XML and its DeliveryId. */
export function buildCwcMessage(input: CwcMessageInput): { deliveryId: string; xml: string } {
  const deliveryId = cwcDeliveryId(input.deliveryId);
  const topics = validCwcTopics(input.topics);
  if (topics.length === 0) throw new CwcMessageError("The campaign has no Library of Congress topic.");
  const fit = checkCwcFit(
    {
      subject: cleanLine(input.texts.subject),
      statement: input.texts.statement === null ? null : cleanMultiline(input.texts.statement),
      message: input.texts.message === null ? null : cleanMultiline(input.texts.message),
    },
    input.constituent,
  );
  if (!fit.ok) {
    throw new CwcMessageError(
      `The letter does not fit Congress's mail system: ${fit.errors.map((e) => `${e.field} ${e.code}`).join(", ")}.`,
    );
  }
  const c = input.constituent;
  // Cleaned again here: whatever the caller passed, nothing forbidden reaches the XML.
  const texts: CwcTexts = {
    subject: cleanLine(input.texts.subject),
    statement: input.texts.statement === null ? null : cleanMultiline(input.texts.statement),
    message: input.texts.message === null ? null : cleanMultiline(input.texts.message),
  };
  const prefix = isCwcPrefix(c.prefix) ? c.prefix : HOUSE_PREFIX_FOR_NONE;
  if (input.chamber === "senate" && !isCwcPrefix(c.prefix)) {
    throw new CwcMessageError("The Senate takes only Mr., Mrs., Miss, Ms. or Dr. as a title.");
  }
  const organization = cleanLine(input.organizationName).slice(0, 200);
  const federalBill = input.bill?.jurisdiction === "federal" ? parseFederalBill(input.bill.number) : null;
  const stance = input.stance === "pro" ? "Pro" : input.stance === "con" ? "Con" : null;
  const { statement, message } = texts;

  const xml = [
    XML_DECLARATION,
    "<CWC>",
    element("CWCVersion", "2.0"),
    "<Delivery>",
    element("DeliveryId", deliveryId),
    element("DeliveryDate", cwcDeliveryDate(input.at)),
    element("DeliveryAgent", cleanLine(input.agent.name)),
    element("DeliveryAgentAckEmailAddress", cleanLine(input.agent.ackEmail)),
    "<DeliveryAgentContact>",
    element("DeliveryAgentContactName", cleanLine(input.agent.contactName)),
    element("DeliveryAgentContactEmail", cleanLine(input.agent.contactEmail)),
    element("DeliveryAgentContactPhone", cleanLine(input.agent.contactPhone)),
    "</DeliveryAgentContact>",
    length(organization) >= CWC_LIMITS.organization.min ? element("Organization", organization) : "",
    element("CampaignId", cwcCampaignId(input.campaignId, input.stance)),
    "</Delivery>",
    "<Recipient>",
    element("MemberOffice", input.officeCode),
    "</Recipient>",
    "<Constituent>",
    element("Prefix", prefix),
    element("FirstName", cleanLine(c.firstName)),
    element("LastName", cleanLine(c.lastName)),
    element("Address1", cleanLine(c.address1)),
    element("City", cleanLine(c.city)),
    element("StateAbbreviation", c.state),
    element("Zip", c.zip.trim()),
    element("Email", c.email.trim()),
    "</Constituent>",
    "<Message>",
    element("Subject", texts.subject),
    "<LibraryOfCongressTopics>",
    ...topics.map((topic) => element("LibraryOfCongressTopic", topic)),
    "</LibraryOfCongressTopics>",
    federalBill
      ? [
          "<Bills><Bill>",
          element("BillCongress", String(CURRENT_CONGRESS)),
          element("BillTypeAbbreviation", billTypeAbbreviation(input.chamber, federalBill.type)),
          element("BillNumber", String(federalBill.number)),
          "</Bill></Bills>",
        ].join("")
      : "",
    stance ? element("ProOrCon", stance) : "",
    statement !== null ? element("OrganizationStatement", statement) : "",
    message !== null ? element("ConstituentMessage", message) : "",
    "</Message>",
    "</CWC>",
  ]
    .filter(Boolean)
    .join("\n");
  return { deliveryId, xml };
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
