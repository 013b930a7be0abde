import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Transaction } from "@/db/client";
import { pledgeOptions, pledges } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { joinInTx } from "@/lib/campaigns/join";
import { AppError } from "@/lib/errors";
import { type ErrorText, errorText, issueTexts } from "@/lib/i18n/errors";
import type { Locale } from "@/lib/i18n/locale";
import { getBoss } from "@/lib/jobs/boss";
import { hitLimit, LIMITS } from "@/lib/security/rate-limit";
import { singleLine, withoutNul } from "@/lib/validation";
import { queuePledgeEmails } from "./emails";

/** The largest gift we record (US$100,000): anything bigger is surely a typo. */
export const MAX_DONATION_CENTS = 10_000_000;

export const pledgeInputSchema = withoutNul(
  z.object({
    optionId: z.string().trim().min(1).max(64),
    name: singleLine(
      z
        .string()
        .trim()
        .min(1, { message: errorText.pledges.tellGroupName })
        .max(80, { message: errorText.pledges.keepNameUnder80Characters })
        .refine((value) => !/[<>]/.test(value), { message: errorText.pledges.nameCantContainLineBreaks }),
    ),
    phone: z
      .string()
      .trim()
      .max(30, { message: errorText.pledges.phoneNumberTooLong })
      .regex(/^[0-9+().\-\s]*$/, { message: errorText.pledges.phoneNumberDigitsSpacesOnly })
      .optional(),
    note: z.string().trim().max(1000, { message: errorText.pledges.keepNoteUnder1000 }).optional(),
    /** Goods: how many items. */
    quantity: z.coerce
      .number({ message: errorText.pledges.howManyEnterNumber })
      .int({ message: errorText.pledges.howManyEnterWholeNumber })
      .min(1, { message: errorText.pledges.pledgeLeastOne })
      .max(10_000, { message: errorText.pledges.moreThanRecordOnce })
      .optional(),
    /** Donations: whole US dollars, as people type them ("25" or "25.50"). */
    amount: z
      .string()
      .trim()
      .regex(/^\$?\d{1,6}(\.\d{1,2})?$/, { message: errorText.pledges.enterAmountDollarsLike25 })
      .optional(),
    frequency: z.enum(["one_time", "monthly"]).optional(),
    /** Skills: hours offered. */
    hours: z.coerce
      .number({ message: errorText.pledges.enterHoursNumber })
      .positive({ message: errorText.pledges.offerLeastSomeTime })
      .max(500, { message: errorText.pledges.offerMost500HoursOne })
      .optional(),
  }),
);

export type PledgeInput = z.input<typeof pledgeInputSchema>;
export type PledgeResult = { status: "pledged"; pledgeId: string } | { status: "already"; pledgeId: string };

type Option = typeof pledgeOptions.$inferSelect;

function toCents(amount: string): number {
  return Math.round(Number(amount.replace("$", "")) * 100);
}

/** What a pledge to this option counts: seats or items, money, hours. Checked against the option's kind. */
function measure(option: Option, input: z.infer<typeof pledgeInputSchema>) {
  const invalid = (field: string, message: ErrorText) =>
    new AppError("INVALID_INPUT", errorText.common.checkHighlightedFields, { [field]: [message] });
  switch (option.kind) {
    case "volunteer_shift":
      return { quantity: 1, amountCents: null, frequency: null, hours: option.hours ?? shiftHours(option) };
    case "goods":
      return { quantity: input.quantity ?? 1, amountCents: null, frequency: null, hours: null };
    case "skills":
      return { quantity: 1, amountCents: null, frequency: null, hours: input.hours ?? option.hours ?? null };
    case "donation": {
      if (!input.amount) throw invalid("amount", errorText.pledges.chooseEnterAmount);
      const cents = toCents(input.amount);
      if (cents < 100) throw invalid("amount", errorText.pledges.pledgeLeast1);
      if (cents > MAX_DONATION_CENTS) throw invalid("amount", errorText.pledges.pledgeMost100000Here);
      const frequency = input.frequency ?? "one_time";
      if (frequency === "monthly" && !option.allowsMonthly) {
        throw invalid("frequency", errorText.pledges.groupAsksOneTimeGifts);
      }
      return { quantity: 1, amountCents: cents, frequency, hours: null };
    }
  }
}

