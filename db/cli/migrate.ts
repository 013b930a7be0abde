/** `npm run db:migrate`: applies the committed migrations and installs pg-boss's schema. */
import { migrateOrExplain, openConnection, redactUrl } from "@/db/client";
import { loadEnv } from "@/lib/env";
import { startBoss } from "@/lib/jobs/boss";
import { describeImport, importOfficialsIfEmpty } from "@/lib/officials/import";
import { runCli } from "./run";

await runCli(async () => {
  const env = loadEnv();
  const connection = openConnection(env.databaseUrl, { max: 1 });
  try {
    await migrateOrExplain(connection, env.databaseUrl);
    const boss = await startBoss(connection, "client", env.databaseUrl);
    await boss.stop({ graceful: false, close: true });
    // First deployment: the bundled officials snapshot, so lookups work from the start.
    const imported = await importOfficialsIfEmpty(connection.db);
    if (imported) console.log(describeImport(imported));
    console.log(`Migrations applied to ${redactUrl(env.databaseUrl)}.`);
  } finally {
    await connection.close();
  }
});
