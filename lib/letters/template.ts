/**
 * Letter templates: merge fields, locked and editable parts, and how personal a supporter's letter is.
 *
 * Pure functions, used by the organizer's editor (validation, preview), the supporter's form (the live
 * indicator) and the delivery worker (the final text). Output is plain text: nothing merged can become HTML,
 * and nothing can add a line to an email header.
 */
import type { Locale } from "@/lib/i18n/locale";
import { MERGE_FIELD_SAMPLES, PERSONALIZATION_LABELS } from "./template.messages";

export type MergeField = keyof (typeof MERGE_FIELD_SAMPLES)["en"];

/** Every merge field an organizer may use, in the order the editor lists them. */
export const MERGE_FIELDS = Object.keys(MERGE_FIELD_SAMPLES.en) as readonly MergeField[];

/** A sample value for each merge field, for the organizer's previews, in their language. */
export function mergeFieldSamples(locale: Locale = "en"): Readonly<Record<MergeField, string>> {
  return MERGE_FIELD_SAMPLES[locale];
}

export type MergeValues = Partial<Record<MergeField, string>>;

const FIELD_PATTERN = /\{\{\s*([a-zA-Z_.]+)\s*\}\}/g;

export function isMergeField(name: string): name is MergeField {
  return Object.hasOwn(MERGE_FIELD_SAMPLES.en, name);
}

/** Fields that need the campaign to name a bill: a template may use them only then. */
export function isBillField(name: string): boolean {
  return name.startsWith("bill.") && isMergeField(name);
}

/** The merge fields a text uses, in order of first use; unknown names are reported separately. */
export function findMergeFields(text: string): { known: MergeField[]; unknown: string[] } {
  const known: MergeField[] = [];
  const unknown: string[] = [];
  for (const match of text.matchAll(FIELD_PATTERN)) {
    const name = match[1] ?? "";
    if (isMergeField(name)) {
      if (!known.includes(name)) known.push(name);
    } else if (!unknown.includes(name)) {
      unknown.push(name);
    }
  }
  return { known, unknown };
}

/** Control characters other than newline and tab never belong in a letter. */
function stripControl(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g, "");
}

/** A value put into a letter: plain, on one line, bounded. */
function cleanValue(value: string): string {
  return stripControl(value.replace(/[\r\n]+/g, " "))
    .trim()
    .slice(0, 200);
}

/**
 * Replaces merge fields with values. A field without a value becomes an empty string (the organizer's editor
 * shows which fields can be empty for which targets); braces that are not a known field stay as typed.
 */
export function mergeText(text: string, values: MergeValues): string {
  return stripControl(text.replace(/\r\n?/g, "\n")).replace(FIELD_PATTERN, (whole, name: string) =>
    isMergeField(name) ? cleanValue(values[name] ?? "") : whole,
  );
}

/**
 * Fills only the {{bill.*}} fields (the same for every official and every supporter), to show a supporter the
 * campaign's letter as it will read; the other fields stay for each official.
 */
export function fillBillFields(
  text: string,
  bill: { number: string; title: string; status: string; url: string | null } | null,
): string {
  if (!bill) return text;
  const values: MergeValues = {
    "bill.number": bill.number,
    "bill.title": bill.title,
    "bill.status": bill.status,
    "bill.url": bill.url ?? "",
  };
  return text.replace(FIELD_PATTERN, (whole, name: string) =>
    isMergeField(name) && isBillField(name) ? cleanValue(values[name] ?? "") : whole,
  );
}

/** A subject line: merged, one line, no header injection, at most 200 characters. */
export function mergeSubject(subject: string, values: MergeValues): string {
  return mergeText(subject, values).replace(/\s+/g, " ").trim().slice(0, 200);
}

export type TemplatePart = { id: string; text: string; isLocked: boolean };

/**
 * The body a supporter sends: locked parts always come from the template (a supporter cannot change the ask,
 * whatever the form posted); editable parts take the supporter's text when given.
 */
export function composeBody(parts: TemplatePart[], edits: Record<string, string | undefined>): string {
  return parts
    .map((part) => {
      const edit = edits[part.id];
      return part.isLocked || edit === undefined ? part.text : stripControl(edit.replace(/\r\n?/g, "\n"));
    })
    .map((text) => text.trim())
    .filter(Boolean)
    .join("\n\n");
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(FIELD_PATTERN, " ")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/** Length of the longest common subsequence of two word lists (two rows of the DP table: O(n·m) time). */
function lcsLength(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      current[j] =
        a[i - 1] === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

export type Personalization = { score: number; level: "template" | "some" | "personal"; label: string };

export { PERSONALIZATION_LABELS };

/**
 * How much of the letter is the supporter's own: 0 = the template word for word, 1 = nothing in common.
 * Word-level, so reflowing or fixing punctuation does not count as personal. Congressional staff weigh
 * personal letters far above form letters, so the supporter sees this while writing.
 */
export function personalization(template: string, letter: string, locale: Locale = "en"): Personalization {
  const a = words(template).slice(0, 1500);
  const b = words(letter).slice(0, 1500);
  const longest = Math.max(a.length, b.length);
  const score = longest === 0 ? 0 : 1 - lcsLength(a, b) / longest;
  const rounded = Math.round(score * 100) / 100;
  const level = rounded < 0.1 ? "template" : rounded < 0.3 ? "some" : "personal";
  return { score: rounded, level, label: PERSONALIZATION_LABELS[locale][level] };
}

/**
 * The supporter's own parts of a body that composeBody made from these parts: its inverse, so a letter awaiting
 * confirmation can be edited part by part. Null when the body does not follow the parts (the organizers changed
 * the template since). Locked parts anchor the split at paragraph breaks; editable parts are what lies between
 * them (a run of editable parts splits as their template texts do, as near as the body allows).
 */
export function splitBody(parts: TemplatePart[], body: string): Record<string, string> | null {
  const segments = body === "" ? [] : body.split("\n\n");
  const failed = new Set<string>();
  const paragraphs = (text: string) => (text.trim() ? text.trim().split("\n\n").length : 0);
  const solve = (p: number, s: number): Record<string, string> | null => {
    const part = parts[p];
    if (!part) return s === segments.length ? {} : null;
    const key = `${p}:${s}`;
    if (failed.has(key)) return null;
    let found: Record<string, string> | null = null;
    if (part.isLocked) {
      const text = part.text.trim();
      const n = paragraphs(text);
      if (n === 0) found = solve(p + 1, s);
      else if (segments.slice(s, s + n).join("\n\n") === text) found = solve(p + 1, s + n);
    } else {
      const most = segments.length - s;
      const likely = Math.min(paragraphs(part.text), most);
      const tries = [likely, ...Array.from({ length: most + 1 }, (_, n) => n).filter((n) => n !== likely)];
      for (const n of tries) {
        const rest = solve(p + 1, s + n);
        if (rest) {
          found = { [part.id]: segments.slice(s, s + n).join("\n\n"), ...rest };
          break;
        }
      }
    }
    if (!found) failed.add(key);
    return found;
  };
  return solve(0, 0);
}
