/**
 * Emails about a letter, built by the worker when it sends them (LetterEmailJob in lib/jobs/enqueue.ts): the job
 * carries the letter's id only, so no address, name or link sits in the job table, and a letter deleted before
 * the job runs (its author's account, the purge of unconfirmed letters) sends nothing. Not marked server-only:
 * `npm run worker` runs it outside Next.js.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import {
  campaigns,
  campaignTranslations,
  deliveries,
  letterConfirmations,
  letters,
  officials,
} from "@/db/schema";
import { env } from "@/lib/env";
import type { LetterEmailJob, SendEmailJob } from "@/lib/jobs/enqueue";
import { letterCampaignTitle, letterTranslation } from "./campaign-title";
import { handoffKind } from "./handoff-kind";
import { beginningOf, composeLetterTexts } from "./letter-text";
import { buildLetterReceiptEmail } from "./receipt-email";
import { hashToken, letterConfirmationToken } from "./tokens";

/** How long a confirmation link works (issue 19: at most 48 hours). */
export const CONFIRMATION_HOURS = 48;

export function confirmationExpiry(from = new Date()): Date {
  return new Date(from.getTime() + CONFIRMATION_HOURS * 3600 * 1000);
}

/** The email a LetterEmailJob stands for, read now; null when there is nothing to send any more. */
export async function buildLetterEmail(
  job: LetterEmailJob,
  db: Executor = getDb(),
): Promise<SendEmailJob | null> {
  if (job.letterEmail === "letter-receipt") return buildLetterReceiptEmail(db, job.letterId);
  return buildConfirmationEmail(db, job.letterId);
}

/**
 * The confirmation email, while its link still works. Its token is made again from the letter and the link's
 * expiry (letterConfirmationToken), and the stored hash is set to that token's: the same link on every attempt,
 * and a hash that matches the link even if the auth secret changed since the letter was written.
 */
async function buildConfirmationEmail(db: Executor, letterId: string): Promise<SendEmailJob | null> {
  const [row] = await db
    .select({
      firstName: letters.firstName,
      email: letters.email,
      campaignTitle: letterCampaignTitle,
      expiresAt: letterConfirmations.expiresAt,
    })
    .from(letterConfirmations)
    .innerJoin(letters, eq(letters.id, letterConfirmations.letterId))
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .leftJoin(campaignTranslations, letterTranslation)
    .where(
      and(
        eq(letterConfirmations.letterId, letterId),
        isNull(letterConfirmations.usedAt),
        sql`${letterConfirmations.expiresAt} > now()`,
        eq(letters.status, "awaiting_confirmation"),
      ),
    );
  if (!row) return null;
  const token = letterConfirmationToken(letterId, row.expiresAt);
  await db
    .update(letterConfirmations)
    .set({ tokenHash: hashToken(token) })
    .where(and(eq(letterConfirmations.letterId, letterId), isNull(letterConfirmations.usedAt)));
  // The beginning of the letter as its first target will read it (the page shows every version whole).
  const texts = await composeLetterTexts(letterId, db);
  const targets = await db
    .select({
      name: deliveries.targetName,
      title: deliveries.targetTitle,
      channel: deliveries.channel,
      url: deliveries.contactFormUrl,
      officialForm: officials.contactFormUrl,
    })
    .from(deliveries)
    .leftJoin(officials, eq(officials.id, deliveries.officialId))
    .where(eq(deliveries.letterId, letterId))
    .orderBy(deliveries.channel, deliveries.targetName);
  return {
    template: "confirm-letter",
    props: {
      firstName: row.firstName,
      campaignTitle: row.campaignTitle,
      confirmUrl: `${env.appUrl}/letters/confirm/${token}`,
      targetNames: targets.map((t) => t.name),
      // How the letter will go to each of them once confirmed: never "we will deliver" a hand-off.
      targets: targets.map((t) => ({
        name: t.name,
        title: t.title,
        channel: t.channel,
        ...(t.channel === "email" ? {} : { handoff: handoffKind(t.url, t.officialForm) }),
      })),
      excerpt: beginningOf(texts[0]?.body ?? ""),
      hours: CONFIRMATION_HOURS,
    },
    to: row.email,
    idempotencyKey: `confirm-letter:${letterId}`,
  };
}
