/**
 * What the web process does when it starts (called from instrumentation.ts):
 * - development, or the embedded database: apply migrations, seed the demo on first run, and run the job
 *   worker in this process (PGlite belongs to one process, so the worker cannot live elsewhere);
 * - production on PostgreSQL: nothing here; `npm run db:migrate` and `npm run worker` do that work.
 */
import {
  DatabaseUnavailableError,
  describeDatabaseError,
  getConnection,
  migrateOrExplain,
  pingDatabase,
} from "@/db/client";
import { organizations } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { EnvError, isNextBuild, loadEnv } from "@/lib/env";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { registerWorkers } from "@/lib/jobs/worker";
import { describeImport, importOfficialsIfEmpty } from "@/lib/officials/import";

let stopping = false;

async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`[chorus] ${signal}: letting running jobs finish…`);
  try {
    await stopBoss({ graceful: true, timeoutMs: 20_000 });
    const { closeConnection } = await import("@/db/client");
    await closeConnection();
  } catch (error) {
    console.error("[chorus] error while stopping:", error);
  } finally {
    process.exit(0);
  }
}

export async function startServerProcess(): Promise<void> {
  if (isNextBuild()) return;
  let env: ReturnType<typeof loadEnv>;
  try {
    env = loadEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const connection = getConnection();
  const runsInProcessWorker = !env.isProduction || env.databaseKind === "pglite";
  if (!runsInProcessWorker) {
    // Production web on PostgreSQL keeps serving (health says 503) and recovers when the database returns;
    // a wrong DATABASE_URL is still said plainly, once, at start.
    await pingDatabase(connection.db).catch((error: unknown) => {
      console.error(
        describeDatabaseError(error, env.databaseUrl) ?? `Database check failed: ${String(error)}`,
      );
    });
    return;
  }

  try {
    await migrateOrExplain(connection, env.databaseUrl);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const imported = await importOfficialsIfEmpty(connection.db);
  if (imported) console.log(`[chorus] ${describeImport(imported)}`);

  const [anyOrganization] = await connection.db.select({ id: organizations.id }).from(organizations).limit(1);
  if (!anyOrganization && !env.isProduction) {
    await seedDemo(connection.db);
    console.log("[chorus] demo data created: http://localhost:%d/campaigns/demo", env.port);
  }

  const boss = await getBoss("worker");
  await registerWorkers(boss);
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
  console.log(`[chorus] job worker running in the web process (${connection.kind})`);
}
