/**
 * The chaos suite's tools: a database of its own per scenario (created, migrated, seeded, dropped), real
 * worker processes (`lib/jobs/worker-cli.ts`, the code `npm run worker` runs) that can be killed with SIGKILL,
 * and the invariants, checked from the database and from what the fake Resend accepted.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { migrateConnection, openConnection } from "@/db/client";
import type { FakeResend } from "@/e2e/fakes/fake-resend";
import { isDatabaseUnavailable } from "@/lib/errors";

export const ADMIN_URL = process.env.CHAOS_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The runner's own queries ride out the faults it injects (terminated connections, a restarting server):
 * retried for up to 30 s while the database is unavailable.
 */
export async function retrying<T>(query: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      return await query();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() > deadline) throw error;
      await sleep(250);
    }
  }
}

export function randomBetween(min: number, max: number): number {
  return min + Math.random() * (max - min);
}

/** The URL of another database on the same server. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Synchronous clean-ups for an interrupted run (Ctrl-C, a watchdog): run by run.ts on exit. */
export const exitCleanups = new Map<string, () => void>();

export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  exitCleanups.set(`database ${name}`, () =>
    execFileSync("psql", [adminUrl, "-qc", `drop database if exists ${name} with (force)`], {
      stdio: "ignore",
      timeout: 10_000,
    }),
  );
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = databaseUrl(adminUrl, name);
  const connection = openConnection(url, { max: 2 });
  try {
    await migrateConnection(connection);
  } finally {
    await connection.close();
  }
  return url;
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  exitCleanups.delete(`database ${name}`);
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

export const TARGETS = [
  { key: "custom:chaos-council", name: "City Council", email: "council@example.org" },
  { key: "custom:chaos-mayor", name: "Mayor's Office", email: "mayor@example.org" },
];

/**
 * One organization, one published campaign with pacing off (any hour, no daily cap: the faults are the
 * test, not the office hours), `count` confirmed letters and one queued email delivery per (letter, target).
 */
export async function seedLetters(sql: postgres.Sql, count: number): Promise<number> {
  const [org] = await sql<{ id: string }[]>`
    insert into organizations (id, slug, name) values (gen_random_uuid()::text, 'chaos', 'Chaos Tenants Union')
    returning id`;
  const [campaign] = await sql<{ id: string }[]>`
    insert into campaigns (id, organization_id, slug, status, title, published_at, delivery_daily_cap,
      office_hours_start, office_hours_end, office_weekdays_only, reply_check_days)
    values (gen_random_uuid()::text, ${org?.id ?? ""}, 'chaos', 'published', 'Right to counsel', now(), null,
      null, null, false, null)
    returning id`;
  await sql`
    insert into letters (id, campaign_id, status, subject, body, personalization_score, first_name, last_name,
      email, city, state, zip)
    select gen_random_uuid()::text, ${campaign?.id ?? ""}, 'confirmed', 'Please guarantee a right to counsel',
      'Dear {{official.title}} {{official.last_name}},' || chr(10) || chr(10) ||
        'I am writer number ' || n || ' and I was evicted without a lawyer.',
      0.4, 'Chaos', 'Writer ' || n, 'writer-' || n || '@example.org', 'Chicago', 'IL', '60623'
    from generate_series(1, ${count}) as n`;
  const values = TARGETS.map((t) => [t.key, t.name, t.email]);
  await sql`
    insert into deliveries (id, letter_id, target_key, target_name, target_email, channel, status)
    select gen_random_uuid()::text, l.id, t.key, t.name, t.email, 'email', 'queued'
    from letters l cross join (values ${sql(values)}) as t(key, name, email)`;
  const [row] = await sql<{ n: number }[]>`select count(*)::int as n from deliveries`;
  return row?.n ?? 0;
}

export type WorkerEnv = Record<string, string>;

/** Every worker process started, so that none is ever left behind (run.ts kills them on exit). */
export const children = new Set<ChildProcess>();

/** A real worker process: node + tsx running lib/jobs/worker-cli.ts (one process, so SIGKILL reaches it). */
export class Worker {
  readonly child: ChildProcess;
  readonly spawnedAt = Date.now();
  readyAt: number | undefined;
  output = "";
  exitCode: number | null | undefined;
  signal: NodeJS.Signals | null | undefined;
  /** Set before the runner stops it on purpose; any other exit is a crash. */
  expectedExit = false;
  readonly exited: Promise<void>;

