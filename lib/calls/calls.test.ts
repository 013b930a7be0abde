import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  callOutcomes,
  callSteps,
  campaignSteps,
  campaigns,
  officials,
  rateLimitBuckets,
  users,
} from "@/db/schema";
import { DEMO_ORGANIZER_EMAIL } from "@/db/seed";
import type { SessionUser } from "@/lib/auth";
import { compactCampaignTallies } from "@/lib/campaigns/tallies";
import { seedLetterFixture } from "@/lib/letters/testing";
import { startCampaignExport } from "@/lib/organize/exports";
import { hashForLimit } from "@/lib/security/rate-limit";
import { type CallContext, CallRefusal, findCallsForSupporter, recordCallOutcome } from "./calls";
import { findCallDashboard, readCallCounts } from "./counts";
import { issueCallStamp } from "./stamp";

// Tuesday 2026-03-03 15:30 UTC: 10:30 in Washington, 9:30 in Chicago.
const NOW = new Date("2026-03-03T15:30:00Z");

const federal = (
  id: string,
  name: string,
  chamber: "senate" | "house",
  district: number | null,
  offices: unknown[],
) => ({
  id,
  level: "federal" as const,
  chamber,
  state: "IL",
  district,
  name,
  firstName: name.split(" ")[0] ?? name,
  lastName: name.split(" ").at(-1) ?? name,
  party: "Democrat",
  phone: chamber === "senate" ? "202-224-0001" : "202-225-0002",
  raw: { district_offices: offices },
  sourceHash: id,
});

let campaignId = "";
let stepId = "";
let organizer: SessionUser;

beforeAll(async () => {
  // Our officials first, with phones and offices: the letter fixture then adds only what is missing.
  await getDb()
    .insert(officials)
    .values([
      federal("D000563", "Richard J. Durbin", "senate", null, [
        {
          city: "Carbondale",
          state: "IL",
          phone: "618-351-1122",
          hours: "8:30 am to 5:00 pm",
          latitude: 37.72,
          longitude: -89.22,
        },
        {
          city: "Chicago",
          state: "IL",
          phone: "312-353-4952",
          hours: "8:30 am to 5:00 pm",
          latitude: 41.878,
          longitude: -87.63,
        },
      ]),
      federal("D000622", "Tammy Duckworth", "senate", null, [
        { city: "Chicago", state: "IL", phone: "312-886-3506", latitude: 41.88, longitude: -87.63 },
      ]),
      federal("D000096", "Danny K. Davis", "house", 7, [
        {
          city: "Chicago",
          state: "IL",
          phone: "773-533-7520",
          hours: "By appointment only",
          latitude: 41.88,
          longitude: -87.7,
        },
      ]),
    ]);
  await seedLetterFixture();
  const [demo] = await getDb().select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, "demo"));
  campaignId = demo?.id ?? "";
  const [step] = await getDb()
    .select({ id: campaignSteps.id })
    .from(campaignSteps)
    .where(and(eq(campaignSteps.campaignId, campaignId), eq(campaignSteps.kind, "call")));
  stepId = step?.id ?? "";
  const [person] = await getDb()
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(eq(users.email, DEMO_ORGANIZER_EMAIL));
  if (!person) throw new Error("no demo organizer");
  organizer = person;
}, 120_000);

const visitor = (n = 1): CallContext => ({ ip: `198.51.100.${n}`, userAgent: `Browser/${n}`, now: NOW });

async function newUser(email: string): Promise<SessionUser> {
  const [user] = await getDb().insert(users).values({ email, name: "Ida Wells" }).returning({ id: users.id });
  return { id: user?.id ?? "", email, name: "Ida Wells" };
}

async function stampFor(context: CallContext): Promise<string> {
  const answer = await findCallsForSupporter(null, "demo", { zip: "60623" }, context);
  return answer.stamp ?? "";
}

async function refusal(promise: Promise<unknown>): Promise<CallRefusal> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof CallRefusal)) throw new Error(`expected a CallRefusal, got ${String(error)}`);
  return error;
}

const rowsFor = (officialId: string) =>
  getDb()
    .select({ outcome: callOutcomes.outcome, userId: callOutcomes.userId, visitor: callOutcomes.visitor })
    .from(callOutcomes)
    .where(and(eq(callOutcomes.stepId, stepId), eq(callOutcomes.officialId, officialId)));

