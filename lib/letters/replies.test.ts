/**
 * The reply loop on the test database: the question is asked once, after the campaign's wait, only about
 * letters that reached someone; answers are validated and touch only that letter; response rates appear only
 * with enough answers.
 */
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { campaigns, deliveries, deliveryReplies, replyChecks, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { describeFieldErrors } from "@/lib/i18n/errors";
import {
  answerField,
  answersFromForm,
  askForReplies,
  findMyAnswers,
  findMyReplyCheck,
  findReplyCheck,
  MIN_ANSWERS_FOR_RATE,
  replyField,
  responseRates,
  saveMyReplies,
  saveReplies,
} from "./replies";
import { submitLetter } from "./submit";
import { seedLetterFixture } from "./testing";

const DAY = 86_400_000;
let sequence = 0;

async function supporter(): Promise<SessionUser> {
  const email = `reply-${Date.now()}-${++sequence}@example.org`;
  const [user] = await getDb().insert(users).values({ email, name: "Test" }).returning({ id: users.id });
  if (!user) throw new Error("no user");
  return { id: user.id, email, name: "Test" };
}

/** A signed-in supporter's letter: email to the council, contact-form hand-offs to Congress. */
async function writeLetter(zip = "60623", district?: string, language?: string) {
  const actor = await supporter();
  const result = await submitLetter(
    actor,
    {
      campaign: "demo",
      zip,
      district,
      firstName: "Rosa",
      lastName: "Parks",
      city: "Chicago",
      parts: { story: "My sister was evicted last winter without a lawyer. It took her family a year." },
    },
    { language },
  );
  if (result.status !== "sent") throw new Error("expected a sent letter");
  return { actor, letterId: result.letterId };
}

/** Marks every delivery of a letter done (email sent, hand-off done) that many days before `now`. */
async function finishDeliveries(letterId: string, daysAgo: number, now = new Date()) {
  const at = new Date(now.getTime() - daysAgo * DAY);
  await getDb()
    .update(deliveries)
    .set({
      status: sql`case when ${deliveries.channel} = 'email' then 'sent' else 'handoff_done' end::delivery_status`,
      sentAt: at,
      updatedAt: at,
    })
    .where(eq(deliveries.letterId, letterId));
}

async function setStatus(
  letterId: string,
  targetName: string,
  status: "failed" | "queued" | "handoff_ready",
) {
  await getDb()
    .update(deliveries)
    .set({ status })
    .where(and(eq(deliveries.letterId, letterId), eq(deliveries.targetName, targetName)));
}

async function askedEmails(to: string) {
  const result = await getDb().execute(
    sql`select data from pgboss.job where name = 'send-email' and data->>'template' = 'reply-check' and data->>'to' = ${to}`,
  );
  return rowsOf<{
    data: {
      idempotencyKey: string;
      props: { answerUrl: string; officialNames: string[]; firstName: string; campaignTitle: string };
    };
  }>(result).map((r) => r.data);
}

async function checkCount(letterId: string): Promise<number> {
  return (await getDb().select().from(replyChecks).where(eq(replyChecks.letterId, letterId))).length;
}

/** A delivered letter whose author has been asked; returns the token from the emailed link. */
async function askedLetter(zip = "60623", district?: string) {
  const letter = await writeLetter(zip, district);
  await finishDeliveries(letter.letterId, 15);
  await askForReplies(new Date());
  const [email] = await askedEmails(letter.actor.email);
  if (!email) throw new Error("not asked");
  const token = email.props.answerUrl.split("/").at(-1) ?? "";
  const view = await findReplyCheck(token);
  if (view.status !== "open") throw new Error("expected an open reply check");
  const idOf = (name: string) => view.deliveries.find((d) => d.targetName === name)?.id ?? "";
  return { ...letter, token, view, idOf };
}

async function withReplyCheckDays<T>(days: number | null, run: () => Promise<T>): Promise<T> {
  await getDb().update(campaigns).set({ replyCheckDays: days }).where(eq(campaigns.slug, "demo"));
  try {
    return await run();
  } finally {
    await getDb().update(campaigns).set({ replyCheckDays: 14 }).where(eq(campaigns.slug, "demo"));
  }
}

beforeAll(async () => {
  await seedLetterFixture();
});

describe("asking for replies", () => {
  it("asks once, after the campaign's 14 days and not before, with a link to answer", async () => {
    const { actor, letterId } = await writeLetter();
    const now = new Date();
    await finishDeliveries(letterId, 13, now);

    await askForReplies(now);
    expect(await checkCount(letterId)).toBe(0);
    expect(await askedEmails(actor.email)).toHaveLength(0);

    const later = new Date(now.getTime() + 2 * DAY);
    await askForReplies(later);
    await askForReplies(later);
    await askForReplies(new Date(later.getTime() + 30 * DAY));
    expect(await checkCount(letterId)).toBe(1);
    const emails = await askedEmails(actor.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]?.idempotencyKey).toBe(`reply-check:${letterId}`);
    expect(emails[0]?.props.firstName).toBe("Rosa");
    expect(emails[0]?.props.officialNames).toEqual([
      "City Council",
      "Danny K. Davis",
      "Richard J. Durbin",
      "Tammy Duckworth",
    ]);
    expect(emails[0]?.props.answerUrl).toMatch(/^http:\/\/localhost:3000\/letters\/replies\/[\w-]{43}$/);

    const [check] = await getDb().select().from(replyChecks).where(eq(replyChecks.letterId, letterId));
    // Only the hash is stored, and the link works for 60 days from the ask.
    expect(emails[0]?.props.answerUrl).not.toContain(check?.tokenHash);
    expect((check?.expiresAt.getTime() ?? 0) - (check?.askedAt.getTime() ?? 0)).toBe(60 * DAY);
  });

  it("names the campaign in the letter's language: a letter written in Spanish is asked about under its Spanish title", async () => {
    const spanishTitle = "Que las familias conserven su hogar: derecho a un abogado para inquilinos";
    const { actor, letterId } = await writeLetter("60623", undefined, "es");
    await finishDeliveries(letterId, 15);
    await askForReplies(new Date());
    const [email] = await askedEmails(actor.email);
    expect(email?.props.campaignTitle).toBe(spanishTitle);
    const view = await findReplyCheck(email?.props.answerUrl.split("/").at(-1) ?? "");
    expect(view).toMatchObject({ status: "open", campaignTitle: spanishTitle });
    expect(await findMyReplyCheck(actor, letterId)).toMatchObject({ campaignTitle: spanishTitle });
  });

  it("waits for every delivery: nothing queued or waiting for a hand-off, something delivered", async () => {
    const queued = await writeLetter();
    await finishDeliveries(queued.letterId, 20);
    await setStatus(queued.letterId, "City Council", "queued");

    const handoff = await writeLetter();
    await finishDeliveries(handoff.letterId, 20);
    await setStatus(handoff.letterId, "Tammy Duckworth", "handoff_ready");

    const allFailed = await writeLetter();
    await finishDeliveries(allFailed.letterId, 20);
    await getDb()
      .update(deliveries)
      .set({ status: "failed" })
      .where(eq(deliveries.letterId, allFailed.letterId));

    const untouched = await writeLetter();

    const oneFailed = await writeLetter();
    await finishDeliveries(oneFailed.letterId, 20);
    await setStatus(oneFailed.letterId, "City Council", "failed");

    await askForReplies(new Date());
    for (const letter of [queued, handoff, allFailed, untouched]) {
      expect(await checkCount(letter.letterId)).toBe(0);
      expect(await askedEmails(letter.actor.email)).toHaveLength(0);
    }
    // A failed delivery is left out of the question; the rest are asked about.
    expect(await checkCount(oneFailed.letterId)).toBe(1);
    const [email] = await askedEmails(oneFailed.actor.email);
    expect(email?.props.officialNames).toEqual(["Danny K. Davis", "Richard J. Durbin", "Tammy Duckworth"]);
  });

  it("never asks when the campaign turned the question off, and follows its own number of days", async () => {
    const off = await writeLetter();
    await finishDeliveries(off.letterId, 40);
    await withReplyCheckDays(null, () => askForReplies(new Date()));
    expect(await checkCount(off.letterId)).toBe(0);

    const short = await writeLetter();
    await finishDeliveries(short.letterId, 4);
    await withReplyCheckDays(5, () => askForReplies(new Date()));
    expect(await checkCount(short.letterId)).toBe(0);
    await withReplyCheckDays(3, () => askForReplies(new Date()));
    expect(await checkCount(short.letterId)).toBe(1);
  });

  it("does not ask about a letter delivered long before (a stale question, or a backlog at launch)", async () => {
    const old = await writeLetter();
    await finishDeliveries(old.letterId, 14 + 31);
    await askForReplies(new Date());
    expect(await checkCount(old.letterId)).toBe(0);
  });

  it("asks once when several workers run at the same time", async () => {
    const letters = await Promise.all([writeLetter(), writeLetter(), writeLetter()]);
    for (const letter of letters) await finishDeliveries(letter.letterId, 15);
    const now = new Date();
    await Promise.all([askForReplies(now), askForReplies(now), askForReplies(now)]);
    for (const letter of letters) {
      expect(await checkCount(letter.letterId)).toBe(1);
      expect(await askedEmails(letter.actor.email)).toHaveLength(1);
    }
  });
});

