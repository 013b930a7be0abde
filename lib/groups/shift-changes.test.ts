/**
 * A group cancels or moves a shift (issue 20, item 8), on the real database: the volunteers' pledges, the
 * counters, one queued email per change and volunteer, and the calendar files they carry (the invitation's UID,
 * a higher SEQUENCE, CANCEL or REQUEST). A retried job sends nothing twice.
 */
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { mailboxMessages, memberships, organizations, pledgeOptions, pledges, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { handleSendEmail } from "@/lib/jobs/worker";
import { myShiftCalendar } from "@/lib/pledges/calendar";
import { pledge } from "@/lib/pledges/pledge";
import { setGroupOptionOpen, updateGroupOption } from "./dashboard";
import { cancelShift, movesShift, senderAddress } from "./shift-changes";

const SLUG = "shift-changes";
let groupId = "";
let owner: SessionUser;

let counter = 0;
async function person(name = "Noor"): Promise<SessionUser> {
  counter += 1;
  const email = `shift-${counter}-${randomUUID().slice(0, 8)}@example.org`;
  const [user] = await getDb().insert(users).values({ email, name }).returning({ id: users.id });
  if (!user) throw new Error("no user");
  return { id: user.id, email, name };
}

/** "2031-12-06T10:00" in the form's wall time, so updates go through the same parsing as the page. */
const FORM = {
  kind: "volunteer_shift",
  title: "Flyer folding",
  startsAt: "2031-12-06T10:00",
  endsAt: "2031-12-06T12:00",
  timeZone: "America/Chicago",
  location: "Casa del Pueblo",
  capacity: "8",
};

async function shift() {
  const [row] = await getDb()
    .insert(pledgeOptions)
    .values({
      organizationId: groupId,
      kind: "volunteer_shift",
      title: FORM.title,
      startsAt: new Date("2031-12-06T16:00:00Z"),
      endsAt: new Date("2031-12-06T18:00:00Z"),
      timeZone: FORM.timeZone,
      location: FORM.location,
      capacity: 8,
    })
    .returning({ id: pledgeOptions.id });
  if (!row) throw new Error("no option");
  return row.id;
}

type Job = { data: { idempotencyKey: string; to: string; template: string } };
async function jobs(template: string, to?: string): Promise<Job[]> {
  return rowsOf<Job>(
    await getDb().execute(
      sql`select data from pgboss.job where name = 'send-email' and data->>'template' = ${template}
          and (${to ?? null}::text is null or data->>'to' = ${to ?? null}) order by created_on`,
    ),
  );
}

/** Sends a job as the worker does (twice: a retry) and returns the one email it made. */
async function deliver(job: Job | undefined) {
  if (!job) throw new Error("no job");
  await handleSendEmail(job.data as never);
  await handleSendEmail(job.data as never);
  const mail = await getDb()
    .select()
    .from(mailboxMessages)
    .where(eq(mailboxMessages.idempotencyKey, job.data.idempotencyKey));
  expect(mail).toHaveLength(1);
  return mail[0] as (typeof mail)[number];
}

const calendarOf = (mail: { attachments: { filename: string; content: string }[] }) =>
  (mail.attachments.find((file) => file.filename.endsWith(".ics"))?.content ?? "").replace(/\r\n /g, "");
const field = (ics: string, name: string) => new RegExp(`^${name}[:;](.*)$`, "m").exec(ics)?.[1];

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  const [group] = await getDb()
    .insert(organizations)
    .values({ slug: SLUG, name: "Casa del Pueblo", kind: "community_group" })
    .returning({ id: organizations.id });
  groupId = group?.id ?? "";
  owner = await person("Marisol");
  await getDb().insert(memberships).values({ userId: owner.id, organizationId: groupId, role: "owner" });
});

