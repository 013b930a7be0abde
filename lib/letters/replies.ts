import type { ChannelName } from "@/lib/delivery/channels";
import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import {
  campaigns,
  campaignTranslations,
  deliveries,
  deliveryReplies,
  letters,
  replyChecks,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { type ErrorText, errorText, issueText } from "@/lib/i18n/errors";
import { letterCampaignTitle, letterTranslation } from "./campaign-title";
import { DONE_STATUSES, REPLY_LINK_DAYS } from "./reply-asks";
import { hashToken } from "./tokens";

export { askForReplies, LATE_ASK_DAYS, REPLY_LINK_DAYS } from "./reply-asks";

/**
 * The reply loop: some days after a letter's deliveries are done, its author is asked once "Did you get a
 * reply?" (reply-asks.ts, run by the worker). Here: the answer page's data, saving answers, and each
 * official's response rate.
 */

/** An official's response rate is shown only once this many supporters said yes or no: fewer is noise. */
export const MIN_ANSWERS_FOR_RATE = 5;
export const MAX_REPLY_TEXT = 10_000;

export type ReplyAnswer = "yes" | "no" | "not_yet";

export type ReplyCheckDelivery = {
  id: string;
  targetName: string;
  targetTitle: string;
  channel: ChannelName;
  answer: ReplyAnswer | null;
  replyText: string | null;
};

export type ReplyCheckView =
  | {
      status: "open";
      letterId: string;
      firstName: string;
      campaignTitle: string;
      expiresAt: Date;
      deliveries: ReplyCheckDelivery[];
    }
  | { status: "expired" | "invalid" };

/** Who may see and answer a letter's reply check: the emailed link, or the letter's signed-in author. */
type Access = { token: string } | { actor: SessionUser; letterId: string };

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

async function findCheck(access: Access) {
  if ("token" in access && !TOKEN_SHAPE.test(access.token)) return undefined;
  const [row] = await getDb()
    .select({
      letterId: replyChecks.letterId,
      expiresAt: replyChecks.expiresAt,
      firstName: letters.firstName,
      campaignTitle: letterCampaignTitle,
    })
    .from(replyChecks)
    .innerJoin(letters, eq(letters.id, replyChecks.letterId))
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .leftJoin(campaignTranslations, letterTranslation)
    .where(
      "token" in access
        ? eq(replyChecks.tokenHash, hashToken(access.token))
        : and(eq(replyChecks.letterId, access.letterId), eq(letters.supporterId, access.actor.id)),
    )
    .limit(1);
  return row;
}

/** The deliveries a reply check covers: those of its letter that reached someone. */
async function deliveriesOfCheck(letterId: string): Promise<ReplyCheckDelivery[]> {
  return getDb()
    .select({
      id: deliveries.id,
      targetName: deliveries.targetName,
      targetTitle: deliveries.targetTitle,
      channel: deliveries.channel,
      answer: deliveryReplies.answer,
      replyText: deliveryReplies.replyText,
    })
    .from(deliveries)
    .leftJoin(deliveryReplies, eq(deliveryReplies.deliveryId, deliveries.id))
    .where(and(eq(deliveries.letterId, letterId), inArray(deliveries.status, [...DONE_STATUSES])))
    .orderBy(asc(deliveries.targetName));
}

/** What the answer page shows. Reading it changes nothing. The link expires; the author's own page does not. */
export async function findReplyCheck(token: string): Promise<ReplyCheckView> {
  return viewOf(await findCheck({ token }), true);
}

export async function findMyReplyCheck(actor: SessionUser, letterId: string): Promise<ReplyCheckView> {
  return viewOf(await findCheck({ actor, letterId }), false);
}

async function viewOf(
  row: Awaited<ReturnType<typeof findCheck>>,
  isExpiring: boolean,
): Promise<ReplyCheckView> {
  if (!row) return { status: "invalid" };
  if (isExpiring && row.expiresAt.getTime() <= Date.now()) return { status: "expired" };
  return { status: "open", ...row, deliveries: await deliveriesOfCheck(row.letterId) };
}

/** Pasted replies are kept as plain text: no control characters but line breaks and tabs. */
function plainText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, "\n")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
      .trim()
  );
}

