/**
 * The campaign dashboard on the real database: the aggregates it shows, who may retry failed deliveries (and
 * that nobody else changes anything), and re-targeting letters that have not left yet when an official leaves
 * office.
 */
import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { deliveries, officials, pledgeOptions, pledges } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { getBoss } from "@/lib/jobs/boss";
import { getCampaignDashboard, retargetChangedOfficials, retryFailedDeliveries } from "./dashboard";
import { campaign, delivery, letter, member, official, organization } from "./testing";

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const DAY = 24 * 3_600_000;
const chicagoDay = (at: Date) => at.toLocaleDateString("en-CA", { timeZone: "America/Chicago" });

async function dispatchJobs(): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await getDb().execute(
      sql`select count(*)::int as n from pgboss.job where name = 'dispatch-letter-emails'`,
    ),
  );
  return Number(row?.n ?? 0);
}

/** The dispatcher's queue holds at most one waiting wake-up: clear it so a new one shows. */
async function clearDispatchJobs(): Promise<void> {
  await getDb().execute(sql`delete from pgboss.job where name = 'dispatch-letter-emails'`);
}

async function deliveryRows(ids: string[]) {
  return getDb()
    .select({
      id: deliveries.id,
      status: deliveries.status,
      attempts: deliveries.attempts,
      batchId: deliveries.batchId,
      lastError: deliveries.lastError,
      nextAttemptAt: deliveries.nextAttemptAt,
      targetKey: deliveries.targetKey,
      officialId: deliveries.officialId,
      channel: deliveries.channel,
      targetName: deliveries.targetName,
    })
    .from(deliveries)
    .where(inArray(deliveries.id, ids))
    .orderBy(deliveries.id);
}

let orgId = "";
let owner: SessionUser;
let organizer: SessionUser;
let viewer: SessionUser;
let stranger: SessionUser;
let campaignId = "";

beforeAll(async () => {
  // pg-boss creates its schema on start; the counts of dispatcher wake-ups read its job table.
  await getBoss();
  orgId = await organization("dash-org");
  const otherOrg = await organization("dash-other");
  owner = await member(orgId, "owner");
  organizer = await member(orgId, "organizer");
  viewer = await member(orgId, "viewer");
  stranger = await member(otherOrg, "organizer");
  await campaign(otherOrg, "dash-other-campaign");
  campaignId = await campaign(orgId, "dash-campaign", { startsAt: new Date(Date.now() - 10 * DAY) });
});