describe("what counts as a change volunteers hear about", () => {
  const base = {
    title: "Clinic",
    description: "",
    startsAt: new Date("2031-12-06T16:00:00Z"),
    endsAt: new Date("2031-12-06T18:00:00Z"),
    timeZone: "America/Chicago",
    location: "Casa del Pueblo",
    isRemote: false,
  };
  it("time and place, not the title or the words around them", () => {
    expect(movesShift(base, { ...base })).toBe(false);
    expect(movesShift(base, { ...base, title: "Clinic!", description: "Bring a pen" })).toBe(false);
    expect(movesShift(base, { ...base, location: " Casa del Pueblo " })).toBe(false);
    expect(movesShift(base, { ...base, startsAt: new Date("2031-12-06T17:00:00Z") })).toBe(true);
    expect(movesShift(base, { ...base, endsAt: new Date("2031-12-06T19:00:00Z") })).toBe(true);
    expect(movesShift(base, { ...base, timeZone: "America/New_York" })).toBe(true);
    expect(movesShift(base, { ...base, location: "1831 S Racine Ave" })).toBe(true);
    expect(movesShift(base, { ...base, isRemote: true, location: null })).toBe(true);
  });
  it("the calendar's organizer is the address Chorus sends from", () => {
    expect(senderAddress("Chorus <chorus@example.org>")).toBe("chorus@example.org");
    expect(senderAddress("chorus@example.org")).toBe("chorus@example.org");
  });
});

describe("moving a shift", () => {
  it("sends each volunteer one update with the invitation's UID at the next sequence, once per change", async () => {
    const optionId = await shift();
    const noor = await person("Noor");
    const { pledgeId } = await pledge(noor, { optionId, name: "Noor" });
    const invitation = calendarOf(await deliver((await jobs("pledge-confirmation", noor.email))[0]));
    expect(field(invitation, "UID")).toBe(`pledge-${pledgeId}@chorus`);
    expect(field(invitation, "SEQUENCE")).toBe("0");

    // Words only: no email.
    await updateGroupOption(owner, SLUG, optionId, { ...FORM, title: "Flyer folding (bring scissors)" });
    expect(await jobs("shift-change", noor.email)).toHaveLength(0);

    // An hour later: one update.
    const later = { ...FORM, startsAt: "2031-12-06T11:00", endsAt: "2031-12-06T13:00" };
    await updateGroupOption(owner, SLUG, optionId, later);
    const queued = await jobs("shift-change", noor.email);
    expect(queued.map((job) => job.data.idempotencyKey)).toEqual([`shift-change:${optionId}:1:${pledgeId}`]);
    const mail = await deliver(queued[0]);
    expect(mail.subject).toBe("New time or place: Flyer folding with Casa del Pueblo");
    expect(mail.text).toContain("When: Saturday, December 6, 11:00 AM – 1:00 PM Central Time");
    expect(mail.text).toContain("Before: Saturday, December 6, 10:00 AM – 12:00 PM Central Time");
    const update = calendarOf(mail);
    expect(field(update, "METHOD")).toBe("REQUEST");
    expect(field(update, "UID")).toBe(`pledge-${pledgeId}@chorus`);
    expect(field(update, "SEQUENCE")).toBe("1");
    expect(field(update, "DTSTART")).toBe("20311206T170000Z");
    expect(update).toContain(`ATTENDEE;CN="Noor"`);
    expect(mail.attachments[0]?.contentType).toContain("method=REQUEST");

    // The same save again: nothing new.
    await updateGroupOption(owner, SLUG, optionId, later);
    expect(await jobs("shift-change", noor.email)).toHaveLength(1);

    // Someone who signs up now is invited at the shift's current sequence.
    const ana = await person("Ana");
    await pledge(ana, { optionId, name: "Ana" });
    const theirs = calendarOf(await deliver((await jobs("pledge-confirmation", ana.email))[0]));
    expect(field(theirs, "SEQUENCE")).toBe("1");

    // And the download on My pledges holds the same event.
    const { ics } = await myShiftCalendar(noor, pledgeId);
    expect(field(ics, "UID")).toBe(`pledge-${pledgeId}@chorus`);
    expect(field(ics, "SEQUENCE")).toBe("1");
    const stranger = await person("Stranger");
    expect((await rejection(myShiftCalendar(stranger, pledgeId))).code).toBe("NOT_FOUND");
  });

  it("re-arms the reminder for a shift moved further out", async () => {
    const optionId = await shift();
    const noor = await person("Noor");
    const { pledgeId } = await pledge(noor, { optionId, name: "Noor" });
    await getDb().update(pledges).set({ reminderSentAt: new Date() }).where(eq(pledges.id, pledgeId));
    await updateGroupOption(owner, SLUG, optionId, {
      ...FORM,
      startsAt: "2031-12-13T10:00",
      endsAt: "2031-12-13T12:00",
    });
    const [row] = await getDb()
      .select({ at: pledges.reminderSentAt })
      .from(pledges)
      .where(eq(pledges.id, pledgeId));
    expect(row?.at).toBeNull();
  });
});