const answerSchema = z.object({
  deliveryId: z.string().min(1).max(64),
  answer: z.enum(["yes", "no", "not_yet"], { error: errorText.letters.chooseYesNoNotYet }).optional(),
  replyText: z
    .string()
    .transform(plainText)
    .pipe(z.string().max(MAX_REPLY_TEXT, { error: errorText.letters.replyTooLong({ max: MAX_REPLY_TEXT }) }))
    .optional(),
});

export const replyAnswersSchema = z.array(answerSchema).min(1).max(100);
export type ReplyAnswersInput = z.input<typeof replyAnswersSchema>;

/** The form's field names: one radio group and one textarea per delivery. */
export const answerField = (deliveryId: string) => `answer-${deliveryId}`;
export const replyField = (deliveryId: string) => `reply-${deliveryId}`;

/** Reads the answer form's flat fields into one entry per delivery (validation happens in saveReplies). */
export function answersFromForm(values: Record<string, string>): ReplyAnswersInput {
  const byDelivery = new Map<string, { deliveryId: string; answer?: string; replyText?: string }>();
  for (const [key, value] of Object.entries(values)) {
    const match = /^(answer|reply)-(.+)$/.exec(key);
    if (!match?.[2]) continue;
    const entry = byDelivery.get(match[2]) ?? { deliveryId: match[2] };
    if (match[1] === "answer") entry.answer = value;
    else entry.replyText = value;
    byDelivery.set(match[2], entry);
  }
  return [...byDelivery.values()] as ReplyAnswersInput;
}

/**
 * Saves the author's answers for their letter's deliveries. Authorization is in the queries: the token (or
 * the signed-in author) grants exactly that letter's delivered letters, and an answer for any other delivery
 * is refused. Answering again updates the answer.
 */
export async function saveReplies(token: string, answers: unknown): Promise<SaveResult> {
  return save({ token }, answers);
}

export async function saveMyReplies(
  actor: SessionUser,
  letterId: string,
  answers: unknown,
): Promise<SaveResult> {
  return save({ actor, letterId }, answers);
}

type SaveResult = { saved: number; letterId: string };

async function save(access: Access, input: unknown): Promise<SaveResult> {
  const check = await findCheck(access);
  if (!check) {
    throw new AppError("NOT_FOUND", errorText.letters.couldntFindLinkCheckCopied);
  }
  if ("token" in access && check.expiresAt.getTime() <= Date.now()) {
    throw new AppError("NOT_FOUND", errorText.letters.replyLinkExpired({ days: REPLY_LINK_DAYS }));
  }

  const parsed = replyAnswersSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, ErrorText[]> = {};
    for (const issue of parsed.error.issues) {
      const [index, field] = issue.path;
      const entry = Array.isArray(input) && typeof index === "number" ? input[index] : undefined;
      const deliveryId = (entry as { deliveryId?: unknown } | undefined)?.deliveryId;
      const key =
        typeof deliveryId === "string"
          ? field === "replyText"
            ? replyField(deliveryId)
            : answerField(deliveryId)
          : "form";
      fieldErrors[key] = [...(fieldErrors[key] ?? []), issueText(issue.message)];
    }
    throw new AppError("INVALID_INPUT", errorText.letters.checkAnswers, fieldErrors);
  }

  const allowed = await getDb()
    .select({ id: deliveries.id, officialId: deliveries.officialId, targetName: deliveries.targetName })
    .from(deliveries)
    .where(
      and(
        eq(deliveries.letterId, check.letterId),
        inArray(
          deliveries.id,
          parsed.data.map((a) => a.deliveryId),
        ),
        inArray(deliveries.status, [...DONE_STATUSES]),
      ),
    );
  const allowedById = new Map(allowed.map((d) => [d.id, d]));
  if (parsed.data.some((a) => !allowedById.has(a.deliveryId))) {
    throw new AppError("INVALID_INPUT", errorText.letters.someTheseAnswersNotAbout);
  }

  const fieldErrors: Record<string, ErrorText[]> = {};
  const rows: (typeof deliveryReplies.$inferInsert)[] = [];
  for (const entry of parsed.data) {
    const delivery = allowedById.get(entry.deliveryId);
    if (!delivery) continue;
    const replyText = entry.replyText ? entry.replyText : null;
    if (!entry.answer) {
      if (replyText) {
        fieldErrors[answerField(entry.deliveryId)] = [
          errorText.letters.chooseAnswerFor({ name: delivery.targetName }),
        ];
      }
      continue;
    }
    rows.push({
      deliveryId: delivery.id,
      officialId: delivery.officialId,
      answer: entry.answer,
      replyText,
      answeredAt: new Date(),
    });
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("INVALID_INPUT", errorText.letters.checkAnswers, fieldErrors);
  }
  if (rows.length === 0) {
    throw new AppError("INVALID_INPUT", errorText.letters.chooseAnswerLeastOneOfficial);
  }

  await getDb()
    .insert(deliveryReplies)
    .values(rows)
    .onConflictDoUpdate({
      target: deliveryReplies.deliveryId,
      set: {
        answer: sql`excluded.answer`,
        replyText: sql`excluded.reply_text`,
        answeredAt: sql`excluded.answered_at`,
      },
    });
  return { saved: rows.length, letterId: check.letterId };
}