describe("the calls for a supporter", () => {
  it("lists each official with the script filled in, their numbers and whether each office is open", async () => {
    const answer = await findCallsForSupporter(null, "demo", { zip: "60623" }, visitor());
    expect(answer.ambiguous).toBe(false);
    expect(answer.district).toBe("IL-7");
    expect(answer.window).toBeNull();
    expect(answer.stamp).toMatch(/^\d+\.[\w-]{22}\.[\w-]{24}$/);
    expect(answer.calls.map((c) => c.official.name)).toEqual([
      "Richard J. Durbin",
      "Tammy Duckworth",
      "Danny K. Davis",
    ]);
    const [durbin, , davis] = answer.calls;
    // The ZIP sits in Chicago (IL-7's centroid): the Chicago office, not Carbondale.
    expect(durbin?.numbers.map((n) => [n.label, n.phone, n.openNow])).toEqual([
      ["Washington office", "202-224-0001", true],
      ["District office, Chicago", "312-353-4952", true],
    ]);
    // "By appointment only" can't be read as a schedule: nobody can say whether it is open.
    expect(davis?.numbers[1]?.openNow).toBeNull();
    expect(durbin?.script).toContain("I'm calling to ask Senator Durbin to support a right to counsel");
    expect(durbin?.script).toContain("my name is [your name], and I'm a constituent from ZIP code 60623");
    expect(durbin?.script).toContain("at the Washington office");
    expect(answer.script).toContain("{{official.last_name}}");
  });

  it("gives the step's call-in window, judged in the campaign's time zone", async () => {
    await getDb()
      .update(callSteps)
      .set({
        windowStartsOn: "2026-03-03",
        windowEndsOn: "2026-03-04",
        windowStartHour: 11,
        windowEndHour: 15,
      })
      .where(eq(callSteps.stepId, stepId));
    const [campaign] = await getDb()
      .select({ timeZone: campaigns.timeZone })
      .from(campaigns)
      .where(eq(campaigns.id, campaignId));
    await getDb().update(campaigns).set({ timeZone: "America/Denver" }).where(eq(campaigns.id, campaignId));
    try {
      const answer = await findCallsForSupporter(null, "demo", { zip: "60623" }, visitor());
      // 15:30 UTC is 8:30 in Denver: the first day, before its hours (11:00 MST = 18:00 UTC).
      expect(answer.window).toEqual({
        startsOn: "2026-03-03",
        endsOn: "2026-03-04",
        startHour: 11,
        endHour: 15,
        timeZone: "America/Denver",
        isOpen: false,
        opensAt: "2026-03-03T18:00:00.000Z",
        closesAt: "2026-03-04T22:00:00.000Z",
      });
      const later = await findCallsForSupporter(
        null,
        "demo",
        { zip: "60623" },
        { ...visitor(), now: new Date("2026-03-04T19:00:00Z") },
      );
      expect(later.window?.isOpen).toBe(true);
    } finally {
      await getDb()
        .update(campaigns)
        .set({ timeZone: campaign?.timeZone ?? "America/New_York" })
        .where(eq(campaigns.id, campaignId));
      await getDb()
        .update(callSteps)
        .set({ windowStartsOn: null, windowEndsOn: null, windowStartHour: null, windowEndHour: null })
        .where(eq(callSteps.stepId, stepId));
    }
  });

  it("in Spanish, with the Spanish script", async () => {
    const answer = await findCallsForSupporter(
      null,
      "demo",
      { zip: "60623" },
      { ...visitor(), locale: "es" },
    );
    expect(answer.calls[0]?.script).toContain("Llamo para pedirle a Senator Durbin");
    expect(answer.calls[0]?.numbers[0]?.label).toBe("Oficina en Washington");
    expect(answer.voicemail).toContain("buzón de voz");
  });

  it("asks which district for a split ZIP, and refuses a district that is not the ZIP's", async () => {
    const answer = await findCallsForSupporter(null, "demo", { zip: "60062" }, visitor());
    expect(answer.ambiguous).toBe(true);
    expect(answer.calls).toEqual([]);
    expect(answer.districts.map((d) => d.key)).toEqual(["IL-5", "IL-9", "IL-10"]);
    const chosen = await findCallsForSupporter(null, "demo", { zip: "60062", district: "IL-9" }, visitor());
    expect(chosen.calls.map((c) => c.official.id)).toEqual(["D000563", "D000622", "S001145"]);
    expect(
      (await refusal(findCallsForSupporter(null, "demo", { zip: "60062", district: "IL-7" }, visitor()))).key,
    ).toBe("districtNotInZip");
  });

  it("refuses what is not there: a bad ZIP, an unknown ZIP, a campaign without calls", async () => {
    expect((await refusal(findCallsForSupporter(null, "demo", {}, visitor()))).status).toBe(400);
    expect((await refusal(findCallsForSupporter(null, "demo", { zip: "6062" }, visitor()))).key).toBe(
      "badZip",
    );
    expect((await refusal(findCallsForSupporter(null, "demo", { zip: "99999" }, visitor()))).status).toBe(
      404,
    );
    expect((await refusal(findCallsForSupporter(null, "nope", { zip: "60623" }, visitor()))).status).toBe(
      404,
    );
    expect(
      (await refusal(findCallsForSupporter(null, "demo", { zip: "60623", step: "other" }, visitor()))).status,
    ).toBe(404);
  });
});

