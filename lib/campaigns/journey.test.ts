import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { campaigns, deliveries, pledgeOptions, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { submitLetter } from "@/lib/letters/submit";
import { seedLetterFixture } from "@/lib/letters/testing";
import { listStepsForEdit, openStep, reorderSteps } from "@/lib/organize/steps";
import { pledge } from "@/lib/pledges/pledge";
import { joinCampaign } from "./join";
import { findMyJourney, nextStep } from "./journey";
import { findNextStepAfterAction, listCampaignSteps, markStepDone, type PublicStep } from "./steps";

let demoCampaignId = "";
const demoId = () => demoCampaignId;

async function person(email: string): Promise<SessionUser> {
  const [user] = await getDb().insert(users).values({ email, name: "Lee" }).returning({ id: users.id });
  if (!user) throw new Error("no user");
  return { id: user.id, email, name: "Lee" };
}

beforeAll(async () => {
  await seedLetterFixture();
  const [demo] = await getDb().select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, "demo"));
  demoCampaignId = demo?.id ?? "";
});

describe("findMyJourney", () => {
  it("follows a supporter from joining to writing, finishing hand-offs and pledging, with a next step each time", async () => {
    const lee = await person("journey@example.org");
    expect(await findMyJourney(lee)).toEqual([]);

    await joinCampaign(lee, "demo", false);
    let [demo] = await findMyJourney(lee);
    // The demo's organizers put learning first.
    expect(demo?.next).toEqual({ label: "Learn why this matters", href: "/campaigns/demo#story-heading" });
    const learn = (await listCampaignSteps(demoId(), "demo")).find((s) => s.kind === "learn");
    expect(await markStepDone(lee, "demo", learn?.id ?? "")).toEqual({
      label: "Write to your officials",
      href: "/campaigns/demo#write",
    });
    [demo] = await findMyJourney(lee);
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
    expect(demo?.next).toEqual({ label: "Share the campaign with a friend", href: "/campaigns/demo#share" });
    const share = (await listCampaignSteps(demoId(), "demo")).find((s) => s.kind === "share");
    expect(await markStepDone(lee, "demo", share?.id ?? "")).toBeNull();
    [demo] = await findMyJourney(lee);
    expect(demo?.next).toBeNull();

    // Another person's journey shows none of it.
    expect(await findMyJourney(await person("someone-else@example.org"))).toEqual([]);
  });
});

