/**
 * pg-boss on the test database (PGlite by default, PostgreSQL with TEST_DATABASE_URL): jobs commit with the
 * caller's transaction, the worker delivers them, and a graceful stop lets a running job finish.
 */
import { eq, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getConnection, getDb, rowsOf } from "@/db/client";
import { mailboxMessages, users } from "@/db/schema";
import { getBoss, stopBoss } from "./boss";
import { queueEmail } from "./enqueue";
import { DISPATCH_LETTERS_QUEUE, HEARTBEAT_SECONDS, queues, SEND_EMAIL_QUEUE } from "./queues";
import { registerWorkers } from "./worker";

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function jobState(id: string): Promise<string | undefined> {
  const result = await getDb().execute(sql`select state from pgboss.job where id = ${id}`);
  const rows = rowsOf<{ state: string }>(result);
  return rows[0]?.state;
}

describe(`pg-boss on ${getConnection().kind}`, () => {
  let boss: PgBoss;

  beforeAll(async () => {
    boss = await getBoss("worker");
    await registerWorkers(boss);
  });

  afterAll(async () => {
    await stopBoss({ graceful: false, timeoutMs: 2000 });
  });

  it("runs a job enqueued in a committed transaction, and sends its email", async () => {
    const email = `welcome-${Date.now()}@example.org`;
    const jobId = await getDb().transaction(async (tx) => {
      const [user] = await tx.insert(users).values({ email, name: "Rosa" }).returning({ id: users.id });
      return queueEmail(tx, {
        template: "welcome",
        props: { name: "Rosa", appUrl: "http://localhost:3000" },
        to: email,
        idempotencyKey: `welcome:${user?.id}`,
      });
    });
    expect(jobId).toBeTruthy();
    const message = await waitFor(async () => {
      const [row] = await getDb()
        .select({ subject: mailboxMessages.subject, text: mailboxMessages.text })
        .from(mailboxMessages)
        .where(sql`${email} = any(${mailboxMessages.to})`);
      return row;
    });
    expect(message.subject).toBe("Welcome to Chorus");
    expect(message.text).toMatch(/welcome, rosa/i);
    await waitFor(async () => ((await jobState(String(jobId))) === "completed" ? true : undefined));
  });

  it("drops the job with the transaction when it rolls back", async () => {
    const email = `rolled-back-${Date.now()}@example.org`;
    let jobId: string | null = null;
    await expect(
      getDb().transaction(async (tx) => {
        await tx.insert(users).values({ email });
        jobId = await queueEmail(tx, {
          template: "welcome",
          props: { name: null, appUrl: "http://localhost:3000" },
          to: email,
          idempotencyKey: `welcome:${email}`,
        });
        throw new Error("something later in the transaction failed");
      }),
    ).rejects.toThrow(/later in the transaction/);
    expect(jobId).toBeTruthy();
    expect(await jobState(String(jobId))).toBeUndefined();
    expect(await getDb().select().from(users).where(eq(users.email, email))).toHaveLength(0);
  });

  it("a graceful stop lets a running job finish instead of abandoning it", async () => {
    const queue = "test-slow";
    await boss.createQueue(queue);
    let started = false;
    let finished = false;
    await boss.work(queue, { pollingIntervalSeconds: 0.5 }, async () => {
      started = true;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      finished = true;
    });
    const id = await boss.send(queue, {});
    await waitFor(async () => (started ? true : undefined));
    await stopBoss({ graceful: true, timeoutMs: 10_000 });
    expect(finished).toBe(true);
    expect(await jobState(String(id))).toBe("completed");
    boss = await getBoss("worker");
  });

  it("has the send-email queue with a deliberate retry and expiry policy", async () => {
    const queue = await boss.getQueue(SEND_EMAIL_QUEUE);
    expect(queue?.retryLimit).toBeGreaterThanOrEqual(3);
    expect(queue?.retryBackoff).toBe(true);
    expect(queue?.expireInSeconds).toBe(120);
  });

  it("takes a dead worker's jobs back quickly: every queue has a heartbeat, dispatch retries within 30 s", async () => {
    for (const { name } of queues) {
      const queue = await boss.getQueue(name);
      expect(queue?.heartbeatSeconds, name).toBe(HEARTBEAT_SECONDS);
    }
    const dispatch = await boss.getQueue(DISPATCH_LETTERS_QUEUE);
    expect(dispatch?.retryDelayMax).toBe(30);
    // Heartbeat, one supervisor pass and the longest retry delay stay well inside the 2 minutes we promise.
    expect(HEARTBEAT_SECONDS + 5 + (dispatch?.retryDelayMax ?? 0)).toBeLessThanOrEqual(60);
  });
});
