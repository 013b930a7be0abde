import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  campaigns,
  campaignTranslations,
  deliveries,
  letterConfirmations,
  letters,
  officials,
  users,
} from "@/db/schema";
import { createSession } from "@/lib/auth/session";
import { forgetCount, joinInTx } from "@/lib/campaigns/join";
import type { ChannelName } from "@/lib/delivery/channels";
import { AppError } from "@/lib/errors";
import { getBoss } from "@/lib/jobs/boss";
import { queueCwcDispatch, queueLetterDispatch } from "@/lib/jobs/enqueue";
import { letterCampaignTitle, letterTranslation } from "./campaign-title";
import { type HandoffKind, handoffKind } from "./handoff-kind";
import { queueLetterReceipt } from "./receipt-email";

import { hashToken } from "./tokens";

export { hashToken };

export type ConfirmationView =
  | {
      status: "pending";
      campaignTitle: string;
      firstName: string;
      targetNames: string[];
      /** How the letter will go to each recipient once confirmed. */
      targets: { name: string; title: string; channel: ChannelName; handoff: HandoffKind }[];
    }
  | { status: "used"; letterId: string }
  | { status: "expired" | "invalid" };

/** What the confirmation page shows. Reading it changes nothing: mail scanners follow links. */
export async function findConfirmation(token: string): Promise<ConfirmationView> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "invalid" };
  const [row] = await getDb()
    .select({
      letterId: letterConfirmations.letterId,
      expiresAt: letterConfirmations.expiresAt,
      usedAt: letterConfirmations.usedAt,
      campaignTitle: letterCampaignTitle,
      firstName: letters.firstName,
    })
    .from(letterConfirmations)
    .innerJoin(letters, eq(letters.id, letterConfirmations.letterId))
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .leftJoin(campaignTranslations, letterTranslation)
    .where(eq(letterConfirmations.tokenHash, hashToken(token)));
  if (!row) return { status: "invalid" };
  if (row.usedAt) return { status: "used", letterId: row.letterId };
  if (row.expiresAt.getTime() < Date.now()) return { status: "expired" };
  const targets = await getDb()
    .select({
      name: deliveries.targetName,
      title: deliveries.targetTitle,
      channel: deliveries.channel,
      url: deliveries.contactFormUrl,
      officialForm: officials.contactFormUrl,
    })
    .from(deliveries)
    .leftJoin(officials, eq(officials.id, deliveries.officialId))
    .where(eq(deliveries.letterId, row.letterId))
    .orderBy(deliveries.channel, deliveries.targetName);
  return {
    status: "pending",
    campaignTitle: row.campaignTitle,
    firstName: row.firstName,
    targetNames: targets.map((t) => t.name),
    targets: targets.map((t) => ({
      name: t.name,
      title: t.title,
      channel: t.channel,
      handoff: handoffKind(t.url, t.officialForm),
    })),
  };
}

/**
 * Confirms a new supporter's letter: in one transaction the link is used up, the letter and its deliveries
 * move on, delivery is queued, the address counts as verified, and the person is signed in.
 */
export async function confirmLetter(token: string) {
  // Start pg-boss before the transaction: on PGlite the transaction holds the only connection.
  await getBoss();
  const confirmed = await getDb().transaction(async (tx) => {
    const [confirmation] = await tx
      .update(letterConfirmations)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(letterConfirmations.tokenHash, hashToken(token)),
          sql`${letterConfirmations.usedAt} is null`,
          sql`${letterConfirmations.expiresAt} > now()`,
        ),
      )
      .returning({ letterId: letterConfirmations.letterId });
    if (!confirmation) {
      throw new AppError("NOT_FOUND", "This confirmation link has expired or was already used.");
    }
    const [letter] = await tx
      .update(letters)
      .set({ status: "confirmed", confirmedAt: new Date() })
      .where(eq(letters.id, confirmation.letterId))
      .returning({ id: letters.id, supporterId: letters.supporterId, campaignId: letters.campaignId });
    if (!letter?.supporterId) throw new AppError("NOT_FOUND", "This letter no longer exists.");
    // Writing joins the campaign (now that the address is confirmed).
    await joinInTx(tx, letter.campaignId, letter.supporterId, "letter");

    const moved = await tx
      .update(deliveries)
      .set({
        status: sql`case when ${deliveries.channel} in ('email', 'cwc') then 'queued' else 'handoff_ready' end::delivery_status`,
        updatedAt: new Date(),
      })
      .where(and(eq(deliveries.letterId, letter.id), eq(deliveries.status, "awaiting_confirmation")))
      .returning({ channel: deliveries.channel });
    if (moved.some((d) => d.channel === "email")) await queueLetterDispatch(tx);
    if (moved.some((d) => d.channel === "cwc")) await queueCwcDispatch(tx);
    await queueLetterReceipt(tx, letter.id);

    await tx
      .update(users)
      .set({ emailVerified: sql`coalesce(${users.emailVerified}, now())` })
      .where(eq(users.id, letter.supporterId));
    const cookie = await createSession(tx, letter.supporterId);
    return { letterId: letter.id, campaignId: letter.campaignId, cookie };
  });
  // The writer sees their letter counted on the campaign page at once (other processes within 15 s).
  forgetCount(confirmed.campaignId);
  return confirmed;
}
