import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { migrateConnection, openConnection } from "@/db/client";
import { adminQuery, TEMPLATE_DB, withDatabase } from "./databases";

import { PGLITE_DUMP } from "./paths";

/** Migrates once per run: a template database on PostgreSQL, or a PGlite data dump. */
export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    await adminQuery(serverUrl, async (sql) => {
      await sql.unsafe(`drop database if exists "${TEMPLATE_DB}" with (force)`);
      await sql.unsafe(`create database "${TEMPLATE_DB}"`);
    });
    const connection = openConnection(withDatabase(serverUrl, TEMPLATE_DB), { max: 1 });
    try {
      await migrateConnection(connection);
    } finally {
      await connection.close();
    }
    return;
  }
  const live = openConnection("pglite:memory");
  if (live.kind !== "pglite") throw new Error("expected PGlite");
  await migrateConnection(live);
  const dump = await live.pglite.dumpDataDir("gzip");
  rmSync(PGLITE_DUMP, { force: true });
  mkdirSync(path.dirname(PGLITE_DUMP), { recursive: true });
  writeFileSync(PGLITE_DUMP, Buffer.from(await dump.arrayBuffer()));
  await live.close();
}
