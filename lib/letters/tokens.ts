/**
 * Tokens for emailed links (letter confirmation, reply checks). Not marked server-only: the job worker, which
 * runs outside Next.js (`npm run worker`), makes them too.
 */
import { createHash, randomBytes } from "node:crypto";

/** Only a hash of a link's token is stored: a database leak does not leak working links. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}