describe("recording how a call went", () => {
  it("counts a caller once however often they report or reload; a later report replaces the outcome", async () => {
    const context = visitor(10);
    const first = await recordCallOutcome(
      null,
      "demo",
      { officialId: "D000622", outcome: "busy", zip: "60623", stamp: await stampFor(context) },
      context,
    );
    expect(first).toMatchObject({ status: "recorded", counts: { official: 1 } });
    // A reload hands out a stamp for the same visitor: reporting again changes the outcome, not the count.
    const again = await recordCallOutcome(
      null,
      "demo",
      {
        officialId: "D000622",
        outcome: "reached",
        zip: "60623",
        stamp: await stampFor({ ...context, now: new Date(NOW.getTime() + 60_000) }),
      },
      context,
    );
    expect(again).toMatchObject({ status: "updated", outcome: "reached", counts: { official: 1 } });
    expect((await rowsFor("D000622")).map((r) => r.outcome)).toEqual(["reached"]);
    // Another browser is another caller.
    const other = visitor(11);
    const second = await recordCallOutcome(
      null,
      "demo",
      { officialId: "D000622", outcome: "voicemail", zip: "60623", stamp: await stampFor(other) },
      other,
    );
    expect(second).toMatchObject({ status: "recorded", counts: { official: 2 } });
  });

  it("two reports at once leave one row, for a visitor and for an account", async () => {
    const context = visitor(20);
    const stamp = await stampFor(context);
    const post = (outcome: string) =>
      recordCallOutcome(null, "demo", { officialId: "D000096", outcome, zip: "60623", stamp }, context);
    const results = await Promise.all([post("reached"), post("voicemail")]);
    expect(results.map((r) => r.status).sort()).toEqual(["recorded", "updated"]);
    const user = await newUser("caller@example.org");
    const signedIn = await Promise.all(
      ["busy", "skipped", "reached"].map((outcome) =>
        recordCallOutcome(user, "demo", { officialId: "D000096", outcome, zip: "60623" }, visitor(21)),
      ),
    );
    expect(signedIn.filter((r) => r.status === "recorded")).toHaveLength(1);
    const rows = await rowsFor("D000096");
    expect(rows.filter((r) => r.userId === user.id)).toHaveLength(1);
    expect(rows.filter((r) => r.visitor !== null)).toHaveLength(1);
  });

  it("refuses a forged, altered, expired or other step's stamp, and a missing one", async () => {
    const context = visitor(30);
    const stamp = await stampFor(context);
    const body = (s: unknown) => ({ officialId: "D000563", outcome: "reached", zip: "60623", stamp: s });
    const last = stamp.at(-1) === "A" ? "B" : "A";
    for (const forged of [
      undefined,
      "",
      `${stamp.slice(0, -1)}${last}`,
      stamp.replace(/^\d+/, (t) => String(Number(t) + 1)),
      issueCallStamp("another-step", stamp.split(".")[1] ?? "", NOW),
    ]) {
      const error = await refusal(recordCallOutcome(null, "demo", body(forged), context));
      expect([error.status, error.key, error.field]).toEqual([400, "badStamp", "stamp"]);
    }
    const late = { ...context, now: new Date(NOW.getTime() + 13 * 3600_000) };
    expect((await refusal(recordCallOutcome(null, "demo", body(stamp), late))).key).toBe("badStamp");
    expect(await rowsFor("D000563")).toEqual([]);
  });

  it("answers 422 for an official who is not this caller's target, and writes nothing", async () => {
    const context = visitor(40);
    const stamp = await stampFor(context);
    // Quigley represents IL-5: not 60623's member.
    const error = await refusal(
      recordCallOutcome(
        null,
        "demo",
        { officialId: "Q000023", outcome: "reached", zip: "60623", stamp },
        context,
      ),
    );
    expect([error.status, error.key]).toEqual([422, "notYourOfficial"]);
    expect(await rowsFor("Q000023")).toEqual([]);
    // The same official from a ZIP and district they represent is fine (a stamp is per step, not per ZIP).
    const ok = await recordCallOutcome(
      null,
      "demo",
      { officialId: "Q000023", outcome: "reached", zip: "60062", district: "IL-5", stamp },
      context,
    );
    expect(ok.status).toBe("recorded");
    // A split ZIP without its district can't be judged.
    const ambiguous = await refusal(
      recordCallOutcome(
        null,
        "demo",
        { officialId: "Q000023", outcome: "reached", zip: "60062", stamp },
        context,
      ),
    );
    expect([ambiguous.status, ambiguous.key]).toEqual([400, "needsDistrict"]);
  });

  it("refuses bad fields by name", async () => {
    const context = visitor(50);
    const stamp = await stampFor(context);
    const cases: [Record<string, unknown>, string][] = [
      [{ outcome: "reached", zip: "60623", stamp }, "officialId"],
      [{ officialId: "D000563", outcome: "hung up", zip: "60623", stamp }, "outcome"],
      [{ officialId: "D000563", outcome: "reached", stamp }, "zip"],
      [{ officialId: "D000563", outcome: "reached", zip: "60623", district: "7", stamp }, "district"],
      [{ officialId: "D000\u0000563", outcome: "reached", zip: "60623", stamp }, "officialId"],
    ];
    for (const [input, field] of cases) {
      const error = await refusal(recordCallOutcome(null, "demo", input, context));
      expect([error.status, error.field]).toEqual([400, field]);
    }
  });

  it("limits new outcomes per network, counting only what was written", async () => {
    const context = visitor(60);
    const stamp = await stampFor(context);
    const key = `call:ip:${hashForLimit("call:ip", context.ip ?? "")}`;
    const body = { officialId: "D000563", outcome: "reached", zip: "60623", stamp };
    expect((await recordCallOutcome(null, "demo", body, context)).status).toBe("recorded");
    // Fill the network's window to its limit (50 letters a day, five calls each).
    await getDb().update(rateLimitBuckets).set({ count: 250 }).where(eq(rateLimitBuckets.key, key));
    // Changing one's own outcome adds no call: still fine.
    expect((await recordCallOutcome(null, "demo", { ...body, outcome: "busy" }, context)).status).toBe(
      "updated",
    );
    const error = await refusal(recordCallOutcome(null, "demo", { ...body, officialId: "D000622" }, context));
    expect([error.status, error.key]).toEqual([429, "tooMany"]);
    expect(error.detail.retryAfterSeconds).toBeGreaterThan(0);
    expect(
      (await rowsFor("D000622")).filter((r) => r.visitor !== null && r.outcome === "reached"),
    ).toHaveLength(1);
    const [bucket] = await getDb()
      .select({ count: rateLimitBuckets.count })
      .from(rateLimitBuckets)
      .where(eq(rateLimitBuckets.key, key));
    expect(bucket?.count).toBe(250);
  });
});

