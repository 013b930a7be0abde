import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  campaignBills,
  campaigns,
  campaignTranslations,
  customTargets,
  deliveries,
  letters,
  officials,
  organizations,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { stateTimeZone } from "@/lib/delivery/office-hours";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { letterCampaignTitle, letterTranslation } from "./campaign-title";
import { billOf, composeLetterForTarget, targetOf } from "./compose";
import { countDeliveries } from "./delivery-words";
import { handoffAddress } from "./handoff-kind";

/**
 * A letter's receipt, for its author only. Authorization is in the query: someone else's letter and a letter
 * that does not exist are the same 404.
 */
export async function findLetterReceipt(actor: SessionUser, letterId: string) {
  const db = getDb();
  const [letter] = await db
    .select({
      id: letters.id,
      status: letters.status,
      subject: letters.subject,
      body: letters.body,
      firstName: letters.firstName,
      lastName: letters.lastName,
      email: letters.email,
      city: letters.city,
      state: letters.state,
      zip: letters.zip,
      streetAddress: letters.streetAddress,
      createdAt: letters.createdAt,
      campaignSlug: campaigns.slug,
      campaignTitle: campaigns.title,
      /** {{campaign.title}} in the letter's language, as the supporter saw it when writing. */
      letterCampaignTitle,
      /** The letter's language (the page marks the title with it when it is not the reader's). */
      language: letters.language,
      campaignTimeZone: campaigns.timeZone,
      organizationName: organizations.name,
      billNumber: campaignBills.number,
      billTitle: campaignBills.title,
      billStatus: campaignBills.status,
      billUrl: campaignBills.url,
    })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .innerJoin(organizations, eq(organizations.id, campaigns.organizationId))
    .leftJoin(campaignTranslations, letterTranslation)
    .leftJoin(campaignBills, eq(campaignBills.campaignId, campaigns.id))
    .where(and(eq(letters.id, letterId), eq(letters.supporterId, actor.id)))
    .limit(1);
  if (!letter) throw new AppError("NOT_FOUND", errorText.letters.couldntFindLetter);

  const rows = await db
    .select({
      id: deliveries.id,
      targetName: deliveries.targetName,
      targetTitle: deliveries.targetTitle,
      officialId: deliveries.officialId,
      channel: deliveries.channel,
      status: deliveries.status,
      contactFormUrl: deliveries.contactFormUrl,
      sentAt: deliveries.sentAt,
      nextAttemptAt: deliveries.nextAttemptAt,
      attempts: deliveries.attempts,
      lastError: deliveries.lastError,
      officialFirstName: officials.firstName,
      officialLastName: officials.lastName,
      officialState: officials.state,
      officialDistrict: officials.district,
      officialContactFormUrl: officials.contactFormUrl,
      officialWebsiteUrl: officials.websiteUrl,
      requiresAddress: customTargets.requiresAddress,
    })
    .from(deliveries)
    .leftJoin(officials, eq(officials.id, deliveries.officialId))
    .leftJoin(customTargets, eq(customTargets.id, deliveries.customTargetId))
    .where(eq(deliveries.letterId, letter.id))
    .orderBy(asc(deliveries.channel), asc(deliveries.targetName));

  return {
    ...letter,
    deliveries: rows.map((row) => {
      // A hand-off's address, and whether it is really their contact form or only their website (a Congress
      // letter handed back after the office's system refused it may carry no address of its own).
      const handoff = handoffAddress(
        row.contactFormUrl,
        row.officialId
          ? { contactFormUrl: row.officialContactFormUrl, websiteUrl: row.officialWebsiteUrl }
          : null,
      );
      return {
        id: row.id,
        targetName: row.targetName,
        targetTitle: row.targetTitle,
        channel: row.channel,
        status: row.status,
        contactFormUrl: handoff.url,
        handoff: handoff.kind,
        sentAt: row.sentAt,
        lastError: row.lastError,
        /** When a queued email is due (paced into office hours, or a retry), in the target's time zone. */
        scheduled:
          row.status === "queued" && row.nextAttemptAt && row.nextAttemptAt.getTime() > Date.now()
            ? {
                at: row.nextAttemptAt,
                timeZone: stateTimeZone(row.officialState) ?? letter.campaignTimeZone,
                isRetry: row.attempts > 0,
              }
            : null,
        // The exact text for this official, ready to paste into their contact form.
        text: composeLetterForTarget({
          ...letter,
          campaignTitle: letter.letterCampaignTitle,
          bill: billOf(letter),
          target: targetOf(row),
        }),
      };
    }),
  };
}

export type LetterReceipt = Awaited<ReturnType<typeof findLetterReceipt>>;

/**
 * The supporter's letters, each campaign named as the letter named it (in the letter's language), with how its
 * deliveries stand (delivered by Chorus, on their way, waiting for the supporter, …).
 */
export async function listMyLetters(actor: SessionUser) {
  const mine = await getDb()
    .select({
      id: letters.id,
      status: letters.status,
      createdAt: letters.createdAt,
      campaignTitle: letterCampaignTitle,
      language: letters.language,
    })
    .from(letters)
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .leftJoin(campaignTranslations, letterTranslation)
    .where(eq(letters.supporterId, actor.id))
    .orderBy(desc(letters.createdAt))
    .limit(200);
  if (mine.length === 0) return [];
  const rows = await getDb()
    .select({ letterId: deliveries.letterId, channel: deliveries.channel, status: deliveries.status })
    .from(deliveries)
    .innerJoin(letters, eq(letters.id, deliveries.letterId))
    .where(
      and(
        eq(letters.supporterId, actor.id),
        inArray(
          deliveries.letterId,
          mine.map((letter) => letter.id),
        ),
      ),
    );
  return mine.map((letter) => ({
    ...letter,
    deliveries: countDeliveries(rows.filter((row) => row.letterId === letter.id)),
  }));
}

/**
 * The supporter says they sent the letter through the official's contact form. Only they can say it, only
 * for their own letter, and only for a hand-off that is waiting for them.
 */
export async function markHandoffDone(actor: SessionUser, deliveryId: string): Promise<{ letterId: string }> {
  const db = getDb();
  const [row] = await db
    .select({ letterId: deliveries.letterId })
    .from(deliveries)
    .innerJoin(letters, eq(letters.id, deliveries.letterId))
    .where(
      and(
        eq(deliveries.id, deliveryId),
        eq(letters.supporterId, actor.id),
        // Contact forms, and Congress letters handed back to the supporter after the office's system refused them.
        inArray(deliveries.channel, ["contact_form", "cwc"]),
      ),
    );
  if (!row) throw new AppError("NOT_FOUND", errorText.letters.couldntFindLetter);
  await db
    .update(deliveries)
    .set({ status: "handoff_done", sentAt: new Date(), updatedAt: new Date() })
    .where(and(eq(deliveries.id, deliveryId), eq(deliveries.status, "handoff_ready")));
  return row;
}
