import { z } from "zod";

/** No person types U+0000, and Postgres text cannot hold it: input carrying it is refused, not a 500. */
export function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(containsNul);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).some(([key, v]) => key.includes("\u0000") || containsNul(v));
  }
  return false;
}

export const NUL_MESSAGE = "Please remove the invisible control characters from what you typed.";

/** The schema, refusing input that holds U+0000 anywhere (field errors under the form). */
export function withoutNul<S extends z.ZodType>(schema: S): S {
  return schema.refine((value) => !containsNul(value), { message: NUL_MESSAGE }) as S;
}

/**
 * An optional https address a person typed (an image, a link): trimmed, at most 500 characters, a full https URL
 * with a real host name; empty becomes null. `label` names it in the messages ("image address", "link").
 */
export function optionalHttpsUrl(label: string) {
  return z
    .string()
    .trim()
    .max(500, { message: `Please keep the ${label} under 500 characters.` })
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
      { message: `The ${label} must be a full web address starting with https://` },
    )
    .transform((value) => (value ? value : null));
}
