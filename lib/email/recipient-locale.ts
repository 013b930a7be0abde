/**
 * The language an email is written in, chosen when it is sent (not when it is queued): the recipient's account
 * language, else the language the caller passed (someone who has no account yet, or one that never said), else
 * English. Not server-only: `npm run worker` sends email outside Next.js.
 */
import { inArray } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { users } from "@/db/schema";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locale";

/** The account's language for an address (null: no account, or it never said). */
export async function accountLanguage(address: string, db: Executor = getDb()): Promise<Locale | null> {
  const trimmed = address.trim();
  // Auth.js stores addresses lower-cased; letters keep what was typed. Both forms use users' unique index.
  const forms = [...new Set([trimmed, trimmed.toLowerCase()])];
  const rows = await db.select({ language: users.language }).from(users).where(inArray(users.email, forms));
  const language = rows.map((row) => row.language).find(isLocale);
  return language ?? null;
}

export async function recipientLocale(
  address: string,
  fallback?: string | null,
  db: Executor = getDb(),
): Promise<Locale> {
  return (await accountLanguage(address, db)) ?? (isLocale(fallback) ? fallback : DEFAULT_LOCALE);
}
