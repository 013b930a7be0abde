/**
 * An address whose path does not decode (`/campaigns/%ff`: a lone percent-escape that is not UTF-8) made Next
 * fail while matching its dynamic routes and answer a bare 500 without the site's headers (issue 19, item 13).
 * Such a request is answered here instead: 400, plain text in the request's language (the language cookie, then
 * Accept-Language), with the security headers. `npm start`'s front checks it before
 * anything else (edge/front.ts); under `next start`, proxy.ts does, and only for paths holding a `%`.
 */
import { localeFromCookieHeader, pickLocale } from "@/lib/i18n/locale";
import { securityHeaders } from "./headers";
import { malformedPathWords } from "./malformed-path.messages";

export function isMalformedPath(url: string): boolean {
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  if (!path.includes("%")) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

export const MALFORMED_PATH_STATUS = 400;

/** What the answer says, in the language the request asks for. */
export function malformedPathText(
  cookie: string | null | undefined,
  acceptLanguage: string | null | undefined,
): string {
  const locale = pickLocale({ cookie: localeFromCookieHeader(cookie), acceptLanguage });
  return `${malformedPathWords[locale].invalidAddress}\n`;
}

/** The headers of that answer: the site's security headers, never stored. */
export function malformedPathHeaders(): Record<string, string> {
  const headers: Record<string, string> = {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
  };
  for (const { key, value } of securityHeaders({ isProduction: true })) headers[key.toLowerCase()] = value;
  return headers;
}
