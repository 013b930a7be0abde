import "server-only";
/**
 * A group cancels a shift, or changes its time or place: every volunteer gets an email with a calendar file
 * that removes or moves the event their invitation added (the same UID, one per pledge, and the option's
 * `calendar_sequence`, raised by each change). The emails are queued in the transaction that makes the change,
 * each with the key `shift-change:OPTION:SEQUENCE:PLEDGE`, so a retried job never mails anyone twice and a
 * change is announced once (a second identical save changes nothing, and a shift is cancelled once).
 */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { pledgeOptions, pledges } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { getBoss } from "@/lib/jobs/boss";
import { queueEmail } from "@/lib/jobs/enqueue";
import { formatShiftTime, MY_PLEDGES_PATH, REMINDER_HOURS, shiftFacts } from "@/lib/pledges/emails";
import { pledgeWords } from "@/lib/pledges/messages";
import { containsNul } from "@/lib/validation";
import { requireGroupManager } from "./dashboard";

/** What a volunteer's calendar holds of a shift. */
export type ShiftState = {
  title: string;
  description: string;
  startsAt: Date | null;
  endsAt: Date | null;
  timeZone: string | null;
  location: string | null;
  isRemote: boolean;
};

export const shiftStateColumns = {
  title: pledgeOptions.title,
  description: pledgeOptions.description,
  startsAt: pledgeOptions.startsAt,
  endsAt: pledgeOptions.endsAt,
  timeZone: pledgeOptions.timeZone,
  location: pledgeOptions.location,
  isRemote: pledgeOptions.isRemote,
};

const time = (date: Date | null) => date?.getTime() ?? null;

/** A change volunteers must hear about: when it starts or ends, its time zone, or where it happens. */
export function movesShift(before: ShiftState, after: ShiftState): boolean {
  return (
    time(before.startsAt) !== time(after.startsAt) ||
    time(before.endsAt) !== time(after.endsAt) ||
    (before.timeZone ?? null) !== (after.timeZone ?? null) ||
    before.isRemote !== after.isRemote ||
    (before.isRemote ? false : (before.location ?? "").trim() !== (after.location ?? "").trim())
  );
}

/** The address in EMAIL_FROM ("Chorus <chorus@example.org>" → chorus@example.org): the calendar's organizer. */
export function senderAddress(from: string = env.emailFrom): string {
  return /<([^<>\s]+)>/.exec(from)?.[1] ?? from.trim();
}

/** The shift's time and place as the email carries them (English, and the facts to write them again). */
function place(shift: ShiftState) {
  return {
    when: shift.startsAt ? formatShiftTime(shift.startsAt, shift.endsAt, shift.timeZone) : "",
    location: shift.isRemote ? pledgeWords.en.online : shift.location,
    shift: shiftFacts(shift),
    isRemote: shift.isRemote,
  };
}

type Volunteer = { id: string; name: string; email: string };

async function queueShiftChangeEmails(
  tx: Transaction,
  input: {
    change: "cancelled" | "updated";
    optionId: string;
    groupName: string;
    sequence: number;
    now: ShiftState;
    before: ShiftState | null;
    volunteers: Volunteer[];
  },
): Promise<number> {
  const { now } = input;
  const endsAt = now.endsAt ?? (now.startsAt ? new Date(now.startsAt.getTime() + 3_600_000) : null);
  for (const volunteer of input.volunteers) {
    await queueEmail(tx, {
      template: "shift-change",
      to: volunteer.email,
      idempotencyKey: `shift-change:${input.optionId}:${input.sequence}:${volunteer.id}`,
      props: {
        change: input.change,
        name: volunteer.name,
        groupName: input.groupName,
        optionTitle: now.title,
        now: place(now),
        before: input.before ? place(input.before) : null,
        manageUrl: `${env.appUrl}${MY_PLEDGES_PATH}`,
        event:
          now.startsAt && endsAt
            ? {
                uid: `pledge-${volunteer.id}@chorus`,
                sequence: input.sequence,
                startsAt: now.startsAt.toISOString(),
                endsAt: endsAt.toISOString(),
                description: now.description,
                organizer: { name: input.groupName, email: senderAddress() },
                attendee: { name: volunteer.name, email: volunteer.email },
              }
            : null,
      },
    });
  }
  return input.volunteers.length;
}

/**
 * After an option's update, in its transaction (the option row locked): when a shift that has not started moved
 * in time or place, raises its calendar sequence, re-arms the day-before reminder (this email is the reminder
 * when the new time is within a day) and queues an update to each volunteer whose pledge stands.
 */
