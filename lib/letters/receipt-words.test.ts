/**
 * What a supporter's pages read from the database (issue 18, item 7): a hand-off's address is their contact
 * form only when the official publishes one (the channel falls back to the website), a Congress letter handed
 * back after a refusal carries the official's address and can be marked sent, and "My letters", the journey and
 * the confirmation page count and describe each delivery.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { deliveries, letters, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { findMyJourney } from "@/lib/campaigns/journey";
import { findConfirmation } from "./confirm";
import { buildLetterEmail } from "./letter-emails";
import { findLetterReceipt, listMyLetters, markHandoffDone } from "./receipts";
import { submitLetter } from "./submit";
import { seedLetterFixture } from "./testing";

async function signedInUser(email: string): Promise<SessionUser> {
  const [user] = await getDb().insert(users).values({ email, name: "Test" }).returning({ id: users.id });
  if (!user) throw new Error("no user");
  return { id: user.id, email, name: "Test" };
}

const letter = {
  campaign: "demo",
  zip: "60623",
  firstName: "Rosa",
  lastName: "Parks",
  city: "Chicago",
  parts: {
    story: "My sister was evicted last winter without a lawyer. It took her family a year to recover.",
  },
};

beforeAll(async () => {
  await seedLetterFixture();
});

describe("a letter's receipt", () => {
  it("knows a contact form from a website, and a Congress letter handed back", async () => {
    const actor = await signedInUser("words@example.org");
    const result = await submitLetter(actor, letter);
    if (result.status !== "sent") throw new Error(result.status);

    let receipt = await findLetterReceipt(actor, result.letterId);
    const byName = (name: string) => receipt.deliveries.find((d) => d.targetName === name);
    // Senators publish a contact form; the House member only a website (the channel's fallback).
    expect(byName("Richard J. Durbin")).toMatchObject({
      channel: "contact_form",
      handoff: "form",
      contactFormUrl: "https://www.senate.gov/durbin/contact",
    });
    expect(byName("Danny K. Davis")).toMatchObject({
      channel: "contact_form",
      handoff: "website",
      contactFormUrl: "https://davis.house.gov",
    });

    // As the backend leaves a CWC refusal: the delivery on channel cwc handed to the supporter, no address.
    const durbin = byName("Richard J. Durbin");
    if (!durbin) throw new Error("no Durbin");
    await getDb()
      .update(deliveries)
      .set({ channel: "cwc", status: "handoff_ready", contactFormUrl: null, lastError: "Error: bad prefix" })
      .where(eq(deliveries.id, durbin.id));
    receipt = await findLetterReceipt(actor, result.letterId);
    expect(byName("Richard J. Durbin")).toMatchObject({
      channel: "cwc",
      status: "handoff_ready",
      handoff: "form",
      contactFormUrl: "https://www.senate.gov/durbin/contact",
    });

    // The supporter can say they sent it, as for any hand-off.
    await markHandoffDone(actor, durbin.id);
    receipt = await findLetterReceipt(actor, result.letterId);
    expect(byName("Richard J. Durbin")?.status).toBe("handoff_done");

    // "My letters" and the journey count how each delivery stands.
    const [mine] = await listMyLetters(actor);
    expect(mine?.deliveries).toEqual({
      total: 4,
      delivered: 0,
      onItsWay: 1,
      waiting: 2,
      youSent: 1,
      failed: 0,
    });
    const [journey] = await findMyJourney(actor);
    expect(journey?.letter?.deliveries).toMatchObject({ waiting: 2, youSent: 1, onItsWay: 1 });
  });

  it("the confirmation page says how each will go before anything is sent", async () => {
    const result = await submitLetter(null, { ...letter, email: "confirm-words@example.org" });
    expect(result.status).toBe("confirm_email");
    // The confirmation email (built from the letter when the job runs) carries each target's channel and kind.
    const [letterRow] = await getDb()
      .select({ id: letters.id })
      .from(letters)
      .where(eq(letters.email, "confirm-words@example.org"));
    const built = await buildLetterEmail({ letterEmail: "confirm-letter", letterId: letterRow?.id ?? "" });
    if (!built) throw new Error("no confirmation email");
    const props = built.props as { confirmUrl: string; targets: unknown[] };
    expect(props.targets).toEqual(
      expect.arrayContaining([
        { name: "City Council", title: expect.any(String), channel: "email" },
        { name: "Danny K. Davis", title: "U.S. Representative", channel: "contact_form", handoff: "website" },
        { name: "Tammy Duckworth", title: "U.S. Senator", channel: "contact_form", handoff: "form" },
      ]),
    );
    const token = props.confirmUrl.split("/").pop() ?? "";
    const view = await findConfirmation(token);
    if (view.status !== "pending") throw new Error(view.status);
    expect(view.targets).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "Danny K. Davis", channel: "contact_form", handoff: "website" }),
        expect.objectContaining({ name: "Richard J. Durbin", channel: "contact_form", handoff: "form" }),
      ]),
    );
  });
});
