/**
 * The group dashboard on the real database: who may see and change what, totals pledged versus fulfilled,
 * the roster's CSV (escaping and formula injection), option validation and capacity, and the message to a
 * shift's volunteers (one queued email per standing pledge, never twice for one message).
 */
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { mailboxMessages, memberships, organizations, pledgeOptions, pledges, users } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { describeError, describeFieldErrors } from "@/lib/i18n/errors";
import { handleSendEmail } from "@/lib/jobs/worker";
import { listGroupOptions } from "@/lib/pledges/options";
import { cancelPledge, pledge } from "@/lib/pledges/pledge";
import { csvCell, toCsv } from "./csv";
import {
  createGroupOption,
  exportRosterCsv,
  getGroupDashboard,
  getOptionRoster,
  markPledge,
  sendShiftMessage,
  setGroupOptionOpen,
  updateGroupOption,
} from "./dashboard";
import { instantToWallTime, optionInputSchema, wallTimeToInstant } from "./option-input";

let counter = 0;
async function person(name = "Pat"): Promise<SessionUser> {
  counter += 1;
  const email = `dash-${counter}-${randomUUID().slice(0, 8)}@example.org`;
  const [user] = await getDb().insert(users).values({ email, name }).returning({ id: users.id });
  if (!user) throw new Error("no user");
  return { id: user.id, email, name };
}

async function group(slug: string) {
  const [row] = await getDb()
    .insert(organizations)
    .values({ slug, name: `Group ${slug}`, kind: "community_group" })
    .returning({ id: organizations.id });
  if (!row) throw new Error("no group");
  return row.id;
}

async function member(groupId: string, role: "owner" | "organizer" | "viewer", name = "Marisol") {
  const user = await person(name);
  await getDb().insert(memberships).values({ userId: user.id, organizationId: groupId, role });
  return user;
}

