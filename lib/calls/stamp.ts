import "server-only";
/**
 * Who a caller without an account is, for "one outcome per person, official and step": a visitor id derived
 * from the step, the caller's network address and browser, and the UTC day (an HMAC, nothing readable and
 * nothing stored but the id), handed out signed in a stamp with the calls answer. A reload the same day gets
 * the same id, so reporting again replaces the earlier outcome instead of adding one; a made-up or altered stamp
 * fails its signature. Two people on one network with identical browsers share an id for the day (their
 * outcomes count once): the price of counting nobody twice. The per-network limit bounds the rest.
 */
import { hasValidSignature, signature } from "@/lib/security/signed";

const STAMP = "call-stamp";
const VISITOR = "call-visitor";
/** A page left open longer than this asks for a reload before it records anything. */
export const STAMP_MAX_AGE_SECONDS = 12 * 3600;

export function visitorFor(stepId: string, ip: string | null, userAgent: string | null, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  return signature(VISITOR, `${stepId}\n${ip ?? ""}\n${(userAgent ?? "").slice(0, 300)}\n${day}`, 22);
}

export function issueCallStamp(stepId: string, visitor: string, now: Date): string {
  const issued = Math.floor(now.getTime() / 1000);
  return `${issued}.${visitor}.${signature(STAMP, `${stepId}:${issued}:${visitor}`, 24)}`;
}

/** The visitor a stamp names, when it is ours, for this step, and recent; otherwise null. */
export function visitorOfStamp(stepId: string, stamp: string, now: Date): string | null {
  const [issued = "", visitor = "", given = "", ...rest] = stamp.split(".");
  if (rest.length > 0 || !/^\d{1,12}$/.test(issued) || !/^[\w-]{22}$/.test(visitor)) return null;
  if (!hasValidSignature(STAMP, `${stepId}:${issued}:${visitor}`, given, 24)) return null;
  const age = now.getTime() / 1000 - Number(issued);
  return age >= -60 && age <= STAMP_MAX_AGE_SECONDS ? visitor : null;
}