function shiftHours(option: Option): number | null {
  if (!option.startsAt || !option.endsAt) return null;
  return Math.round(((option.endsAt.getTime() - option.startsAt.getTime()) / 3_600_000) * 100) / 100;
}

/**
 * Pledges time, money, goods or skills to a group. One transaction: the pledge, the option's counters (a
 * conditional update, so the last seat goes to exactly one of any number of simultaneous pledges), and the
 * confirmation email (with a calendar file for shifts) and shift reminder. A second pledge by the same person to
 * the same option is "already" (the partial unique index), never a duplicate.
 */
export async function pledge(
  actor: SessionUser,
  raw: PledgeInput,
  context: { ip?: string | null; locale?: Locale } = {},
): Promise<PledgeResult> {
  const parsed = pledgeInputSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(
      "INVALID_INPUT",
      errorText.common.checkHighlightedFields,
      issueTexts(parsed.error.issues),
    );
  }
  const input = parsed.data;
  const db = getDb();
  const [option] = await db.select().from(pledgeOptions).where(eq(pledgeOptions.id, input.optionId));
  if (!option) throw new AppError("NOT_FOUND", errorText.pledges.couldntFindWayHelp);
  if (!option.isOpen) throw new AppError("INVALID_INPUT", errorText.pledges.groupClosedNow);
  if (option.kind === "volunteer_shift" && option.startsAt && option.startsAt.getTime() <= Date.now()) {
    throw new AppError("INVALID_INPUT", errorText.pledges.shiftAlreadyStartedNoLonger);
  }
  const amounts = measure(option, input);
  if (context.ip) await hitLimit(LIMITS.pledgesPerIp, context.ip);

  // On PGlite the transaction holds the only connection: start pg-boss first.
  await getBoss();
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(pledges)
      .values({
        optionId: option.id,
        userId: actor.id,
        quantity: amounts.quantity,
        amountCents: amounts.amountCents,
        frequency: amounts.frequency,
        hours: amounts.hours,
        name: input.name,
        email: actor.email,
        phone: input.phone || null,
        note: input.note || null,
      })
      .onConflictDoNothing({
        target: [pledges.optionId, pledges.userId],
        where: sql`${pledges.status} <> 'cancelled'`,
      })
      .returning({ id: pledges.id });
    if (!created) {
      const [existing] = await tx
        .select({ id: pledges.id })
        .from(pledges)
        .where(
          and(
            eq(pledges.optionId, option.id),
            eq(pledges.userId, actor.id),
            sql`${pledges.status} <> 'cancelled'`,
          ),
        );
      if (!existing) throw new Error("pledge conflict without an active pledge");
      return { status: "already" as const, pledgeId: existing.id };
    }

    // Counted in the transaction, so only pledges really made count against the person's daily limit.
    await hitLimit(LIMITS.pledgesPerUser, actor.email, tx, { audit: false });
    const counted = await adjustCounters(tx, option.id, amounts, 1);
    if (!counted) {
      const remaining = Math.max(0, (option.capacity ?? 0) - option.taken);
      throw new AppError(
        "ALREADY_EXISTS",
        option.kind === "volunteer_shift"
          ? errorText.pledges.sorryShiftJustFilledUp
          : errorText.pledges.onlyLeft({ remaining }),
        option.kind === "goods" ? { quantity: [errorText.pledges.upTo({ max: remaining })] } : undefined,
      );
    }
    // Pledging on a campaign joins it.
    if (option.campaignId) await joinInTx(tx, option.campaignId, actor.id, "pledge");
    await queuePledgeEmails(tx, created.id, context.locale);
    return { status: "pledged" as const, pledgeId: created.id };
  });
}

type Amounts = { quantity: number; amountCents: number | null; hours: number | null };

/**
 * Adds (sign 1) or removes (sign −1) a pledge from its option's counters. Adding fails (null) when it would go
 * over the capacity: the check and the change are one statement, so concurrent pledges cannot both pass.
 */
