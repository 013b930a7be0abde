/**
 * The letter-confirmation link (issue 19, item 5): not a sign-in key for accounts that hold a role, at most
 * 48 hours, stored only as a hash (the job names the letter; the email is built when it is sent), and a sign-in
 * by it is audited.
 */
import { and, count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import {
  auditEvents,
  letterConfirmations,
  letters,
  mailboxMessages,
  memberships,
  organizations,
  sessions,
  users,
} from "@/db/schema";
import { AppError } from "@/lib/errors";
import { describeFieldErrors } from "@/lib/i18n/errors";
import type { EmailJob } from "@/lib/jobs/enqueue";
import { handleEmailJob } from "@/lib/jobs/worker";
import { confirmLetter, findConfirmation, reviseUnconfirmedLetter } from "./confirm";
import { buildLetterEmail } from "./letter-emails";
import { type LetterInput, submitLetter } from "./submit";
import { seedLetterFixture } from "./testing";
import { hashToken } from "./tokens";

const input = (email: string): LetterInput => ({
  campaign: "demo",
  zip: "60623",
  firstName: "Rosa",
  lastName: "Parks",
  city: "Chicago",
  email,
  parts: { story: "My sister was evicted last winter without a lawyer." },
});

/** Writes a letter signed out and returns its id. */
async function write(email: string): Promise<string> {
  expect(await submitLetter(null, input(email))).toEqual({ status: "confirm_email", email });
  const [letter] = await getDb().select({ id: letters.id }).from(letters).where(eq(letters.email, email));
  return letter?.id ?? "";
}

async function jobsOf(letterId: string) {
  return rowsOf<{ data: EmailJob; text: string }>(
    await getDb().execute(
      sql`select data, data::text as text from pgboss.job where name = 'send-email' and data->>'letterId' = ${letterId}`,
    ),
  );
}

/** Runs the letter's queued confirmation job as the worker would, and reads the link from the email sent. */
async function sendConfirmation(letterId: string, email: string): Promise<string> {
  const [job] = await jobsOf(letterId);
  if (!job) throw new Error("no confirmation job");
  await handleEmailJob(job.data);
  const [mail] = await getDb()
    .select({ text: mailboxMessages.text })
    .from(mailboxMessages)
    .where(sql`${email} = any(${mailboxMessages.to})`);
  return mail?.text.match(/\/letters\/confirm\/([A-Za-z0-9_-]+)/)?.[1] ?? "";
}

beforeAll(async () => {
  await seedLetterFixture();
});

describe("the confirmation link", () => {
  it("is in no job: the job names the letter, and the email is built with the link when it is sent", async () => {
    const email = "no-token-in-jobs@example.org";
    const letterId = await write(email);
    const token = await sendConfirmation(letterId, email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);

    const [{ n } = { n: -1 }] = rowsOf<{ n: number }>(
      await getDb().execute(
        sql`select count(*)::int as n from pgboss.job where strpos(data::text, ${token}) > 0 or strpos(data::text, ${email}) > 0`,
      ),
    );
    expect(n).toBe(0);
    expect((await jobsOf(letterId)).map((j) => j.data)).toEqual([
      { letterEmail: "confirm-letter", letterId },
    ]);
    // Only the hash is kept.
    const [row] = await getDb()
      .select({ tokenHash: letterConfirmations.tokenHash })
      .from(letterConfirmations)
      .where(eq(letterConfirmations.letterId, letterId));
    expect(row?.tokenHash).toBe(hashToken(token));
    expect(await findConfirmation(token)).toMatchObject({ status: "pending", signsIn: true });
  });

  it("a retried send makes the same link under the same key, and one token works", async () => {
    const email = "retried@example.org";
    const letterId = await write(email);
    const first = await buildLetterEmail({ letterEmail: "confirm-letter", letterId });
    const second = await buildLetterEmail({ letterEmail: "confirm-letter", letterId });
    expect(second).toEqual(first);
    expect(first?.idempotencyKey).toBe(`confirm-letter:${letterId}`);
    const [{ n } = { n: 0 }] = await getDb()
      .select({ n: count() })
      .from(letterConfirmations)
      .where(eq(letterConfirmations.letterId, letterId));
    expect(n).toBe(1);
  });

  it("works for 48 hours", async () => {
    const email = "two-days@example.org";
    const before = Date.now();
    const letterId = await write(email);
    const [row] = await getDb()
      .select({ expiresAt: letterConfirmations.expiresAt })
      .from(letterConfirmations)
      .where(eq(letterConfirmations.letterId, letterId));
    const hours = ((row?.expiresAt.getTime() ?? 0) - before) / 3600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThanOrEqual(48.01);

    const token = await sendConfirmation(letterId, email);
    // Two days and a minute later (moved back in the database: confirmLetter compares with now()).
    await getDb()
      .update(letterConfirmations)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(letterConfirmations.letterId, letterId));
    expect(await findConfirmation(token)).toEqual({ status: "expired" });
    await expect(confirmLetter(token)).rejects.toThrow(/expired or was already used/);
    // An expired link is not emailed either (a job that waited too long sends nothing).
    expect(await buildLetterEmail({ letterEmail: "confirm-letter", letterId })).toBeNull();
  });

  it("signs a supporter in, and the sign-in is audited like any other", async () => {
    const email = "audited@example.org";
    const letterId = await write(email);
    const token = await sendConfirmation(letterId, email);
    const confirmed = await confirmLetter(token);
    expect(confirmed.cookie).not.toBeNull();
    const [user] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, email));
    const events = await getDb()
      .select({ subject: auditEvents.subject })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "auth.sign_in"), eq(auditEvents.actorId, user?.id ?? "")));
    expect(events).toEqual([{ subject: "letter-confirmation" }]);
  });

  it.each(["owner", "organizer", "viewer"] as const)(
    "confirms an organization %s's letter without signing them in: a sign-in link instead",
    async (role) => {
      const email = `team-${role}@example.org`;
      const letterId = await write(email);
      const [user] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, email));
      const [org] = await getDb()
        .insert(organizations)
        .values({
          slug: `team-of-${role}`,
          name: `Team of ${role}`,
          kind: role === "viewer" ? "community_group" : "organization",
        })
        .returning({ id: organizations.id });
      await getDb()
        .insert(memberships)
        .values({ userId: user?.id ?? "", organizationId: org?.id ?? "", role });

      const token = await sendConfirmation(letterId, email);
      expect(await findConfirmation(token)).toMatchObject({ status: "pending", signsIn: false });
      const confirmed = await confirmLetter(token);
      expect(confirmed).toMatchObject({ letterId, cookie: null, signInEmail: email });
      const [{ n } = { n: -1 }] = await getDb()
        .select({ n: count() })
        .from(sessions)
        .where(eq(sessions.userId, user?.id ?? ""));
      expect(n).toBe(0);
      const [letter] = await getDb()
        .select({ status: letters.status })
        .from(letters)
        .where(eq(letters.id, letterId));
      expect(letter?.status).toBe("confirmed");
      const signIns = await getDb()
        .select({ n: count() })
        .from(auditEvents)
        .where(and(eq(auditEvents.action, "auth.sign_in"), eq(auditEvents.actorId, user?.id ?? "")));
      expect(signIns[0]?.n).toBe(0);
    },
  );
});

