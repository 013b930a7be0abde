import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { campaigns, campaignTranslations, deliveries, letters } from "@/db/schema";
import type { ChannelName } from "@/lib/delivery/channels";
import { env } from "@/lib/env";
import { queueLetterEmail, type SendEmailJob } from "@/lib/jobs/enqueue";
import { letterCampaignTitle, letterTranslation } from "./campaign-title";

const CHANNEL_ORDER = ["cwc", "email", "contact_form"];

export type ReceiptFacts = {
  firstName: string;
  email: string;
  campaignTitle: string;
  targets: { name: string; title: string; channel: ChannelName }[];
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
      // Email first (sent for them), then the contact forms they still send themselves.
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
  const targets = await tx
    .select({ name: deliveries.targetName, title: deliveries.targetTitle, channel: deliveries.channel })
    .from(deliveries)
    .where(eq(deliveries.letterId, letterId))
    .orderBy(deliveries.channel, deliveries.targetName);
  return { ...letter, targets };
}
