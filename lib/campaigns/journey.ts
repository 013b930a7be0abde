import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { CampaignStatus } from "@/db/schema";
import {
  campaignSupporters,
  campaigns,
  deliveries,
  deliveryReplies,
  letters,
  letterTemplates,
  pledgeOptions,
  pledges,
  replyChecks,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import type { Locale } from "@/lib/i18n/locale";
import { countDeliveries, type DeliveryCounts } from "@/lib/letters/delivery-words";
import { campaignWords } from "./page.messages";
import { findStepProgress, type NextStep, type PublicStep, pickNextStep, type StepProgress } from "./steps";

export type { NextStep };

export type JourneyCampaign = {
  slug: string;
  title: string;
  status: CampaignStatus;
  joinedAt: Date;
  letter: {
    id: string;
    status: string;
    handoffsWaiting: number;
    replyQuestionOpen: boolean;
    /** How its deliveries stand: delivered by Chorus, on their way, waiting for the supporter, … */
    deliveries: DeliveryCounts;
  } | null;
  pledges: { title: string; status: string; startsAt: Date | null }[];
  next: NextStep | null;
};

/**
 * A supporter's journey: each campaign they are with, what they did in it, what is still open (hand-offs to
 * finish, a reply question to answer, upcoming shifts), and the next step we suggest. Only their own rows.
 */
export async function findMyJourney(actor: SessionUser, locale: Locale = "en"): Promise<JourneyCampaign[]> {
  const db = getDb();
  const joined = await db
    .select({
      id: campaigns.id,
      slug: campaigns.slug,
      title: campaigns.title,
      status: campaigns.status,
      joinedAt: campaignSupporters.joinedAt,
      hasTemplate: sql<boolean>`exists (select 1 from ${letterTemplates} t where t.campaign_id = ${campaigns.id})`,
      hasOptions: sql<boolean>`exists (select 1 from ${pledgeOptions} o where o.campaign_id = ${campaigns.id}
        and o.is_open and (o.kind <> 'volunteer_shift' or o.starts_at > now()))`,
    })
    .from(campaignSupporters)
    .innerJoin(campaigns, eq(campaigns.id, campaignSupporters.campaignId))
    .where(and(eq(campaignSupporters.userId, actor.id), isNull(campaignSupporters.leftAt)))
    .orderBy(sql`${campaignSupporters.joinedAt} desc`);
  if (joined.length === 0) return [];
  const ids = joined.map((c) => c.id);

  const myLetters = await db
    .select({
      id: letters.id,
      campaignId: letters.campaignId,
      status: letters.status,
      // Written out with the table name: drizzle leaves it off columns of a one-table query, and a bare
      // "id" inside these subqueries would mean the subquery's own table.
      handoffsWaiting: sql<number>`(select count(*)::int from ${deliveries} d
        where d.letter_id = "letters"."id" and d.status = 'handoff_ready')`,
      replyQuestionOpen: sql<boolean>`exists (select 1 from ${replyChecks} r where r.letter_id = "letters"."id"
        and r.expires_at > now())
        and not exists (select 1 from ${deliveries} d join ${deliveryReplies} a on a.delivery_id = d.id
          where d.letter_id = "letters"."id" and a.answer <> 'not_yet')`,
    })
    .from(letters)
    .where(and(eq(letters.supporterId, actor.id), inArray(letters.campaignId, ids)));

  const deliveryRows =
    myLetters.length === 0
      ? []
      : await db
          .select({ letterId: deliveries.letterId, channel: deliveries.channel, status: deliveries.status })
          .from(deliveries)
          .where(
            inArray(
              deliveries.letterId,
              myLetters.map((l) => l.id),
            ),
          );

  const progress = await findStepProgress(
    actor,
    joined.map((c) => ({ ...c, hasTemplate: Boolean(c.hasTemplate), hasOptions: Boolean(c.hasOptions) })),
    locale,
  );

  const myPledges = await db
    .select({
      campaignId: pledgeOptions.campaignId,
      title: pledgeOptions.title,
      status: pledges.status,
      startsAt: pledgeOptions.startsAt,
    })
    .from(pledges)
    .innerJoin(pledgeOptions, eq(pledgeOptions.id, pledges.optionId))
    .where(and(eq(pledges.userId, actor.id), inArray(pledgeOptions.campaignId, ids)));

  return joined.map((campaign) => {
    const letter = myLetters.find((l) => l.campaignId === campaign.id) ?? null;
    const pledged = myPledges.filter((p) => p.campaignId === campaign.id && p.status !== "cancelled");
    return {
      slug: campaign.slug,
      title: campaign.title,
      status: campaign.status,
      joinedAt: campaign.joinedAt,
      letter: letter
        ? {
            id: letter.id,
            status: letter.status,
            handoffsWaiting: Number(letter.handoffsWaiting),
            replyQuestionOpen: Boolean(letter.replyQuestionOpen),
            deliveries: countDeliveries(deliveryRows.filter((row) => row.letterId === letter.id)),
          }
        : null,
      pledges: pledged.map(({ campaignId: _, ...p }) => p),
      next: nextStep(
        {
          isOpen: campaign.status === "published",
          letter,
          steps: progress.get(campaign.id)?.steps ?? [],
          progress: progress.get(campaign.id)?.progress ?? { done: new Set(), available: new Set() },
        },
        locale,
      ),
    };
  });
}

/**
 * One suggestion, the most useful first: finish what is half done (confirm the letter, send the hand-offs,
 * answer the reply question), then the organizer's next step in their order.
 */
export function nextStep(
  state: {
    isOpen: boolean;
    letter: { id: string; status: string; handoffsWaiting: number; replyQuestionOpen: boolean } | null;
    steps: PublicStep[];
    progress: StepProgress;
  },
  locale: Locale = "en",
): NextStep | null {
  const { letter } = state;
  const t = campaignWords[locale];
  if (letter?.status === "awaiting_confirmation") {
    return { label: t.confirmLetter, href: `/letters/${letter.id}` };
  }
  if (letter && letter.handoffsWaiting > 0) {
    return { label: t.finishHandoffs(letter.handoffsWaiting), href: `/letters/${letter.id}` };
  }
  if (letter?.replyQuestionOpen) {
    return { label: t.askReplies, href: `/letters/${letter.id}/replies` };
  }
  if (!state.isOpen) return null;
  return pickNextStep(state.steps, state.progress);
}
