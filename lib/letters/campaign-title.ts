/**
 * The campaign's title as a letter names it ({{campaign.title}}): in the letter's language. A supporter who wrote
 * from the campaign's translation (letters.language, the template's language) wrote "Re: {{campaign.title}}" under
 * that translation's title, so the official reads the same title the supporter saw; any other letter, or a
 * translation the organizers have since removed, gets the campaign's own title. The supporter's own emails and
 * pages about the letter (its confirmation, receipt and reply check) name the campaign the same way. Only the title
 * has a translation: the organization's name and the bill are as the organizers typed them.
 */
import { and, eq, ne, sql } from "drizzle-orm";
import { campaigns, campaignTranslations, letters } from "@/db/schema";

/** Left-join `campaign_translations` on this, in a query that joins `letters` and `campaigns`. */
export const letterTranslation = and(
  eq(campaignTranslations.campaignId, letters.campaignId),
  eq(campaignTranslations.language, letters.language),
  ne(letters.language, campaigns.language),
);

/** The title to merge, once `campaign_translations` is left-joined on `letterTranslation`. */
export const letterCampaignTitle = sql<string>`coalesce(${campaignTranslations.title}, ${campaigns.title})`;