export type ResponseRate = { replied: number; answered: number; percent: number };

/**
 * Each official's response rate from supporters' answers: yes / (yes + no), "not yet" left out. One aggregate
 * query for a whole page; an official with fewer than MIN_ANSWERS_FOR_RATE answers gets no entry.
 */
export async function responseRates(officialIds: readonly string[]): Promise<Map<string, ResponseRate>> {
  const ids = [...new Set(officialIds)];
  const rates = new Map<string, ResponseRate>();
  if (ids.length === 0) return rates;
  const rows = await getDb()
    .select({
      officialId: deliveryReplies.officialId,
      replied: sql<number>`count(*) filter (where ${deliveryReplies.answer} = 'yes')`.mapWith(Number),
      answered: sql<number>`count(*) filter (where ${deliveryReplies.answer} in ('yes', 'no'))`.mapWith(
        Number,
      ),
    })
    .from(deliveryReplies)
    .where(inArray(deliveryReplies.officialId, ids))
    .groupBy(deliveryReplies.officialId)
    .having(
      sql`count(*) filter (where ${deliveryReplies.answer} in ('yes', 'no')) >= ${MIN_ANSWERS_FOR_RATE}`,
    );
  for (const row of rows) {
    if (!row.officialId) continue;
    rates.set(row.officialId, {
      replied: row.replied,
      answered: row.answered,
      percent: Math.round((100 * row.replied) / row.answered),
    });
  }
  return rates;
}

/**
 * For pages listing officials: one query for all of them. A rate is extra, so when it cannot be read the cards
 * still show, without it.
 */
export async function responseRatesFor(
  officials: readonly { id: string; vacant: boolean }[],
): Promise<Map<string, ResponseRate>> {
  const ids = officials.filter((o) => !o.vacant).map((o) => o.id);
  return responseRates(ids).catch((error: unknown) => {
    console.error("[replies] response rates unavailable:", error);
    return new Map<string, ResponseRate>();
  });
}

/** The author's answers per delivery, for their receipt. */
export async function findMyAnswers(actor: SessionUser, letterId: string) {
  const db = getDb();
  const [check] = await db
    .select({ askedAt: replyChecks.askedAt })
    .from(replyChecks)
    .innerJoin(letters, eq(letters.id, replyChecks.letterId))
    .where(and(eq(replyChecks.letterId, letterId), eq(letters.supporterId, actor.id)));
  const answers = await db
    .select({
      deliveryId: deliveryReplies.deliveryId,
      answer: deliveryReplies.answer,
      replyText: deliveryReplies.replyText,
      answeredAt: deliveryReplies.answeredAt,
    })
    .from(deliveryReplies)
    .innerJoin(deliveries, eq(deliveries.id, deliveryReplies.deliveryId))
    .innerJoin(letters, eq(letters.id, deliveries.letterId))
    .where(and(eq(deliveries.letterId, letterId), eq(letters.supporterId, actor.id)));
  return { isAsked: check !== undefined, answers: new Map(answers.map((a) => [a.deliveryId, a])) };
}
