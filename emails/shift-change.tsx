import { Heading, Link, Text } from "@react-email/components";
import type { EmailAttachment } from "@/lib/email/send";
import { ALARM_HOURS_BEFORE, type CalendarMethod, calendarFile } from "@/lib/pledges/ics";
import { formatShiftTime, type ShiftTime } from "./format";
import { EmailLayout, type EmailLocale } from "./layout";
import { pledgeConfirmationMessages, shiftChangeMessages, shiftMessages } from "./messages";

/** A shift's time and place as an email carries them: written in English, and the facts to write them again. */
export type ShiftPlace = {
  when: string;
  location: string | null;
  shift: ShiftTime | null;
  isRemote: boolean;
};

export type ShiftChangeEmailProps = EmailLocale & {
  /** The group cancelled the shift, or changed its time or place. */
  change: "cancelled" | "updated";
  name: string;
  groupName: string;
  optionTitle: string;
  /** The shift as it is now (for a cancellation: as it was). */
  now: ShiftPlace;
  /** Updates: the time and place before the change. */
  before: ShiftPlace | null;
  manageUrl: string;
  /**
   * The calendar file: the invitation's UID (one per pledge) with a higher SEQUENCE, so the volunteer's calendar
   * moves or removes the event it already has (RFC 5546: ORGANIZER and ATTENDEE go with REQUEST and CANCEL).
   */
  event: {
    uid: string;
    sequence: number;
    startsAt: string;
    endsAt: string;
    description: string;
    organizer: { name: string; email: string };
    attendee: { name: string; email: string };
  } | null;
};

export function shiftChangeSubject(props: ShiftChangeEmailProps): string {
  const t = shiftChangeMessages[props.locale ?? "en"];
  return props.change === "cancelled"
    ? t.subjectCancelled(props.optionTitle, props.groupName)
    : t.subjectUpdated(props.optionTitle, props.groupName);
}

/** The time and place in the email's language (English: as the caller wrote them). */
function localized(place: ShiftPlace, locale: "en" | "es") {
  if (locale === "en") return { when: place.when, location: place.location };
  return {
    when: place.shift ? formatShiftTime(locale, place.shift) : place.when,
    location: place.isRemote ? shiftMessages[locale].online : place.location,
  };
}

/** RFC 6047: the METHOD of the attached file is said in its content type too. */
function contentType(method: CalendarMethod): string {
  return ["text/calendar", "charset=utf-8", `method=${method}`].join("; ");
}

export function shiftChangeAttachments(props: ShiftChangeEmailProps): EmailAttachment[] {
  if (!props.event) return [];
  const locale = props.locale ?? "en";
  const words = pledgeConfirmationMessages[locale];
  const method: CalendarMethod = props.change === "cancelled" ? "CANCEL" : "REQUEST";
  const { location } = localized(props.now, locale);
  return [
    {
      filename: words.calendarFileName,
      contentType: contentType(method),
      content: calendarFile({
        uid: props.event.uid,
        sequence: props.event.sequence,
        method,
        organizer: props.event.organizer,
        attendee: props.event.attendee,
        title: `${props.optionTitle} (${props.groupName})`,
        description: [props.event.description.trim(), words.calendarPledges(props.manageUrl)]
          .filter(Boolean)
          .join("\n\n"),
        location: location ?? "",
        startsAt: new Date(props.event.startsAt),
        endsAt: new Date(props.event.endsAt),
        url: props.manageUrl,
        alarm: words.calendarAlarm(ALARM_HOURS_BEFORE),
      }),
    },
  ];
}

/**
 * To every volunteer of a shift the group cancelled or moved, once per change and volunteer (the idempotency
 * key names both). Carries the calendar file that removes or moves the event their invitation added.
 */
export default function ShiftChangeEmail(props: ShiftChangeEmailProps) {
  const { change, name, groupName, optionTitle, manageUrl, locale = "en" } = props;
  const t = shiftChangeMessages[locale];
  const shift = shiftMessages[locale];
  const now = localized(props.now, locale);
  const before = props.before ? localized(props.before, locale) : null;
  const isCancelled = change === "cancelled";
  return (
    <EmailLayout
      preview={
        isCancelled ? t.previewCancelled(optionTitle, now.when) : t.previewUpdated(optionTitle, now.when)
      }
      locale={locale}
    >
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {isCancelled ? t.headingCancelled : t.headingUpdated}
      </Heading>
      <Text>
        {isCancelled
          ? t.introCancelled(name, optionTitle, groupName)
          : t.introUpdated(name, optionTitle, groupName)}
      </Text>
      <Text>{isCancelled ? t.wasWhen(now.when) : shift.when(now.when)}</Text>
      {now.location ? (
        <Text>{isCancelled ? t.wasWhere(now.location) : shift.where(now.location)}</Text>
      ) : null}
      {before && before.when !== now.when ? <Text>{t.beforeWhen(before.when)}</Text> : null}
      {before?.location && before.location !== now.location ? (
        <Text>{t.beforeWhere(before.location)}</Text>
      ) : null}
      <Text>{isCancelled ? t.calendarCancelled : t.calendarUpdated}</Text>
      <Text>
        {isCancelled ? t.otherWays : t.cantMake} <Link href={manageUrl}>{manageUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
