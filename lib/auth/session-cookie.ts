/**
 * Whether a Cookie header carries an Auth.js session cookie (either name: Auth.js picks the __Secure- prefix from
 * the request's own protocol). Without one nobody is signed in, and asking Auth.js would only cost time. Not
 * server-only: `npm start`'s launcher (lib/server/direct-route.ts) asks it before Next sees the request.
 */
export function hasSessionCookieHeader(cookie: string | null | undefined): boolean {
  return /(?:^|;\s*)(?:__Secure-)?authjs\.session-token=/.test(cookie ?? "");
}

/** Auth.js's session cookie, under both names it may use (lib/auth/session.ts picks the one it sets). */
const SESSION_COOKIE = "authjs.session-token";
export const SESSION_COOKIE_NAMES = [SESSION_COOKIE, `__Secure-${SESSION_COOKIE}`] as const;
