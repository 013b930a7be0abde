/**
 * The final text of one letter to one target: merge fields filled for that target, and the supporter's
 * signature. Pure and deterministic: a retried batch renders exactly the same emails, so the provider's
 * idempotency check sees the same request.
 */
import { type MergeValues, mergeSubject, mergeText } from "./template";

export type LetterForTarget = {
  subject: string;
  body: string;
  firstName: string;
  lastName: string;
  email: string;
  city: string;
  state: string;
  zip: string;
  /** Only on letters to an office that requires it; signed only to those targets. */
  streetAddress?: string | null;
  campaignTitle: string;
  organizationName: string;
  /** The campaign's bill, when it names one (its current status line, as the organizer keeps it). */
  bill?: LetterBill | null;
  target: {
    /** False for custom targets (a council, an agency): they are greeted by name, not title and surname. */
    isOfficial: boolean;
    name: string;
    title: string;
    firstName: string | null;
    lastName: string | null;
    state: string | null;
    district: number | null;
    requiresAddress?: boolean;
  };
};

export type LetterBill = { number: string; title: string; status: string; url: string | null };

/** The bill from a row left-joined with `campaign_bills` (all null when the campaign names none). */
export function billOf(row: {
  billNumber: string | null;
  billTitle: string | null;
  billStatus: string | null;
  billUrl: string | null;
}): LetterBill | null {
  if (row.billNumber === null || row.billTitle === null) return null;
  return { number: row.billNumber, title: row.billTitle, status: row.billStatus ?? "", url: row.billUrl };
}

/** The columns a delivery row carries about its target (joined with `officials` when it is one). */
export type DeliveryTargetRow = {
  officialId: string | null;
  targetName: string;
  targetTitle: string;
  officialFirstName: string | null;
  officialLastName: string | null;
  officialState: string | null;
  officialDistrict: number | null;
  /** From the custom target (null for officials). */
  requiresAddress?: boolean | null;
};

export function targetOf(row: DeliveryTargetRow): LetterForTarget["target"] {
  return {
    isOfficial: row.officialId !== null,
    name: row.targetName,
    title: row.targetTitle,
    firstName: row.officialFirstName,
    lastName: row.officialLastName,
    state: row.officialState,
    district: row.officialDistrict,
    requiresAddress: row.requiresAddress ?? false,
  };
}

function splitName(name: string): { first: string; last: string } {
  const parts = name.trim().split(/\s+/);
  return { first: parts[0] ?? "", last: parts.length > 1 ? (parts[parts.length - 1] ?? "") : "" };
}

/** How a letter greets an official: "Dear Senator Durbin", not "Dear U.S. Senator Durbin". */
export function salutationTitle(title: string): string {
  return title
    .replace(/^U\.S\. /, "")
    .replace(/^State /, "")
    .replace(/ to the U\.S\. House$/, "");
}

export function mergeValuesFor(letter: LetterForTarget): MergeValues {
  const fallback = splitName(letter.target.name);
  const isOfficial = letter.target.isOfficial;
  return {
    "official.title": isOfficial ? salutationTitle(letter.target.title) : "",
    "official.first_name": isOfficial ? (letter.target.firstName ?? fallback.first) : letter.target.name,
    "official.last_name": isOfficial
      ? (letter.target.lastName ?? (fallback.last || fallback.first))
      : letter.target.name,
    "official.full_name": letter.target.name,
    "official.state": letter.target.state ?? "",
    "official.district": letter.target.district === null ? "" : String(letter.target.district),
    "supporter.first_name": letter.firstName,
    "supporter.last_name": letter.lastName,
    "supporter.full_name": `${letter.firstName} ${letter.lastName}`.trim(),
    "supporter.city": letter.city,
    "supporter.state": letter.state,
    "supporter.zip": letter.zip,
    "campaign.title": letter.campaignTitle,
    "organization.name": letter.organizationName,
    "bill.number": letter.bill?.number ?? "",
    "bill.title": letter.bill?.title ?? "",
    "bill.status": letter.bill?.status ?? "",
    "bill.url": letter.bill?.url ?? "",
  };
}

export function composeLetterForTarget(letter: LetterForTarget): {
  subject: string;
  body: string;
  signature: string[];
} {
  const values = mergeValuesFor(letter);
  const place = [letter.city, [letter.state, letter.zip].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");
  return {
    subject: mergeSubject(letter.subject, values),
    // An empty field ("Dear {{official.title}} City Council") leaves a double space or " ,": tidy both.
    body: mergeText(letter.body, values)
      .replace(/[ \t]{2,}/g, " ")
      .replace(/ +([,.;:!?])/g, "$1")
      .trim(),
    signature: [
      `${letter.firstName} ${letter.lastName}`.trim(),
      letter.target.requiresAddress ? (letter.streetAddress ?? "") : "",
      place,
      letter.email,
    ].filter(Boolean),
  };
}
