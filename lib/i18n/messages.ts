import type { Locale } from "./locale";

/**
 * A dictionary for one part of Chorus, in every language. The English entry sets the shape; the Spanish one must
 * have exactly the same keys and types (plain strings, or functions for numbers and names), so a missing
 * translation is a type error. Server components read it with `getMessages` (lib/i18n/server.ts), client
 * components with `useMessages` (lib/i18n/client.tsx); both pick the entry for the request's language.
 */
export type Messages<T> = Record<Locale, T>;

export function defineMessages<T extends Record<string, unknown>>(messages: {
  en: T;
  es: NoInfer<T>;
}): Messages<T> {
  return messages;
}
