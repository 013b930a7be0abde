/**
 * The reply loop's question: some days after a letter's deliveries are done, its author is asked once "Did
 * you get a reply?". Run hourly by the job worker; not marked server-only because `npm run worker` runs
 * outside Next.js. Answers and response rates are in replies.ts.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import { campaigns, campaignTranslations, deliveries, letters, replyChecks } from "@/db/schema";
import { env } from "@/lib/env";
import { getBoss } from "@/lib/jobs/boss";
import { queueEmail } from "@/lib/jobs/enqueue";
import { letterCampaignTitle, letterTranslation } from "./campaign-title";
import { hashToken, newToken } from "./tokens";

/** How long the emailed answer link works. */
export const REPLY_LINK_DAYS = 60;
/**
 * A letter is asked about only while its last delivery finished at most this many days past the campaign's
 * wait. When the worker was down, late letters still get asked; a question about a letter from months ago
 * (or a backlog of old letters when this feature ships) would only confuse people.
 */
export const LATE_ASK_DAYS = 30;
/**
 * Letters written longer ago than the wait plus this are not looked at: it keeps the hourly sweep an index
 * range scan, at the cost of never asking about a hand-off someone finished half a year after writing.
 */
const LOOKBACK_DAYS = 180;
const ASK_BATCH_SIZE = 100;
/** One run asks at most this many batches; the next hourly run carries on. */
const MAX_BATCHES_PER_RUN = 20;

/** Delivered (as far as anyone can know): the email left us, or the supporter sent the contact form. */
export const DONE_STATUSES = ["sent", "delivered", "handoff_done"] as const;
/** Still on its way: the letter is not asked about until these are done. Failed/bounced ones are ignored. */
const PENDING_STATUSES = ["awaiting_confirmation", "queued", "handoff_ready"] as const;

const inList = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

type AskCandidate = { letterId: string };

async function findLettersToAsk(now: Date, limit: number): Promise<AskCandidate[]> {
  // An ISO string, not a Date: postgres.js cannot bind a Date in a raw query.
  const at = now.toISOString();
  const result = await getDb().execute(sql`
    select l.id as "letterId"
    from ${campaigns} c
    join ${letters} l on l.campaign_id = c.id
      and l.created_at >= ${at}::timestamptz - (c.reply_check_days + ${LOOKBACK_DAYS}) * interval '1 day'
    cross join lateral (
      select max(coalesce(d.sent_at, d.updated_at)) as finished_at
      from ${deliveries} d
      where d.letter_id = l.id and d.status in (${inList(DONE_STATUSES)})
    ) done
    where c.reply_check_days is not null and c.reply_check_days >= 0
      and l.status = 'confirmed'
      and done.finished_at is not null
      and done.finished_at <= ${at}::timestamptz - c.reply_check_days * interval '1 day'
      and done.finished_at > ${at}::timestamptz - (c.reply_check_days + ${LATE_ASK_DAYS}) * interval '1 day'
      and not exists (select 1 from ${replyChecks} rc where rc.letter_id = l.id)
      and not exists (
        select 1 from ${deliveries} p where p.letter_id = l.id and p.status in (${inList(PENDING_STATUSES)})
      )
    order by done.finished_at
    limit ${limit}`);
  return rowsOf<AskCandidate>(result);
}

export function replyLink(token: string): string {
  return `${env.appUrl}/letters/replies/${token}`;
}

/**
 * Asks the authors of letters that were delivered long enough ago "Did you get a reply?", once per letter.
 * The reply_checks primary key makes it once: when two workers race, the second insert does nothing, and only
 * letters whose row this run inserted get an email (queued in the same transaction).
 */
export async function askForReplies(now: Date = new Date()): Promise<{ asked: number }> {
  let asked = 0;
  for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
    const candidates = await findLettersToAsk(now, ASK_BATCH_SIZE);
    if (candidates.length === 0) break;
    // On PGlite the transaction holds the only connection: start pg-boss first.
    await getBoss();
    asked += await getDb().transaction(async (tx) => {
      const tokens = new Map(candidates.map((c) => [c.letterId, newToken()]));
      const inserted = await tx
        .insert(replyChecks)
        .values(
          candidates.map((c) => ({
            letterId: c.letterId,
            tokenHash: hashToken(tokens.get(c.letterId) ?? ""),
            askedAt: now,
            expiresAt: new Date(now.getTime() + REPLY_LINK_DAYS * 86_400_000),
          })),
        )
        .onConflictDoNothing({ target: replyChecks.letterId })
        .returning({ letterId: replyChecks.letterId });
      if (inserted.length === 0) return 0;
      const ids = inserted.map((r) => r.letterId);
      const people = await tx
        .select({
          id: letters.id,
          firstName: letters.firstName,
          email: letters.email,
          campaignTitle: letterCampaignTitle,
        })
        .from(letters)
        .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
        .leftJoin(campaignTranslations, letterTranslation)
        .where(inArray(letters.id, ids));
      const targets = await tx
        .select({ letterId: deliveries.letterId, name: deliveries.targetName })
        .from(deliveries)
        .where(and(inArray(deliveries.letterId, ids), inArray(deliveries.status, [...DONE_STATUSES])))
        .orderBy(asc(deliveries.targetName));
      for (const person of people) {
        const token = tokens.get(person.id);
        if (!token) continue;
        await queueEmail(tx, {
          template: "reply-check",
          props: {
            firstName: person.firstName,
            campaignTitle: person.campaignTitle,
            officialNames: targets.filter((t) => t.letterId === person.id).map((t) => t.name),
            answerUrl: replyLink(token),
            days: REPLY_LINK_DAYS,
          },
          to: person.email,
          idempotencyKey: `reply-check:${person.id}`,
        });
      }
      return people.length;
    });
    if (candidates.length < ASK_BATCH_SIZE) break;
  }
  return { asked };
}
