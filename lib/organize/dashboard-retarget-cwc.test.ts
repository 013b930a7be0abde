/**
 * Re-targeting chooses the channel as a new letter does (issue 18): with a chamber's CWC key configured and the
 * successor's office on its list, letters waiting for a member of Congress who left go to the successor through
 * CWC, and wake the CWC dispatcher. A letter without what CWC needs (no street address kept), or a Senate letter
 * whose writer chose no title the Senate takes, goes to the successor's contact form instead; a message the CWC
 * dispatcher has started on is left to it.
 */
import { inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { cwcOffices, deliveries } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { forgetCwcOfficeCache } from "@/lib/delivery/cwc/offices";
import { reloadEnv } from "@/lib/env";
import { getBoss } from "@/lib/jobs/boss";
import { retargetChangedOfficials } from "./dashboard";
import { campaign, delivery, letter, member, official, organization } from "./testing";

const CWC_ENV = {
  CWC_HOUSE_API_KEY: "house-key",
  CWC_HOUSE_BASE_URL: "http://127.0.0.1:9/house",
  CWC_SENATE_API_KEY: "senate-key",
  CWC_SENATE_BASE_URL: "http://127.0.0.1:9/senate",
  CWC_DELIVERY_AGENT: "Chorus Test Agent",
  CWC_DELIVERY_AGENT_ACK_EMAIL: "cwc-ack@example.org",
  CWC_DELIVERY_AGENT_CONTACT_NAME: "Casey Operator",
  CWC_DELIVERY_AGENT_CONTACT_EMAIL: "ops@example.org",
  CWC_DELIVERY_AGENT_CONTACT_PHONE: "202-555-0100",
};

async function cwcWakeUps(): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await getDb().execute(sql`select count(*)::int as n from pgboss.job where name = 'dispatch-cwc'`),
  );
  return Number(row?.n ?? 0);
}

let organizer: SessionUser;
let campaignId = "";
const ids: Record<string, string> = {};

beforeAll(async () => {
  await getBoss();
  Object.assign(process.env, CWC_ENV);
  reloadEnv();
  const orgId = await organization("retarget-cwc-org");
  organizer = await member(orgId, "organizer");
  campaignId = await campaign(orgId, "retarget-cwc");
  const past = new Date(Date.now() - 86_400_000);

  // IL-5 and the class-2 Senate seat changed hands; both successors' offices are on their chamber's list.
  await official({ id: "CWCOLD05", state: "IL", chamber: "house", district: 5, removedAt: past });
  await official({
    id: "CWCNEW05",
    state: "IL",
    chamber: "house",
    district: 5,
    name: "Nora New",
    contactFormUrl: "https://new.house.example.gov/contact",
  });
  await official({
    id: "CWCOLDS2",
    state: "IL",
    chamber: "senate",
    raw: { senate_class: 2 },
    removedAt: past,
  });
  await official({
    id: "CWCNEWS2",
    state: "IL",
    chamber: "senate",
    name: "Sam Senate",
    raw: { senate_class: 2 },
    contactFormUrl: "https://sam.senate.example.gov/contact",
  });
  await getDb()
    .insert(cwcOffices)
    .values([
      { chamber: "house", officeCode: "HIL05" },
      { chamber: "senate", officeCode: "SIL02" },
    ]);
  forgetCwcOfficeCache();

  const house = { officialId: "CWCOLD05", targetKey: "official:CWCOLD05" };
  const senate = { officialId: "CWCOLDS2", targetKey: "official:CWCOLDS2" };
  const ready = { streetAddress: "1234 S Pulaski Rd", prefix: "Ms." };
  // Queued for CWC, not started: to the new member through CWC.
  ids.houseQueued = await delivery((await letter(campaignId, ready)).id, {
    ...house,
    channel: "cwc",
    status: "queued",
  });
  // Handed back by the old office's system: the new office may take it through CWC.
  ids.houseHandedBack = await delivery((await letter(campaignId, ready)).id, {
    ...house,
    channel: "cwc",
    status: "handoff_ready",
    handoffReason: "cwc_unavailable",
  });
  // Written as a hand-off: no street address was kept, so CWC cannot take it.
  ids.houseNoAddress = await delivery((await letter(campaignId)).id, {
    ...house,
    channel: "contact_form",
    status: "handoff_ready",
  });
  // The dispatcher has started on this one (a DeliveryId is on record, a retry is due later): left alone.
  ids.houseStarted = await delivery((await letter(campaignId, ready)).id, {
    ...house,
    channel: "cwc",
    status: "queued",
    cwcDeliveryId: "a".repeat(32),
    attempts: 1,
    nextAttemptAt: new Date(Date.now() + 600_000),
  });
  ids.senateDr = await delivery((await letter(campaignId, { ...ready, prefix: "Dr." })).id, {
    ...senate,
    channel: "cwc",
    status: "queued",
  });
  // "None of these": the Senate takes only its five titles, so a new letter would be a hand-off too.
  ids.senateNone = await delivery((await letter(campaignId, { ...ready, prefix: "none" })).id, {
    ...senate,
    channel: "contact_form",
    status: "handoff_ready",
  });
});

afterAll(() => {
  for (const key of Object.keys(CWC_ENV)) delete process.env[key];
  reloadEnv();
});

describe("re-targeting to a member of Congress reachable through CWC", () => {
  it("chooses each letter's channel as a new letter does, and wakes the CWC dispatcher", async () => {
    const before = await cwcWakeUps();
    expect(await retargetChangedOfficials(organizer, campaignId)).toEqual({
      moved: 5,
      merged: 0,
      officials: 2,
    });
    expect(await cwcWakeUps()).toBeGreaterThan(before);

    const rows = await getDb()
      .select({
        id: deliveries.id,
        officialId: deliveries.officialId,
        channel: deliveries.channel,
        status: deliveries.status,
        contactFormUrl: deliveries.contactFormUrl,
        handoffReason: deliveries.handoffReason,
      })
      .from(deliveries)
      .where(inArray(deliveries.id, Object.values(ids)));
    const byId = new Map(rows.map((row) => [row.id, row]));
    const cwcQueued = { channel: "cwc", status: "queued", handoffReason: null };
    expect(byId.get(ids.houseQueued ?? "")).toMatchObject({ officialId: "CWCNEW05", ...cwcQueued });
    expect(byId.get(ids.houseHandedBack ?? "")).toMatchObject({ officialId: "CWCNEW05", ...cwcQueued });
    expect(byId.get(ids.houseNoAddress ?? "")).toMatchObject({
      officialId: "CWCNEW05",
      channel: "contact_form",
      status: "handoff_ready",
      contactFormUrl: "https://new.house.example.gov/contact",
    });
    expect(byId.get(ids.houseStarted ?? "")).toMatchObject({
      officialId: "CWCOLD05",
      channel: "cwc",
      status: "queued",
    });
    expect(byId.get(ids.senateDr ?? "")).toMatchObject({ officialId: "CWCNEWS2", ...cwcQueued });
    expect(byId.get(ids.senateNone ?? "")).toMatchObject({
      officialId: "CWCNEWS2",
      channel: "contact_form",
      status: "handoff_ready",
    });
  });
});
