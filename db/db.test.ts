import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checkHealth } from "@/lib/health";
import { getConnection, getDb, rowsOf } from "./client";
import {
  campaignResources,
  campaigns,
  campaignVoices,
  memberships,
  organizations,
  pledgeOptions,
  users,
} from "./schema";
import { DEMO_CAMPAIGN_SLUG, DEMO_ORGANIZER_EMAIL, seedDemo } from "./seed";

const run = promisify(execFile);

describe(`the database (${getConnection().kind})`, () => {
  it("has every migration applied", async () => {
    const [row] = await getDb().select({ n: count() }).from(campaigns);
    expect(row?.n).toBe(0);
  });

  it("answers a query with a missing value (a crafted form) as not found, on PGlite and PostgreSQL alike", async () => {
    const missing = ({} as Record<string, string>).campaignId as string;
    await expect(
      getDb().select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.id, missing)),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reports itself healthy with its kind", async () => {
    expect(await checkHealth()).toEqual({ status: "ok", db: getConnection().kind });
  });

  it("seeds the demo once, however often the seed runs", async () => {
    expect(await seedDemo(getDb())).toEqual({ created: true });
    expect(await seedDemo(getDb())).toEqual({ created: false });

    const [demo] = await getDb()
      .select({ status: campaigns.status, organizationId: campaigns.organizationId })
      .from(campaigns)
      .where(eq(campaigns.slug, DEMO_CAMPAIGN_SLUG));
    expect(demo?.status).toBe("published");

    const [organizer] = await getDb()
      .select({ role: memberships.role, organizationId: memberships.organizationId })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(eq(users.email, DEMO_ORGANIZER_EMAIL));
    expect(organizer).toEqual({ role: "owner", organizationId: demo?.organizationId });

    const groups = await getDb()
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.kind, "community_group"));
    expect(groups.length).toBeGreaterThanOrEqual(3);
    const [users_] = await getDb().select({ n: count() }).from(users);
    // The organizer and a community group's coordinator, once each.
    expect(users_?.n).toBe(2);
    const [options] = await getDb().select({ n: count() }).from(pledgeOptions);
    expect(options?.n).toBe(5);
    const [resources] = await getDb().select({ n: count() }).from(campaignResources);
    expect(resources?.n).toBe(2);
    const [voices] = await getDb().select({ n: count() }).from(campaignVoices);
    expect(voices?.n).toBe(1);
  });
});

describe("queries on PostgreSQL", () => {
  // Unnamed, each parameterised query was described by the server before it could run: two round trips.
  it.skipIf(getConnection().kind !== "postgres")(
    "run as named prepared statements, in transactions and savepoints too, except bulk and parameterless ones",
    async () => {
      const statements = await getDb().transaction(async (tx) => {
        await tx.select({ id: users.id }).from(users).where(eq(users.email, "prepared@example.org"));
        await tx.transaction((inner) =>
          inner.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, "prepared-slug")),
        );
        // 300 parameters: a one-off bulk statement stays unnamed.
        const emails = Array.from({ length: 300 }, (_, i) => `bulk-${i}@example.org`);
        await tx.execute(sql`select count(*) from ${users} where email in ${emails}`);
        return rowsOf<{ statement: string }>(
          await tx.execute(sql`select statement from pg_prepared_statements`),
        ).map((r) => r.statement);
      });
      expect(statements.some((s) => s.includes('from "users" where "users"."email" = $1'))).toBe(true);
      expect(statements.some((s) => s.includes('from "campaigns" where "campaigns"."slug" = $1'))).toBe(true);
      expect(statements.some((s) => s.includes("$300"))).toBe(false);
      // Without parameters (this very query): unnamed, as one-of-a-kind texts should be.
      expect(statements.some((s) => s.includes("pg_prepared_statements"))).toBe(false);
    },
  );
});

describe("a bad DATABASE_URL", () => {
  const migrate = (databaseUrl: string) =>
    run("node_modules/.bin/tsx", ["db/cli/migrate.ts"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );

  it("that points nowhere stops with one clear line", async () => {
    const { code, stderr } = await migrate("postgres://chorus:secret@127.0.0.1:1/chorus");
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      "Cannot connect to the database at postgres://chorus:***@127.0.0.1:1/chorus: connection refused. Is PostgreSQL running there?",
    );
  });

  it("that is not a PostgreSQL URL names the variable", async () => {
    const { code, stderr } = await migrate("mysql://localhost/chorus");
    expect(code).toBe(1);
    expect(stderr).toContain("DATABASE_URL: must be a postgres://");
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