describe("the dashboard's numbers", () => {
  let failedId = "";

  beforeAll(async () => {
    await official({ id: "DSH0007", state: "IL", chamber: "house", district: 7, name: "Rep Seven" });
    await official({ id: "DSH0010", state: "IL", chamber: "house", district: 10, name: "Rep Ten" });
    const twoDaysAgo = new Date(Date.now() - 2 * DAY);
    const a = await letter(campaignId, {
      firstName: "Maria Elena",
      city: "Chicago",
      createdAt: twoDaysAgo,
    });
    const b = await letter(campaignId, { firstName: "Sam", city: "Evanston", createdAt: twoDaysAgo });
    const c = await letter(campaignId, {
      firstName: "Lee",
      city: "Austin",
      state: "TX",
      zip: "78701",
      status: "awaiting_confirmation",
    });
    // Long before the chart's window starts: counted in totals, not in the chart.
    await letter(campaignId, { firstName: "Old", createdAt: new Date(Date.now() - 90 * DAY) });
    await delivery(a.id, {
      targetKey: "official:DSH0007",
      officialId: "DSH0007",
      channel: "contact_form",
      status: "handoff_done",
    });
    await delivery(b.id, {
      targetKey: "official:DSH0010",
      officialId: "DSH0010",
      channel: "contact_form",
      status: "handoff_ready",
    });
    failedId = await delivery(b.id, {
      targetKey: "custom:council",
      targetName: "Ana Rivera",
      status: "failed",
      attempts: 8,
      lastError: "The provider refused: mailbox full",
    });
    await delivery(c.id, { targetKey: "custom:council", status: "awaiting_confirmation" });

    const [option] = await getDb()
      .insert(pledgeOptions)
      .values({
        organizationId: orgId,
        campaignId,
        kind: "volunteer_shift",
        title: "Phone bank",
        hours: 2,
        pledgers: 1,
        taken: 1,
        pledgedHours: 2,
      })
      .returning({ id: pledgeOptions.id });
    if (!option) throw new Error("no option");
    await getDb().insert(pledges).values({
      optionId: option.id,
      userId: owner.id,
      name: "Jordan Q. Public",
      email: "jordan-private@example.org",
    });
  });

  it("letters per day, zero-filled since the campaign started; totals; deliveries; places; activity", async () => {
    const dash = await getCampaignDashboard(viewer, campaignId);

    expect(dash.perDay).toHaveLength(11);
    expect(dash.perDay.at(-1)?.day).toBe(chicagoDay(new Date()));
    const byDay = new Map(dash.perDay.map((d) => [d.day, d.letters]));
    expect(byDay.get(chicagoDay(new Date(Date.now() - 2 * DAY)))).toBe(2);
    expect(byDay.get(chicagoDay(new Date()))).toBe(1);
    expect(dash.perDay.reduce((sum, d) => sum + d.letters, 0)).toBe(3);
    expect(dash.perDay.filter((d) => d.letters === 0)).toHaveLength(9);

    expect(dash.totals).toEqual({ total: 4, confirmed: 3, awaitingConfirmation: 1 });
    expect(dash.deliveries).toEqual([
      { channel: "email", status: "awaiting_confirmation", count: 1 },
      { channel: "email", status: "failed", count: 1 },
      { channel: "contact_form", status: "handoff_ready", count: 1 },
      { channel: "contact_form", status: "handoff_done", count: 1 },
    ]);
    expect(dash.failedCount).toBe(1);
    expect(dash.failed).toMatchObject([
      {
        id: failedId,
        targetName: "Ana Rivera",
        lastError: "The provider refused: mailbox full",
        attempts: 8,
      },
    ]);
    expect(dash.byState).toEqual([
      { state: "IL", letters: 3 },
      { state: "TX", letters: 1 },
    ]);
    expect(dash.byDistrict).toEqual([
      { state: "IL", district: 7, letters: 1 },
      { state: "IL", district: 10, letters: 1 },
    ]);
    expect(dash.pledgeTotals).toMatchObject({ volunteers: 1, hours: 2 });
    expect(dash.pledgeOptions).toMatchObject([{ title: "Phone bank", pledgers: 1 }]);

    expect(dash.activity[0]).toMatchObject({
      kind: "pledge",
      firstName: "Jordan",
      optionTitle: "Phone bank",
    });
    expect(dash.activity).toContainEqual(
      expect.objectContaining({ kind: "letter", firstName: "Maria", city: "Chicago" }),
    );
    expect(dash.activity).toHaveLength(5);
    // First names and places only: no emails, no family names.
    const shown = JSON.stringify(dash.activity);
    expect(shown).not.toContain("@");
    expect(shown).not.toContain("Public");
    expect(shown).not.toContain("Writer");
    expect(dash.canManage).toBe(false);
    expect((await getCampaignDashboard(organizer, campaignId)).canManage).toBe(true);
  });

  it("another organization's people meet the same 404 as a missing campaign", async () => {
    expect((await rejection(getCampaignDashboard(stranger, campaignId))).code).toBe("NOT_FOUND");
    expect((await rejection(getCampaignDashboard(owner, "no-such-campaign"))).code).toBe("NOT_FOUND");
  });

  it("retry: viewers cannot, other organizations get 404, organizers put it back in the queue", async () => {
    const before = await deliveryRows([failedId]);
    await clearDispatchJobs();

    expect((await rejection(retryFailedDeliveries(viewer, campaignId, failedId))).code).toBe("FORBIDDEN");
    expect((await rejection(retryFailedDeliveries(stranger, campaignId, failedId))).code).toBe("NOT_FOUND");
    expect((await rejection(retryFailedDeliveries(stranger, campaignId))).code).toBe("NOT_FOUND");
    expect(await deliveryRows([failedId])).toEqual(before);
    expect(await dispatchJobs()).toBe(0);

    await getDb()
      .update(deliveries)
      .set({ batchId: "old-batch", nextAttemptAt: new Date() })
      .where(eq(deliveries.id, failedId));
    expect(await retryFailedDeliveries(organizer, campaignId, failedId)).toEqual({ retried: 1 });
    expect(await deliveryRows([failedId])).toMatchObject([
      { status: "queued", attempts: 0, batchId: null, lastError: null, nextAttemptAt: null },
    ]);
    expect(await dispatchJobs()).toBe(1);
    // Nothing failed is left: a second retry says so.
    expect((await rejection(retryFailedDeliveries(owner, campaignId, failedId))).code).toBe("NOT_FOUND");
    expect((await getCampaignDashboard(owner, campaignId)).failedCount).toBe(0);
  });
});

