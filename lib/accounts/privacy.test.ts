import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import {
  auditEvents,
  campaignSteps,
  campaigns,
  deliveries,
  letters,
  memberships,
  organizationSubscriptions,
  organizations,
  pledgeOptions,
  pledges,
  sessions,
  users,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { markStepDone } from "@/lib/campaigns/steps";
import { AppError } from "@/lib/errors";
import { describeFieldErrors } from "@/lib/i18n/errors";
import { buildLetterEmail } from "@/lib/letters/letter-emails";
import { submitLetter } from "@/lib/letters/submit";
import { seedLetterFixture } from "@/lib/letters/testing";
import { pledge } from "@/lib/pledges/pledge";
import { audit } from "@/lib/security/audit";
import { DELETED_NAME, deleteMyAccount, exportMyData, unsubscribeFrom } from "./privacy";

async function person(email: string): Promise<SessionUser> {
  const [user] = await getDb().insert(users).values({ email, name: "Sam" }).returning({ id: users.id });
  if (!user) throw new Error("no user");
  await getDb()
    .insert(sessions)
    .values({ sessionToken: `token-${email}`, userId: user.id, expires: new Date(Date.now() + 86_400_000) });
  // Signed in just now: exports and deletion need a fresh sign-in (sessions.test.ts tests that rule).
  return { id: user.id, email, name: "Sam", signedInAt: new Date() };
}

const letter = {
  campaign: "demo",
  zip: "60623",
  firstName: "Sam",
  lastName: "Rivera",
  city: "Chicago",
  parts: {},
};

let shiftId = "";
beforeAll(async () => {
  await seedLetterFixture();
  const [option] = await getDb()
    .select({ id: pledgeOptions.id })
    .from(pledgeOptions)
    .where(eq(pledgeOptions.title, "Know-your-rights clinic"));
  shiftId = option?.id ?? "";
});

describe("exportMyData", () => {
  it("holds the person's own letters, deliveries, pledges and consents, and nobody else's", async () => {
    const sam = await person("export-me@example.org");
    const other = await person("not-me@example.org");
    await getDb().update(users).set({ language: "es" }).where(eq(users.id, sam.id));
    const [learn] = await getDb()
      .select({ id: campaignSteps.id })
      .from(campaignSteps)
      .innerJoin(campaigns, eq(campaigns.id, campaignSteps.campaignId))
      .where(and(eq(campaigns.slug, "demo"), eq(campaignSteps.kind, "learn")));
    await markStepDone(sam, "demo", learn?.id ?? "");
    await markStepDone(other, "demo", learn?.id ?? "");
    const [group] = await getDb()
      .insert(organizations)
      .values({ slug: "export-group", name: "Export Group", kind: "community_group" })
      .returning({ id: organizations.id });
    await getDb()
      .insert(memberships)
      .values({ userId: sam.id, organizationId: group?.id ?? "", role: "viewer" });
    await audit({ action: "auth.sign_in", actorId: sam.id, subject: "magic-link" });
    await submitLetter(sam, letter);
    await submitLetter(other, { ...letter, firstName: "Other" });
    await pledge(sam, { optionId: shiftId, name: "Sam", phone: "312-555-0100" });
    const [org] = await getDb().select({ id: organizations.id }).from(organizations).limit(1);
    await getDb()
      .insert(organizationSubscriptions)
      .values({ organizationId: org?.id ?? "", userId: sam.id });

    const data = await exportMyData(sam);
    expect(data.profile.email).toBe("export-me@example.org");
    expect(data.letters).toHaveLength(1);
    expect(data.letters[0]?.firstName).toBe("Sam");
    expect(data.letters[0]?.deliveries.length).toBeGreaterThan(0);
    expect(data.pledges).toEqual([
      expect.objectContaining({ what: "Know-your-rights clinic", phone: "312-555-0100" }),
    ]);
    expect(data.subscriptions).toHaveLength(1);
    expect(JSON.stringify(data)).not.toContain("not-me@example.org");

    // Everything else kept about them: language, campaigns joined, steps done, roles, sessions, security log.
    expect(data.profile.language).toBe("es");
    expect(data.campaignsJoined).toEqual([
      expect.objectContaining({ slug: "demo", joinedBy: "letter", leftAt: null }),
    ]);
    expect(data.stepsDone).toEqual([expect.objectContaining({ step: "learn" })]);
    expect(data.roles).toEqual([expect.objectContaining({ role: "viewer", kind: "community_group" })]);
    expect(data.sessions).toHaveLength(1);
    expect(JSON.stringify(data.sessions)).not.toContain("token-export-me");
    expect(data.securityLog).toEqual([expect.objectContaining({ action: "auth.sign_in" })]);

    await unsubscribeFrom(sam, org?.id ?? "");
    expect((await exportMyData(sam)).subscriptions[0]?.unsubscribedAt).toBeInstanceOf(Date);
  });
});

describe("deleteMyAccount", () => {
  it("needs the person's own email typed, and changes nothing otherwise", async () => {
    const sam = await person("careful@example.org");
    const error = await deleteMyAccount(sam, "someone@example.org").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(describeFieldErrors((error as AppError).fieldErrors, "en")?.confirmEmail).toBeDefined();
    expect(await getDb().select().from(users).where(eq(users.id, sam.id))).toHaveLength(1);
  });

  it("anonymises delivered letters, stops the rest, frees pledged seats and ends every session", async () => {
    const sam = await person("leaving@example.org");
    const sent = await submitLetter(sam, letter);
    if (sent.status !== "sent") throw new Error("expected sent");
    // One delivery was made already; the rest wait.
    const [council] = await getDb()
      .update(deliveries)
      .set({ status: "sent", sentAt: new Date() })
      .where(and(eq(deliveries.letterId, sent.letterId), eq(deliveries.channel, "email")))
      .returning({ id: deliveries.id, letterId: deliveries.letterId });
    expect(council).toBeDefined();
    // A second campaign's letter, never confirmed (written while signed out).
    const [demo] = await getDb().select().from(campaigns).where(eq(campaigns.slug, "demo"));
    const [draft] = await getDb()
      .insert(campaigns)
      .values({
        organizationId: demo?.organizationId ?? "",
        slug: "second",
        title: "Second",
        status: "published",
      })
      .returning({ id: campaigns.id });
    await getDb()
      .insert(letters)
      .values({
        campaignId: draft?.id ?? "",
        supporterId: sam.id,
        status: "awaiting_confirmation",
        subject: "s",
        body: "b",
        personalizationScore: 0,
        firstName: "Sam",
        lastName: "Rivera",
        email: sam.email,
        state: "IL",
        zip: "60623",
      });
    const before = await takenOf(shiftId);
    await pledge(sam, { optionId: shiftId, name: "Sam" });
    expect(await takenOf(shiftId)).toBe(before + 1);

    await deleteMyAccount(sam, "Leaving@Example.org");

    expect(await getDb().select().from(users).where(eq(users.id, sam.id))).toEqual([]);
    expect(await getDb().select().from(sessions).where(eq(sessions.userId, sam.id))).toEqual([]);
    expect(await getDb().select().from(pledges).where(eq(pledges.userId, sam.id))).toEqual([]);
    expect(await takenOf(shiftId)).toBe(before);

    const [kept] = await getDb().select().from(letters).where(eq(letters.id, sent.letterId));
    expect(kept).toMatchObject({
      supporterId: null,
      firstName: DELETED_NAME,
      lastName: "",
      email: "",
      city: "",
    });
    expect(
      await getDb()
        .select()
        .from(letters)
        .where(eq(letters.campaignId, draft?.id ?? "")),
    ).toEqual([]);
    const rest = await getDb().select().from(deliveries).where(eq(deliveries.letterId, sent.letterId));
    expect(rest.find((d) => d.id === council?.id)?.status).toBe("sent");
    for (const d of rest.filter((d) => d.id !== council?.id)) {
      expect(d.status).toBe("failed");
      expect(d.lastError).toContain("deleted their account");
    }
    const deleted = await getDb().select().from(auditEvents).where(eq(auditEvents.action, "account.deleted"));
    expect(deleted.length).toBeGreaterThan(0);
    expect(JSON.stringify(deleted)).not.toContain("leaving@example.org");

    // The job table forgets them: the pledge's confirmation (queued, holding their address and phone) is
    // cancelled, and the letter's receipt (its job names the letter only) finds nothing to send.
    const [named] = rowsOf<{ n: number }>(
      await getDb().execute(
        sql`select count(*)::int as n from pgboss.job where strpos(lower(data::text), 'leaving@example.org') > 0`,
      ),
    );
    expect(named?.n).toBe(0);
    expect(await buildLetterEmail({ letterEmail: "letter-receipt", letterId: sent.letterId })).toBeNull();
  });
});

async function takenOf(optionId: string): Promise<number> {
  const [row] = await getDb()
    .select({ taken: pledgeOptions.taken })
    .from(pledgeOptions)
    .where(eq(pledgeOptions.id, optionId));
  return row?.taken ?? -1;
}
