/**
 * Pledges on the real database: capacity under concurrency, counters and totals, cancelling, the emails with
 * their calendar file, and the reminder the day before a shift.
 */
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { campaigns, mailboxMessages, organizations, pledgeOptions, pledges, users } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { describeFieldErrors } from "@/lib/i18n/errors";
import { handleSendEmail } from "@/lib/jobs/worker";
import { hashForLimit, LIMITS } from "@/lib/security/rate-limit";
import { remindShifts } from "./emails";
import { calendarFile, foldLine } from "./ics";
import { campaignPledgeTotals, listMyPledges } from "./options";
import { cancelPledge, markPledgeDone, pledge } from "./pledge";

let groupId = "";
let campaignId = "";

async function supporter(email: string): Promise<SessionUser> {
  const [user] = await getDb().insert(users).values({ email, name: "Pat" }).returning({ id: users.id });
  if (!user) throw new Error("no user");
  return { id: user.id, email, name: "Pat" };
}

async function option(
  values: Partial<typeof pledgeOptions.$inferInsert> & {
    kind: "volunteer_shift" | "donation" | "goods" | "skills";
  },
) {
  const [row] = await getDb()
    .insert(pledgeOptions)
    .values({ organizationId: groupId, campaignId, title: "Help", ...values })
    .returning({ id: pledgeOptions.id });
  if (!row) throw new Error("no option");
  return row.id;
}

