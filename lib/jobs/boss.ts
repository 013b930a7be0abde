/**
 * pg-boss on the application's own database. On PostgreSQL it opens its own small pool; on PGlite it shares
 * the one embedded instance through pg-boss's PGlite adapter (PGlite is single-connection, one process).
 */
import { sql } from "drizzle-orm";
import { type ConstructorOptions, fromDrizzle, fromPglite, PgBoss } from "pg-boss";
import { type Connection, type Executor, getConnection } from "@/db/client";
import { queues } from "./queues";

export type BossRole = "worker" | "client";

export function bossOptions(
  connection: Connection,
  role: BossRole,
  databaseUrl?: string,
): ConstructorOptions {
  // Only processes that run workers also run pg-boss's maintenance and cron; web processes just enqueue.
  // The supervisor fails jobs whose heartbeat stopped (a dead worker's) on its passes: every 5 s, not the
  // default 60 s, so a dead worker's job is taken over within HEARTBEAT_SECONDS + 5 s (+ the retry delay).
  const roleOptions: ConstructorOptions =
    role === "worker"
      ? { supervise: true, schedule: true, superviseIntervalSeconds: 5, monitorIntervalSeconds: 5 }
      : { supervise: false, schedule: false };
  if (connection.kind === "pglite") {
    return { ...roleOptions, db: fromPglite(connection.pglite), backend: "pglite", useListenNotify: true };
  }
  if (!databaseUrl) throw new Error("pg-boss on PostgreSQL needs the connection URL");
  return {
    ...roleOptions,
    connectionString: databaseUrl,
    max: role === "worker" ? 6 : 3,
    useListenNotify: role === "worker",
  };
}

/** Starts pg-boss on a connection and makes sure every queue exists. */
export async function startBoss(
  connection: Connection,
  role: BossRole,
  databaseUrl?: string,
): Promise<PgBoss> {
  const boss = new PgBoss(bossOptions(connection, role, databaseUrl));
  boss.on("error", (error) =>
    console.error("[jobs] pg-boss error:", error instanceof Error ? error.message : error),
  );
  await boss.start();
  for (const queue of queues) {
    const existing = await boss.getQueue(queue.name);
    if (existing) {
      // A queue's policy is fixed when it is created; everything else follows this file.
      const { name, policy, partition, ...options } = queue;
      if (policy && existing.policy !== policy) {
        console.warn(
          `[jobs] queue ${name} has policy ${existing.policy}, not ${policy}: recreate it to change it`,
        );
      }
      await boss.updateQueue(name, options);
    } else await boss.createQueue(queue.name, queue);
  }
  return boss;
}

const globalForBoss = globalThis as unknown as {
  __chorusBoss?: Promise<PgBoss>;
  __chorusBossRole?: BossRole;
};

/** This process's pg-boss. The first caller decides the role; the web tier only enqueues. */
export function getBoss(role: BossRole = "client"): Promise<PgBoss> {
  if (!globalForBoss.__chorusBoss) {
    const connection = getConnection();
    globalForBoss.__chorusBossRole = role;
    globalForBoss.__chorusBoss = import("@/lib/env").then(({ env }) =>
      startBoss(connection, role, env.databaseUrl),
    );
    globalForBoss.__chorusBoss.catch(() => {
      globalForBoss.__chorusBoss = undefined;
    });
  }
  return globalForBoss.__chorusBoss;
}

export async function stopBoss(options: { graceful: boolean; timeoutMs?: number }): Promise<void> {
  const pending = globalForBoss.__chorusBoss;
  globalForBoss.__chorusBoss = undefined;
  if (!pending) return;
  const boss = await pending.catch(() => undefined);
  await boss?.stop({ graceful: options.graceful, timeout: options.timeoutMs ?? 30_000, close: true });
}

/** Lets pg-boss write its job through the caller's transaction, so the job commits with the rows it is about. */
export function inTransaction(executor: Executor) {
  return { db: fromDrizzle(executor as never, sql) };
}
