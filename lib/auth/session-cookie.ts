/**
 * The one place that knows Auth.js's session cookie, for the auth code (lib/auth) and the serving edge (edge/:
 * the page cache, the lite page and the direct route ask it before Next sees the request). Not server-only.
 */

/** Auth.js's session cookie; over https it carries the __Secure- prefix (lib/auth/session.ts sets it so too). */
export const SESSION_COOKIE = "authjs.session-token";
/** Both names the session cookie may have: Auth.js picks the prefix from the request's own protocol. */
export const SESSION_COOKIE_NAMES = [SESSION_COOKIE, `__Secure-${SESSION_COOKIE}`] as const;

const IN_COOKIE_HEADER = new RegExp(`(?:^|;\\s*)(?:__Secure-)?${SESSION_COOKIE.replace(/\./g, "\\.")}=`);

/**
 * Whether a Cookie header carries an Auth.js session cookie (under either name). Without one nobody is signed in,
 * and asking Auth.js would only cost time; with one, a page is personal (never cached or made lite) and a letter
 * goes through Next.
 */
export function hasSessionCookieHeader(cookie: string | null | undefined): boolean {
  return IN_COOKIE_HEADER.test(cookie ?? "");
}