describe("the organizer's order", () => {
  it("is what the journey and the thank-you notes follow, including a newly opened ask", async () => {
    const [organizerRow] = await getDb()
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "organizer@example.org"));
    const organizer: SessionUser = {
      id: organizerRow?.id ?? "",
      email: "organizer@example.org",
      name: "Dana",
    };
    const kim = await person("kim-journey@example.org");
    await joinCampaign(kim, "demo", true);

    const steps = await listStepsForEdit(organizer, demoId());
    const id = (kind: string) => steps.find((s) => s.kind === kind)?.id ?? "";
    const ask = steps.find((s) => s.kind === "ask");
    expect(ask).toMatchObject({ label: "Pack the council hearing", status: "draft" });
    await reorderSteps(organizer, demoId(), [id("share"), id("write"), id("learn"), id("pledge"), ask?.id]);
    expect(await findNextStepAfterAction(kim, "demo")).toEqual({
      label: "Share the campaign with a friend",
      href: "/campaigns/demo#share",
    });
    await markStepDone(kim, "demo", id("share"));
    // Marking twice is the same as once.
    await markStepDone(kim, "demo", id("share"));
    let [demo] = await findMyJourney(kim);
    expect(demo?.next?.label).toBe("Write to your officials");

    // A draft ask is never suggested and cannot be marked; once open it is, after the earlier steps.
    expect((await markStepDone(kim, "demo", ask?.id ?? "").catch((e: Error) => e)) instanceof Error).toBe(
      true,
    );
    expect(await openStep(organizer, demoId(), ask?.id ?? "")).toMatchObject({ isOpened: true, alerted: 1 });
    await reorderSteps(organizer, demoId(), [ask?.id, id("share"), id("write"), id("learn"), id("pledge")]);
    [demo] = await findMyJourney(kim);
    expect(demo?.next).toEqual({
      label: "Pack the council hearing",
      href: `/campaigns/demo#step-${ask?.id}`,
    });
    expect(await markStepDone(kim, "demo", ask?.id ?? "")).toEqual({
      label: "Write to your officials",
      href: "/campaigns/demo#write",
    });

    // Someone else's marks are not Kim's: a new neighbour starts at the top of the order.
    const neighbour = await person("kim-neighbour3@example.org");
    await joinCampaign(neighbour, "demo", false);
    expect((await findMyJourney(neighbour))[0]?.next?.label).toBe("Pack the council hearing");
    // A step id that is not the campaign's, or not a step at all, is a plain 404.
    await expect(markStepDone(kim, "demo", "not-a-step")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(markStepDone(kim, "demo", id("write"))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("nextStep", () => {
  const step = (kind: PublicStep["kind"], id: string): PublicStep => ({
    id,
    kind,
    label: `Do ${kind}`,
    description: "",
    anchor: `step-${id}`,
    href: `/campaigns/x#${id}`,
    isMarkable: kind !== "write" && kind !== "pledge",
  });
  const steps = [step("pledge", "p"), step("write", "w"), step("share", "s"), step("ask", "a")];
  const progress = { done: new Set<string>(), available: new Set(["write", "pledge", "share"] as const) };
  const base = { isOpen: true, steps, progress };
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
  it("follows the organizer's order, skipping what is done or cannot be taken", () => {
    expect(nextStep({ ...base, letter: null })?.label).toBe("Do pledge");
    const noOptions = { done: new Set<string>(), available: new Set(["write", "share"] as const) };
    expect(nextStep({ ...base, progress: noOptions, letter: null })?.label).toBe("Do write");
    const didSome = { done: new Set(["p", "w"]), available: progress.available };
    expect(nextStep({ ...base, progress: didSome, letter: null })?.label).toBe("Do share");
    const didAll = { done: new Set(["p", "w", "s", "a"]), available: progress.available };
    expect(nextStep({ ...base, progress: didAll, letter: null })).toBeNull();
  });
  it("suggests nothing new on a closed campaign", () => {
    expect(nextStep({ ...base, isOpen: false, letter: null })).toBeNull();
  });
  it("says the letter's next step in the supporter's language", () => {
    const letter = { id: "l1", status: "confirmed", handoffsWaiting: 2, replyQuestionOpen: false };
    expect(nextStep({ ...base, letter })?.label).toBe(
      "Finish sending: 2 officials still need your letter through their website",
    );
    expect(nextStep({ ...base, letter }, "es")?.label).toBe(
      "Termina de enviar: 2 representantes todavía necesitan tu carta por su sitio web",
    );
    const one = { ...letter, handoffsWaiting: 1 };
    expect(nextStep({ ...base, letter: one }, "es")?.label).toBe(
      "Termina de enviar: 1 representante todavía necesita tu carta por su sitio web",
    );
    const unconfirmed = { ...letter, status: "awaiting_confirmation" };
    expect(nextStep({ ...base, letter: unconfirmed }, "es")?.label).toBe(
      "Confirma tu carta: abre el enlace que te enviamos por correo",
    );
  });
});

describe("the page's own steps in Spanish", () => {
  it("names each section's step in Spanish, and keeps the English for the organizer's console", async () => {
    const { sectionSteps, SECTION_STEPS } = await import("./steps");
    expect(SECTION_STEPS.write.label).toBe("Write to your officials");
    expect(sectionSteps("es").write).toEqual({
      label: "Escribe a tus representantes",
      description: "Con tus propias palabras, a partir de la carta de la campaña.",
      anchor: "write",
    });
    for (const kind of ["learn", "write", "pledge", "share"] as const) {
      expect(sectionSteps("es")[kind].anchor).toBe(SECTION_STEPS[kind].anchor);
    }
  });
});