describe("officials who changed", () => {
  let retargetCampaign = "";
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    retargetCampaign = await campaign(orgId, "dash-retarget");
    const past = new Date(Date.now() - DAY);
    // IL-5: the old member left; the new one publishes an email address.
    await official({ id: "OLD0005", state: "IL", chamber: "house", district: 5, removedAt: past });
    await official({
      id: "NEW0005",
      state: "IL",
      chamber: "house",
      district: 5,
      name: "Nora New",
      email: "nora@house.example.gov",
    });
    // A Senate seat (class 2) changed hands; the class tells the two senators of a state apart.
    await official({
      id: "OLDSEN2",
      state: "IL",
      chamber: "senate",
      raw: { senate_class: 2 },
      removedAt: past,
    });
    await official({
      id: "NEWSEN2",
      state: "IL",
      chamber: "senate",
      name: "Sam Senate",
      raw: { senate_class: 2 },
      contactFormUrl: "https://sam.senate.example.gov/contact",
    });
    await official({
      id: "SEN3",
      state: "IL",
      chamber: "senate",
      raw: { senate_class: 3 },
      contactFormUrl: "https://three.senate.example.gov/contact",
    });
    // IL-6: the member left and nobody holds the seat yet.
    await official({ id: "OLD0006", state: "IL", chamber: "house", district: 6, removedAt: past });

    const house = { officialId: "OLD0005", targetKey: "official:OLD0005", channel: "contact_form" as const };
    const l1 = await letter(retargetCampaign);
    ids.handoff = await delivery(l1.id, { ...house, status: "handoff_ready" });
    const l2 = await letter(retargetCampaign, { status: "awaiting_confirmation" });
    ids.awaiting = await delivery(l2.id, { ...house, status: "awaiting_confirmation" });
    const l3 = await letter(retargetCampaign);
    ids.done = await delivery(l3.id, { ...house, status: "handoff_done" });
    const l4 = await letter(retargetCampaign);
    // Already claimed by a batch: the dispatcher owns it now.
    ids.claimed = await delivery(l4.id, {
      officialId: "OLD0005",
      targetKey: "official:OLD0005",
      status: "queued",
      batchId: "batch-1",
    });
    const l5 = await letter(retargetCampaign);
    ids.senOld = await delivery(l5.id, {
      officialId: "OLDSEN2",
      targetKey: "official:OLDSEN2",
      channel: "contact_form",
      status: "handoff_ready",
    });
    // This letter already goes to the new senator too (a named target): no second delivery to them.
    const l6 = await letter(retargetCampaign);
    ids.dupOld = await delivery(l6.id, {
      officialId: "OLDSEN2",
      targetKey: "official:OLDSEN2",
      channel: "contact_form",
      status: "handoff_ready",
    });
    ids.dupNew = await delivery(l6.id, {
      officialId: "NEWSEN2",
      targetKey: "official:NEWSEN2",
      channel: "contact_form",
      status: "handoff_ready",
    });
    const l7 = await letter(retargetCampaign);
    ids.vacant = await delivery(l7.id, {
      officialId: "OLD0006",
      targetKey: "official:OLD0006",
      channel: "contact_form",
      status: "handoff_ready",
    });
  });

  it("lists who changed, with the seat's current holder, and moves waiting letters only when asked", async () => {
    const dash = await getCampaignDashboard(viewer, retargetCampaign);
    const changed = new Map(dash.changedOfficials.map((o) => [o.id, o]));
    expect(changed.get("OLD0005")).toMatchObject({
      seat: "IL-5",
      pending: 2,
      total: 4,
      successor: { id: "NEW0005", name: "Nora New", title: "U.S. Representative" },
      reason: null,
    });
    expect(changed.get("OLDSEN2")).toMatchObject({ seat: "IL", pending: 2, successor: { id: "NEWSEN2" } });
    expect(changed.get("OLD0006")).toMatchObject({ pending: 1, successor: null, reason: "vacant" });
    // Showing the dashboard changes nothing.
    expect((await deliveryRows([ids.handoff ?? ""]))[0]?.officialId).toBe("OLD0005");

    expect((await rejection(retargetChangedOfficials(viewer, retargetCampaign))).code).toBe("FORBIDDEN");
    expect((await rejection(retargetChangedOfficials(stranger, retargetCampaign))).code).toBe("NOT_FOUND");
    expect((await deliveryRows([ids.handoff ?? ""]))[0]?.officialId).toBe("OLD0005");

    await clearDispatchJobs();
    expect(await retargetChangedOfficials(organizer, retargetCampaign)).toEqual({
      moved: 3,
      merged: 1,
      officials: 2,
    });
    // The new House member takes email: a waiting hand-off becomes a queued email and the dispatcher wakes.
    expect(await dispatchJobs()).toBe(1);

    const byId = new Map((await deliveryRows(Object.values(ids))).map((row) => [row.id, row] as const));
    expect(byId.get(ids.handoff ?? "")).toMatchObject({
      officialId: "NEW0005",
      targetKey: "official:NEW0005",
      targetName: "Nora New",
      channel: "email",
      status: "queued",
      attempts: 0,
      batchId: null,
    });
    expect(byId.get(ids.awaiting ?? "")).toMatchObject({
      officialId: "NEW0005",
      channel: "email",
      status: "awaiting_confirmation",
    });
    // History stays: what was sent went to the old member; what a batch claimed is left to the dispatcher.
    expect(byId.get(ids.done ?? "")).toMatchObject({ officialId: "OLD0005", status: "handoff_done" });
    expect(byId.get(ids.claimed ?? "")).toMatchObject({ officialId: "OLD0005", batchId: "batch-1" });
    expect(byId.get(ids.senOld ?? "")).toMatchObject({
      officialId: "NEWSEN2",
      channel: "contact_form",
      status: "handoff_ready",
    });
    expect(byId.has(ids.dupOld ?? "")).toBe(false);
    expect(byId.get(ids.dupNew ?? "")).toMatchObject({ officialId: "NEWSEN2" });
    expect(byId.get(ids.vacant ?? "")).toMatchObject({ officialId: "OLD0006" });

    const after = new Map(
      (await getCampaignDashboard(owner, retargetCampaign)).changedOfficials.map((o) => [o.id, o]),
    );
    expect(after.get("OLD0005")?.pending).toBe(0);
    expect(after.get("OLDSEN2")).toBeUndefined();
    expect(after.get("OLD0006")?.pending).toBe(1);
    expect((await rejection(retargetChangedOfficials(owner, retargetCampaign, "OLD0006"))).code).toBe(
      "NOT_FOUND",
    );

    const [vacant] = await getDb()
      .select({ removedAt: officials.removedAt })
      .from(officials)
      .where(eq(officials.id, "OLD0006"));
    expect(vacant?.removedAt).not.toBeNull();
  });
});
