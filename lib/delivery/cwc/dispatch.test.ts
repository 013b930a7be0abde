/**
 * Letters to Congress through CWC, end to end below the UI: submitted through the real submit path, sent by
 * the CWC dispatcher to the fake House and Senate on loopback (which validates every message against
 * cwc-2.0.rng), each (letter, office) accepted once by DeliveryId through retries, duplicates, refusals,
 * halts and maintenance windows.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { cwcChambers, deliveries, letters, users } from "@/db/schema";
import { type FakeCwc, startFakeCwc } from "@/e2e/fakes/fake-cwc";
import type { SessionUser } from "@/lib/auth";
import { reloadEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { describeFieldErrors } from "@/lib/i18n/errors";
import { confirmLetter } from "@/lib/letters/confirm";
import { howItGoes } from "@/lib/letters/delivery-words";
import { buildLetterEmail } from "@/lib/letters/letter-emails";
import { findLetterReceipt } from "@/lib/letters/receipts";
import { type LetterInput, submitLetter } from "@/lib/letters/submit";
import { seedLetterFixture } from "@/lib/letters/testing";
import { dispatchCwc, handOffUnconfiguredChambers } from "./dispatch";
import { cwcDeliveryId } from "./message";
import { refreshCwcOffices } from "./offices";
import { clearCwcHalts, cwcAlerts } from "./state";

let fake: FakeCwc;
let people = 0;

const FAST = { maintenanceWindows: false, requestsPerSecond: 50, retryBaseSeconds: 0.05, timeoutMs: 5000 };

async function supporter(): Promise<SessionUser> {
  const email = `cwc-${++people}-${Math.random().toString(36).slice(2)}@example.org`;
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
  streetAddress: "1234 S Pulaski Rd",
  prefix: "Ms.",
  parts: {
    story: "My sister was evicted last winter without a lawyer. It took her family a year to recover.",
  },
  ...overrides,
});

/** A signed-in letter; its email delivery (the council) is removed so only Congress is left. */
async function congressLetter(overrides: Partial<LetterInput> = {}): Promise<string> {
  const result = await submitLetter(await supporter(), input(overrides));
  if (result.status !== "sent") throw new Error(`expected sent, got ${result.status}`);
  await getDb()
    .delete(deliveries)
    .where(and(eq(deliveries.letterId, result.letterId), eq(deliveries.channel, "email")));
  return result.letterId;
}

async function deliveriesOf(letterId: string) {
  return getDb()
    .select()
    .from(deliveries)
    .where(eq(deliveries.letterId, letterId))
    .orderBy(deliveries.targetKey);
}

async function settle(runs = 20): Promise<void> {
  for (let i = 0; i < runs; i++) {
    const report = await dispatchCwc(FAST);
    if (!report.nextAttemptAt) return;
    const wait = report.nextAttemptAt.getTime() - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 2000)));
  }
}

beforeAll(async () => {
  await seedLetterFixture();
  fake = await startFakeCwc();
  Object.assign(process.env, {
    CWC_HOUSE_API_KEY: fake.houseKey,
    CWC_HOUSE_BASE_URL: fake.houseBaseUrl,
    CWC_SENATE_API_KEY: fake.senateKey,
    CWC_SENATE_BASE_URL: fake.senateBaseUrl,
    CWC_DELIVERY_AGENT: "Chorus Test Agent",
    CWC_DELIVERY_AGENT_ACK_EMAIL: "cwc-ack@example.org",
    CWC_DELIVERY_AGENT_CONTACT_NAME: "Casey Operator",
    CWC_DELIVERY_AGENT_CONTACT_EMAIL: "ops@example.org",
    CWC_DELIVERY_AGENT_CONTACT_PHONE: "202-555-0100",
  });
  reloadEnv();
  expect(await refreshCwcOffices()).toEqual({
    house: { ok: true, offices: 6 },
    senate: { ok: true, offices: 2 },
  });
});

afterAll(async () => {
  for (const key of Object.keys(process.env)) if (key.startsWith("CWC_")) delete process.env[key];
  reloadEnv();
  await fake.close();
});

beforeEach(async () => {
  fake.reset();
  await clearCwcHalts();
  // Earlier tests' letters are done with; each test counts its own.
  await getDb().delete(deliveries).where(eq(deliveries.status, "queued"));
});

