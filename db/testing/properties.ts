/**
 * Helpers for property-based tests over route handlers and data functions: how many rows the tables a
 * request could write hold, and what a clear refusal looks like (a 4xx with `{ error: { code, message } }`).
 */
import { count, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { expect } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { AppError } from "@/lib/errors";

/** Every property runs this many times; CI runs the suite on PGlite and on PostgreSQL. */
export const RUNS = 1000;

/** Row counts of the given tables, in order (compare before and after a refused request). */
export async function rowCounts(tables: PgTable[]): Promise<number[]> {
  const counts: number[] = [];
  for (const table of tables) {
    const [row] = await getDb().select({ n: count() }).from(table);
    counts.push(row?.n ?? 0);
  }
  return counts;
}

/** A message a person can read: a sentence, not a code or a stack. */
export function expectHumanMessage(message: unknown): void {
  expect(typeof message).toBe("string");
  expect(String(message).trim().length).toBeGreaterThan(3);
  expect(String(message)).toMatch(/^[A-Z"'(“]/);
  expect(String(message)).toMatch(/[.!?)]$/);
  expect(String(message)).not.toMatch(/\n\s+at |Error:|undefined|\[object /);
}

/** A 4xx answer with `{ error: { code, message } }` whose message is a human sentence. */
export async function expectClearRefusal(response: Response): Promise<void> {
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
  expect(typeof body.error?.code).toBe("string");
  expectHumanMessage(body.error?.message);
}

/**
 * Runs a data function with arbitrary input: it either succeeds or throws an AppError with a human message.
 * Anything else would reach the person as a generic 500. Returns the AppError, or null on success.
 */
export async function expectSuccessOrAppError(run: () => Promise<unknown>): Promise<AppError | null> {
  try {
    await run();
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    expectHumanMessage(error.message);
    return error;
  }
}

/**
 * One digest per table of every row it holds (by name, e.g. "campaigns"), to compare before and after a refused
 * call: unlike row counts it also sees an update. An empty list gives an empty object.
 */
export async function digestTables(tables: string[]): Promise<Record<string, string>> {
  if (tables.length === 0) return {};
  const parts = tables.map(
    (name) =>
      sql`select ${name}::text as t, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${sql.identifier(name)} x`,
  );
  const rows = rowsOf<{ t: string; h: string }>(await getDb().execute(sql.join(parts, sql` union all `)));
  return Object.fromEntries(rows.map((row) => [row.t, row.h]));
}
