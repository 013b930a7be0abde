/**
 * A letter as it will be sent, read from the database: merged for each target (lib/letters/compose.ts), the
 * targets that get the same text grouped. The confirmation page shows it whole and the confirmation email its
 * beginning, so nobody's name goes on a letter they have not seen. Not marked server-only: the worker builds the
 * confirmation email.
 */
import { asc, eq } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
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
import { letterCampaignTitle, letterTranslation } from "./campaign-title";
import { billOf, composeLetterForTarget, targetOf } from "./compose";

export type LetterText = { targetNames: string[]; subject: string; body: string; signature: string[] };

export async function composeLetterTexts(letterId: string, db: Executor = getDb()): Promise<LetterText[]> {
  const [letter] = await db
    .select({
      subject: letters.subject,
      body: letters.body,
      firstName: letters.firstName,
      lastName: letters.lastName,
      email: letters.email,
      city: letters.city,
      state: letters.state,
      zip: letters.zip,
      streetAddress: letters.streetAddress,
      campaignTitle: letterCampaignTitle,
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
    .where(eq(letters.id, letterId))
    .limit(1);
  if (!letter) return [];
  const rows = await db
    .select({
      targetName: deliveries.targetName,
      targetTitle: deliveries.targetTitle,
      officialId: deliveries.officialId,
      officialFirstName: officials.firstName,
      officialLastName: officials.lastName,
      officialState: officials.state,
      officialDistrict: officials.district,
      requiresAddress: customTargets.requiresAddress,
    })
    .from(deliveries)
    .leftJoin(officials, eq(officials.id, deliveries.officialId))
    .leftJoin(customTargets, eq(customTargets.id, deliveries.customTargetId))
    .where(eq(deliveries.letterId, letterId))
    .orderBy(asc(deliveries.channel), asc(deliveries.targetName));
  const texts: LetterText[] = [];
  for (const row of rows) {
    const text = composeLetterForTarget({ ...letter, bill: billOf(letter), target: targetOf(row) });
    const same = texts.find(
      (t) =>
        t.subject === text.subject &&
        t.body === text.body &&
        t.signature.join("\n") === text.signature.join("\n"),
    );
    if (same) same.targetNames.push(row.targetName);
    else texts.push({ targetNames: [row.targetName], ...text });
  }
  return texts;
}

/** About the first `length` characters of a text, cut at a word and marked as cut. */
export function beginningOf(text: string, length = 300): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.search(/\s\S*$/);
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
