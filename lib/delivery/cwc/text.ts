/**
 * Text as CWC takes it: XML-escaped, without control characters or anything XML 1.0 forbids, and within the
 * limits the notes give (../shared/CWC-NOTES.md, section 2). Pure.
 */

/** Control characters other than tab and newline, the characters XML 1.0 forbids, and lone surrogates. */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A multi-line text (a statement, a message): newlines kept (as \n), everything else cleaned. */
export function cleanMultiline(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(FORBIDDEN, "").trim();
}

/** A one-line value (a name, a city): line breaks and tabs become spaces, runs of spaces one. */
export function cleanLine(text: string): string {
  return cleanMultiline(text).replace(/\s+/g, " ").trim();
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Limits from the Senate's schema as relayed by a vendor (the House's are taken to be no stricter). */
export const CWC_LIMITS = {
  subject: { min: 6, max: 500 },
  statement: { min: 6, max: 10_000 },
  address1: { min: 3 },
  city: { min: 3 },
  organization: { min: 3 },
  agentContactName: { min: 6 },
} as const;

export const CWC_ZIP = /^\d{5}(-\d{4})?$/;
export const CWC_EMAIL = /^[^@]+@[^.]+\..+$/;
export const CWC_PHONE = /^\d{3}-\d{3}-\d{4}$/;
/** The prefixes the Senate takes; the House is not known to restrict them. */
export const CWC_PREFIXES = ["Mr.", "Mrs.", "Miss", "Ms.", "Dr."] as const;
export type CwcPrefix = (typeof CWC_PREFIXES)[number];

export function isCwcPrefix(value: unknown): value is CwcPrefix {
  return typeof value === "string" && (CWC_PREFIXES as readonly string[]).includes(value);
}

/**
 * What a House message carries as Prefix when the supporter chose "none of these": the element is required,
 * and no source says what the House accepts beyond the Senate's five. Chorus will not pick a title for
 * someone who declined them, so it sends an empty Prefix. UNCONFIRMED: check it against the House's
 * /v2/validate once approved (Senate offices never get such a letter: they keep the hand-off).
 */
export const HOUSE_PREFIX_FOR_NONE = "";

/** Counts characters as a schema does (code points, not UTF-16 units). */
export function length(text: string): number {
  return [...text].length;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
