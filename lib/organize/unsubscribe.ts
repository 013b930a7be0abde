import "server-only";
/**
 * One-click unsubscribe from an organization's updates. The link carries a signed token per (organization,
 * person): HMAC with the auth secret, so nothing is stored and it cannot be made up for someone else. Opening
 * the page changes nothing (mail scanners follow links); a POST (the page's button, or a mail provider's
 * RFC 8058 one-click) sets `unsubscribed_at`, and every later update leaves the person out.
 */
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizationSubscriptions, organizations } from "@/db/schema";
import { env } from "@/lib/env";
import { hasValidSignature, signature } from "@/lib/security/signed";

export function unsubscribeToken(organizationId: string, userId: string): string {
  const payload = Buffer.from(`${organizationId}\n${userId}`).toString("base64url");
  return `${payload}.${signature("unsubscribe", payload)}`;
}

/** The page that asks first. */
export function unsubscribeUrl(organizationId: string, userId: string): string {
  return `${env.appUrl}/unsubscribe/${unsubscribeToken(organizationId, userId)}`;
}

/** The RFC 8058 one-click address (POST unsubscribes; GET shows the page). */
export function oneClickUnsubscribeUrl(organizationId: string, userId: string): string {
  return `${env.appUrl}/api/unsubscribe/${unsubscribeToken(organizationId, userId)}`;
}

/** The (organization, person) a token names, or null if it was not made by us. */
export function readUnsubscribeToken(token: string): { organizationId: string; userId: string } | null {
  const [payload, given, extra] = token.split(".");
  if (!payload || !given || extra !== undefined) return null;
  if (!hasValidSignature("unsubscribe", payload, given)) return null;
  const [organizationId, userId] = Buffer.from(payload, "base64url").toString("utf8").split("\n");
  return organizationId && userId ? { organizationId, userId } : null;
}

export type UnsubscribeView =
  | { status: "invalid" }
  | { status: "subscribed" | "unsubscribed"; organizationName: string };

/** What the page shows for a token (reads only). */
export async function findUnsubscribe(token: string): Promise<UnsubscribeView> {
  const target = readUnsubscribeToken(token);
  if (!target) return { status: "invalid" };
  const [row] = await getDb()
    .select({
      name: organizations.name,
      consentedAt: organizationSubscriptions.consentedAt,
      unsubscribedAt: organizationSubscriptions.unsubscribedAt,
    })
    .from(organizations)
    .leftJoin(
      organizationSubscriptions,
      and(
        eq(organizationSubscriptions.organizationId, organizations.id),
        eq(organizationSubscriptions.userId, target.userId),
      ),
    )
    .where(eq(organizations.id, target.organizationId));
  if (!row) return { status: "invalid" };
  // No consent row at all means no updates either: say they are off.
  const isSubscribed = row.consentedAt !== null && row.unsubscribedAt === null;
  return { status: isSubscribed ? "subscribed" : "unsubscribed", organizationName: row.name };
}

/** Stops updates for the token's person and organization; false if the token is not ours. Repeats are no-ops. */
export async function unsubscribeWithToken(token: string, now: Date = new Date()): Promise<boolean> {
  const target = readUnsubscribeToken(token);
  if (!target) return false;
  await getDb()
    .update(organizationSubscriptions)
    .set({ unsubscribedAt: now })
    .where(
      and(
        eq(organizationSubscriptions.organizationId, target.organizationId),
        eq(organizationSubscriptions.userId, target.userId),
        isNull(organizationSubscriptions.unsubscribedAt),
      ),
    );
  return true;
}
