/**
 * `npm run officials:import [--from DIR]`: loads (or refreshes) officials and ZIP districts from the JSON
 * snapshot in DIR (db/data by default; same formats as db/data/README.md) and prints what changed.
 */
import { parseArgs } from "node:util";
import { migrateOrExplain, openConnection } from "@/db/client";
import { loadEnv } from "@/lib/env";
import { describeImport, importOfficials, OfficialsDataError } from "@/lib/officials/import";
import { runCli } from "./run";

await runCli(async () => {
  const { values } = parseArgs({ options: { from: { type: "string" } }, strict: true });
  const env = loadEnv();
  const connection = openConnection(env.databaseUrl, { max: 1 });
  try {
    await migrateOrExplain(connection, env.databaseUrl);
    const result = await importOfficials(connection.db, { fromDir: values.from });
    for (const warning of result.warnings) console.warn(`warning: ${warning} (left out)`);
    console.log(describeImport(result));
  } catch (error) {
    if (!(error instanceof OfficialsDataError)) throw error;
    // A bad data file is the operator's to fix: one clear line, no stack trace; nothing was changed.
    console.error(`${error.message}\nNothing was changed.`);
    process.exitCode = 1;
  } finally {
    await connection.close();
  }
  if (process.exitCode === 1) process.exit(1);
});
