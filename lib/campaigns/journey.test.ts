import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { campaigns, deliveries, pledgeOptions, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { submitLetter } from "@/lib/letters/submit";
import { seedLetterFixture } from "@/lib/letters/testing";
import { pledge } from "@/lib/pledges/pledge";
import { joinCampaign } from "./join";
import { findMyJourney, nextStep } from "./journey";

async function person(email: string): Promise<SessionUser> {
  const [user] = await getDb().insert(users).values({ email, name: "Lee" }).returning({ id: users.id });
  if (!user) throw new Error("no user");
  return { id: user.id, email, name: "Lee" };
}

beforeAll(async () => {
  await seedLetterFixture();
});

describe("findMyJourney", () => {
  it("follows a supporter from joining to writing, finishing hand-offs and pledging, with a next step each time", async () => {
    const lee = await person("journey@example.org");
    expect(await findMyJourney(lee)).toEqual([]);

    await joinCampaign(lee, "demo", false);
    let [demo] = await findMyJourney(lee);
    expect(demo?.next).toEqual({ label: "Write to your officials", href: "/campaigns/demo#write" });

    const sent = await submitLetter(lee, {
      campaign: "demo",
      zip: "60623",
      firstName: "Lee",
      lastName: "Ng",
      parts: {},
    });
    if (sent.status !== "sent") throw new Error("expected sent");
    [demo] = await findMyJourney(lee);
    expect(demo?.letter?.status).toBe("confirmed");
    expect(demo?.next?.label).toContain("Finish sending: 3 officials");

    await getDb()
      .update(deliveries)
      .set({ status: "handoff_done" })
      .where(and(eq(deliveries.letterId, sent.letterId), eq(deliveries.status, "handoff_ready")));
    [demo] = await findMyJourney(lee);
    expect(demo?.next).toEqual({ label: "Give an hour, a gift or a skill", href: "/campaigns/demo#help" });

    const [campaign] = await getDb()
      .select({ id: campaigns.id })
      .from(campaigns)
      .where(eq(campaigns.slug, "demo"));
    const [coats] = await getDb()
      .select({ id: pledgeOptions.id })
      .from(pledgeOptions)
      .where(and(eq(pledgeOptions.campaignId, campaign?.id ?? ""), eq(pledgeOptions.kind, "goods")));
    await pledge(lee, { optionId: coats?.id ?? "", name: "Lee", quantity: 2 });
    [demo] = await findMyJourney(lee);
    expect(demo?.pledges).toEqual([
      expect.objectContaining({ title: "Winter coats for families", status: "pledged" }),
    ]);
    expect(demo?.next?.label).toBe("Share the campaign with a friend");

    // Another person's journey shows none of it.
    expect(await findMyJourney(await person("someone-else@example.org"))).toEqual([]);
  });
});

describe("nextStep", () => {
  const base = { isOpen: true, base: "/campaigns/x", hasTemplate: true, hasOptions: true, pledged: false };
  it("asks to confirm an unconfirmed letter first, and to answer the reply question", () => {
    const letter = {
      id: "l1",
      status: "awaiting_confirmation",
      handoffsWaiting: 2,
      replyQuestionOpen: false,
    };
    expect(nextStep({ ...base, letter })?.href).toBe("/letters/l1");
    const asked = { id: "l1", status: "confirmed", handoffsWaiting: 0, replyQuestionOpen: true };
    expect(nextStep({ ...base, letter: asked })?.href).toBe("/letters/l1/replies");
  });
  it("suggests nothing new on a closed campaign", () => {
    expect(nextStep({ ...base, isOpen: false, letter: null })).toBeNull();
  });
});