describe("dispatchCwc", () => {
  it("delivers a letter to the representative and both senators once each, with the DeliveryId from the delivery", async () => {
    const letterId = await congressLetter();
    const queued = await deliveriesOf(letterId);
    expect(queued.map((d) => [d.targetName, d.channel, d.status])).toEqual([
      ["Danny K. Davis", "cwc", "queued"],
      ["Richard J. Durbin", "cwc", "queued"],
      ["Tammy Duckworth", "cwc", "queued"],
    ]);
    const report = await dispatchCwc(FAST);
    expect(report).toMatchObject({ sent: 3, handedOff: 0, halted: [] });

    expect(fake.accepted.map((m) => m.officeCode).sort()).toEqual(["HIL07", "SIL02", "SIL03"]);
    const after = await deliveriesOf(letterId);
    for (const delivery of after) {
      expect(delivery.status).toBe("sent");
      expect(delivery.cwcDeliveryId).toBe(cwcDeliveryId(delivery.id));
      expect(delivery.cwcPayloadSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(fake.accepted.filter((m) => m.deliveryId === delivery.cwcDeliveryId)).toHaveLength(1);
    }
    expect(after.find((d) => d.targetName === "Danny K. Davis")?.cwcHttpStatus).toBe(200);
    expect(after.find((d) => d.targetName === "Tammy Duckworth")?.cwcHttpStatus).toBe(201);

    const senate = fake.acceptedBy("senate")[0]?.xml ?? "";
    expect(senate).toContain("<Prefix>Ms.</Prefix>");
    expect(senate).toContain("<Address1>1234 S Pulaski Rd</Address1>");
    expect(senate).toContain(
      "<LibraryOfCongressTopic>Housing and Community Development</LibraryOfCongressTopic>",
    );
    // The demo's federal bill and its stance: the Senate spells the bill type its way, the House its own.
    expect(senate).toContain(
      "<Bills><Bill><BillCongress>119</BillCongress><BillTypeAbbreviation>H.R.</BillTypeAbbreviation><BillNumber>1234</BillNumber></Bill></Bills>",
    );
    expect(senate).toContain("<ProOrCon>Pro</ProOrCon>");
    expect(fake.acceptedBy("house")[0]?.xml).toContain(
      "<BillTypeAbbreviation>hr</BillTypeAbbreviation><BillNumber>1234</BillNumber>",
    );
    // The supporter's own words apart from the campaign's.
    expect(senate).toMatch(/<ConstituentMessage>My sister was evicted[^<]*<\/ConstituentMessage>/);
    expect(senate).toMatch(
      /<OrganizationStatement>Dear Senator (Durbin|Duckworth),[\s\S]*right to counsel[\s\S]*<\/OrganizationStatement>/,
    );
    // Every delivery that needed the street address is done: it is forgotten.
    const [letter] = await getDb()
      .select({ street: letters.streetAddress })
      .from(letters)
      .where(eq(letters.id, letterId));
    expect(letter?.street).toBeNull();
  });

  it("resends after an answer that never came with the same DeliveryId; the Senate's 409 counts as delivered", async () => {
    const letterId = await congressLetter();
    fake.failNext("senate", { kind: "hang", afterAccepting: true });
    const first = await dispatchCwc(FAST);
    expect(first.retrying).toBe(1);
    await settle();
    const after = await deliveriesOf(letterId);
    expect(after.every((d) => d.status === "sent")).toBe(true);
    const retried = after.find((d) => d.cwcHttpStatus === 409);
    expect(retried?.attempts).toBe(2);
    const ids = fake.requests.filter(
      (r) => r.chamber === "senate" && r.deliveryId === retried?.cwcDeliveryId,
    );
    expect(ids.map((r) => r.status)).toEqual(["accepted-hung", 409]);
    expect(fake.accepted.filter((m) => m.deliveryId === retried?.cwcDeliveryId)).toHaveLength(1);
  });

  it("retries 429 and 500 with the same DeliveryId until accepted once", async () => {
    const letterId = await congressLetter();
    fake.failNext(
      "house",
      { kind: "status", status: 429, retryAfterSeconds: 1 },
      { kind: "status", status: 500 },
    );
    await settle();
    const [house] = (await deliveriesOf(letterId)).filter((d) => d.targetName === "Danny K. Davis");
    expect(house).toMatchObject({ status: "sent", cwcHttpStatus: 200 });
    // Three attempts, or more when a slow machine let one time out: always the same DeliveryId, accepted once.
    expect(house?.attempts).toBeGreaterThanOrEqual(3);
    const tries = fake.requests.filter((r) => r.chamber === "house" && r.path.endsWith("/message"));
    expect(tries.map((r) => r.status).slice(0, 2)).toEqual([429, 500]);
    expect(tries.at(-1)?.status).toBe(200);
    expect(new Set(tries.map((r) => r.deliveryId))).toEqual(new Set([house?.cwcDeliveryId]));
    expect(fake.acceptedBy("house")).toHaveLength(1);
  });

  it("hands the letter to the supporter when an office's system refuses it (400), keeping the error list", async () => {
    const letterId = await congressLetter();
    const listed = fake.senateOffices;
    fake.senateOffices = listed.filter((o) => o.office_code !== "SIL03");
    try {
      await dispatchCwc(FAST);
    } finally {
      fake.senateOffices = listed;
    }
    const duckworth = (await deliveriesOf(letterId)).find((d) => d.targetName === "Tammy Duckworth");
    expect(duckworth).toMatchObject({
      status: "handoff_ready",
      handoffReason: "cwc_rejected",
      cwcHttpStatus: 400,
      cwcErrors: ["MemberOffice SIL03 is not an active office"],
      contactFormUrl: "https://www.senate.gov/duckworth/contact",
    });
    expect(duckworth?.lastError).toContain("refused");
    // The others went.
    expect((await deliveriesOf(letterId)).filter((d) => d.status === "sent")).toHaveLength(2);
  });

  it("halts a chamber that refuses our key (401): its letters stay queued and the dashboard gets an alert", async () => {
    const letterId = await congressLetter();
    fake.failNext("house", { kind: "status", status: 401 });
    const report = await dispatchCwc(FAST);
    expect(report.halted).toEqual(["house"]);
    const house = (await deliveriesOf(letterId)).find((d) => d.targetName === "Danny K. Davis");
    expect(house).toMatchObject({ status: "queued", attempts: 0, cwcHttpStatus: 401 });
    const alerts = await cwcAlerts();
    expect(alerts).toEqual([expect.objectContaining({ chamber: "house", kind: "halted", httpStatus: 401 })]);

    // Halted: nothing more goes to the House, however often the dispatcher runs.
    const before = fake.requests.length;
    expect((await dispatchCwc(FAST)).halted).toEqual(["house"]);
    expect(fake.requests.length).toBe(before);

    // A restart (with the fix) clears the halt and the letter goes.
    await clearCwcHalts();
    await dispatchCwc(FAST);
    expect((await deliveriesOf(letterId)).every((d) => d.status === "sent")).toBe(true);
    expect(await cwcAlerts()).toEqual([]);
  });

  it("waits out a maintenance window instead of failing", async () => {
    const letterId = await congressLetter();
    // Sunday 02:00 in Washington: the House (daily 00–06) and the Senate (Sundays 00–06) are both down.
    const sunday = new Date("2026-12-06T07:00:00Z");
    const report = await dispatchCwc({ ...FAST, maintenanceWindows: true, now: () => sunday });
    expect(report.requests).toBe(0);
    expect(report.deferredUntil?.toISOString()).toBe("2026-12-06T11:01:00.000Z");
    expect(report.nextAttemptAt?.toISOString()).toBe("2026-12-06T11:01:00.000Z");
    expect((await deliveriesOf(letterId)).map((d) => [d.status, d.attempts])).toEqual([
      ["queued", 0],
      ["queued", 0],
      ["queued", 0],
    ]);
    // Wednesday 06:00: the Senate's window (05–07), not the House's.
    const wednesday = new Date("2026-12-09T11:00:00Z");
    const mid = await dispatchCwc({ ...FAST, maintenanceWindows: true, now: () => wednesday });
    expect(mid.sent).toBe(1);
    expect(fake.acceptedBy("senate")).toHaveLength(0);
  });

  it("sends Senate offices nothing for a supporter who chose no prefix: they keep the hand-off", async () => {
    const letterId = await congressLetter({ prefix: "none" });
    expect((await deliveriesOf(letterId)).map((d) => [d.targetName, d.channel, d.status])).toEqual([
      ["Danny K. Davis", "cwc", "queued"],
      ["Richard J. Durbin", "contact_form", "handoff_ready"],
      ["Tammy Duckworth", "contact_form", "handoff_ready"],
    ]);
    await dispatchCwc(FAST);
    expect(fake.accepted.map((m) => m.officeCode)).toEqual(["HIL07"]);
    expect(fake.accepted[0]?.xml).toContain("<Prefix></Prefix>");
  });
});

describe("a chamber whose key was removed", () => {
  /** Runs `body` with the House's key taken out of the environment, as after a restart without it. */
  async function withoutHouseKey(body: () => Promise<void>): Promise<void> {
    const key = process.env.CWC_HOUSE_API_KEY;
    delete process.env.CWC_HOUSE_API_KEY;
    reloadEnv();
    try {
      await body();
    } finally {
      process.env.CWC_HOUSE_API_KEY = key;
      reloadEnv();
    }
  }

  it("hands its queued letters to their writers as plain hand-offs, and sends the other chamber's", async () => {
    const actor = await supporter();
    const result = await submitLetter(actor, input());
    if (result.status !== "sent") throw new Error(`expected sent, got ${result.status}`);
    const { letterId } = result;
    await getDb()
      .delete(deliveries)
      .where(and(eq(deliveries.letterId, letterId), eq(deliveries.channel, "email")));

    await withoutHouseKey(async () => {
      const report = await dispatchCwc(FAST);
      expect(report).toMatchObject({ sent: 2, handedOff: 1 });
    });
    expect(fake.accepted.map((m) => m.officeCode).sort()).toEqual(["SIL02", "SIL03"]);
    const davis = (await deliveriesOf(letterId)).find((d) => d.targetName === "Danny K. Davis");
    expect(davis).toMatchObject({
      channel: "contact_form",
      status: "handoff_ready",
      handoffReason: "cwc_not_configured",
      nextAttemptAt: null,
    });
    expect(davis?.contactFormUrl).toBeTruthy();
    // The writer reads it as any hand-off: waiting for them, at the official's contact form or website.
    const receipt = await findLetterReceipt(actor, letterId);
    const shown = receipt.deliveries.find((d) => d.targetName === "Danny K. Davis");
    expect(shown).toMatchObject({ channel: "contact_form", status: "handoff_ready" });
    expect(
      howItGoes("en", { channel: "contact_form", status: "handoff_ready", handoff: shown?.handoff }),
    ).toMatch(/^waiting for you: their (contact form|website)/);
    // Nothing needs the street address any more.
    const [letter] = await getDb()
      .select({ street: letters.streetAddress })
      .from(letters)
      .where(eq(letters.id, letterId));
    expect(letter?.street).toBeNull();
    // With the key back, nothing is sent twice and the hand-off stays.
    await dispatchCwc(FAST);
    expect(fake.acceptedBy("house")).toHaveLength(0);
  });

  it("at the worker's start, a letter still awaiting confirmation becomes a hand-off once confirmed", async () => {
    const email = `cwc-gone-${Math.random().toString(36).slice(2)}@example.org`;
    expect((await submitLetter(null, input({ email }))).status).toBe("confirm_email");
    const [letter] = await getDb().select({ id: letters.id }).from(letters).where(eq(letters.email, email));
    const letterId = letter?.id ?? "";
    await withoutHouseKey(async () => {
      expect(await handOffUnconfiguredChambers("pending")).toBe(1);
      const built = await buildLetterEmail({ letterEmail: "confirm-letter", letterId });
      const url = (built?.props as { confirmUrl?: string } | undefined)?.confirmUrl ?? "";
      await confirmLetter(url.split("/").at(-1) ?? "");
    });
    const davis = (await deliveriesOf(letterId)).find((d) => d.targetName === "Danny K. Davis");
    expect(davis).toMatchObject({
      channel: "contact_form",
      status: "handoff_ready",
      handoffReason: "cwc_not_configured",
    });
    // The Senate's key is still there: its letters wait for the dispatcher as before.
    expect((await deliveriesOf(letterId)).filter((d) => d.channel === "cwc").map((d) => d.status)).toEqual([
      "queued",
      "queued",
    ]);
  });
});

describe("submitting a letter that goes through CWC", () => {
  it("asks for the street address and the prefix, and writes nothing without them", async () => {
    const actor = await supporter();
    const error = await submitLetter(actor, input({ streetAddress: undefined, prefix: undefined })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(describeFieldErrors((error as AppError).fieldErrors, "en")).toEqual({
      streetAddress: [
        "Congress's mail system needs your street address to deliver your letter. Please add yours.",
      ],
      prefix: ["Please choose a title from the list, or “None of these”."],
    });
    expect(await getDb().select().from(letters).where(eq(letters.supporterId, actor.id))).toHaveLength(0);
  });

  it("refuses a letter that cannot fit CWC, on the field at fault", async () => {
    const actor = await supporter();
    const error = await submitLetter(
      actor,
      input({ streetAddress: "1", city: "Ch", parts: { story: "Hi" } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(describeFieldErrors((error as AppError).fieldErrors, "en")).toEqual({
      streetAddress: ["Please write your full street address, with the number and the street."],
      city: ["Please write your city's full name (Congress's mail system needs at least 3 letters)."],
      form: [
        "What you wrote is too short for Congress's mail system: write at least 6 characters, or leave the suggested text.",
      ],
    });
    expect(await getDb().select().from(letters).where(eq(letters.supporterId, actor.id))).toHaveLength(0);
  });

  it("a new supporter's letter waits for confirmation, then goes to Congress through CWC", async () => {
    const email = `cwc-new-${Math.random().toString(36).slice(2)}@example.org`;
    const result = await submitLetter(null, input({ email }));
    expect(result.status).toBe("confirm_email");
    const [letter] = await getDb().select({ id: letters.id }).from(letters).where(eq(letters.email, email));
    const letterId = letter?.id ?? "";
    expect((await deliveriesOf(letterId)).filter((d) => d.channel === "cwc").map((d) => d.status)).toEqual([
      "awaiting_confirmation",
      "awaiting_confirmation",
      "awaiting_confirmation",
    ]);
    // The confirmation job names the letter only; its email (and link) is built when it is sent.
    const built = await buildLetterEmail({ letterEmail: "confirm-letter", letterId });
    const url = (built?.props as { confirmUrl?: string } | undefined)?.confirmUrl ?? "";
    await confirmLetter(url.split("/").at(-1) ?? "");
    expect((await deliveriesOf(letterId)).filter((d) => d.channel === "cwc").map((d) => d.status)).toEqual([
      "queued",
      "queued",
      "queued",
    ]);
    await getDb()
      .delete(deliveries)
      .where(and(eq(deliveries.letterId, letterId), eq(deliveries.channel, "email")));
    await dispatchCwc(FAST);
    expect(fake.accepted).toHaveLength(3);
  });

  it("refuses a prefix outside the Senate's five and 'none'", async () => {
    const error = await submitLetter(
      await supporter(),
      input({ prefix: "Mx." as unknown as LetterInput["prefix"] }),
    ).catch((e: unknown) => e);
    expect(describeFieldErrors((error as AppError).fieldErrors, "en")?.prefix).toEqual([
      "Please choose a title from the list, or “None of these”.",
    ]);
  });

  it("stores the prefix and the letter's parts, own words marked", async () => {
    const letterId = await congressLetter();
    const [letter] = await getDb().select().from(letters).where(eq(letters.id, letterId));
    expect(letter?.prefix).toBe("Ms.");
    expect(letter?.letterParts?.map((p) => p.own)).toEqual([false, true, false, false]);
  });
});

describe("office lists", () => {
  it("keep the last good list when a fetch fails, and say so", async () => {
    fake.failOffices("senate", 503);
    try {
      const report = await refreshCwcOffices();
      expect(report.senate).toMatchObject({ ok: false });
      expect(report.house).toEqual({ ok: true, offices: 6 });
    } finally {
      fake.failOffices("senate", null);
    }
    const rows = await getDb().execute(
      sql`select count(*)::int as n from cwc_offices where chamber = 'senate'`,
    );
    expect(
      (rows as unknown as { rows?: { n: number }[] }).rows?.[0]?.n ??
        (rows as unknown as { n: number }[])[0]?.n,
    ).toBe(2);
    expect(await cwcAlerts()).toEqual([expect.objectContaining({ chamber: "senate", kind: "list_stale" })]);
    // Letters still go to the Senate from the last good list.
    const letterId = await congressLetter();
    expect((await deliveriesOf(letterId)).filter((d) => d.channel === "cwc")).toHaveLength(3);
    // The next good fetch clears the alert.
    await refreshCwcOffices("senate");
    expect(await cwcAlerts()).toEqual([]);
    const [senate] = await getDb()
      .select()
      .from(cwcChambers)
      .where(inArray(cwcChambers.chamber, ["senate"]));
    expect(senate?.lastFetchError).toBeNull();
  });

  it("an office that leaves the list keeps the hand-off for new letters", async () => {
    const listed = fake.houseOffices;
    fake.houseOffices = listed.filter((code) => code !== "HIL07");
    try {
      await refreshCwcOffices("house");
      const { forgetCwcOfficeCache } = await import("./offices");
      forgetCwcOfficeCache();
      const letterId = await congressLetter();
      expect((await deliveriesOf(letterId)).find((d) => d.targetName === "Danny K. Davis")?.channel).toBe(
        "contact_form",
      );
    } finally {
      fake.houseOffices = listed;
      await refreshCwcOffices("house");
    }
  });
});
