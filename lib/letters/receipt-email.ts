import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { campaigns, campaignTranslations, deliveries, letters } from "@/db/schema";
import type { ChannelName } from "@/lib/delivery/channels";
import { env } from "@/lib/env";
import { queueEmail } from "@/lib/jobs/enqueue";
import { letterCampaignTitle, letterTranslation } from "./campaign-title";

const CHANNEL_ORDER = ["cwc", "email", "contact_form"];

export type ReceiptFacts = {
  firstName: string;
  email: string;
  campaignTitle: string;
  targets: { name: string; title: string; channel: ChannelName }[];
};

/**
 * Queues the receipt email for a letter that is now on its way, in the caller's transaction. A caller that has
 * just written the letter passes what it knows; otherwise it is read back.
 */
export async function queueLetterReceipt(
  tx: Executor,
  letterId: string,
  known?: ReceiptFacts,
): Promise<void> {
  const facts = known ?? (await readReceiptFacts(tx, letterId));
  if (!facts) return;
  await queueEmail(tx, {
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
  });
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
