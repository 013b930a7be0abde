/**
 * Every sign-in link is counted where it is sent (Auth.js's sendVerificationRequest), so each way of asking for
 * one counts the same: Chorus's sign-in and join forms, and posts made straight to Auth.js's own endpoint
 * (`POST /api/auth/signin/resend` with a token from `/api/auth/csrf`), which skip the forms and their checks.
 *
 * A form asks inside `askFromForm`: a refusal is then handed back to it, so it can say which limit was reached.
 * Anywhere else a refusal simply sends nothing (Auth.js still answers "check your email", telling nobody whether
 * an address has an account or was refused).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { clientIp, hitLimit, LIMITS, RateLimitedError } from "@/lib/security/rate-limit";

type FormAsk = { refusal: RateLimitedError | null };

const formAsk = new AsyncLocalStorage<FormAsk>();

/**
 * Counts one link against the per-network and per-mailbox limits. True when it may be sent; false when a limit
 * was reached (handed to the asking form, if any).
 */
export async function mayEmailSignInLink(email: string, headers: Headers | undefined): Promise<boolean> {
  try {
    const ip = headers ? clientIp(headers) : null;
    if (ip) await hitLimit(LIMITS.signInPerIp, ip);
    await hitLimit(LIMITS.signInPerEmail, email);
    return true;
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    const ask = formAsk.getStore();
    if (ask) ask.refusal = error;
    return false;
  }
}

/** Runs a form's sign-in request; the refusal (a limit reached where the link is sent), if any, comes back. */
export async function askFromForm(send: () => Promise<unknown>): Promise<RateLimitedError | null> {
  const ask: FormAsk = { refusal: null };
  await formAsk.run(ask, send);
  return ask.refusal;
}
