/**
 * A calendar file (RFC 5545) for a volunteer shift: one VEVENT in UTC, so every calendar shows it at the right
 * local time. Text is escaped and lines folded at 75 octets, as the standard requires. Every word a person reads
 * (title, notes, place, the reminder) comes from the caller in the email's language; this file writes only the
 * format, which is why the i18n scanner skips it (lib/i18n/scan.ts): keep words out of it.
 */

/**
 * RFC 5546: PUBLISH adds an event (the invitation, a download), REQUEST updates it, CANCEL removes it. A
 * calendar applies an update or a cancellation to the event with the same UID and a lower SEQUENCE.
 */
export type CalendarMethod = "PUBLISH" | "REQUEST" | "CANCEL";

type Person = { name: string; email: string };

export type CalendarEvent = {
  /** Stable per pledge, so a re-sent invitation updates the same event instead of adding another. */
  uid: string;
  /** Raised by each change to the shift (`pledge_options.calendar_sequence`); 0 for the first invitation. */
  sequence?: number;
  method?: CalendarMethod;
  /** Required with REQUEST and CANCEL (RFC 5546): the group, at the address Chorus sends from. */
  organizer?: Person;
  /** The volunteer. */
  attendee?: Person;
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  url?: string;
  /** What the reminder says, ALARM_HOURS_BEFORE the start, in the reader's language (like the email it comes in). */
  alarm: string;
};

/** A calendar reminds the volunteer this many hours before the shift. */
export const ALARM_HOURS_BEFORE = 2;

function utc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Folds a content line into 75-octet pieces (continuations start with a space), never splitting a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = pieces.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      pieces.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += bytes;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

/** A CN parameter: quoted, and without the one character a quoted parameter cannot hold. */
function commonName(name: string): string {
  return `"${name.replace(/["\r\n]/g, "")}"`;
}

function person(property: "ORGANIZER" | "ATTENDEE", who: Person): string {
  const role = property === "ATTENDEE" ? ";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE" : "";
  return `${property};CN=${commonName(who.name)}${role}:mailto:${who.email}`;
}

/**
 * One calendar file: one event (an invitation, an update, a cancellation), or several (every shift of a
 * volunteer's, to download), all with the first event's METHOD.
 */
export function calendarFile(events: CalendarEvent | CalendarEvent[], now: Date = new Date()): string {
  const list = Array.isArray(events) ? events : [events];
  const method = list[0]?.method ?? "PUBLISH";
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Chorus//Volunteer shifts//EN",
    "CALSCALE:GREGORIAN",
    `METHOD:${method}`,
    ...list.flatMap((event) => eventLines(event, method, now)),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

function eventLines(event: CalendarEvent, method: CalendarMethod, now: Date): string[] {
  const isCancel = method === "CANCEL";
  return [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `DTSTAMP:${utc(now)}`,
    `DTSTART:${utc(event.startsAt)}`,
    `DTEND:${utc(event.endsAt)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `LOCATION:${escapeText(event.location)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    `STATUS:${isCancel ? "CANCELLED" : "CONFIRMED"}`,
    ...(event.organizer ? [person("ORGANIZER", event.organizer)] : []),
    ...(event.attendee ? [person("ATTENDEE", event.attendee)] : []),
    // A cancelled shift needs no reminder.
    ...(isCancel
      ? []
      : [
          "BEGIN:VALARM",
          "ACTION:DISPLAY",
          `DESCRIPTION:${escapeText(event.alarm)}`,
          `TRIGGER:-PT${ALARM_HOURS_BEFORE}H`,
          "END:VALARM",
        ]),
    "END:VEVENT",
  ];
}