export async function announceShiftChange(
  tx: Transaction,
  input: { optionId: string; groupName: string; before: ShiftState; after: ShiftState },
): Promise<number> {
  const { before, after } = input;
  if (!after.startsAt || after.startsAt.getTime() <= Date.now() || !movesShift(before, after)) return 0;
  const [bumped] = await tx
    .update(pledgeOptions)
    .set({ calendarSequence: sql`${pledgeOptions.calendarSequence} + 1` })
    .where(and(eq(pledgeOptions.id, input.optionId), isNull(pledgeOptions.cancelledAt)))
    .returning({ sequence: pledgeOptions.calendarSequence });
  if (!bumped) return 0;
  const soon = after.startsAt.getTime() - Date.now() <= REMINDER_HOURS * 3_600_000;
  const volunteers = await tx
    .update(pledges)
    .set({ reminderSentAt: soon ? new Date() : null, updatedAt: new Date() })
    .where(and(eq(pledges.optionId, input.optionId), eq(pledges.status, "pledged")))
    .returning({ id: pledges.id, name: pledges.name, email: pledges.email });
  return queueShiftChangeEmails(tx, {
    change: "updated",
    optionId: input.optionId,
    groupName: input.groupName,
    sequence: bumped.sequence,
    now: after,
    before,
    volunteers,
  });
}

/**
 * Cancels a shift that has not started: closed to new pledges for good, every pledge that stood cancelled (its
 * seats and hours off the counters), and each of those volunteers emailed a calendar cancellation. One
 * transaction; the option row is locked, and `cancelled_at is null` makes it happen once.
 */
export async function cancelShift(
  actor: SessionUser,
  slug: string,
  optionId: string,
): Promise<{ volunteers: number }> {
  const group = await requireGroupManager(actor, slug);
  const missing = errorText.groups.couldntFindShiftAmongGroups;
  if (containsNul(optionId)) throw new AppError("NOT_FOUND", missing);

  // On PGlite the transaction holds the only connection: start pg-boss first.
  await getBoss();
  return getDb().transaction(async (tx) => {
    const [shift] = await tx
      .select({ ...shiftStateColumns, cancelledAt: pledgeOptions.cancelledAt })
      .from(pledgeOptions)
      .where(
        and(
          eq(pledgeOptions.id, optionId),
          eq(pledgeOptions.organizationId, group.id),
          eq(pledgeOptions.kind, "volunteer_shift"),
        ),
      )
      .for("update");
    if (!shift) throw new AppError("NOT_FOUND", missing);
    if (shift.cancelledAt) throw new AppError("INVALID_INPUT", errorText.groups.shiftAlreadyCancelled);
    if (shift.startsAt && shift.startsAt.getTime() <= Date.now()) {
      throw new AppError("INVALID_INPUT", errorText.groups.shiftAlreadyStarted);
    }

    const [cancelled] = await tx
      .update(pledgeOptions)
      .set({
        cancelledAt: new Date(),
        isOpen: false,
        calendarSequence: sql`${pledgeOptions.calendarSequence} + 1`,
      })
      .where(eq(pledgeOptions.id, optionId))
      .returning({ sequence: pledgeOptions.calendarSequence });
    if (!cancelled) throw new AppError("NOT_FOUND", missing);

    const volunteers = await tx
      .update(pledges)
      .set({ status: "cancelled", cancelledAt: new Date(), updatedAt: new Date() })
      .where(and(eq(pledges.optionId, optionId), inArray(pledges.status, ["pledged", "done", "missed"])))
      .returning({
        id: pledges.id,
        name: pledges.name,
        email: pledges.email,
        quantity: pledges.quantity,
        hours: pledges.hours,
      });
    // The counters count pledges that stand: none does now.
    const seats = volunteers.reduce((sum, row) => sum + row.quantity, 0);
    const hours = volunteers.reduce((sum, row) => sum + (row.hours ?? 0), 0);
    await tx
      .update(pledgeOptions)
      .set({
        taken: sql`greatest(${pledgeOptions.taken} - ${seats}, 0)`,
        pledgers: sql`greatest(${pledgeOptions.pledgers} - ${volunteers.length}, 0)`,
        pledgedHours: sql`greatest(${pledgeOptions.pledgedHours} - ${hours}, 0)`,
      })
      .where(eq(pledgeOptions.id, optionId));

    await queueShiftChangeEmails(tx, {
      change: "cancelled",
      optionId,
      groupName: group.name,
      sequence: cancelled.sequence,
      now: shift,
      before: null,
      volunteers,
    });
    return { volunteers: volunteers.length };
  });
}