describe("answering", () => {
  it("shows the delivered officials, saves answers, and answering again updates them", async () => {
    const { token, view, idOf, actor, letterId } = await askedLetter();
    expect(view.status === "open" && view.deliveries.map((d) => [d.targetName, d.answer])).toEqual([
      ["City Council", null],
      ["Danny K. Davis", null],
      ["Richard J. Durbin", null],
      ["Tammy Duckworth", null],
    ]);

    const form = {
      [answerField(idOf("Richard J. Durbin"))]: "yes",
      [replyField(idOf("Richard J. Durbin"))]: "Dear Rosa,\r\nThank you for writing.\u0007  ",
      [answerField(idOf("City Council"))]: "not_yet",
      [replyField(idOf("City Council"))]: "",
      [replyField(idOf("Tammy Duckworth"))]: "",
      token,
    };
    expect(await saveReplies(token, answersFromForm(form))).toEqual({ saved: 2, letterId });
    let reread = await findReplyCheck(token);
    if (reread.status !== "open") throw new Error("expected open");
    expect(reread.deliveries.map((d) => [d.targetName, d.answer, d.replyText])).toEqual([
      ["City Council", "not_yet", null],
      ["Danny K. Davis", null, null],
      ["Richard J. Durbin", "yes", "Dear Rosa,\nThank you for writing."],
      ["Tammy Duckworth", null, null],
    ]);

    await saveReplies(token, [{ deliveryId: idOf("City Council"), answer: "no" }]);
    reread = await findReplyCheck(token);
    if (reread.status !== "open") throw new Error("expected open");
    expect(reread.deliveries.find((d) => d.targetName === "City Council")?.answer).toBe("no");
    expect(reread.deliveries.find((d) => d.targetName === "Richard J. Durbin")?.answer).toBe("yes");

    const [durbin] = await getDb()
      .select({ officialId: deliveryReplies.officialId })
      .from(deliveryReplies)
      .where(eq(deliveryReplies.deliveryId, idOf("Richard J. Durbin")));
    expect(durbin?.officialId).toBe("D000563");

    // The author sees the same answers on their receipt, and can answer there too.
    const mine = await findMyAnswers(actor, letterId);
    expect(mine.isAsked).toBe(true);
    expect(mine.answers.get(idOf("Richard J. Durbin"))?.answer).toBe("yes");
    await saveMyReplies(actor, letterId, [{ deliveryId: idOf("Danny K. Davis"), answer: "no" }]);
    expect((await findMyAnswers(actor, letterId)).answers.get(idOf("Danny K. Davis"))?.answer).toBe("no");
  });

  it("refuses answers about another letter's deliveries, and saves nothing", async () => {
    const mine = await askedLetter();
    const theirs = await askedLetter();
    const error = await saveReplies(mine.token, [
      { deliveryId: mine.idOf("Richard J. Durbin"), answer: "yes" },
      { deliveryId: theirs.idOf("Richard J. Durbin"), answer: "no" },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("INVALID_INPUT");
    const saved = await getDb()
      .select()
      .from(deliveryReplies)
      .where(
        sql`${deliveryReplies.deliveryId} in (${mine.idOf("Richard J. Durbin")}, ${theirs.idOf("Richard J. Durbin")})`,
      );
    expect(saved).toHaveLength(0);

    // Someone else signed in is "not found", like a letter that does not exist.
    const stranger = await supporter();
    const notYours = await saveMyReplies(stranger, mine.letterId, [
      { deliveryId: mine.idOf("Richard J. Durbin"), answer: "yes" },
    ]).catch((e: unknown) => e);
    expect((notYours as AppError).code).toBe("NOT_FOUND");
    expect(await findMyReplyCheck(stranger, mine.letterId)).toEqual({ status: "invalid" });
  });

  it("refuses a failed delivery: nothing reached that official", async () => {
    const letter = await writeLetter();
    await finishDeliveries(letter.letterId, 15);
    await setStatus(letter.letterId, "City Council", "failed");
    await askForReplies(new Date());
    const [email] = await askedEmails(letter.actor.email);
    const token = email?.props.answerUrl.split("/").at(-1) ?? "";
    const [council] = await getDb()
      .select({ id: deliveries.id })
      .from(deliveries)
      .where(and(eq(deliveries.letterId, letter.letterId), eq(deliveries.targetName, "City Council")));
    await expect(saveReplies(token, [{ deliveryId: council?.id ?? "", answer: "yes" }])).rejects.toThrow(
      /not about this letter/,
    );
  });

  it.each([
    ["an unknown answer", { answer: "maybe" }, "answer"],
    ["a reply over 10,000 characters", { answer: "yes", replyText: "x".repeat(10_001) }, "reply"],
    ["a pasted reply without an answer", { replyText: "They wrote back!" }, "answer"],
  ])("explains %s next to the field", async (_name, entry, field) => {
    const { token, idOf } = await askedLetter();
    const deliveryId = idOf("Tammy Duckworth");
    const error = await saveReplies(token, [{ deliveryId, ...entry }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const key = field === "answer" ? answerField(deliveryId) : replyField(deliveryId);
    expect(describeFieldErrors((error as AppError).fieldErrors, "en")?.[key]?.[0]).toBeTruthy();
    expect(
      await getDb().select().from(deliveryReplies).where(eq(deliveryReplies.deliveryId, deliveryId)),
    ).toEqual([]);
  });

  it("keeps exactly 10,000 characters", async () => {
    const { token, idOf } = await askedLetter();
    await saveReplies(token, [
      { deliveryId: idOf("Tammy Duckworth"), answer: "yes", replyText: "y".repeat(10_000) },
    ]);
    const [row] = await getDb()
      .select({ replyText: deliveryReplies.replyText })
      .from(deliveryReplies)
      .where(eq(deliveryReplies.deliveryId, idOf("Tammy Duckworth")));
    expect(row?.replyText).toHaveLength(10_000);
  });

  it("asks for at least one answer", async () => {
    const { token, idOf } = await askedLetter();
    await expect(saveReplies(token, [{ deliveryId: idOf("Tammy Duckworth") }])).rejects.toThrow(
      /at least one official/,
    );
  });

  it("says clearly when a link has expired or does not exist", async () => {
    const { token, idOf, letterId } = await askedLetter();
    await getDb()
      .update(replyChecks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(replyChecks.letterId, letterId));
    expect(await findReplyCheck(token)).toEqual({ status: "expired" });
    await expect(
      saveReplies(token, [{ deliveryId: idOf("Tammy Duckworth"), answer: "yes" }]),
    ).rejects.toThrow(/stopped working 60 days after/);
    const unknown = "A".repeat(43);
    expect(await findReplyCheck(unknown)).toEqual({ status: "invalid" });
    expect(await findReplyCheck("../../etc")).toEqual({ status: "invalid" });
    await expect(
      saveReplies(unknown, [{ deliveryId: idOf("Tammy Duckworth"), answer: "yes" }]),
    ).rejects.toThrow(/couldn't find this link/);
  });
});

describe("response rates", () => {
  it("appear only with enough yes/no answers, not-yet left out", async () => {
    const schneider = "S001190";
    const answers = ["yes", "yes", "yes", "no", "not_yet", "not_yet", "no"] as const;
    const letters = [];
    for (const _ of answers) letters.push(await askedLetter("60062", "IL-10"));

    for (const [index, answer] of answers.slice(0, 6).entries()) {
      const letter = letters[index];
      if (!letter) throw new Error("missing letter");
      await saveReplies(letter.token, [{ deliveryId: letter.idOf("Bradley Scott Schneider"), answer }]);
    }
    // 4 yes/no answers (2 "not yet" do not count): not enough to say anything.
    expect(MIN_ANSWERS_FOR_RATE).toBe(5);
    expect((await responseRates([schneider])).has(schneider)).toBe(false);

    const last = letters[6];
    if (!last) throw new Error("missing letter");
    await saveReplies(last.token, [{ deliveryId: last.idOf("Bradley Scott Schneider"), answer: "no" }]);
    const rates = await responseRates([schneider, "D000563", "nobody"]);
    expect(rates.get(schneider)).toEqual({ replied: 3, answered: 5, percent: 60 });
    expect(rates.has("nobody")).toBe(false);

    // Changing an answer changes the rate: one "no" becomes "yes".
    await saveReplies(last.token, [{ deliveryId: last.idOf("Bradley Scott Schneider"), answer: "yes" }]);
    expect((await responseRates([schneider])).get(schneider)).toEqual({
      replied: 4,
      answered: 5,
      percent: 80,
    });
    expect(await responseRates([])).toEqual(new Map());
  });
});
