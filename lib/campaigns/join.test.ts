import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { campaignSupporters, campaigns, organizationSubscriptions, pledgeOptions, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { confirmLetter } from "@/lib/letters/confirm";
import { submitLetter } from "@/lib/letters/submit";
import { confirmationTokenFor, seedLetterFixture } from "@/lib/letters/testing";
import { pledge } from "@/lib/pledges/pledge";
import {
  campaignCounts,
  consentToUpdates,
  joinCampaign,
  leaveCampaign,
  listMyCampaigns,
  myMembership,
} from "./join";

let demoId = "";

async function person(email: string): Promise<SessionUser> {
  const [user] = await getDb().insert(users).values({ email, name: "Ana" }).returning({ id: users.id });
  if (!user) throw new Error("no user");
  return { id: user.id, email, name: "Ana" };
}

async function subscription(userId: string) {
  const [demo] = await getDb().select().from(campaigns).where(eq(campaigns.id, demoId));
  const [row] = await getDb()
    .select()
    .from(organizationSubscriptions)
    .where(
      and(
        eq(organizationSubscriptions.userId, userId),
        eq(organizationSubscriptions.organizationId, demo?.organizationId ?? ""),
      ),
    );
  return row;
}

const letter = { campaign: "demo", zip: "60623", firstName: "Ana", lastName: "Lopez", parts: {} };

beforeAll(async () => {
  await seedLetterFixture();
  const [demo] = await getDb().select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, "demo"));
  demoId = demo?.id ?? "";
});

describe("joining", () => {
  it("joins without consent unless the person ticks it; leaving and coming back work, once each", async () => {
    const ana = await person("join-quiet@example.org");
    await joinCampaign(ana, "demo", false);
    expect(await myMembership(ana, demoId)).toEqual({ joined: true, consented: false });
    expect(await subscription(ana.id)).toBeUndefined();
    await joinCampaign(ana, "demo", false);
    const rows = await getDb().select().from(campaignSupporters).where(eq(campaignSupporters.userId, ana.id));
    expect(rows).toHaveLength(1);

    await leaveCampaign(ana, "demo");
    expect((await myMembership(ana, demoId)).joined).toBe(false);
    expect(await listMyCampaigns(ana)).toEqual([]);
    await joinCampaign(ana, "demo", true);
    expect(await myMembership(ana, demoId)).toEqual({ joined: true, consented: true });
    expect((await subscription(ana.id))?.unsubscribedAt).toBeNull();
    expect((await listMyCampaigns(ana)).map((c) => c.slug)).toEqual(["demo"]);
  });

  it("lets someone already with the campaign agree to updates later, even after unsubscribing", async () => {
    const ana = await person("join-later-consent@example.org");
    await submitLetter(ana, letter); // writing joins, and asks nothing about updates
    expect(await myMembership(ana, demoId)).toEqual({ joined: true, consented: false });
    await consentToUpdates(ana, "demo");
    expect(await myMembership(ana, demoId)).toEqual({ joined: true, consented: true });
    await getDb()
      .update(organizationSubscriptions)
      .set({ unsubscribedAt: new Date() })
      .where(eq(organizationSubscriptions.userId, ana.id));
    expect((await myMembership(ana, demoId)).consented).toBe(false);
    await consentToUpdates(ana, "demo");
    expect((await subscription(ana.id))?.unsubscribedAt).toBeNull();
    await expect(consentToUpdates(ana, "no-such-campaign")).rejects.toThrow("couldn't find");
  });

  it("refuses a campaign that is not published", async () => {
    const ana = await person("join-draft@example.org");
    await expect(joinCampaign(ana, "no-such-campaign", false)).rejects.toThrow("couldn't find");
  });

  it("writing (at once when signed in, at confirmation otherwise) and pledging join the campaign", async () => {
    const signedIn = await person("join-by-letter@example.org");
    await submitLetter(signedIn, letter);
    expect((await myMembership(signedIn, demoId)).joined).toBe(true);

    const before = (await campaignCounts(demoId)).joined;
    const result = await submitLetter(null, { ...letter, email: "join-by-link@example.org" });
    expect(result.status).toBe("confirm_email");
    const [newcomer] = await getDb().select().from(users).where(eq(users.email, "join-by-link@example.org"));
    const newcomerActor = { id: newcomer?.id ?? "", email: "join-by-link@example.org", name: null };
    expect((await myMembership(newcomerActor, demoId)).joined).toBe(false);
    const token = await confirmationTokenFor("join-by-link@example.org");
    await confirmLetter(token);
    expect((await myMembership(newcomerActor, demoId)).joined).toBe(true);
    // Counted at most every few seconds: the cached number may lag, never run ahead.
    expect((await campaignCounts(demoId)).joined).toBeGreaterThanOrEqual(before);

    const giver = await person("join-by-pledge@example.org");
    const [gift] = await getDb()
      .select({ id: pledgeOptions.id })
      .from(pledgeOptions)
      .where(and(eq(pledgeOptions.campaignId, demoId), eq(pledgeOptions.kind, "donation")));
    await pledge(giver, { optionId: gift?.id ?? "", name: "Giver", amount: "10" });
    expect((await myMembership(giver, demoId)).joined).toBe(true);
    expect(await subscription(giver.id)).toBeUndefined();
  });
});

describe("the counts under npm start (several processes, each with its own memo)", () => {
  it("a join written by another process shows at once when the campaign's stamp moves, not before", async () => {
    let generation = 0;
    const key = Symbol.for("chorus.campaignChanges");
    (globalThis as Record<symbol, unknown>)[key] = { listening: true, stamp: () => `0:${generation}` };
    try {
      const before = (await campaignCounts(demoId, "demo")).joined;
      // Another web process's join: a row written without this process's forgetCount.
      const other = await person("join-elsewhere@example.org");
      await getDb()
        .insert(campaignSupporters)
        .values({ campaignId: demoId, userId: other.id, source: "join" });
      expect((await campaignCounts(demoId, "demo")).joined).toBe(before);
      // Its NOTIFY reaches this process (edge/launcher.ts moves the stamp).
      generation++;
      expect((await campaignCounts(demoId, "demo")).joined).toBe(before + 1);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[key];
    }
  });
});
