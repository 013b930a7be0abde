/**
 * Tokens for emailed links (letter confirmation, reply checks). Not marked server-only: the job worker, which
 * runs outside Next.js (`npm run worker`), makes them too.
 */
import { createHash, createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/** Only a hash of a link's token is stored: a database leak does not leak working links. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * A letter's confirmation token: an HMAC of the letter's id and its link's expiry with the auth secret. It is
 * stored nowhere (the table keeps its SHA-256; the job carries the letter's id), and the worker makes it again
 * when it builds the email. Derived rather than random so that a retried send, under the same idempotency key,
 * sends the same link and leaves one valid token: a random token made per attempt would replace the hash of a
 * link the provider may already have delivered (an attempt that died after sending), and that email's link
 * would no longer work. A new expiry (a link issued again) makes a new token.
 */
export function letterConfirmationToken(letterId: string, expiresAt: Date): string {
  return createHmac("sha256", env.authSecret)
    .update(`letter-confirmation:${letterId}:${expiresAt.toISOString()}`)
    .digest("base64url");
}
