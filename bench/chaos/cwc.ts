/**
 * `npm run test:chaos:cwc`: letters to Congress through CWC under faults. 1,000 letters (by default) each to a
 * representative and two senators (3,000 messages), real worker processes (lib/jobs/worker-cli.ts) on their own
 * PostgreSQL database, the fake House and Senate on loopback failing 30% of messages (15% 500, 10% 429 with
 * Retry-After, 5% never answering, half of those after accepting), and the worker killed with SIGKILL five
 * times and restarted.
 *
 * After: every (letter, office) was accepted by the fake exactly once under its DeliveryId and is marked sent,
 * or is visibly handed to the supporter (handoff_ready with a reason) with nothing accepted; nothing is still
 * queued; no job is stuck. Results go to bench/results/chaos-cwc.json; the exit code is 1 on any problem.
 *
 *   npm run test:chaos:cwc [-- --letters 300] [-- --kills 5]
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { type FakeCwc, startFakeCwc } from "@/e2e/fakes/fake-cwc";
import { cwcDeliveryId } from "@/lib/delivery/cwc/message";
import { seedCwcLetters } from "./cwc-seed";
import {
  ADMIN_URL,
  children,
  createDatabase,
  dropDatabase,
  exitCleanups,
  logDir,
  randomBetween,
  retrying,
  sleep,
  Worker,
  type WorkerEnv,
} from "./harness";

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const LETTERS = Number(option("letters") ?? 1000);
const KILLS = Number(option("kills") ?? 5);
const DEADLINE_MS = Number(option("timeout") ?? 900) * 1000;
const runId = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const logs = logDir(runId);

function env(url: string, fake: FakeCwc): WorkerEnv {
  return {
    NODE_ENV: "production",
    DATABASE_URL: url,
    // No email is sent in this scenario; production only insists that a provider is configured.
    RESEND_API_KEY: "re_chaos",
    RESEND_BASE_URL: "http://127.0.0.1:9",
    EMAIL_FROM: "Chorus <chorus@example.org>",
    APP_URL: "http://127.0.0.1:3999",
    AUTH_SECRET: "chaos-secret-chaos-secret-chaos-secret-0123",
    CWC_HOUSE_API_KEY: fake.houseKey,
    CWC_HOUSE_BASE_URL: fake.houseBaseUrl,
    CWC_SENATE_API_KEY: fake.senateKey,
    CWC_SENATE_BASE_URL: fake.senateBaseUrl,
    CWC_DELIVERY_AGENT: "Chorus Chaos Agent",
    CWC_DELIVERY_AGENT_ACK_EMAIL: "cwc@example.org",
    CWC_DELIVERY_AGENT_CONTACT_NAME: "Casey Operator",
    CWC_DELIVERY_AGENT_CONTACT_EMAIL: "ops@example.org",
    CWC_DELIVERY_AGENT_CONTACT_PHONE: "202-555-0100",
    // Faster than production so 3,000 messages and their retries fit in minutes; the faults are the test.
    CWC_REQUESTS_PER_SECOND: "50",
    CWC_TIMEOUT_MS: "2000",
    CWC_MAINTENANCE_WINDOWS: "off",
    DELIVERY_RETRY_BASE_SECONDS: "1",
    DELIVERY_RETRY_MAX_SECONDS: "4",
  };
}

type Row = {
  id: string;
  status: string;
  handoffReason: string | null;
  cwcDeliveryId: string | null;
  code: string;
};

async function verify(sql: postgres.Sql, fake: FakeCwc) {
  const rows = await retrying(
    () => sql<Row[]>`
      select d.id, d.status, d.handoff_reason as "handoffReason", d.cwc_delivery_id as "cwcDeliveryId",
        case when o.chamber = 'house' then 'HIL07' when o.id = 'D000563' then 'SIL02' else 'SIL03' end as code
      from deliveries d join officials o on o.id = d.official_id`,
  );
  const accepted = new Map<string, { count: number; code: string }>();
  for (const message of fake.accepted) {
    const seen = accepted.get(message.deliveryId);
    accepted.set(message.deliveryId, { count: (seen?.count ?? 0) + 1, code: message.officeCode });
  }
  const verdict = {
    deliveries: rows.length,
    sentAndAcceptedOnce: 0,
    handedOffVisibly: 0,
    handedOffButAccepted: 0,
    lost: 0,
    duplicates: 0,
    wrongOffice: 0,
    stillQueued: 0,
    unknownAccepted: 0,
    stuckJobs: 0,
    examples: [] as string[],
  };
  const note = (text: string) => {
    if (verdict.examples.length < 10) verdict.examples.push(text);
  };
  const known = new Set<string>();
  for (const row of rows) {
    const id = cwcDeliveryId(row.id);
    known.add(id);
    const got = accepted.get(id);
    if (got && got.count > 1) {
      verdict.duplicates += got.count - 1;
      note(`${row.id} accepted ${got.count} times`);
    }
    if (got && got.code !== row.code) {
      verdict.wrongOffice++;
      note(`${row.id} went to ${got.code}, not ${row.code}`);
    }
    if (row.status === "sent") {
      if (!got) {
        verdict.lost++;
        note(`${row.id} is marked sent but was never accepted`);
      } else if (got.count === 1) verdict.sentAndAcceptedOnce++;
    } else if (row.status === "handoff_ready" && row.handoffReason) {
      if (got) {
        verdict.handedOffButAccepted++;
        note(`${row.id} was handed to the supporter (${row.handoffReason}) though the office accepted it`);
      } else verdict.handedOffVisibly++;
    } else {
      verdict.stillQueued++;
      if (!got) verdict.lost++;
      note(`${row.id} is still ${row.status}`);
    }
  }
  for (const id of accepted.keys()) if (!known.has(id)) verdict.unknownAccepted++;
  const [jobs] = await retrying(
    () => sql<{ n: number }[]>`
      select count(*)::int as n from pgboss.job
      where state = 'active' and started_on + expire_seconds * interval '1 second' < now()`,
  );
  verdict.stuckJobs = jobs?.n ?? 0;
  return verdict;
}

async function main(): Promise<number> {
  const started = Date.now();
  const name = `chorus_chaos_cwc_${runId}`;
  const url = await createDatabase(ADMIN_URL, name);
  const fake = await startFakeCwc();
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  let worker: Worker | undefined;
  const kills: { atSeconds: number; sentBefore: number }[] = [];
  try {
    await seedCwcLetters(sql, LETTERS);
    fake.setRandomFaults({ rate429: 0.1, rate500: 0.15, rateHang: 0.05, hangAfterAccepting: 0.5 });
    const workerEnv = env(url, fake);
    const start = (n: number) => new Worker(`worker-${n}`, workerEnv, path.join(logs, `cwc-worker-${n}.log`));
    worker = start(0);
    await worker.waitReady();
    const remaining = async () => {
      const [row] = await retrying(
        () => sql<{ queued: number; sent: number }[]>`
          select count(*) filter (where status = 'queued')::int as queued,
            count(*) filter (where status = 'sent')::int as sent from deliveries`,
      );
      return row ?? { queued: 0, sent: 0 };
    };
    for (let k = 1; k <= KILLS; k++) {
      await sleep(randomBetween(4000, 12_000));
      const { sent } = await remaining();
      kills.push({ atSeconds: Math.round((Date.now() - started) / 1000), sentBefore: sent });
      await worker.kill("SIGKILL");
      worker = start(k);
      await worker.waitReady();
    }
    for (;;) {
      const { queued } = await remaining();
      if (queued === 0) break;
      if (Date.now() - started > DEADLINE_MS) break;
      await sleep(1000);
    }
    await sleep(500);
    const verdict = await verify(sql, fake);
    const problems = [
      verdict.lost && `${verdict.lost} lost`,
      verdict.duplicates && `${verdict.duplicates} duplicate(s)`,
      verdict.wrongOffice && `${verdict.wrongOffice} sent to the wrong office`,
      verdict.handedOffButAccepted && `${verdict.handedOffButAccepted} handed off though accepted`,
      verdict.stillQueued && `${verdict.stillQueued} still queued`,
      verdict.unknownAccepted && `${verdict.unknownAccepted} unknown accepted`,
      verdict.stuckJobs && `${verdict.stuckJobs} stuck job(s)`,
      verdict.sentAndAcceptedOnce + verdict.handedOffVisibly !== verdict.deliveries &&
        "not every delivery is sent once or visibly handed off",
    ].filter(Boolean);
    const byStatus: Record<string, number> = {};
    for (const request of fake.requests)
      byStatus[String(request.status)] = (byStatus[String(request.status)] ?? 0) + 1;
    const result = {
      ranAt: new Date().toISOString(),
      letters: LETTERS,
      seconds: Math.round((Date.now() - started) / 1000),
      kills,
      fake: { requests: fake.requests.length, byStatus, accepted: fake.accepted.length },
      verdict,
      problems,
    };
    writeFileSync(path.resolve("bench/results/chaos-cwc.json"), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
    return problems.length === 0 ? 0 : 1;
  } finally {
    await worker?.kill("SIGTERM").catch(() => undefined);
    for (const child of children) child.kill("SIGKILL");
    await sql.end({ timeout: 5 });
    await fake.close();
    await dropDatabase(ADMIN_URL, name).catch(() => undefined);
  }
}

process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
  for (const cleanup of exitCleanups.values()) {
    try {
      cleanup();
    } catch {
      // best effort on the way out
    }
  }
});

process.exitCode = await main();
