import { and, count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import {
  campaigns,
  campaignTargets,
  customTargets,
  deliveries,
  letters,
  letterTemplates,
  mailboxMessages,
  officials,
  sessions,
  users,
} from "@/db/schema";
import { DEMO_COUNCIL_EMAIL } from "@/db/seed";
import type { SessionUser } from "@/lib/auth";
import { dispatchLetterEmails } from "@/lib/delivery/dispatch";
import { AppError } from "@/lib/errors";
import { describeFieldErrors, errorText } from "@/lib/i18n/errors";
import type { EmailJob, LetterEmailJob } from "@/lib/jobs/enqueue";
import { handleEmailJob } from "@/lib/jobs/worker";
import { hashForLimit, LIMITS } from "@/lib/security/rate-limit";
import { confirmLetter, findConfirmation } from "./confirm";
import { buildLetterEmail } from "./letter-emails";
import { type LetterInput, submitLetter } from "./submit";
import { confirmationTokenFor, seedLetterFixture } from "./testing";

async function signedInUser(email: string): Promise<SessionUser> {
  const [user] = await getDb().insert(users).values({ email, name: "Test" }).returning({ id: users.id });
  if (!user) throw new Error("no user");
  return { id: user.id, email, name: "Test" };
}

const input = (overrides: Partial<LetterInput> = {}): LetterInput => ({
  campaign: "demo",
  zip: "60623",
  firstName: "Rosa",
  lastName: "Parks",
  city: "Chicago",
  parts: {
    story: "My sister was evicted last winter without a lawyer. It took her family a year to recover.",
  },
  ...overrides,
});

async function deliveriesOf(letterId: string) {
  return getDb()
    .select({ targetName: deliveries.targetName, channel: deliveries.channel, status: deliveries.status })
    .from(deliveries)
    .where(eq(deliveries.letterId, letterId))
    .orderBy(deliveries.targetKey);
}

beforeAll(async () => {
  await seedLetterFixture();
});

describe("a signed-in supporter", () => {
  it("sends at once: email to the council, hand-offs to Congress, all in one letter", async () => {
    const actor = await signedInUser("signed-in@example.org");
    const result = await submitLetter(actor, input());
    expect(result.status).toBe("sent");
    if (result.status !== "sent") return;

    const [letter] = await getDb().select().from(letters).where(eq(letters.id, result.letterId));
    expect(letter).toMatchObject({
      status: "confirmed",
      email: "signed-in@example.org",
      state: "IL",
      zip: "60623",
    });
    expect(letter?.body).toContain("My sister was evicted");
    expect(letter?.body).toContain("I ask you to guarantee a right to counsel");
    expect(letter?.personalizationScore).toBeGreaterThan(0);
    expect(await deliveriesOf(result.letterId)).toEqual([
      { targetName: "City Council", channel: "email", status: "queued" },
      { targetName: "Danny K. Davis", channel: "contact_form", status: "handoff_ready" },
      { targetName: "Richard J. Durbin", channel: "contact_form", status: "handoff_ready" },
      { targetName: "Tammy Duckworth", channel: "contact_form", status: "handoff_ready" },
    ]);
    // The receipt's job names the letter only; the email is built when it is sent.
    const receipt = await getDb().execute(
      sql`select data from pgboss.job where name = 'send-email' and data->>'letterId' = ${result.letterId}`,
    );
    const rows = rowsOf(receipt) as { data: LetterEmailJob }[];
    expect(rows.map((r) => r.data)).toEqual([{ letterEmail: "letter-receipt", letterId: result.letterId }]);
    const built = await buildLetterEmail(rows[0]?.data as LetterEmailJob);
    expect(built?.to).toBe("signed-in@example.org");
    expect((built?.props as { targets: unknown[] } | undefined)?.targets ?? []).toContainEqual({
      name: "City Council",
      title: "Council Members",
      channel: "email",
    });
  });

  it("cannot change the locked ask, whatever the form posts", async () => {
    const actor = await signedInUser("tamper@example.org");
    const result = await submitLetter(actor, input({ parts: { ask: "Please do nothing at all." } }));
    if (result.status !== "sent") throw new Error("expected sent");
    const [letter] = await getDb()
      .select({ body: letters.body })
      .from(letters)
      .where(eq(letters.id, result.letterId));
    expect(letter?.body).not.toContain("do nothing");
    expect(letter?.body).toContain("I ask you to guarantee a right to counsel");
  });

  it("makes one letter of 20 identical concurrent submits; the rest hear it was already sent", async () => {
    const actor = await signedInUser("twenty@example.org");
    const results = await Promise.all(Array.from({ length: 20 }, () => submitLetter(actor, input())));
    const sent = results.filter((r) => r.status === "sent");
    const already = results.filter((r) => r.status === "already_sent");
    expect(sent).toHaveLength(1);
    expect(already).toHaveLength(19);
    const letterId = sent[0]?.status === "sent" ? sent[0].letterId : "";
    expect(already.every((r) => r.status === "already_sent" && r.letterId === letterId)).toBe(true);
    const [n] = await getDb().select({ n: count() }).from(letters).where(eq(letters.supporterId, actor.id));
    expect(n?.n).toBe(1);
    expect(await deliveriesOf(letterId)).toHaveLength(4);
  });

  it("is asked to choose a district for a split ZIP, and nothing is written", async () => {
    const actor = await signedInUser("split@example.org");
    const error = await submitLetter(actor, input({ zip: "60062" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(describeFieldErrors((error as AppError).fieldErrors, "en")?.district?.[0]).toContain(
      "IL-5, IL-9, IL-10",
    );
    expect(await getDb().select().from(letters).where(eq(letters.supporterId, actor.id))).toHaveLength(0);

    const result = await submitLetter(actor, input({ zip: "60062", district: "IL-9" }));
    if (result.status !== "sent") throw new Error("expected sent");
    expect((await deliveriesOf(result.letterId)).map((d) => d.targetName)).toContain("Janice D. Schakowsky");
  });

  it.each([
    [{ zip: "6062" }, "zip"],
    [{ firstName: " " }, "firstName"],
    [{ lastName: "x".repeat(61) }, "lastName"],
    [{ firstName: "Ro\r\nBcc: x@example.org" }, "firstName"],
    [{ parts: { story: "x".repeat(5001) } }, "part:story"],
  ])("rejects %o with a message on %s, writing nothing", async (overrides, field) => {
    const before = await getDb().select({ n: count() }).from(letters);
    const error = await submitLetter(
      await signedInUser(`bad-${field}-${Math.random()}@example.org`),
      input(overrides),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(describeFieldErrors((error as AppError).fieldErrors, "en")?.[field]?.length).toBeGreaterThan(0);
    expect(await getDb().select({ n: count() }).from(letters)).toEqual(before);
  });

  it("cannot write to a closed campaign", async () => {
    await getDb().update(campaigns).set({ status: "closed" }).where(eq(campaigns.slug, "demo"));
    try {
      await expect(submitLetter(await signedInUser("closed@example.org"), input())).rejects.toThrow(
        /has closed/,
      );
    } finally {
      await getDb().update(campaigns).set({ status: "published" }).where(eq(campaigns.slug, "demo"));
    }
  });
});

describe("a new supporter", () => {
  it("confirms by an emailed link before anything is delivered, and is signed in by it", async () => {
    const email = "new-person@example.org";
    const result = await submitLetter(null, input({ email }));
    expect(result).toEqual({ status: "confirm_email", email });

    const [letter] = await getDb()
      .select({ id: letters.id, status: letters.status })
      .from(letters)
      .innerJoin(users, eq(users.id, letters.supporterId))
      .where(eq(users.email, email));
    expect(letter?.status).toBe("awaiting_confirmation");
    const letterId = letter?.id ?? "";
    expect((await deliveriesOf(letterId)).every((d) => d.status === "awaiting_confirmation")).toBe(true);

    // The confirmation email is a job that names the letter; run its handler the way the worker would.
    const rows = rowsOf<{ data: EmailJob }>(
      await getDb().execute(
        sql`select data from pgboss.job where name = 'send-email' and data->>'letterId' = ${letterId}`,
      ),
    );
    expect(rows.map((r) => r.data)).toEqual([{ letterEmail: "confirm-letter", letterId }]);
    await handleEmailJob(rows[0]?.data as EmailJob);
    const [mail] = await getDb()
      .select({ subject: mailboxMessages.subject, text: mailboxMessages.text })
      .from(mailboxMessages)
      .where(sql`${email} = any(${mailboxMessages.to})`);
    expect(mail?.subject).toBe("Confirm your letter: Keep families housed: a right to counsel for tenants");
    const token = mail?.text.match(/\/letters\/confirm\/([A-Za-z0-9_-]+)/)?.[1] ?? "";
    expect(token).not.toBe("");

    expect(await findConfirmation(token)).toMatchObject({ status: "pending", firstName: "Rosa" });
    const confirmed = await confirmLetter(token);
    expect(confirmed.letterId).toBe(letterId);
    expect(confirmed.cookie?.name).toBe("authjs.session-token");
    expect(
      await getDb()
        .select()
        .from(sessions)
        .where(eq(sessions.sessionToken, confirmed.cookie?.value ?? "")),
    ).toHaveLength(1);
    expect(await deliveriesOf(letterId)).toEqual([
      { targetName: "City Council", channel: "email", status: "queued" },
      { targetName: "Danny K. Davis", channel: "contact_form", status: "handoff_ready" },
      { targetName: "Richard J. Durbin", channel: "contact_form", status: "handoff_ready" },
      { targetName: "Tammy Duckworth", channel: "contact_form", status: "handoff_ready" },
    ]);
    const [user] = await getDb()
      .select({ verified: users.emailVerified })
      .from(users)
      .where(eq(users.email, email));
    expect(user?.verified).toBeInstanceOf(Date);

    await expect(confirmLetter(token)).rejects.toThrow(/expired or was already used/);
    expect(await findConfirmation(token)).toEqual({ status: "used", letterId });
    expect(await findConfirmation("not-a-real-token-0123456789")).toEqual({ status: "invalid" });
  });

  it("who writes in Spanish reads the campaign's Spanish title in the confirmation, its page and the receipt", async () => {
    const email = "nueva-persona@example.org";
    const spanishTitle = "Que las familias conserven su hogar: derecho a un abogado para inquilinos";
    expect(await submitLetter(null, input({ email }), { language: "es" })).toEqual({
      status: "confirm_email",
      email,
    });
    const built = async (letterEmail: LetterEmailJob["letterEmail"], letterId: string) =>
      (await buildLetterEmail({ letterEmail, letterId }))?.props as { campaignTitle: string };
    const token = await confirmationTokenFor(email);
    expect(await findConfirmation(token)).toMatchObject({ status: "pending", campaignTitle: spanishTitle });
    const { letterId } = await confirmLetter(token);
    expect((await built("letter-receipt", letterId)).campaignTitle).toBe(spanishTitle);
  });

  it("learns nothing on the page about an address that already wrote; the email says it", async () => {
    const email = "wrote-before@example.org";
    await submitLetter(null, input({ email }));
    expect(await submitLetter(null, input({ email }))).toEqual({ status: "confirm_email", email });
    const jobs = await getDb().execute(
      sql`select coalesce(data->>'template', data->>'letterEmail') as template from pgboss.job
        where name = 'send-email' and (data->>'to' = ${email}
          or data->>'letterId' in (select id from letters where email = ${email}))
        order by created_on`,
    );
    const rows = rowsOf(jobs) as { template: string }[];
    expect(rows.map((r) => r.template)).toEqual(["confirm-letter", "letter-already-sent"]);
    const [n] = await getDb()
      .select({ n: count() })
      .from(letters)
      .innerJoin(users, and(eq(users.id, letters.supporterId), eq(users.email, email)));
    expect(n?.n).toBe(1);
  });

  it("needs an email address", async () => {
    await expect(submitLetter(null, input())).rejects.toMatchObject({
      fieldErrors: { email: [errorText.letters.needEmailAddressConfirmLetter] },
    });
  });
});

describe("one mailbox, however its address is spelled (issue 19 item 3)", () => {
  const lettersTo = async (canonical: string) =>
    (await getDb().select({ n: count() }).from(letters).where(eq(letters.canonicalEmail, canonical)))[0]?.n;

  it("writes one letter per campaign for +tags, case and Gmail's dots, keeping the address as typed", async () => {
    const first = "jo.ortiz+1@gmail.com";
    expect(await submitLetter(null, input({ email: first }))).toEqual({
      status: "confirm_email",
      email: first,
    });
    for (const again of ["jo.ortiz+2@gmail.com", "JoOrtiz@googlemail.com", "j.o.o.r.t.i.z@gmail.com"]) {
      // The page learns nothing; the mailbox hears by email that it already wrote.
      expect(await submitLetter(null, input({ email: again }))).toEqual({
        status: "confirm_email",
        email: again.toLowerCase(),
      });
    }
    expect(await lettersTo("joortiz@gmail.com")).toBe(1);
    const [letter] = await getDb()
      .select({ email: letters.email })
      .from(letters)
      .where(eq(letters.canonicalEmail, "joortiz@gmail.com"));
    expect(letter?.email).toBe(first);
    const notices = rowsOf<{ to: string }>(
      await getDb().execute(
        sql`select data->>'to' as to from pgboss.job where data->>'template' = 'letter-already-sent' and data->>'to' like '%ortiz%'`,
      ),
    );
    expect(notices.length).toBeGreaterThan(0);
  });

  it("holds for two signed-in accounts on one mailbox", async () => {
    const one = await signedInUser("sam+one@example.org");
    const two = await signedInUser("Sam+two@example.org");
    const sent = await submitLetter(one, input());
    expect(sent.status).toBe("sent");
    const again = await submitLetter(two, input());
    expect(again.status).toBe("already_sent");
    expect(await lettersTo("sam@example.org")).toBe(1);
    const [n] = await getDb().select({ n: count() }).from(letters).where(eq(letters.supporterId, two.id));
    expect(n?.n).toBe(0);
  });

  it("counts the ten letters a day per mailbox: another spelling is refused too", async () => {
    const key = `${LIMITS.lettersPerEmail.name}:${hashForLimit(LIMITS.lettersPerEmail.name, "kim@example.org")}`;
    await getDb().execute(
      sql`insert into rate_limit_buckets (key, window_start, count) values (${key}, now(), 10)`,
    );
    await expect(submitLetter(null, input({ email: "Kim+again@Example.org" }))).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    expect(await lettersTo("kim@example.org")).toBe(0);
  });
});

describe("the demo custom target", () => {
  it("is the council on example.org", () => {
    expect(DEMO_COUNCIL_EMAIL).toMatch(/@example\.org$/);
  });
});

describe("targets that need more than a ZIP code", () => {
  /** A campaign to a housing board that reads only letters with a street address, and to my state senator. */
  async function addressCampaign(slug: string): Promise<void> {
    const db = getDb();
    const [demo] = await db.select().from(campaigns).where(eq(campaigns.slug, "demo"));
    if (!demo) throw new Error("demo campaign missing");
    const [campaign] = await db
      .insert(campaigns)
      .values({
        organizationId: demo.organizationId,
        slug,
        status: "published",
        title: "Fund legal aid",
        officeHoursStart: null,
        officeHoursEnd: null,
        officeWeekdaysOnly: false,
      })
      .returning({ id: campaigns.id });
    const [board] = await db
      .insert(customTargets)
      .values({
        organizationId: demo.organizationId,
        name: "Housing Board",
        email: "board@example.org",
        confirmedEmail: "board@example.org",
        requiresAddress: true,
      })
      .returning({ id: customTargets.id });
    await db.insert(letterTemplates).values({
      campaignId: campaign?.id ?? "",
      subject: "Fund legal aid",
      parts: [{ id: "ask", text: "Please fund legal aid.", isLocked: true }],
    });
    await db.insert(campaignTargets).values([
      { campaignId: campaign?.id ?? "", rule: "custom", customTargetId: board?.id, position: 0 },
      { campaignId: campaign?.id ?? "", rule: "state_upper", position: 1 },
    ]);
    await db
      .insert(officials)
      .values({
        id: "ocd-person/il-upper-5",
        level: "state",
        chamber: "upper",
        state: "IL",
        districtLabel: "5",
        name: "Lakesia Collins",
        lastName: "Collins",
        email: "collins@example.org",
        raw: {},
        sourceHash: "x",
      })
      .onConflictDoNothing();
  }

  it("asks for a street address only when a target requires it, and signs it only to that target", async () => {
    await addressCampaign("needs-address");
    const actor = await signedInUser("address@example.org");
    const base = input({ campaign: "needs-address", parts: {} });

    const missing = await submitLetter(actor, base).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(AppError);
    expect(describeFieldErrors((missing as AppError).fieldErrors, "en")?.streetAddress?.[0]).toContain(
      "Housing Board",
    );
    expect(await getDb().select().from(letters).where(eq(letters.email, "address@example.org"))).toHaveLength(
      0,
    );

    const result = await submitLetter(actor, {
      ...base,
      streetAddress: "1 Main St",
      stateUpper: "5",
    });
    if (result.status !== "sent") throw new Error(`unexpected ${result.status}`);
    const [letter] = await getDb().select().from(letters).where(eq(letters.id, result.letterId));
    expect(letter?.streetAddress).toBe("1 Main St");
    // The state senator of the district given is a target too, by email.
    expect(await deliveriesOf(result.letterId)).toEqual([
      { targetName: "Housing Board", channel: "email", status: "queued" },
      { targetName: "Lakesia Collins", channel: "email", status: "queued" },
    ]);

    // Delivered (to the local mailbox: no provider key in tests): the address is signed only to the board,
    // and forgotten once no email of the letter is left to send. First the board's alone:
    await getDb()
      .update(deliveries)
      .set({ nextAttemptAt: new Date(Date.now() + 3_600_000) })
      .where(and(eq(deliveries.letterId, result.letterId), eq(deliveries.targetName, "Lakesia Collins")));
    await dispatchLetterEmails();
    const [waiting] = await getDb()
      .select({ streetAddress: letters.streetAddress })
      .from(letters)
      .where(eq(letters.id, result.letterId));
    expect(waiting?.streetAddress).toBe("1 Main St");
    await getDb()
      .update(deliveries)
      .set({ nextAttemptAt: null })
      .where(and(eq(deliveries.letterId, result.letterId), eq(deliveries.targetName, "Lakesia Collins")));
    await dispatchLetterEmails();
    const sent = await getDb()
      .select({ to: mailboxMessages.to, text: mailboxMessages.text })
      .from(mailboxMessages)
      .where(sql`${mailboxMessages.to} && array['board@example.org', 'collins@example.org']`);
    expect(sent.find((m) => m.to.includes("board@example.org"))?.text).toContain("1 Main St");
    expect(sent.find((m) => m.to.includes("collins@example.org"))?.text).not.toContain("1 Main St");
    const [after] = await getDb()
      .select({ streetAddress: letters.streetAddress })
      .from(letters)
      .where(eq(letters.id, result.letterId));
    expect(after?.streetAddress).toBeNull();
  });

  it("keeps no street address when no target needs it", async () => {
    const actor = await signedInUser("no-address@example.org");
    const result = await submitLetter(actor, input({ streetAddress: "9 Side St" }));
    if (result.status !== "sent") throw new Error(`unexpected ${result.status}`);
    const [letter] = await getDb().select().from(letters).where(eq(letters.id, result.letterId));
    expect(letter?.streetAddress).toBeNull();
  });
});

describe("an address's ten letters a day", () => {
  const keyOf = (email: string) =>
    `${LIMITS.lettersPerEmail.name}:${hashForLimit(LIMITS.lettersPerEmail.name, email)}`;
  const countOf = async (email: string) =>
    rowsOf<{ count: number }>(
      await getDb().execute(sql`select count from rate_limit_buckets where key = ${keyOf(email)}`),
    )[0]?.count;
  const written = async (email: string) => ({
    letters: (await getDb().select({ n: count() }).from(letters).where(eq(letters.email, email)))[0]?.n,
    jobs: rowsOf(await getDb().execute(sql`select id from pgboss.job where data->>'to' = ${email}`)).length,
  });

  it("counts only letters written: a second letter on the same campaign counts nothing", async () => {
    const actor = await signedInUser("counted-once@example.org");
    expect((await submitLetter(actor, input())).status).toBe("sent");
    expect((await submitLetter(actor, input())).status).toBe("already_sent");
    expect(await countOf(actor.email)).toBe(1);
  });

  it("refuses the eleventh signed in, writing nothing and leaving the count at ten", async () => {
    const actor = await signedInUser("eleventh@example.org");
    await getDb().execute(
      sql`insert into rate_limit_buckets (key, window_start, count) values (${keyOf(actor.email)}, now(), 10)`,
    );
    await expect(submitLetter(actor, input())).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await written(actor.email)).toEqual({ letters: 0, jobs: 0 });
    expect(await countOf(actor.email)).toBe(10);
  });

  it("refuses the eleventh from someone not signed in, writing no letter, confirmation or email", async () => {
    const email = "eleventh-new@example.org";
    await getDb().execute(
      sql`insert into rate_limit_buckets (key, window_start, count) values (${keyOf(email)}, now(), 10)`,
    );
    await expect(submitLetter(null, input({ email }))).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await written(email)).toEqual({ letters: 0, jobs: 0 });
    expect(await getDb().select({ id: users.id }).from(users).where(eq(users.email, email))).toEqual([]);
    expect(await countOf(email)).toBe(10);
  });
});
