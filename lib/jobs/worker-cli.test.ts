/**
 * `npm run worker` as its own process (PostgreSQL only: PGlite belongs to one process): SIGTERM while a job is
 * in flight lets it finish and exits cleanly, so no job is lost or abandoned half-done.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getConnection, getDb } from "@/db/client";
import { type FakeResend, startFakeResend } from "@/e2e/fakes/fake-resend";
import { loadEnv } from "@/lib/env";
import { queueEmail } from "./enqueue";

const onPostgres = getConnection().kind === "postgres";

describe.skipIf(!onPostgres)("the worker process", () => {
  let fake: FakeResend;
  let worker: ChildProcess;
  let output = "";

  beforeAll(async () => {
    fake = await startFakeResend();
    worker = spawn("node_modules/.bin/tsx", ["lib/jobs/worker-cli.ts"], {
      env: {
        ...process.env,
        NODE_ENV: "development",
        DATABASE_URL: loadEnv().databaseUrl,
        RESEND_API_KEY: "re_worker_test",
        RESEND_BASE_URL: fake.url,
      },
    });
    worker.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    worker.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    await until(() => output.includes("[worker] ready"), 30_000);
  });

  afterAll(async () => {
    worker.kill("SIGKILL");
    await fake.close();
  });

  it("finishes the job in flight on SIGTERM, then exits 0", async () => {
    fake.failNext({ kind: "delay", ms: 2500 });
    const jobId = await queueEmail(getDb(), {
      template: "welcome",
      props: { name: "Teo", appUrl: "http://localhost:3000" },
      to: "teo@example.org",
      idempotencyKey: "welcome:teo",
    });
    await until(() => fake.requests.length === 1, 20_000);

    const exited = new Promise<number | null>((resolve) => worker.on("exit", (code) => resolve(code)));
    worker.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toContain("[worker] stopped");

    expect(fake.emailsTo("teo@example.org")).toHaveLength(1);
    const result = await getDb().execute(sql`select state from pgboss.job where id = ${jobId}`);
    expect((result as unknown as { state: string }[])[0]?.state).toBe("completed");
  });
});

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