const inDays = (days: number, hour = 15) => {
  const date = new Date(Date.now() + days * 24 * 3_600_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
};

async function jobsFor(email: string, template: string) {
  return rowsOf<{ data: { props: Record<string, unknown>; idempotencyKey: string } }>(
    await getDb().execute(
      sql`select data from pgboss.job where name = 'send-email' and data->>'to' = ${email} and data->>'template' = ${template}`,
    ),
  );
}

beforeAll(async () => {
  await seedDemo(getDb());
  const [group] = await getDb()
    .insert(organizations)
    .values({
      slug: "test-group",
      name: "Test Tenants Union",
      kind: "community_group",
      donationUrl: "https://example.org/give",
    })
    .returning({ id: organizations.id });
  groupId = group?.id ?? "";
  const [campaign] = await getDb()
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(eq(campaigns.slug, "demo"));
  campaignId = campaign?.id ?? "";
});

describe("pledge", () => {
  it("gives the last seat of a shift to exactly one of 20 simultaneous pledges", async () => {
    const shift = await option({
      kind: "volunteer_shift",
      title: "Clinic",
      startsAt: inDays(5),
      endsAt: inDays(5, 18),
      timeZone: "America/Chicago",
      capacity: 3,
      taken: 2,
    });
    const people = await Promise.all(
      Array.from({ length: 20 }, (_, i) => supporter(`seat-${i}@example.org`)),
    );
    const results = await Promise.allSettled(people.map((p) => pledge(p, { optionId: shift, name: "Pat" })));
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const r of lost) {
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
      expect(((r as PromiseRejectedResult).reason as AppError).message).toContain("just filled up");
    }
    const [after] = await getDb().select().from(pledgeOptions).where(eq(pledgeOptions.id, shift));
    expect(after?.taken).toBe(3);
    const active = await getDb().select().from(pledges).where(eq(pledges.optionId, shift));
    expect(active).toHaveLength(1);
  });

  it("is once per person and option: a second pledge says it already exists", async () => {
    const shift = await option({
      kind: "volunteer_shift",
      startsAt: inDays(3),
      endsAt: inDays(3, 17),
      capacity: 10,
    });
    const pat = await supporter("twice@example.org");
    const first = await pledge(pat, { optionId: shift, name: "Pat" });
    const second = await pledge(pat, { optionId: shift, name: "Pat" });
    expect(first.status).toBe("pledged");
    expect(second).toEqual({ status: "already", pledgeId: first.pledgeId });
    const [row] = await getDb().select().from(pledgeOptions).where(eq(pledgeOptions.id, shift));
    expect(row?.taken).toBe(1);
  });

  it("counts a day's pledges per mailbox, so an inbox's several accounts share them", async () => {
    const donation = await option({ kind: "donation" });
    const key = `${LIMITS.pledgesPerUser.name}:${hashForLimit(LIMITS.pledgesPerUser.name, "lee@gmail.com")}`;
    await getDb().execute(
      sql`insert into rate_limit_buckets (key, window_start, count) values (${key}, now(), ${LIMITS.pledgesPerUser.max})`,
    );
    const other = await supporter("L.ee+pledges@googlemail.com");
    await expect(pledge(other, { optionId: donation, name: "Lee", amount: "5" })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });

  it("does not cancel a shift that has already started, and says why", async () => {
    const shift = await option({
      kind: "volunteer_shift",
      startsAt: inDays(2),
      endsAt: inDays(2, 17),
      capacity: 2,
    });
    const pat = await supporter("started@example.org");
    const mine = await pledge(pat, { optionId: shift, name: "Pat" });
    // The shift begins (an hour ago).
    await getDb()
      .update(pledgeOptions)
      .set({ startsAt: new Date(Date.now() - 3_600_000) })
      .where(eq(pledgeOptions.id, shift));
    const refusal = await cancelPledge(pat, mine.pledgeId).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe("INVALID_INPUT");
    expect((refusal as AppError).message).toContain("already started");
    const [row] = await getDb().select().from(pledges).where(eq(pledges.id, mine.pledgeId));
    expect(row?.status).toBe("pledged");
    const [counters] = await getDb().select().from(pledgeOptions).where(eq(pledgeOptions.id, shift));
    expect(counters?.taken).toBe(1);
  });

  it("cancelling frees the seat, and the person may sign up again", async () => {
    const shift = await option({
      kind: "volunteer_shift",
      startsAt: inDays(4),
      endsAt: inDays(4, 17),
      capacity: 1,
    });
    const pat = await supporter("cancel@example.org");
    const sam = await supporter("waiting@example.org");
    const mine = await pledge(pat, { optionId: shift, name: "Pat" });
    await expect(pledge(sam, { optionId: shift, name: "Sam" })).rejects.toThrow("just filled up");
    // Someone else cannot cancel it.
    await expect(cancelPledge(sam, mine.pledgeId)).rejects.toBeInstanceOf(AppError);
    await cancelPledge(pat, mine.pledgeId);
    expect((await pledge(sam, { optionId: shift, name: "Sam" })).status).toBe("pledged");
    expect(await pledge(pat, { optionId: shift, name: "Pat" }).catch((e: AppError) => e.message)).toContain(
      "just filled up",
    );
  });

  it("validates donations and keeps money, hours and volunteers in the campaign totals", async () => {
    const campaignless = await getDb()
      .insert(campaigns)
      .values({ organizationId: groupId, slug: "totals", title: "Totals", status: "published" })
      .returning({ id: campaigns.id });
    const totalsCampaign = campaignless[0]?.id ?? "";
    const give = await option({ kind: "donation", campaignId: totalsCampaign, allowsMonthly: false });
    const shift = await option({
      kind: "volunteer_shift",
      campaignId: totalsCampaign,
      startsAt: inDays(2),
      endsAt: new Date(inDays(2).getTime() + 2.5 * 3_600_000),
      capacity: 5,
    });
    const coats = await option({ kind: "goods", campaignId: totalsCampaign, item: "Coats", capacity: 10 });
    const pat = await supporter("donor@example.org");

    const tooSmall = await pledge(pat, { optionId: give, name: "Pat", amount: "0.50" }).catch(
      (e: AppError) => e,
    );
    expect(describeFieldErrors((tooSmall as AppError).fieldErrors, "en")?.amount).toEqual([
      "Please pledge at least $1.",
    ]);
    const notMonthly = await pledge(pat, {
      optionId: give,
      name: "Pat",
      amount: "10",
      frequency: "monthly",
    }).catch((e: AppError) => e);
    expect(describeFieldErrors((notMonthly as AppError).fieldErrors, "en")?.frequency?.[0]).toContain(
      "one-time",
    );
    const words = await pledge(pat, { optionId: give, name: "Pat", amount: "ten" }).catch((e: AppError) => e);
    expect(describeFieldErrors((words as AppError).fieldErrors, "en")?.amount?.[0]).toContain("dollars");

    const gift = await pledge(pat, { optionId: give, name: "Pat", amount: "$25.50" });
    await pledge(pat, { optionId: shift, name: "Pat" });
    await expect(pledge(pat, { optionId: coats, name: "Pat", quantity: 11 })).rejects.toThrow(
      "Only 10 still needed",
    );
    await pledge(pat, { optionId: coats, name: "Pat", quantity: 4 });
    expect(await campaignPledgeTotals(totalsCampaign)).toEqual({
      volunteers: 1,
      hours: 2.5,
      cents: 2550,
      items: 4,
    });

    await markPledgeDone(pat, gift.pledgeId);
    const mine = await listMyPledges(pat);
    expect(mine.find((p) => p.id === gift.pledgeId)?.status).toBe("done");
    // Done is not cancellable: what was given stays counted.
    await expect(cancelPledge(pat, gift.pledgeId)).rejects.toBeInstanceOf(AppError);
    expect((await campaignPledgeTotals(totalsCampaign)).cents).toBe(2550);
  });

  it("does not take sign-ups for a shift that has started, or an option the group closed", async () => {
    const past = await option({ kind: "volunteer_shift", startsAt: inDays(-1), endsAt: inDays(-1, 18) });
    const closed = await option({ kind: "skills", isOpen: false });
    const pat = await supporter("late@example.org");
    await expect(pledge(pat, { optionId: past, name: "Pat" })).rejects.toThrow("already started");
    await expect(pledge(pat, { optionId: closed, name: "Pat" })).rejects.toThrow("closed");
    await expect(pledge(pat, { optionId: "nope", name: "Pat" })).rejects.toThrow("couldn't find");
    expect(await getDb().select().from(pledges).where(eq(pledges.userId, pat.id))).toHaveLength(0);
  });
});

describe("pledge emails", () => {
  it("confirms a shift with a calendar file that opens at the shift's time", async () => {
    const startsAt = new Date("2031-03-08T16:00:00Z");
    const shift = await option({
      kind: "volunteer_shift",
      title: "Know-your-rights clinic, part 1",
      startsAt,
      endsAt: new Date("2031-03-08T19:00:00Z"),
      timeZone: "America/Chicago",
      location: "1831 S Racine Ave; Chicago",
    });
    const pat = await supporter("calendar@example.org");
    const { pledgeId } = await pledge(pat, { optionId: shift, name: "Pat" });
    const [job] = await jobsFor("calendar@example.org", "pledge-confirmation");
    expect(job?.data.idempotencyKey).toBe(`pledge-confirmation:${pledgeId}`);
    expect(job?.data.props.when).toBe("Saturday, March 8, 10:00 AM – 1:00 PM Central Time");

    await handleSendEmail(job?.data as never);
    const [mail] = await getDb()
      .select()
      .from(mailboxMessages)
      .where(eq(mailboxMessages.idempotencyKey, `pledge-confirmation:${pledgeId}`));
    expect(mail?.subject).toBe("You're signed up: Know-your-rights clinic, part 1 with Test Tenants Union");
    const ics = mail?.attachments[0];
    expect(ics?.filename).toBe("volunteer-shift.ics");
    expect(ics?.contentType).toContain("text/calendar");
    const unfolded = ics?.content.replace(/\r\n /g, "") ?? "";
    expect(unfolded).toContain("DTSTART:20310308T160000Z\r\n");
    expect(unfolded).toContain("DTEND:20310308T190000Z\r\n");
    expect(unfolded).toContain(`UID:pledge-${pledgeId}@chorus`);
    expect(unfolded).toContain("SUMMARY:Know-your-rights clinic\\, part 1 (Test Tenants Union)");
    expect(unfolded).toContain("LOCATION:1831 S Racine Ave\\; Chicago");
    expect(ics?.content.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
  });

  it("reminds each volunteer once, the day before, and not after they cancel", async () => {
    const now = new Date("2031-05-01T12:00:00Z");
    const tomorrow = await option({
      kind: "volunteer_shift",
      title: "Tomorrow's shift",
      startsAt: new Date("2031-05-02T09:00:00Z"),
      endsAt: new Date("2031-05-02T11:00:00Z"),
      timeZone: "America/New_York",
    });
    const nextWeek = await option({
      kind: "volunteer_shift",
      title: "Next week's shift",
      startsAt: new Date("2031-05-08T09:00:00Z"),
    });
    const pat = await supporter("remind@example.org");
    const sam = await supporter("cancelled@example.org");
    await pledge(pat, { optionId: tomorrow, name: "Pat" });
    await pledge(pat, { optionId: nextWeek, name: "Pat" });
    const samPledge = await pledge(sam, { optionId: tomorrow, name: "Sam" });
    await cancelPledge(sam, samPledge.pledgeId);

    const runs = await Promise.all([remindShifts(now), remindShifts(now)]);
    expect(runs[0].reminded + runs[1].reminded).toBe(1);
    expect((await remindShifts(now)).reminded).toBe(0);
    const reminders = await jobsFor("remind@example.org", "pledge-reminder");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.data.props.optionTitle).toBe("Tomorrow's shift");
    expect(await jobsFor("cancelled@example.org", "pledge-reminder")).toHaveLength(0);
    const [standing] = await getDb()
      .select({ reminderSentAt: pledges.reminderSentAt })
      .from(pledges)
      .where(and(eq(pledges.userId, pat.id), eq(pledges.optionId, nextWeek)));
    expect(standing?.reminderSentAt).toBeNull();
  });
});

describe("calendar file", () => {
  it("escapes text and folds long lines without splitting a character", () => {
    const file = calendarFile(
      {
        uid: "u1",
        title: "Limpieza comunitaria — ñandú ".repeat(5),
        description: "Line one\nLine two, with; marks\\",
        location: "Parque",
        startsAt: new Date("2031-01-01T10:00:00Z"),
        endsAt: new Date("2031-01-01T12:00:00Z"),
        alarm: "Tu turno empieza en 2 horas; trae agua",
      },
      new Date("2030-12-01T00:00:00Z"),
    );
    expect(file).toContain(
      "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Tu turno empieza en 2 horas\\; trae agua\r\nTRIGGER:-PT2H\r\n",
    );
    expect(file).toContain("DESCRIPTION:Line one\\nLine two\\, with\\; marks\\\\\r\n");
    expect(file.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(file.endsWith("END:VCALENDAR\r\n")).toBe(true);
    for (const line of file.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(foldLine("a".repeat(80)).split("\r\n ")).toHaveLength(2);
  });
});