async function adjustCounters(
  tx: Transaction,
  optionId: string,
  amounts: Amounts,
  sign: 1 | -1,
): Promise<boolean> {
  const quantity = amounts.quantity * sign;
  const rows = await tx
    .update(pledgeOptions)
    .set({
      taken: sql`${pledgeOptions.taken} + ${quantity}`,
      pledgers: sql`${pledgeOptions.pledgers} + ${sign}`,
      pledgedCents: sql`${pledgeOptions.pledgedCents} + ${(amounts.amountCents ?? 0) * sign}`,
      pledgedHours: sql`${pledgeOptions.pledgedHours} + ${(amounts.hours ?? 0) * sign}`,
    })
    .where(
      and(
        eq(pledgeOptions.id, optionId),
        sign > 0
          ? sql`(${pledgeOptions.capacity} is null or ${pledgeOptions.taken} + ${quantity} <= ${pledgeOptions.capacity})`
          : undefined,
      ),
    )
    .returning({ id: pledgeOptions.id });
  return rows.length > 0;
}

/** Cancels every standing pledge of a person (their account is being deleted), freeing seats and counts. */
export async function cancelStandingPledges(tx: Transaction, userId: string): Promise<number> {
  const cancelled = await tx
    .update(pledges)
    .set({ status: "cancelled", cancelledAt: new Date(), updatedAt: new Date() })
    .where(and(eq(pledges.userId, userId), eq(pledges.status, "pledged")))
    .returning();
  for (const row of cancelled) await adjustCounters(tx, row.optionId, row, -1);
  return cancelled.length;
}

/** Cancels the supporter's own pledge (authorization in the query) and frees its seat or items. */
export async function cancelPledge(actor: SessionUser, pledgeId: string): Promise<void> {
  await getBoss();
  await getDb().transaction(async (tx) => {
    const [cancelled] = await tx
      .update(pledges)
      .set({ status: "cancelled", cancelledAt: new Date(), updatedAt: new Date() })
      .where(
        and(
          eq(pledges.id, pledgeId),
          eq(pledges.userId, actor.id),
          eq(pledges.status, "pledged"),
          // A shift that has begun is history (the group's attendance depends on it), not a seat to free.
          sql`not exists (select 1 from ${pledgeOptions} o where o.id = "pledges"."option_id" and o.kind = 'volunteer_shift' and o.starts_at <= now())`,
        ),
      )
      .returning();
    if (!cancelled) {
      const [started] = await tx
        .select({ id: pledges.id })
        .from(pledges)
        .innerJoin(pledgeOptions, eq(pledgeOptions.id, pledges.optionId))
        .where(
          and(
            eq(pledges.id, pledgeId),
            eq(pledges.userId, actor.id),
            eq(pledges.status, "pledged"),
            sql`${pledgeOptions.startsAt} <= now()`,
          ),
        );
      if (started) {
        throw new AppError("INVALID_INPUT", errorText.pledges.shiftAlreadyStartedCantCancelled);
      }
      throw new AppError("NOT_FOUND", errorText.pledges.couldntFindPledgeYoursStill);
    }
    await adjustCounters(tx, cancelled.optionId, cancelled, -1);
  });
}

/** The supporter says they gave (a donation on the group's own page, or goods handed over). */
export async function markPledgeDone(actor: SessionUser, pledgeId: string): Promise<void> {
  const rows = await getDb()
    .update(pledges)
    .set({ status: "done", doneAt: new Date(), updatedAt: new Date() })
    .where(
      and(
        eq(pledges.id, pledgeId),
        eq(pledges.userId, actor.id),
        eq(pledges.status, "pledged"),
        sql`exists (select 1 from ${pledgeOptions} o where o.id = "pledges"."option_id" and o.kind in ('donation', 'goods'))`,
      ),
    )
    .returning({ id: pledges.id });
  if (rows.length === 0) throw new AppError("NOT_FOUND", errorText.pledges.couldntFindPledgeAlreadyDone);
}
