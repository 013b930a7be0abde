/** A sign-in link lives ten minutes and works once (Auth.js deletes the token when it is used). */
export const MAGIC_LINK_MINUTES = 10;

/**
 * A session ends 30 days after its sign-in however often it is used (the absolute lifetime), besides ending
 * after 30 days without use (Auth.js's maxAge, the idle lifetime, moved on at most daily).
 */
export const SESSION_ABSOLUTE_DAYS = 30;
export const SESSION_IDLE_DAYS = 30;

/** Deleting the account or downloading personal data needs a sign-in this recent (a link used just now). */
export const FRESH_SIGN_IN_MINUTES = 10;