describe("cancelling a shift", () => {
  it("cancels every pledge, empties the counters and sends each volunteer a calendar cancellation once", async () => {
    const optionId = await shift();
    const noor = await person("Noor");
    const sam = await person("Sam");
    const first = await pledge(noor, { optionId, name: "Noor" });
    const second = await pledge(sam, { optionId, name: "Sam" });

    const viewer = await person("Viewer");
    await getDb().insert(memberships).values({ userId: viewer.id, organizationId: groupId, role: "viewer" });
    expect((await rejection(cancelShift(viewer, SLUG, optionId))).code).toBe("FORBIDDEN");

    expect(await cancelShift(owner, SLUG, optionId)).toEqual({ volunteers: 2 });
    const [option] = await getDb().select().from(pledgeOptions).where(eq(pledgeOptions.id, optionId));
    expect(option?.cancelledAt).toBeInstanceOf(Date);
    expect(option?.isOpen).toBe(false);
    expect(option?.calendarSequence).toBe(1);
    expect({ taken: option?.taken, pledgers: option?.pledgers }).toEqual({ taken: 0, pledgers: 0 });
    const statuses = await getDb()
      .select({ status: pledges.status })
      .from(pledges)
      .where(eq(pledges.optionId, optionId));
    expect(statuses.map((row) => row.status)).toEqual(["cancelled", "cancelled"]);

    const queued = await jobs("shift-change", noor.email);
    expect(queued.map((job) => job.data.idempotencyKey)).toEqual([
      `shift-change:${optionId}:1:${first.pledgeId}`,
    ]);
    const mail = await deliver(queued[0]);
    expect(mail.subject).toBe("Cancelled: Flyer folding with Casa del Pueblo");
    expect(mail.text).toContain("Casa del Pueblo cancelled “Flyer folding”");
    const cancellation = calendarOf(mail);
    expect(field(cancellation, "METHOD")).toBe("CANCEL");
    expect(field(cancellation, "STATUS")).toBe("CANCELLED");
    expect(field(cancellation, "UID")).toBe(`pledge-${first.pledgeId}@chorus`);
    expect(field(cancellation, "SEQUENCE")).toBe("1");
    expect(cancellation).not.toContain("BEGIN:VALARM");
    expect(await jobs("shift-change", sam.email)).toHaveLength(1);
    expect(second.status).toBe("pledged");

    // Once: a second cancel is refused and queues nothing; it cannot be opened again, nor pledged to.
    expect((await rejection(cancelShift(owner, SLUG, optionId))).code).toBe("INVALID_INPUT");
    expect(await jobs("shift-change", noor.email)).toHaveLength(1);
    expect((await rejection(setGroupOptionOpen(owner, SLUG, optionId, true))).code).toBe("NOT_FOUND");
    expect((await rejection(pledge(await person(), { optionId, name: "Late" }))).code).toBe("INVALID_INPUT");
    // Nor does moving it afterwards tell anyone anything.
    await updateGroupOption(owner, SLUG, optionId, {
      ...FORM,
      startsAt: "2031-12-07T10:00",
      endsAt: "2031-12-07T12:00",
    });
    expect(await jobs("shift-change", noor.email)).toHaveLength(1);
  });

  it("refuses a shift that has started, and another group's shift", async () => {
    const [started] = await getDb()
      .insert(pledgeOptions)
      .values({
        organizationId: groupId,
        kind: "volunteer_shift",
        title: "Now",
        startsAt: new Date(Date.now() - 3_600_000),
        timeZone: "America/Chicago",
        location: "Here",
      })
      .returning({ id: pledgeOptions.id });
    expect((await rejection(cancelShift(owner, SLUG, started?.id ?? ""))).code).toBe("INVALID_INPUT");

    const [other] = await getDb()
      .insert(organizations)
      .values({ slug: `${SLUG}-other`, name: "Other", kind: "community_group" })
      .returning({ id: organizations.id });
    const [theirs] = await getDb()
      .insert(pledgeOptions)
      .values({
        organizationId: other?.id ?? "",
        kind: "volunteer_shift",
        title: "Theirs",
        startsAt: new Date("2031-01-01T10:00:00Z"),
        location: "There",
      })
      .returning({ id: pledgeOptions.id });
    expect((await rejection(cancelShift(owner, SLUG, theirs?.id ?? ""))).code).toBe("NOT_FOUND");
  });
});
