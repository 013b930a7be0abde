/**
 * The database: postgres.js when DATABASE_URL names a PostgreSQL server, PGlite (embedded PostgreSQL, files
 * under .data/) otherwise. Same drizzle schema, same committed migrations on both.
 *
 * Opened lazily, once per process: PGlite takes no lock on its folder, and two processes on one folder lose
 * writes silently, so nothing may open it at import time (next build and dev child processes import this).
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { type Logger, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { containsNul } from "@/lib/validation";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** A database or an open transaction: data functions that may join a caller's transaction take this. */
export type Executor = Database | Transaction;

export type Connection =
  | { kind: "pglite"; db: Database; pglite: PGlite; close(): Promise<void> }
  | { kind: "postgres"; db: Database; client: postgres.Sql; close(): Promise<void> };

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** A database that cannot be reached or used, said in one line a person can act on. */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

/**
 * Postgres text cannot hold U+0000: a query carrying it fails with a database error (a 500). No person types it
 * (forms drop it in formValues); only crafted requests carry it, in a server action's bound argument or an
 * address. Drizzle hands every query's parameters to its logger just before sending them, so this one check
 * turns all of those into the answer for a name that matches nothing (404), whatever function sent the query.
 */
const refuseNul: Logger = {
  logQuery(_query, params) {
    if (params.some(containsNul)) {
      throw new AppError("NOT_FOUND", errorText.common.nulCharacter);
    }
    // A value the request never had (a crafted form without the field): PGlite sends it as null and finds
    // nothing, postgres.js refuses it (UNDEFINED_VALUE, a 500). Both answer what PGlite did: nothing there.
    if (params.some((param) => param === undefined)) {
      throw new AppError("NOT_FOUND", errorText.common.missingValue);
    }
  },
};

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+)(:[^@]*)?@/, "//$1:***@");
}

export function openConnection(url: string, options: { max?: number } = {}): Connection {
  if (url.startsWith("pglite:")) {
    const location = url.slice("pglite:".length);
    let pglite: PGlite;
    if (location.startsWith("memory")) {
      // "pglite:memory?load=FILE" starts from a dumped data dir (tests: a migrated database in ~0.3 s).
      const dump = new URLSearchParams(location.slice("memory".length).replace(/^\?/, "")).get("load");
      pglite = dump ? new PGlite({ loadDataDir: new Blob([readFileSync(dump)]) }) : new PGlite();
    } else {
      const dir = path.resolve(process.cwd(), location);
      mkdirSync(path.dirname(dir), { recursive: true });
      pglite = new PGlite(dir);
    }
    const db = drizzlePglite({
      client: pglite,
      schema,
      casing: "snake_case",
      logger: refuseNul,
    }) as unknown as Database;
    return { kind: "pglite", db, pglite, close: () => pglite.close() };
  }
  const client = postgres(url, {
    max: options.max ?? 10,
    connect_timeout: 10,
    idle_timeout: 60,
    // After failed connects postgres.js waits before the next one, by default growing to 20 s: after an outage
    // the site stayed down ~10 s once the database was back. At most 2 s here (a refused connect is cheap).
    backoff: (retries: number) => (0.5 + Math.random() / 2) * Math.min(3 ** retries / 100, 2),
    onnotice: () => {},
  });
  const db = drizzlePostgres({
    client: withPreparedStatements(client),
    schema,
    casing: "snake_case",
    logger: refuseNul,
  }) as unknown as Database;
  return { kind: "postgres", db, client, close: () => client.end({ timeout: 5 }) };
}

/** Statements longer than this (bulk inserts of many rows) run unnamed, so no connection keeps one-offs. */
const PREPARE_MAX_PARAMETERS = 200;

