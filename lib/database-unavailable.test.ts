/**
 * When the database is away the web tier says so kindly: route handlers answer 503 with a clear message and
 * Retry-After, server actions show the same message, and a real query error is still a 500 (a bug, logged).
 * The chaos suite checks the same against a running production server (bench/chaos/load.ts).
 */
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, describe, expect, it, vi } from "vitest";
import { getConnection, getDb } from "@/db/client";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "./errors";
import { errorResponse } from "./http";
import { describeError } from "./i18n/errors";
import { errorState } from "./server-actions";

vi.spyOn(console, "error").mockImplementation(() => {});

describe("the database is unavailable", () => {
  // Nothing listens on port 1: the driver's own "connection refused", through drizzle's wrapper.
  const client = postgres("postgres://postgres@127.0.0.1:1/nothing", { max: 1, connect_timeout: 2 });
  const unreachable = drizzle({ client });
  afterAll(() => client.end({ timeout: 1 }));

  it("recognises a refused connection through drizzle's wrapper", async () => {
    const error = await unreachable.execute(sql`select 1`).catch((e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("route handlers answer 503 with a clear message and Retry-After, not a generic 500", async () => {
    const error = await unreachable.execute(sql`select 1`).catch((e: unknown) => e);
    const response = await errorResponse(error, "test");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.json()).toEqual({
      error: { code: "UNAVAILABLE", message: describeError(DATABASE_UNAVAILABLE_MESSAGE, "en") },
    });
  });

  it("server actions show the same message and keep what the person typed", async () => {
    const error = await unreachable.execute(sql`select 1`).catch((e: unknown) => e);
    expect(await errorState(error, { name: "Rosa" })).toEqual({
      status: "error",
      message: describeError(DATABASE_UNAVAILABLE_MESSAGE, "en"),
      values: { name: "Rosa" },
    });
  });

  it("a wrong query is not an outage: still a generic 500", async () => {
    const error = await getDb()
      .execute(sql`select * from no_such_table`)
      .catch((e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect((await errorResponse(error, "test")).status).toBe(500);
  });

  it.skipIf(getConnection().kind !== "postgres")(
    "a terminated connection (57P01) counts as unavailable",
    async () => {
      const error = await getDb()
        .execute(sql`select pg_terminate_backend(pg_backend_pid())`)
        .catch((e: unknown) => e);
      expect(isDatabaseUnavailable(error)).toBe(true);
      // The driver reconnects by itself: the next query works.
      await expect(getDb().execute(sql`select 1`)).resolves.toBeDefined();
    },
  );
});