  constructor(
    readonly name: string,
    env: WorkerEnv,
    private readonly logFile: string,
  ) {
    this.child = spawn(process.execPath, ["--import", "tsx", "lib/jobs/worker-cli.ts"], {
      env: { ...cleanEnv(), ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.add(this.child);
    const record = (chunk: Buffer) => {
      const text = chunk.toString();
      this.output = (this.output + text).slice(-20_000);
      if (!this.readyAt && this.output.includes("[worker] ready")) this.readyAt = Date.now();
      appendFileSync(this.logFile, text);
    };
    this.child.stdout?.on("data", record);
    this.child.stderr?.on("data", record);
    this.exited = new Promise((resolve) =>
      this.child.once("exit", (code, signal) => {
        this.exitCode = code;
        this.signal = signal;
        resolve();
      }),
    );
  }

  get alive(): boolean {
    return this.exitCode === undefined;
  }

  async waitReady(timeoutMs = 60_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (!this.readyAt) {
      if (!this.alive)
        throw new Error(`${this.name} exited before it was ready:\n${this.output.slice(-2000)}`);
      if (Date.now() > deadline) throw new Error(`${this.name} not ready after ${timeoutMs} ms`);
      await sleep(50);
    }
    return this.readyAt - this.spawnedAt;
  }

  async kill(signal: NodeJS.Signals = "SIGKILL", timeoutMs = 35_000): Promise<void> {
    if (!this.alive) return;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill("SIGKILL"), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }
}

/** The runner's environment without anything that would point a worker elsewhere. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of [
    "TEST_DATABASE_URL",
    "DATABASE_URL",
    "RESEND_API_KEY",
    "RESEND_BASE_URL",
    "NODE_OPTIONS",
  ])
    delete env[key];
  return env;
}

export function workerEnv(url: string, fake: FakeResend, extra: WorkerEnv = {}): WorkerEnv {
  return {
    NODE_ENV: "production",
    DATABASE_URL: url,
    RESEND_API_KEY: "re_chaos",
    RESEND_BASE_URL: fake.url,
    EMAIL_FROM: "Chorus <chorus@example.org>",
    APP_URL: "http://127.0.0.1:3999",
    AUTH_SECRET: "chaos-secret-chaos-secret-chaos-secret-0123",
    EMAIL_REQUESTS_PER_SECOND: "2",
    // Provider refusals are retried after 1, 2, 4, 4… s instead of 5 s doubling to 10 minutes, so eight
    // attempts fit in the suite's time; everything else is the production configuration.
    DELIVERY_RETRY_BASE_SECONDS: "1",
    DELIVERY_RETRY_MAX_SECONDS: "4",
    // Thousands of letters go to one council address: the cap per recipient address would defer all but 200.
    EMAILS_PER_RECIPIENT_PER_DAY: "1000000",
    ...extra,
  };
}

export function logDir(runId: string): string {
  const dir = path.join("/tmp", `chorus-chaos-${runId}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export type Counts = { queued: number; sent: number; failed: number; other: number; total: number };

export async function deliveryCounts(sql: postgres.Sql): Promise<Counts> {
  const [row] = await retrying(
    () => sql<Counts[]>`
    select count(*) filter (where status = 'queued')::int as queued,
      count(*) filter (where status = 'sent')::int as sent,
      count(*) filter (where status = 'failed')::int as failed,
      count(*) filter (where status not in ('queued', 'sent', 'failed'))::int as other,
      count(*)::int as total
    from deliveries`,
  );
  return row ?? { queued: 0, sent: 0, failed: 0, other: 0, total: 0 };
}

export type Verdict = {
  deliveries: number;
  sent: number;
  failed: number;
  /** Accepted by the fake exactly once and marked sent with the fake's message id. */
  sentAndAcceptedOnce: number;
  /** Marked failed, and the fake accepted nothing for it. */
  failedVisibly: number;
  /** Not accepted by the fake, and not marked failed either (still queued, or sent with nothing behind it). */
  lost: number;
  /** Extra acceptances of one (letter, target) beyond the first. */
  duplicates: number;
  /** Database and fake disagree: marked failed though accepted, or a different message id. */
  disagreements: number;
  /** Deliveries still queued at the end. */
  stuckDeliveries: number;
  /** pg-boss jobs active past their expiry. */
  stuckJobs: number;
  /** Emails the fake accepted whose delivery id the database does not know. */
  unknownAccepted: number;
  examples: string[];
};

/**
 * The invariants: every (letter, target) was accepted exactly once by the fake (counted per delivery, read
 * from the X-Chorus-Delivery header of each accepted email; the fake accepts each idempotency key once) or
 * is visibly failed with nothing accepted; statuses and message ids agree with the fake; nothing is stuck.
 */
export async function verify(sql: postgres.Sql, fake: FakeResend): Promise<Verdict> {
  const rows = await retrying(
    () => sql<
      { id: string; letterId: string; targetKey: string; status: string; providerMessageId: string | null }[]
    >`select id, letter_id as "letterId", target_key as "targetKey", status,
        provider_message_id as "providerMessageId"
      from deliveries`,
  );
  const accepted = new Map<string, string[]>();
  for (const email of fake.emails) {
    const id = email.headers?.["X-Chorus-Delivery"] ?? "";
    accepted.set(id, [...(accepted.get(id) ?? []), email.id]);
  }
  const verdict: Verdict = {
    deliveries: rows.length,
    sent: 0,
    failed: 0,
    sentAndAcceptedOnce: 0,
    failedVisibly: 0,
    lost: 0,
    duplicates: 0,
    disagreements: 0,
    stuckDeliveries: 0,
    stuckJobs: 0,
    unknownAccepted: 0,
    examples: [],
  };
  const note = (text: string) => {
    if (verdict.examples.length < 10) verdict.examples.push(text);
  };
  const known = new Set<string>();
  const pairs = new Set<string>();
  for (const row of rows) {
    known.add(row.id);
    const pair = `${row.letterId} ${row.targetKey}`;
    if (pairs.has(pair)) {
      verdict.duplicates++;
      note(`two deliveries for one (letter, target): ${pair}`);
    }
    pairs.add(pair);
    const ids = accepted.get(row.id) ?? [];
    if (ids.length > 1) {
      verdict.duplicates += ids.length - 1;
      note(`delivery ${row.id} (${row.status}) accepted ${ids.length} times`);
    }
    if (row.status === "sent") {
      verdict.sent++;
      if (ids.length === 0) {
        verdict.lost++;
        note(`delivery ${row.id} is marked sent but the provider never accepted it`);
      } else if (!ids.includes(row.providerMessageId ?? "")) {
        verdict.disagreements++;
        note(`delivery ${row.id}: message id ${row.providerMessageId} is not the one the provider gave`);
      } else if (ids.length === 1) verdict.sentAndAcceptedOnce++;
    } else if (row.status === "failed") {
      verdict.failed++;
      if (ids.length > 0) {
        verdict.disagreements++;
        note(`delivery ${row.id} is marked failed but the provider accepted it`);
      } else verdict.failedVisibly++;
    } else {
      verdict.stuckDeliveries++;
      if (ids.length === 0) verdict.lost++;
      note(`delivery ${row.id} is still ${row.status}`);
    }
  }
  for (const id of accepted.keys()) {
    if (!known.has(id)) {
      verdict.unknownAccepted++;
      note(`the provider accepted an email for unknown delivery ${id}`);
    }
  }
  const [jobs] = await retrying(
    () => sql<{ n: number }[]>`
      select count(*)::int as n from pgboss.job
      where state = 'active' and started_on + expire_seconds * interval '1 second' < now()`,
  );
  verdict.stuckJobs = jobs?.n ?? 0;
  return verdict;
}

export function verdictProblems(verdict: Verdict): string[] {
  const problems: string[] = [];
  if (verdict.lost > 0) problems.push(`${verdict.lost} letter email(s) lost`);
  if (verdict.duplicates > 0) problems.push(`${verdict.duplicates} duplicate(s)`);
  if (verdict.disagreements > 0) problems.push(`${verdict.disagreements} disagreement(s) with the provider`);
  if (verdict.stuckDeliveries > 0) problems.push(`${verdict.stuckDeliveries} deliveries still queued`);
  if (verdict.stuckJobs > 0) problems.push(`${verdict.stuckJobs} job(s) active past their expiry`);
  if (verdict.unknownAccepted > 0) problems.push(`${verdict.unknownAccepted} unknown email(s) accepted`);
  if (verdict.sentAndAcceptedOnce + verdict.failedVisibly !== verdict.deliveries)
    problems.push(
      `${verdict.deliveries - verdict.sentAndAcceptedOnce - verdict.failedVisibly} deliveries neither sent once nor visibly failed`,
    );
  return problems;
}

/** What the fake saw: requests by answer. */
export function fakeSummary(fake: FakeResend) {
  const byStatus: Record<string, number> = {};
  for (const request of fake.requests)
    byStatus[String(request.status)] = (byStatus[String(request.status)] ?? 0) + 1;
  const keys = new Set(fake.requests.map((r) => r.idempotencyKey));
  return {
    requests: fake.requests.length,
    byStatus,
    idempotencyKeys: keys.size,
    acceptedEmails: fake.emails.length,
  };
}