/**
 * Drizzle asks postgres.js for an unnamed statement on every query (it names only statements given a name with
 * `.prepare()`), and postgres.js must then have the server describe each statement that has parameters before it
 * can bind them: two round trips and two socket writes per query, which were the largest single cost in CPU
 * profiles of letter submission and of the campaign page (bench/cpu-profile.ts; README, "Where the time goes").
 * A named statement is described once per connection; after that each query is one write and one round trip, and
 * the server reuses its parse. postgres.js keeps them per connection (connections are recycled after at most an
 * hour) and retries a query whose statement a migration invalidated. A pooler in front of PostgreSQL must
 * support protocol-level prepared statements (PgBouncer ≥ 1.21 with max_prepared_statements).
 */
export function withPreparedStatements<T extends postgres.Sql | postgres.TransactionSql>(client: T): T {
  type Unsafe = (query: string, parameters?: unknown[], options?: { prepare?: boolean }) => unknown;
  type Scoped = (...args: unknown[]) => unknown;
  return new Proxy(client, {
    get(target, property) {
      const value = Reflect.get(target, property);
      if (property === "unsafe") {
        const unsafe = value as Unsafe;
        return (query: string, parameters: unknown[] = [], options: { prepare?: boolean } = {}) =>
          unsafe(query, parameters, {
            ...options,
            // Without parameters a statement is one round trip anyway, and its text may be one of a kind
            // (migrations, values written into the SQL): those stay unnamed.
            prepare:
              options.prepare || (parameters.length > 0 && parameters.length <= PREPARE_MAX_PARAMETERS),
          });
      }
      if (property === "begin" || property === "savepoint") {
        // The transaction's own client (drizzle runs the transaction's queries on it) prepares too.
        const scoped = value as Scoped;
        return (...args: unknown[]) => {
          const run = args.pop() as (tx: postgres.TransactionSql) => unknown;
          return scoped(...args, (tx: postgres.TransactionSql) => run(withPreparedStatements(tx)));
        };
      }
      return value;
    },
  });
}

/** Turns driver errors about reaching the database into one clear sentence. */
export function describeDatabaseError(error: unknown, url: string): string | undefined {
  const err = error as { code?: string; message?: string; cause?: unknown } | undefined;
  const code = err?.code ?? (err?.cause as { code?: string } | undefined)?.code;
  const where = redactUrl(url);
  switch (code) {
    case "ECONNREFUSED":
      return `Cannot connect to the database at ${where}: connection refused. Is PostgreSQL running there?`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot connect to the database at ${where}: the host name does not resolve.`;
    case "CONNECT_TIMEOUT":
    case "ETIMEDOUT":
      return `Cannot connect to the database at ${where}: the connection timed out.`;
    case "28P01":
    case "28000":
      return `Cannot connect to the database at ${where}: the server refused the user name or password.`;
    case "3D000":
      return `Cannot connect to the database at ${where}: that database does not exist (create it first).`;
    case "57P03":
      return `Cannot connect to the database at ${where}: the server is starting up or shutting down.`;
    default:
      return undefined;
  }
}

export async function migrateConnection(connection: Connection): Promise<void> {
  if (connection.kind === "pglite") {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants its driver's own database type
    await migratePglite(connection.db as any, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants its driver's own database type
    await migratePostgres(connection.db as any, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}

/** Applies migrations, or throws a DatabaseUnavailableError with one clear line. */
export async function migrateOrExplain(connection: Connection, url: string): Promise<void> {
  try {
    await migrateConnection(connection);
  } catch (error) {
    const message = describeDatabaseError(error, url);
    if (message) throw new DatabaseUnavailableError(message);
    throw error;
  }
}

/** Rows of a raw `db.execute(sql…)`: postgres.js returns an array, PGlite an object with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? [])) as T[];
}

export async function pingDatabase(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}

// One connection per process, kept on globalThis so Next's dev reloads do not open PGlite twice.
const globalForDb = globalThis as unknown as { __chorusConnection?: Connection };

export function getConnection(): Connection {
  globalForDb.__chorusConnection ??= openConnection(env.databaseUrl);
  return globalForDb.__chorusConnection;
}

export function getDb(): Database {
  return getConnection().db;
}

export async function closeConnection(): Promise<void> {
  const connection = globalForDb.__chorusConnection;
  globalForDb.__chorusConnection = undefined;
  await connection?.close();
}
