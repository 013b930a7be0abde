/**
 * `npm run worker`: the production job worker, as many as needed, on PostgreSQL. SIGTERM lets running jobs
 * finish (up to 30 s) before exiting; a job cut short by SIGKILL is retried after its expiry, and its
 * idempotency key stops the provider from sending it twice.
 */

import { runCli } from "@/db/cli/run";
import { closeConnection, getConnection, migrateOrExplain } from "@/db/client";
import { EnvError, loadEnv } from "@/lib/env";
import { getBoss, stopBoss } from "./boss";
import { registerWorkers } from "./worker";

await runCli(async () => {
  const env = loadEnv();
  if (env.databaseKind === "pglite") {
    throw new EnvError(
      "The embedded database belongs to one process, so its worker runs inside the web process (npm run dev or npm start). Set DATABASE_URL to a PostgreSQL server to run separate workers.",
    );
  }
  if (!env.isProduction) await migrateOrExplain(getConnection(), env.databaseUrl);
  const boss = await getBoss("worker");
  await registerWorkers(boss);
  console.log("[worker] ready");

  await new Promise<void>((resolve) => {
    const stop = async (signal: string) => {
      console.log(`[worker] ${signal}: finishing running jobs…`);
      await stopBoss({ graceful: true, timeoutMs: 30_000 });
      await closeConnection();
      console.log("[worker] stopped");
      resolve();
    };
    process.once("SIGTERM", () => void stop("SIGTERM"));
    process.once("SIGINT", () => void stop("SIGINT"));
  });
});
