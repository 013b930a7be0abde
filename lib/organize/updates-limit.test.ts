/**
 * "Send a test to me" is rate limited per organizer (LIMITS.updateTestsPerUser): each click queues a new email,
 * so without a limit a script could use it to flood an inbox. Refused clicks queue nothing.
 */
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { LIMITS } from "@/lib/security/rate-limit";
import { campaign, member, organization } from "./testing";
import { createDraft, sendTestToMe } from "./updates";

let organizer: SessionUser;
let other: SessionUser;
let campaignId = "";
let updateId = "";

async function testJobs(): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await getDb().execute(
      sql`select count(*)::int as n from pgboss.job where name = 'send-email' and data->>'idempotencyKey' like ${`update-test:${updateId}:%`}`,
    ),
  );
  return row?.n ?? 0;
}

beforeAll(async () => {
  const orgId = await organization("limit-org");
  organizer = await member(orgId, "organizer");
  other = await member(orgId, "owner");
  campaignId = await campaign(orgId, "limit-campaign");
  updateId = await createDraft(organizer, campaignId, { subject: "News", body: "Hello" });
});

describe("send a test to me", () => {
  it(`allows ${LIMITS.updateTestsPerUser.max} an hour per organizer, then says so and queues nothing`, async () => {
    for (let i = 0; i < LIMITS.updateTestsPerUser.max; i++)
      await sendTestToMe(organizer, campaignId, updateId);
    expect(await testJobs()).toBe(LIMITS.updateTestsPerUser.max);

    const refused = await sendTestToMe(organizer, campaignId, updateId).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("RATE_LIMITED");
    expect((refused as AppError).message).toMatch(/ten test emails in the last hour/);
    expect(await testJobs()).toBe(LIMITS.updateTestsPerUser.max);

    // The limit is the organizer's own: a teammate still gets theirs.
    await sendTestToMe(other, campaignId, updateId);
    expect(await testJobs()).toBe(LIMITS.updateTestsPerUser.max + 1);
  });

  it("does not count refusals (an unknown update) against the organizer", async () => {
    const fresh = await member((await organization("limit-org-2")) ?? "", "organizer");
    const refusals = Array.from({ length: LIMITS.updateTestsPerUser.max + 2 }, () =>
      sendTestToMe(fresh, campaignId, updateId).catch((error: unknown) => (error as AppError).code),
    );
    expect(new Set(await Promise.all(refusals))).toEqual(new Set(["NOT_FOUND"]));
  });
});
