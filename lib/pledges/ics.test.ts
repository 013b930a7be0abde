import { describe, expect, it } from "vitest";
import { type CalendarEvent, calendarFile } from "./ics";

const EVENT: CalendarEvent = {
  uid: "pledge-abc@chorus",
  title: "Clinic (Casa del Pueblo)",
  description: "Bring a pen.",
  location: "1831 S Racine Ave, Chicago",
  startsAt: new Date("2031-03-08T16:00:00Z"),
  endsAt: new Date("2031-03-08T19:00:00Z"),
  alarm: "Your volunteer shift starts in 2 hours",
};
const NOW = new Date("2031-03-01T12:00:00Z");
const lines = (ics: string) => ics.replace(/\r\n /g, "").split("\r\n");

describe("calendar files for shifts", () => {
  it("an invitation publishes the event at sequence 0, with its reminder", () => {
    const ics = lines(calendarFile(EVENT, NOW));
    expect(ics).toContain("METHOD:PUBLISH");
    expect(ics).toContain("UID:pledge-abc@chorus");
    expect(ics).toContain("SEQUENCE:0");
    expect(ics).toContain("STATUS:CONFIRMED");
    expect(ics).toContain("DTSTART:20310308T160000Z");
    expect(ics).toContain("BEGIN:VALARM");
    expect(ics.some((line) => line.startsWith("ORGANIZER"))).toBe(false);
  });

  it("an update requests the same UID at a higher sequence, from the group to the volunteer", () => {
    const ics = lines(
      calendarFile(
        {
          ...EVENT,
          sequence: 3,
          method: "REQUEST",
          organizer: { name: 'Casa del Pueblo; "Tenants"', email: "chorus@example.org" },
          attendee: { name: "Noor", email: "noor@example.org" },
        },
        NOW,
      ),
    );
    expect(ics).toContain("METHOD:REQUEST");
    expect(ics).toContain("UID:pledge-abc@chorus");
    expect(ics).toContain("SEQUENCE:3");
    expect(ics).toContain("STATUS:CONFIRMED");
    // A quoted name never holds a double quote (RFC 5545 param-value).
    expect(ics).toContain('ORGANIZER;CN="Casa del Pueblo; Tenants":mailto:chorus@example.org');
    expect(ics).toContain(
      'ATTENDEE;CN="Noor";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:noor@example.org',
    );
    expect(ics).toContain("BEGIN:VALARM");
  });

  it("a cancellation cancels the same UID at a higher sequence, without a reminder", () => {
    const ics = lines(calendarFile({ ...EVENT, sequence: 1, method: "CANCEL" }, NOW));
    expect(ics).toContain("METHOD:CANCEL");
    expect(ics).toContain("UID:pledge-abc@chorus");
    expect(ics).toContain("SEQUENCE:1");
    expect(ics).toContain("STATUS:CANCELLED");
    expect(ics).not.toContain("BEGIN:VALARM");
  });

  it("several shifts in one file, each its own event", () => {
    const ics = calendarFile([EVENT, { ...EVENT, uid: "pledge-def@chorus", sequence: 2 }], NOW);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(lines(ics)).toContain("UID:pledge-def@chorus");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });
});