describe("counts", () => {
  async function direct() {
    const rows = await getDb()
      .select({
        officialId: callOutcomes.officialId,
        outcome: callOutcomes.outcome,
        n: sql<number>`count(*)::int`,
      })
      .from(callOutcomes)
      .where(eq(callOutcomes.stepId, stepId))
      .groupBy(callOutcomes.officialId, callOutcomes.outcome);
    return rows;
  }

  it("match the outcomes themselves, before and after compaction", async () => {
    const rows = await direct();
    const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
    const check = async () => {
      const counts = await readCallCounts(campaignId, stepId);
      expect(counts.total).toBe(total);
      for (const official of new Set(rows.map((r) => r.officialId))) {
        expect(counts.byOfficial.get(official)).toBe(
          rows.filter((r) => r.officialId === official).reduce((sum, r) => sum + Number(r.n), 0),
        );
      }
    };
    expect(total).toBeGreaterThan(3);
    await check();
    await compactCampaignTallies();
    await check();
  });

  it("show the organizer calls per office, per outcome and per day; nobody else", async () => {
    const dashboard = await findCallDashboard(organizer, campaignId);
    const rows = await direct();
    const [step] = dashboard.steps;
    expect(step?.total).toBe(rows.reduce((sum, r) => sum + Number(r.n), 0));
    expect(step?.outcomes.reached).toBe(
      rows.filter((r) => r.outcome === "reached").reduce((sum, r) => sum + Number(r.n), 0),
    );
    expect(step?.offices.map((o) => o.officialId)).toContain("D000096");
    expect(step?.offices.find((o) => o.officialId === "D000096")?.title).toBe("U.S. Representative");
    expect(dashboard.days.reduce((sum, d) => sum + d.calls, 0)).toBe(step?.total);
    expect(dashboard.timeZone).toBeTruthy();
    const stranger = await newUser("stranger@example.org");
    await expect(findCallDashboard(stranger, campaignId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("are exported as CSV without any caller's details", async () => {
    const file = await startCampaignExport(organizer, campaignId, "calls");
    expect(file.filename).toBe("demo-calls.csv");
    const text = await new Response(file.body).text();
    const lines = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("call_id,step,official_id,official_name,outcome,signed_in,reported_at,changed_at");
    const total = (await direct()).reduce((sum, r) => sum + Number(r.n), 0);
    expect(lines).toHaveLength(total + 1);
    expect(text).toContain("Call your members of Congress,D000096,Danny K. Davis");
    expect(text).not.toMatch(/caller@example\.org|198\.51\.100/);
  });
});
