import { z } from "zod";
import { type ErrorText, errorText } from "@/lib/i18n/errors";

/** No person types U+0000, and Postgres text cannot hold it: input carrying it is refused, not a 500. */
export function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(containsNul);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).some(([key, v]) => key.includes("\u0000") || containsNul(v));
  }
  return false;
}

export const NUL_MESSAGE = errorText.common.removeInvisibleControlCharactersFrom;

/** The schema, refusing input that holds U+0000 anywhere (field errors under the form). */
export function withoutNul<S extends z.ZodType>(schema: S): S {
  return schema.refine((value) => !containsNul(value), { message: NUL_MESSAGE }) as S;
}

/**
 * Characters a short line of text (a person's name, a city, a group's name) must not hold, because they change how
 * the text around them reads where it is shown: control characters (CR and LF start new lines in emails and CSV
 * exports, a tab moves text), the line and paragraph separators U+2028/U+2029, and the bidirectional embeddings,
 * overrides and isolates U+202A–U+202E and U+2066–U+2069 (U+202E makes "Ana‮moc.live" read backwards).
 */
export function hasHiddenCharacters(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
    if (code === 0x2028 || code === 0x2029) return true;
    if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return true;
  }
  return false;
}

export const HIDDEN_CHARACTERS_MESSAGE = errorText.common.keepOneLineWithoutInvisible;

/**
 * A short, one-line text a person typed (names, a city): the schema, refusing hasHiddenCharacters. The one place
 * every such field goes through (issue 19, item 13).
 */
export function singleLine<S extends z.ZodType<string>>(schema: S, message = HIDDEN_CHARACTERS_MESSAGE): S {
  return schema.refine((value) => !hasHiddenCharacters(value), { message }) as unknown as S;
}

/**
 * An optional https address a person typed (an image, a link): trimmed, at most 500 characters, a full https URL
 * with a real host name; empty becomes null. The messages name the address in the caller's words.
 */
export function optionalHttpsUrl(messages: { tooLong: ErrorText; notHttps: ErrorText }) {
  return z
    .string()
    .trim()
    .max(500, { message: messages.tooLong })
    .optional()
    .refine(
      (value) => {
        if (!value) return true;
        try {
          const url = new URL(value);
          return url.protocol === "https:" && url.hostname.includes(".");
        } catch {
          return false;
        }
      },
      { message: messages.notHttps },
    )
    .transform((value) => (value ? value : null));
}
