import type { z } from "zod";

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
