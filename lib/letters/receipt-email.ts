import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { campaigns, campaignTranslations, deliveries, letters, officials } from "@/db/schema";
import type { ReceiptEmailTarget } from "@/emails/letter-receipt";
import { env } from "@/lib/env";
import { queueLetterEmail, type SendEmailJob } from "@/lib/jobs/enqueue";
import { letterCampaignTitle, letterTranslation } from "./campaign-title";
import { handoffKind } from "./handoff-kind";

const CHANNEL_ORDER = ["cwc", "email", "contact_form"];

export type ReceiptFacts = {
  firstName: string;
  email: string;
  campaignTitle: string;
  targets: ReceiptEmailTarget[];
};

/**
 * Queues the receipt email for a letter that is now on its way, in the caller's transaction. The job holds the
 * letter's id only; the worker builds the email when it sends it (buildLetterReceiptEmail), so a deleted
 * author's address never waits in the job table.
 */
export async function queueLetterReceipt(tx: Executor, letterId: string): Promise<void> {
  await queueLetterEmail(tx, { letterEmail: "letter-receipt", letterId });
}

/** The receipt email as it is sent, read from the letter now; null when the letter is gone. */
export async function buildLetterReceiptEmail(db: Executor, letterId: string): Promise<SendEmailJob | null> {
  const facts = await readReceiptFacts(db, letterId);
  // An author who deleted their account leaves an anonymised letter with no address: nothing to send.
  if (!facts?.email) return null;
  return {
    template: "letter-receipt",
    props: {
      firstName: facts.firstName,
      campaignTitle: facts.campaignTitle,
      receiptUrl: `${env.appUrl}/letters/${letterId}`,
      // Congress and email first (Chorus sends them), then the hand-offs they still send themselves.
      targets: [...facts.targets].sort(
        (a, b) =>
          CHANNEL_ORDER.indexOf(a.channel) - CHANNEL_ORDER.indexOf(b.channel) || a.name.localeCompare(b.name),
      ),
    },
    to: facts.email,
    idempotencyKey: `letter-receipt:${letterId}`,
  };
}

async function readReceiptFacts(tx: Executor, letterId: string): Promise<ReceiptFacts | null> {
  const [letter] = await tx
    .select({ firstName: letters.firstName, email: letters.email, campaignTitle: letterCampaignTitle })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .leftJoin(campaignTranslations, letterTranslation)
    .where(eq(letters.id, letterId));
  if (!letter) return null;
  const rows = await tx
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
  // Whether a hand-off's address is a form or a website matters only where the supporter may send it.
  const targets = rows.map((row) => ({
    name: row.name,
    title: row.title,
    channel: row.channel,
    ...(row.channel === "email" ? {} : { handoff: handoffKind(row.url, row.officialForm) }),
  }));
  return { ...letter, targets };
}
