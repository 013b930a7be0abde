/**
 * How old a session may be (pure, so the launcher-free tests and the data layer share it): the absolute
 * lifetime, and the "fresh sign-in" the riskiest actions need.
 */
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { FRESH_SIGN_IN_MINUTES, SESSION_ABSOLUTE_DAYS } from "./constants";

const DAY_MS = 24 * 3600 * 1000;

/** The moment a session signed in at `signedInAt` ends, however active it is. */
export function absoluteSessionEnd(signedInAt: Date): Date {
  return new Date(signedInAt.getTime() + SESSION_ABSOLUTE_DAYS * DAY_MS);
}

export function isPastAbsoluteLifetime(signedInAt: Date | null | undefined, now: Date = new Date()): boolean {
  // A session without a sign-in time is not one Chorus made: it does not count as signed in.
  if (!signedInAt || Number.isNaN(signedInAt.getTime())) return true;
  return absoluteSessionEnd(signedInAt).getTime() <= now.getTime();
}

export function isFreshSignIn(actor: { signedInAt?: Date | null }, now: Date = new Date()): boolean {
  const at = actor.signedInAt?.getTime();
  if (at === undefined || Number.isNaN(at)) return false;
  return now.getTime() - at <= FRESH_SIGN_IN_MINUTES * 60_000;
}

export const FRESH_SIGN_IN_NEEDED = errorText.accounts.keepAccountSafeConfirmSign;

/** Throws unless the actor signed in within the last few minutes (their session began with a link just now). */
export function requireFreshSignIn(actor: { signedInAt?: Date | null }, now: Date = new Date()): void {
  if (!isFreshSignIn(actor, now)) throw new AppError("FORBIDDEN", FRESH_SIGN_IN_NEEDED);
}
