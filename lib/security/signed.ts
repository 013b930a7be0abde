import "server-only";
/**
 * Signed values: an HMAC with the auth secret, so links and form stamps can carry a value nobody can make up,
 * and nothing needs storing. `purpose` keeps signatures for one use from being accepted for another.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

export function signature(purpose: string, value: string, length = 32): string {
  return createHmac("sha256", env.authSecret)
    .update(`${purpose}:${value}`)
    .digest("base64url")
    .slice(0, length);
}

/** Whether `given` is our signature of `value` for `purpose` (constant time). */
export function hasValidSignature(purpose: string, value: string, given: string, length = 32): boolean {
  const expected = signature(purpose, value, length);
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
