import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { campaigns, campaignTargets, officials } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { WRITE } from "../access";
import { actorHolds } from "../guard";

/** What every verb on a campaign shares: the not-found answer and the write condition in the statement. */

export const NOT_FOUND = errorText.organize.couldntFindCampaignAmongOrganizations;

/** Writes to a campaign are conditioned on the actor's role in its organization, in the statement itself. */
export function writable(actor: SessionUser, campaignId: string) {
  return and(eq(campaigns.id, campaignId), actorHolds(actor, campaigns.organizationId, WRITE));
}

export async function touch(tx: Transaction, actor: SessionUser, campaignId: string) {
  const updated = await tx
    .update(campaigns)
    .set({ updatedAt: new Date() })
    .where(writable(actor, campaignId))
    .returning({ id: campaigns.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND", NOT_FOUND);
}

/**
 * The campaign writes to members of Congress: its rules include senators or the House, or it names a federal
 * senator or representative. Written with the table name (a correlated subquery in one-table selects).
 */
export const hasCongressSql = sql<boolean>`exists (select 1 from ${campaignTargets} ct
  left join ${officials} o on o.id = ct.official_id
  where ct.campaign_id = "campaigns"."id"
    and (ct.rule in ('senators', 'house')
      or (ct.rule = 'official' and o.level = 'federal' and o.chamber in ('senate', 'house'))))`;
