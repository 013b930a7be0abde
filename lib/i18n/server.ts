import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getSessionUser } from "@/lib/auth";
import { DEFAULT_LOCALE, LOCALE_COOKIE, type Locale, pickLocale } from "./locale";
import type { Messages } from "./messages";

/**
 * The language of this request: the switch's cookie, then the signed-in person's account, then Accept-Language.
 * Once per render; outside a request (a job, a script) it is English, and jobs take the recipient's language
 * from their account instead.
 */
export const getLocale = cache(async (): Promise<Locale> => {
  let cookieValue: string | undefined;
  let acceptLanguage: string | null = null;
  try {
    cookieValue = (await cookies()).get(LOCALE_COOKIE)?.value;
    acceptLanguage = (await headers()).get("accept-language");
  } catch {
    return DEFAULT_LOCALE;
  }
  const user = cookieValue ? null : await getSessionUser();
  return pickLocale({ cookie: cookieValue, account: user?.language, acceptLanguage });
});

/** A dictionary's entry for this request's language. */
export async function getMessages<T>(messages: Messages<T>): Promise<T> {
  return messages[await getLocale()];
}
