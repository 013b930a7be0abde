import "server-only";
/**
 * A volunteer's shifts as a calendar to download (My pledges: "Add to calendar"), with the same UID and
 * SEQUENCE as the emailed invitation, so adding both keeps one event, and later updates and cancellations find
 * it. Only the actor's own standing pledges (authorization in the query).
 */
import { and, asc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizations, pledgeOptions, pledges } from "@/db/schema";
import { pledgeConfirmationMessages, shiftMessages } from "@/emails/messages";
import type { SessionUser } from "@/lib/auth";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import type { Locale } from "@/lib/i18n/locale";
import { containsNul } from "@/lib/validation";
import { MY_PLEDGES_PATH } from "./emails";
import { ALARM_HOURS_BEFORE, type CalendarEvent, calendarFile } from "./ics";

export type ShiftForCalendar = {
  pledgeId: string;
  title: string;
  groupName: string;
  description: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  isRemote: boolean;
  sequence: number;
};

/** One shift as a calendar event, its words in the reader's language (like the emails). */
export function shiftEvent(shift: ShiftForCalendar, locale: Locale = "en"): CalendarEvent {
  const words = pledgeConfirmationMessages[locale];
  const manageUrl = `${env.appUrl}${MY_PLEDGES_PATH}`;
  return {
    uid: `pledge-${shift.pledgeId}@chorus`,
    sequence: shift.sequence,
    title: `${shift.title} (${shift.groupName})`,
    description: [shift.description.trim(), words.calendarPledges(manageUrl)].filter(Boolean).join("\n\n"),
    location: (shift.isRemote ? shiftMessages[locale].online : shift.location) ?? "",
    startsAt: shift.startsAt,
    endsAt: shift.endsAt ?? new Date(shift.startsAt.getTime() + 3_600_000),
    url: manageUrl,
    alarm: words.calendarAlarm(ALARM_HOURS_BEFORE),
  };
}

/**
 * The actor's upcoming shifts that stand (not cancelled, by them or by the group), or one of them by pledge id
 * (NOT_FOUND when it is not theirs, or not a standing shift).
 */
export async function myShiftCalendar(
  actor: SessionUser,
  pledgeId: string | null = null,
  locale: Locale = "en",
): Promise<{ ics: string; shifts: number }> {
  if (pledgeId !== null && (containsNul(pledgeId) || pledgeId.length > 64)) {
    throw new AppError("NOT_FOUND", errorText.pledges.couldntFindShiftAmongPledges);
  }
  const rows = await getDb()
    .select({
      pledgeId: pledges.id,
      title: pledgeOptions.title,
      groupName: organizations.name,
      description: pledgeOptions.description,
      startsAt: pledgeOptions.startsAt,
      endsAt: pledgeOptions.endsAt,
      location: pledgeOptions.location,
      isRemote: pledgeOptions.isRemote,
      sequence: pledgeOptions.calendarSequence,
    })
    .from(pledges)
    .innerJoin(pledgeOptions, eq(pledgeOptions.id, pledges.optionId))
    .innerJoin(organizations, eq(organizations.id, pledgeOptions.organizationId))
    .where(
      and(
        eq(pledges.userId, actor.id),
        eq(pledges.status, "pledged"),
        eq(pledgeOptions.kind, "volunteer_shift"),
        isNotNull(pledgeOptions.startsAt),
        isNull(pledgeOptions.cancelledAt),
        pledgeId === null
          ? sql`coalesce(${pledgeOptions.endsAt}, ${pledgeOptions.startsAt}) > now()`
          : undefined,
        pledgeId === null ? undefined : eq(pledges.id, pledgeId),
      ),
    )
    .orderBy(asc(pledgeOptions.startsAt));
  if (pledgeId !== null && rows.length === 0) {
    throw new AppError("NOT_FOUND", errorText.pledges.couldntFindShiftAmongPledges);
  }
  const shifts = rows.flatMap((row) => (row.startsAt ? [{ ...row, startsAt: row.startsAt }] : []));
  return { ics: calendarFile(shifts.map((shift) => shiftEvent(shift, locale))), shifts: shifts.length };
}

/** "Add to Google Calendar": Google's documented event template link (no script, nothing sent to Google first). */
export function googleCalendarUrl(event: CalendarEvent): string {
  const stamp = (date: Date) =>
    date
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d{3}/, "");
  const params = new URLSearchParams({
    action: "TEMPLATE",
    text: event.title,
    dates: `${stamp(event.startsAt)}/${stamp(event.endsAt)}`,
    details: event.description,
    location: event.location,
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
