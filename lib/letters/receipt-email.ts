import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { campaigns, deliveries, letters } from "@/db/schema";
import { env } from "@/lib/env";
import { queueEmail } from "@/lib/jobs/enqueue";

/** Queues the receipt email for a letter that is now on its way, in the caller's transaction. */
export async function queueLetterReceipt(tx: Executor, letterId: string): Promise<void> {
  const [letter] = await tx
    .select({ firstName: letters.firstName, email: letters.email, campaignTitle: campaigns.title })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(eq(letters.id, letterId));
  if (!letter) return;
  const targets = await tx
    .select({ name: deliveries.targetName, title: deliveries.targetTitle, channel: deliveries.channel })
    .from(deliveries)
    .where(eq(deliveries.letterId, letterId))
    .orderBy(deliveries.channel, deliveries.targetName);
  await queueEmail(tx, {
    template: "letter-receipt",
    props: {
      firstName: letter.firstName,
      campaignTitle: letter.campaignTitle,
      receiptUrl: `${env.appUrl}/letters/${letterId}`,
      targets,
    },
    to: letter.email,
    idempotencyKey: `letter-receipt:${letterId}`,
  });
}
