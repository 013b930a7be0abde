/**
 * A custom target's owner confirms their address before any letter goes to it (issue 19 item 1): an organizer
 * can type any address, and without this Chorus would mail whoever they chose. Adding a target sends that
 * address one email with a one-time link (only its hash is stored; it works TARGET_CONFIRMATION_DAYS days)
 * saying which organization and organizer asked and why; opening the link shows a button, and only the button
 * (a POST) confirms, because mail scanners open links. Until then the target's letters wait, queued
 * (lib/delivery/pacing.ts `releasable`), and the builder says so, with a way to send the email again.
 */
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { campaigns, campaignTargets, customTargets, organizations } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { getBoss } from "@/lib/jobs/boss";
import { queueEmail, queueLetterDispatch } from "@/lib/jobs/enqueue";
import { hashToken, newToken } from "@/lib/letters/tokens";
import { hitLimit, LIMITS } from "@/lib/security/rate-limit";
import { WRITE } from "./access";
import { actorHolds, notFoundIfNul, requireCampaign } from "./guard";

export const TARGET_CONFIRMATION_DAYS = 7;

type ConfirmationRequest = {
  customTargetId: string;
  email: string;
  targetName: string;
  organizationName: string;
  requesterName: string;
  locale: Locale;
};

/** Stores a new link (replacing any earlier one) and queues its email, in the caller's transaction. */
export async function sendTargetConfirmationInTx(
  tx: Transaction,
  request: ConfirmationRequest,
): Promise<void> {
  const token = newToken();
  const tokenHash = hashToken(token);
  await tx
    .update(customTargets)
    .set({
      confirmationTokenHash: tokenHash,
      confirmationExpiresAt: new Date(Date.now() + TARGET_CONFIRMATION_DAYS * 24 * 3600 * 1000),
      confirmationSentAt: new Date(),
    })
    .where(eq(customTargets.id, request.customTargetId));
  await queueEmail(tx, {
    template: "confirm-target",
    props: {
      organizationName: request.organizationName,
      requesterName: request.requesterName,
      targetName: request.targetName,
      confirmUrl: `${env.appUrl}/targets/confirm/${token}`,
      days: TARGET_CONFIRMATION_DAYS,
      locale: request.locale,
    },
    to: request.email,
    idempotencyKey: `confirm-target:${request.customTargetId}:${tokenHash.slice(0, 16)}`,
  });
}

/** "Send it again": an organizer asks for a new link for a target still waiting (a few a day per target). */
export async function resendTargetConfirmation(
  actor: SessionUser,
  campaignId: string,
  targetId: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<void> {
  const access = await requireCampaign(actor, campaignId, WRITE);
  notFoundIfNul(errorText.organize.targetWasAlreadyRemoved, targetId);
  const [target] = await getDb()
    .select({
      id: customTargets.id,
      name: customTargets.name,
      email: customTargets.email,
      isConfirmed: sql<boolean>`coalesce(lower(${customTargets.confirmedEmail}) = lower(${customTargets.email}), false)`,
    })
    .from(campaignTargets)
    .innerJoin(customTargets, eq(customTargets.id, campaignTargets.customTargetId))
    .innerJoin(campaigns, eq(campaigns.id, campaignTargets.campaignId))
    .where(
      and(
        eq(campaignTargets.id, targetId),
        eq(campaignTargets.campaignId, campaignId),
        actorHolds(actor, campaigns.organizationId, WRITE),
      ),
    );
  if (!target) throw new AppError("NOT_FOUND", errorText.organize.targetWasAlreadyRemoved);
  if (target.isConfirmed) {
    throw new AppError("INVALID_INPUT", errorText.organize.addressAlreadyConfirmedLettersGo);
  }
  await hitLimit(LIMITS.targetConfirmationsPerTarget, target.id);
  await getBoss();
  await getDb().transaction((tx) =>
    sendTargetConfirmationInTx(tx, {
      customTargetId: target.id,
      email: target.email,
      targetName: target.name,
      organizationName: access.name,
      requesterName: actor.name ?? actor.email,
      locale,
    }),
  );
}

type TargetNamed = { organizationName: string; targetName: string; email: string };

export type TargetConfirmationView =
  | ({ status: "open" } & TargetNamed)
  | ({ status: "confirmed" } & TargetNamed)
  | { status: "expired" }
  | { status: "not_found" };

function tokenHashOf(token: unknown): string | null {
  return typeof token === "string" && token.length > 0 && token.length <= 100 ? hashToken(token) : null;
}

/** What a link is about, for whoever opens it (no sign-in: the address's owner may have no account). */
export async function findTargetConfirmation(token: string): Promise<TargetConfirmationView> {
  const tokenHash = tokenHashOf(token);
  if (!tokenHash) return { status: "not_found" };
  const [row] = await getDb()
    .select({
      organizationName: organizations.name,
      targetName: customTargets.name,
      email: customTargets.email,
      confirmedEmail: customTargets.confirmedEmail,
      expiresAt: customTargets.confirmationExpiresAt,
    })
    .from(customTargets)
    .innerJoin(organizations, eq(organizations.id, customTargets.organizationId))
    .where(eq(customTargets.confirmationTokenHash, tokenHash));
  if (!row) return { status: "not_found" };
  const view = { organizationName: row.organizationName, targetName: row.targetName, email: row.email };
  if (row.confirmedEmail?.toLowerCase() === row.email.toLowerCase()) return { status: "confirmed", ...view };
  if (!row.expiresAt || row.expiresAt <= new Date()) return { status: "expired" };
  return { status: "open", ...view };
}

/**
 * The owner's yes: the address as it stands is confirmed (a link for an address the organizer has since
 * changed confirms nothing), and the dispatcher wakes for letters that were waiting.
 */
export async function confirmTargetAddress(token: string): Promise<void> {
  const tokenHash = tokenHashOf(token);
  if (!tokenHash) throw new AppError("NOT_FOUND", errorText.organize.linkNoLongerWorks);
  await getBoss();
  await getDb().transaction(async (tx) => {
    const confirmed = await tx
      .update(customTargets)
      .set({ confirmedEmail: sql`${customTargets.email}`, confirmedAt: new Date() })
      .where(
        and(
          eq(customTargets.confirmationTokenHash, tokenHash),
          sql`${customTargets.confirmationExpiresAt} > now()`,
        ),
      )
      .returning({ id: customTargets.id, organizationId: customTargets.organizationId });
    const [target] = confirmed;
    if (!target) throw new AppError("NOT_FOUND", errorText.organize.linkNoLongerWorks);
    await queueLetterDispatch(tx);
  });
}