const inDays = (days: number, hour = 15) => {
  const date = new Date(Date.now() + days * 24 * 3_600_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
};

async function option(groupId: string, values: Partial<typeof pledgeOptions.$inferInsert>) {
  const [row] = await getDb()
    .insert(pledgeOptions)
    .values({ organizationId: groupId, kind: "volunteer_shift", title: "Clinic", ...values })
    .returning({ id: pledgeOptions.id });
  if (!row) throw new Error("no option");
  return row.id;
}

function shift(groupId: string, capacity = 8) {
  return option(groupId, {
    kind: "volunteer_shift",
    title: "Know-your-rights clinic",
    startsAt: inDays(6),
    endsAt: inDays(6, 18),
    timeZone: "America/Chicago",
    location: "1831 S Racine Ave",
    capacity,
    hours: 3,
  });
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function messageJobs(optionId: string) {
  return rowsOf<{
    data: { to: string; replyTo?: string; idempotencyKey: string; props: { subject: string } };
  }>(
    await getDb().execute(sql`
      select j.data from pgboss.job j
      where j.name = 'send-email' and j.data->>'template' = 'volunteer-message'
        and j.data->>'idempotencyKey' like 'volunteer-message:%'
        and exists (select 1 from pledges p where p.option_id = ${optionId}
          and j.data->>'idempotencyKey' like '%:' || p.id)`),
  );
}

let homeId = "";
let otherId = "";
let owner: SessionUser;
let viewer: SessionUser;
let outsider: SessionUser;

beforeAll(async () => {
  await seedDemo(getDb());
  homeId = await group("dash-home");
  otherId = await group("dash-other");
  owner = await member(homeId, "owner", "Marisol Owner");
  viewer = await member(homeId, "viewer");
  outsider = await member(otherId, "owner");
});

describe("who may see and change a group's dashboard", () => {
  it("viewers see, cannot mark attendance; members of another group and strangers meet the same 404", async () => {
    const shiftId = await shift(homeId);
    const pat = await person();
    const { pledgeId } = await pledge(pat, { optionId: shiftId, name: "Pat" });

    const seen = await getGroupDashboard(viewer, "dash-home");
    expect(seen.group.canManage).toBe(false);
    expect(seen.options.map((o) => o.id)).toContain(shiftId);
    expect((await getOptionRoster(viewer, "dash-home", shiftId)).roster).toHaveLength(1);

    const forbidden = await rejection(markPledge(viewer, "dash-home", pledgeId, "done"));
    expect(forbidden.code).toBe("FORBIDDEN");

    const missing = await rejection(getGroupDashboard(outsider, "no-such-group"));
    const notMine = await rejection(getGroupDashboard(outsider, "dash-home"));
    expect(notMine.code).toBe("NOT_FOUND");
    expect(notMine.message).toBe(missing.message);
    expect((await rejection(getOptionRoster(outsider, "dash-home", shiftId))).code).toBe("NOT_FOUND");
    expect((await rejection(exportRosterCsv(outsider, "dash-home", shiftId))).code).toBe("NOT_FOUND");
    // Their own group's slug does not reach another group's option or pledge either.
    expect((await rejection(getOptionRoster(outsider, "dash-other", shiftId))).code).toBe("NOT_FOUND");
    expect((await rejection(markPledge(outsider, "dash-other", pledgeId, "done"))).code).toBe("NOT_FOUND");
    expect((await rejection(markPledge(pat, "dash-home", pledgeId, "done"))).code).toBe("NOT_FOUND");

    const [row] = await getDb()
      .select({ status: pledges.status })
      .from(pledges)
      .where(eq(pledges.id, pledgeId));
    expect(row?.status).toBe("pledged");

    await markPledge(owner, "dash-home", pledgeId, "done");
    const [after] = await getDb()
      .select({ status: pledges.status, doneAt: pledges.doneAt })
      .from(pledges)
      .where(eq(pledges.id, pledgeId));
    expect(after?.status).toBe("done");
    expect(after?.doneAt).toBeInstanceOf(Date);
  });

  it("an organizer who loses their role can no longer mark anything", async () => {
    const shiftId = await shift(homeId);
    const organizer = await member(homeId, "organizer");
    const { pledgeId } = await pledge(await person(), { optionId: shiftId, name: "Lee" });
    await markPledge(organizer, "dash-home", pledgeId, "missed");
    await getDb().delete(memberships).where(eq(memberships.userId, organizer.id));
    expect((await rejection(markPledge(organizer, "dash-home", pledgeId, "done"))).code).toBe("NOT_FOUND");
  });

  it("cancelled pledges cannot be marked", async () => {
    const shiftId = await shift(homeId);
    const pat = await person();
    const { pledgeId } = await pledge(pat, { optionId: shiftId, name: "Pat" });
    await cancelPledge(pat, pledgeId);
    expect((await rejection(markPledge(owner, "dash-home", pledgeId, "done"))).code).toBe("NOT_FOUND");
  });
});

describe("totals pledged versus fulfilled", () => {
  it("adds hours, money, items and volunteers from the counters and the pledges marked done", async () => {
    const slug = "dash-totals";
    const groupId = await group(slug);
    const boss = await member(groupId, "owner");
    const shiftId = await shift(groupId);
    const giftId = await option(groupId, {
      kind: "donation",
      title: "Gift",
      suggestedAmountsCents: [1000, 2500],
      allowsMonthly: true,
    });
    const coatsId = await option(groupId, { kind: "goods", title: "Coats", item: "Coats", capacity: 40 });
    const skillId = await option(groupId, {
      kind: "skills",
      title: "Translation",
      skill: "Spanish",
      hours: 4,
    });

    const shiftPledges = [];
    for (const name of ["Ana", "Ben", "Cy"]) {
      shiftPledges.push((await pledge(await person(), { optionId: shiftId, name })).pledgeId);
    }
    const gave = await pledge(await person(), { optionId: giftId, name: "Dee", amount: "25" });
    await pledge(await person(), { optionId: giftId, name: "Eve", amount: "10", frequency: "monthly" });
    const coats = await pledge(await person(), { optionId: coatsId, name: "Fay", quantity: 3 });
    await pledge(await person(), { optionId: coatsId, name: "Gus", quantity: 2 });
    const translated = await pledge(await person(), { optionId: skillId, name: "Hal", hours: 6 });
    // Cancelled pledges count nowhere.
    const quitter = await person();
    const quit = await pledge(quitter, { optionId: shiftId, name: "Ivy" });
    await cancelPledge(quitter, quit.pledgeId);

    await markPledge(boss, slug, shiftPledges[0] ?? "", "done");
    await markPledge(boss, slug, shiftPledges[1] ?? "", "missed");
    await markPledge(boss, slug, gave.pledgeId, "done");
    await markPledge(boss, slug, coats.pledgeId, "done");
    await markPledge(boss, slug, translated.pledgeId, "done");

    const { totals, options } = await getGroupDashboard(boss, slug);
    expect(totals.hours).toEqual({ pledged: 3 * 3 + 6, done: 3 + 6 });
    expect(totals.cents).toEqual({ pledged: 3500, done: 2500 });
    expect(totals.items).toEqual({ pledged: 5, done: 3 });
    expect(totals.volunteers).toEqual({ pledged: 4, done: 2 });
    const shiftRow = options.find((o) => o.id === shiftId);
    expect(shiftRow).toMatchObject({ taken: 3, capacity: 8, doneCount: 1, missedCount: 1 });

    // Undoing a mark takes it out of the fulfilled totals again.
    await markPledge(boss, slug, coats.pledgeId, "pledged");
    expect((await getGroupDashboard(boss, slug)).totals.items).toEqual({ pledged: 5, done: 0 });
  });
});

describe("roster CSV", () => {
  it("quotes commas, quotes and newlines, and neutralises formulas", () => {
    expect(csvCell('She said "hi", twice')).toBe('"She said ""hi"", twice"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+1 312 555 0100")).toBe("'+1 312 555 0100");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell("Plain")).toBe("Plain");
    expect(csvCell(null)).toBe("");
    expect(csvCell(3)).toBe("3");
    expect(
      toCsv([
        ["a", "b"],
        ["c,d", null],
      ]),
    ).toBe('a,b\r\n"c,d",\r\n');
  });

  it("exports the roster the group sees, spreadsheet-safe, with a file name", async () => {
    const shiftId = await shift(homeId);
    const tricky = await person();
    await pledge(tricky, {
      optionId: shiftId,
      name: '=HYPERLINK("http://evil.example","Click")',
      phone: "+1 312 555 0100",
      note: 'I can bring snacks, and\n"extra" chairs',
    });
    const { filename, csv } = await exportRosterCsv(viewer, "dash-home", shiftId);
    expect(filename).toBe("dash-home-know-your-rights-clinic-roster.csv");
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("Name,Email,Phone,Note,Status,Quantity,Amount (USD),Frequency,Hours,Pledged at");
    expect(lines[1]).toContain(
      `"'=HYPERLINK(""http://evil.example"",""Click"")",${tricky.email},'+1 312 555 0100,`,
    );
    expect(lines[1]).toContain('"I can bring snacks, and\n""extra"" chairs",Signed up,1,,,3,');
  });

  it("writes the roster's columns and statuses in Spanish for a Spanish reader, and what people typed as typed", async () => {
    const shiftId = await shift(homeId);
    await pledge(await person(), { optionId: shiftId, name: "Rosa", note: "I can bring snacks" });
    const { csv } = await exportRosterCsv(viewer, "dash-home", shiftId, "es");
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "Nombre,Correo electrónico,Teléfono,Nota,Estado,Cantidad,Monto (USD),Frecuencia,Horas,Fecha del compromiso",
    );
    expect(csv).toContain("I can bring snacks");
    expect(csv).toContain(",Inscrito/a,");
  });
});

describe("offering options", () => {
  const shiftForm = {
    kind: "volunteer_shift",
    title: "Clinic",
    startsAt: "2031-12-06T10:00",
    endsAt: "2031-12-06T13:00",
    timeZone: "America/Chicago",
    location: "Casa del Pueblo",
    capacity: "8",
  };
  const errorsOf = (input: Record<string, unknown>) => {
    const result = optionInputSchema.safeParse(input);
    if (result.success) return {};
    return Object.fromEntries(
      result.error.issues.map((issue) => [String(issue.path[0]), describeError(issue.message, "en")]),
    );
  };

  it("validates each kind", () => {
    expect(errorsOf(shiftForm)).toEqual({});
    expect(errorsOf({ ...shiftForm, endsAt: "2031-12-06T09:00" }).endsAt).toBe(
      "The shift must end after it starts.",
    );
    expect(errorsOf({ ...shiftForm, timeZone: "Mars/Olympus_Mons" }).timeZone).toMatch(/time zone/);
    expect(errorsOf({ ...shiftForm, startsAt: "2031-02-30T10:00" }).startsAt).toMatch(/real date/);
    expect(errorsOf({ ...shiftForm, location: "" }).location).toMatch(/where volunteers should go/);
    expect(errorsOf({ ...shiftForm, location: "", isRemote: "on" })).toEqual({});
    expect(errorsOf({ ...shiftForm, capacity: "0" }).capacity).toMatch(/at least 1/);
    expect(errorsOf({ ...shiftForm, capacity: "" }).capacity).toBeDefined();

    const gift = { kind: "donation", title: "Gift", suggestedAmounts: "10, 25, $50" };
    expect(errorsOf(gift)).toEqual({});
    expect(errorsOf({ ...gift, suggestedAmounts: "" }).suggestedAmounts).toBeDefined();
    expect(errorsOf({ ...gift, suggestedAmounts: "1 2 3 4 5 6 7" }).suggestedAmounts).toMatch(
      /between 1 and 6/,
    );
    expect(errorsOf({ ...gift, suggestedAmounts: "12.50" }).suggestedAmounts).toMatch(
      /whole number of dollars/,
    );
    expect(errorsOf({ ...gift, suggestedAmounts: "0" }).suggestedAmounts).toMatch(/whole number of dollars/);

    expect(errorsOf({ kind: "goods", title: "Coats", item: "", capacity: "40" }).item).toBeDefined();
    expect(errorsOf({ kind: "goods", title: "Coats", item: "Coats", capacity: "x" }).capacity).toBeDefined();
    expect(errorsOf({ kind: "skills", title: "T", skill: "Spanish" }).hours).toBeDefined();
    expect(errorsOf({ kind: "skills", title: "T", skill: "Spanish", hours: "4" })).toEqual({});
    expect(errorsOf({ kind: "rocket", title: "T" }).kind).toBeDefined();
  });

  it("reads a shift's times on the place's own clock, across daylight saving", () => {
    expect(wallTimeToInstant("2031-12-06T10:00", "America/Chicago")?.toISOString()).toBe(
      "2031-12-06T16:00:00.000Z",
    );
    expect(wallTimeToInstant("2031-07-05T10:00", "America/Chicago")?.toISOString()).toBe(
      "2031-07-05T15:00:00.000Z",
    );
    expect(wallTimeToInstant("2031-07-05T10:00", "Asia/Kolkata")?.toISOString()).toBe(
      "2031-07-05T04:30:00.000Z",
    );
    expect(instantToWallTime(new Date("2031-12-06T16:00:00Z"), "America/Chicago")).toBe("2031-12-06T10:00");
  });

  it("creates, edits and closes an option; pledges stay and the public page stops offering it", async () => {
    const { id } = await createGroupOption(owner, "dash-home", { ...shiftForm, hours: "" });
    const [created] = await getDb().select().from(pledgeOptions).where(eq(pledgeOptions.id, id));
    expect(created).toMatchObject({ organizationId: homeId, kind: "volunteer_shift", capacity: 8, hours: 3 });
    expect(created?.startsAt?.toISOString()).toBe("2031-12-06T16:00:00.000Z");

    const past = await rejection(
      createGroupOption(owner, "dash-home", {
        ...shiftForm,
        startsAt: "2020-01-01T10:00",
        endsAt: "2020-01-01T12:00",
      }),
    );
    expect(describeFieldErrors(past.fieldErrors, "en")?.startsAt?.[0]).toMatch(/already passed/);
    expect((await rejection(createGroupOption(viewer, "dash-home", shiftForm))).code).toBe("FORBIDDEN");
    expect((await rejection(createGroupOption(outsider, "dash-home", shiftForm))).code).toBe("NOT_FOUND");
    const draft = await rejection(
      createGroupOption(owner, "dash-home", { ...shiftForm, campaignId: "nope" }),
    );
    expect(describeFieldErrors(draft.fieldErrors, "en")?.campaignId).toBeDefined();

    for (const name of ["Ana", "Ben", "Cy"]) await pledge(await person(), { optionId: id, name });
    const tooSmall = await rejection(
      updateGroupOption(owner, "dash-home", id, { ...shiftForm, capacity: "2" }),
    );
    expect(tooSmall.message).toBe(
      "Already 3 people have signed up, so the number of volunteers can't go below 3.",
    );
    expect(describeFieldErrors(tooSmall.fieldErrors, "en")?.capacity).toBeDefined();
    await updateGroupOption(owner, "dash-home", id, {
      ...shiftForm,
      title: "Clinic (morning)",
      capacity: "3",
    });
    const [edited] = await getDb().select().from(pledgeOptions).where(eq(pledgeOptions.id, id));
    expect(edited).toMatchObject({ title: "Clinic (morning)", capacity: 3, taken: 3 });
    const kindChange = await rejection(
      updateGroupOption(owner, "dash-home", id, { kind: "goods", title: "x", item: "x", capacity: "5" }),
    );
    expect(kindChange.code).toBe("INVALID_INPUT");
    expect((await rejection(updateGroupOption(outsider, "dash-other", id, shiftForm))).code).toBe(
      "NOT_FOUND",
    );

    expect((await listGroupOptions(homeId)).map((o) => o.id)).toContain(id);
    await setGroupOptionOpen(owner, "dash-home", id, false);
    expect((await listGroupOptions(homeId)).map((o) => o.id)).not.toContain(id);
    const { option, roster } = await getOptionRoster(owner, "dash-home", id);
    expect(option.isOpen).toBe(false);
    expect(roster).toHaveLength(3);
    expect((await rejection(setGroupOptionOpen(outsider, "dash-other", id, true))).code).toBe("NOT_FOUND");
  });
});

describe("a message to the volunteers of one shift", () => {
  it("queues one email per standing pledge, none for cancelled ones, and never twice for one message", async () => {
    const shiftId = await shift(homeId);
    const standing = [await person(), await person(), await person()];
    for (const [i, p] of standing.entries()) await pledge(p, { optionId: shiftId, name: `Volunteer ${i}` });
    const quitter = await person();
    const quit = await pledge(quitter, { optionId: shiftId, name: "Quitter" });
    await cancelPledge(quitter, quit.pledgeId);

    const message = {
      messageId: randomUUID(),
      subject: "Side door on Saturday",
      body: "Use the side door.\n\nThanks!",
    };
    expect(await sendShiftMessage(owner, "dash-home", shiftId, message)).toEqual({
      recipients: 3,
      queued: 3,
    });

    const jobs = await messageJobs(shiftId);
    expect(jobs.map((j) => j.data.to).sort()).toEqual(standing.map((p) => p.email).sort());
    expect(jobs.every((j) => j.data.replyTo === owner.email)).toBe(true);
    expect(jobs.some((j) => j.data.to === quitter.email)).toBe(false);

    // The same form sent again (a double-click, a retry) is the same message: nothing new.
    expect(await sendShiftMessage(owner, "dash-home", shiftId, message)).toEqual({
      recipients: 3,
      queued: 0,
    });
    const both = await Promise.all([
      sendShiftMessage(owner, "dash-home", shiftId, message),
      sendShiftMessage(owner, "dash-home", shiftId, message),
    ]);
    expect(both.map((r) => r.queued)).toEqual([0, 0]);
    expect(await messageJobs(shiftId)).toHaveLength(3);

    // A new message is new.
    const next = { ...message, messageId: randomUUID(), subject: "Thank you" };
    expect(await sendShiftMessage(owner, "dash-home", shiftId, next)).toEqual({ recipients: 3, queued: 3 });
    expect(await messageJobs(shiftId)).toHaveLength(6);

    // The email as a volunteer gets it, with Reply-To the organizer.
    const first = jobs[0];
    await handleSendEmail(first?.data as never);
    const [mail] = await getDb()
      .select()
      .from(mailboxMessages)
      .where(eq(mailboxMessages.idempotencyKey, first?.data.idempotencyKey ?? ""));
    expect(mail?.subject).toBe("Side door on Saturday (Group dash-home)");
    expect(mail?.replyTo).toBe(owner.email);
    expect(mail?.text).toContain("Use the side door.");
    expect(mail?.text).toContain("Marisol Owner from Group dash-home");
  });

  it("checks who sends, what and to which option", async () => {
    const shiftId = await shift(homeId);
    const coatsId = await option(homeId, { kind: "goods", title: "Coats", item: "Coats", capacity: 4 });
    const message = { messageId: randomUUID(), subject: "Hello", body: "Hi" };
    expect((await rejection(sendShiftMessage(owner, "dash-home", shiftId, message))).message).toMatch(
      /No one has signed up/,
    );
    await pledge(await person(), { optionId: shiftId, name: "Pat" });
    expect((await rejection(sendShiftMessage(viewer, "dash-home", shiftId, message))).code).toBe("FORBIDDEN");
    expect((await rejection(sendShiftMessage(outsider, "dash-other", shiftId, message))).code).toBe(
      "NOT_FOUND",
    );
    expect((await rejection(sendShiftMessage(owner, "dash-home", coatsId, message))).code).toBe("NOT_FOUND");
    const tooLong = await rejection(
      sendShiftMessage(owner, "dash-home", shiftId, { ...message, body: "x".repeat(5001) }),
    );
    expect(describeFieldErrors(tooLong.fieldErrors, "en")?.body).toBeDefined();
    const badId = await rejection(
      sendShiftMessage(owner, "dash-home", shiftId, { ...message, messageId: "1' or '1" }),
    );
    expect(describeFieldErrors(badId.fieldErrors, "en")?.messageId).toBeDefined();
    expect(await messageJobs(shiftId)).toHaveLength(0);
  });
});
