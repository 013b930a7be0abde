/**
 * Test databases. Every test file gets its own fresh, migrated database:
 * - PGlite (default): a new in-memory instance, loaded from a migrated data dump made once per run;
 * - PostgreSQL (TEST_DATABASE_URL set): a new database copied from a migrated template database.
 */
import { randomBytes } from "node:crypto";
import postgres from "postgres";

export const TEMPLATE_DB = "chorus_test_template";

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery<T>(url: string, run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(withDatabase(url, "postgres"), { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function createDatabaseFromTemplate(url: string): Promise<string> {
  const name = `chorus_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await adminQuery(url, (sql) => sql.unsafe(`create database "${name}" template "${TEMPLATE_DB}"`));
  return withDatabase(url, name);
}

export async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await adminQuery(url, (sql) => sql.unsafe(`drop database if exists "${name}" with (force)`));
}
