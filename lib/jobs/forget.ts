/**
 * A person's queued emails, forgotten with them (account deletion, the purge of accounts nobody confirmed).
 * Only the send-email queue carries addresses (every other queue's jobs are sweeps with no data); emails about a
 * letter carry its id only and find nothing to send once the letter is gone or anonymised.
 */
import { sql } from "drizzle-orm";
import { type Executor, rowsOf } from "@/db/client";
import { SEND_EMAIL_QUEUE } from "./queues";

/** What a scrubbed job holds: the worker skips it (lib/jobs/worker.ts). */
export type ErasedEmailJob = { erased: true };

/**
 * In the caller's transaction: emails to these addresses not yet started are cancelled (their rows deleted),
 * and every other job that names them (running, done, failed: pg-boss keeps them for days) is scrubbed to
 * `{ erased: true }`, so the job table no longer holds the address, the name or anything the email said.
 */
export async function forgetQueuedEmailsTo(executor: Executor, addresses: string[]): Promise<number> {
  const lowered = [...new Set(addresses.map((a) => a.trim().toLowerCase()).filter(Boolean))];
  if (lowered.length === 0) return 0;
  const list = sql.join(
    lowered.map((a) => sql`${a}`),
    sql`, `,
  );
  const cancelled = rowsOf(
    await executor.execute(sql`
      delete from pgboss.job
      where name = ${SEND_EMAIL_QUEUE} and state in ('created', 'retry')
        and lower(trim(data->>'to')) in (${list})
      returning id`),
  );
  const scrubbed = rowsOf(
    await executor.execute(sql`
      update pgboss.job set data = '{"erased":true}'::jsonb
      where name = ${SEND_EMAIL_QUEUE} and lower(trim(data->>'to')) in (${list})
      returning id`),
  );
  return cancelled.length + scrubbed.length;
}
