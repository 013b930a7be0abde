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
  campaignTitle: string;
  organizationName: string;
  target: {
    name: string;
    title: string;
    firstName: string | null;
    lastName: string | null;
    state: string | null;
    district: number | null;
  };
};

function splitName(name: string): { first: string; last: string } {
  const parts = name.trim().split(/\s+/);
  return { first: parts[0] ?? "", last: parts.length > 1 ? (parts[parts.length - 1] ?? "") : "" };
}

export function mergeValuesFor(letter: LetterForTarget): MergeValues {
  const fallback = splitName(letter.target.name);
  return {
    "official.title": letter.target.title,
    "official.first_name": letter.target.firstName ?? fallback.first,
    "official.last_name": letter.target.lastName ?? (fallback.last || fallback.first),
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
    body: mergeText(letter.body, values).trim(),
    signature: [`${letter.firstName} ${letter.lastName}`.trim(), place, letter.email].filter(Boolean),
  };
}
