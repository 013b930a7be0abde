/** Auth.js's session cookie; over https it carries the __Secure- prefix (lib/auth/session.ts sets it so too). */
export const SESSION_COOKIE = "authjs.session-token";
/** Both names the session cookie may have: Auth.js picks the prefix from the request's own protocol. */
export const SESSION_COOKIE_NAMES = [SESSION_COOKIE, `__Secure-${SESSION_COOKIE}`] as const;

/**
 * Whether a Cookie header carries an Auth.js session cookie (under either name). Without one nobody is signed in,
 * and asking Auth.js would only cost time. Not server-only: `npm start`'s launcher (edge/direct-route.ts)
 * asks it before Next sees the request.
 */
export function hasSessionCookieHeader(cookie: string | null | undefined): boolean {
  return /(?:^|;\s*)(?:__Secure-)?authjs\.session-token=/.test(cookie ?? "");
}
