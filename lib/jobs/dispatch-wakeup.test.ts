/**
 * The dispatcher's queue keeps one waiting wake-up per moment. A wake-up for a campaign's next office hours must
 * not stand in for "now": that held back every other campaign's letters until the next morning (found by the e2e
 * suite: a Spanish letter to the demo's council waited behind another campaign's 9:00 wake-up).
 */
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { getBoss, stopBoss } from "./boss";
import { queueLetterDispatch } from "./enqueue";
import { DISPATCH_LETTERS_QUEUE } from "./queues";

async function waiting(): Promise<{ later: number; now: number }> {
  const result = await getDb().execute(
    sql`select count(*) filter (where start_after > now() + interval '1 minute')::int as later,
               count(*) filter (where start_after <= now() + interval '1 minute')::int as now
        from pgboss.job where name = ${DISPATCH_LETTERS_QUEUE} and state = 'created'`,
  );
  return rowsOf<{ later: number; now: number }>(result)[0] ?? { later: 0, now: 0 };
}

describe("waking the letter dispatcher", () => {
  afterAll(async () => {
    await getDb().execute(sql`delete from pgboss.job where name = ${DISPATCH_LETTERS_QUEUE}`);
    await stopBoss({ graceful: false, timeoutMs: 2000 });
  });

  it("wakes it now even while a wake-up for tomorrow's office hours waits, once per moment", async () => {
    await getBoss();
    await getDb().execute(sql`delete from pgboss.job where name = ${DISPATCH_LETTERS_QUEUE}`);
    const tomorrow = new Date(Date.now() + 10 * 3600 * 1000);
    await queueLetterDispatch(getDb(), tomorrow);
    await queueLetterDispatch(getDb(), tomorrow);
    await queueLetterDispatch(getDb());
    await queueLetterDispatch(getDb());
    expect(await waiting()).toEqual({ later: 1, now: 1 });
    // Another campaign opening sooner gets its own wake-up.
    await queueLetterDispatch(getDb(), new Date(tomorrow.getTime() - 3600 * 1000));
    expect(await waiting()).toEqual({ later: 2, now: 1 });
  });
});