describe("the letter before it goes (item 6)", () => {
  it("the email begins the letter as it will be sent, and the page shows it whole, per target", async () => {
    const email = "sees-it@example.org";
    const letterId = await write(email);
    const token = await sendConfirmation(letterId, email);
    const [mail] = await getDb()
      .select({ text: mailboxMessages.text })
      .from(mailboxMessages)
      .where(sql`${email} = any(${mailboxMessages.to})`);
    // The first target's greeting, merged, and the supporter's own words.
    expect(mail?.text).toContain("Your letter begins:");
    expect(mail?.text).toMatch(/Dear [^\n]*,/);
    expect(mail?.text).toContain("My sister was evicted last winter without a lawyer.");
    expect(mail?.text).not.toContain("{{");

    const view = await findConfirmation(token);
    if (view.status !== "pending") throw new Error("expected pending");
    const all = view.texts.flatMap((t) => t.targetNames).sort();
    expect(all).toEqual([...view.targetNames].sort());
    // Officials are greeted each by name: the texts differ per target.
    expect(view.texts.length).toBeGreaterThan(1);
    const durbin = view.texts.find((t) => t.targetNames.includes("Richard J. Durbin"));
    expect(durbin?.body).toContain("Dear Senator Durbin,");
    expect(durbin?.body).toContain("I ask you to guarantee a right to counsel");
    expect(durbin?.signature).toContain("Rosa Parks");
    expect(view.editable?.map((p) => p.id)).toEqual(["greeting", "story", "closing"]);
    expect(view.editable?.find((p) => p.id === "story")?.text).toBe(
      "My sister was evicted last winter without a lawyer.",
    );
  });

  it("the supporter changes their own parts before confirming, under the same rules as writing", async () => {
    const email = "changes-it@example.org";
    const letterId = await write(email);
    const token = await sendConfirmation(letterId, email);

    await reviseUnconfirmedLetter(token, {
      story: "Our building got eviction notices in March.",
      ask: "Please do nothing at all.",
      closing: "With hope,",
    });
    const view = await findConfirmation(token);
    if (view.status !== "pending") throw new Error("expected pending");
    const [text] = view.texts;
    expect(text?.body).toContain("Our building got eviction notices in March.");
    expect(text?.body).not.toContain("My sister was evicted");
    // The locked ask stays the campaign's, whatever the form posts.
    expect(text?.body).not.toContain("do nothing");
    expect(text?.body).toContain("I ask you to guarantee a right to counsel");
    expect(view.editable?.find((p) => p.id === "closing")?.text).toBe("With hope,");

    const tooLong = await reviseUnconfirmedLetter(token, { story: "x".repeat(5001) }).catch(
      (e: unknown) => e,
    );
    expect(tooLong).toBeInstanceOf(AppError);
    expect(describeFieldErrors((tooLong as AppError).fieldErrors, "en")?.["part:story"]).toEqual([
      "Each part of the letter can be up to 5000 characters.",
    ]);

    await confirmLetter(token);
    await expect(reviseUnconfirmedLetter(token, { story: "Too late." })).rejects.toThrow(
      /expired or was already used/,
    );
    const [letter] = await getDb()
      .select({ body: letters.body })
      .from(letters)
      .where(eq(letters.id, letterId));
    expect(letter?.body).toContain("Our building got eviction notices in March.");
  });
});
