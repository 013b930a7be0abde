import type { SendOptions } from "pg-boss";
import type { Executor } from "@/db/client";
import type { QueuedTemplateName, QueuedTemplateProps } from "@/emails";
import type { EmailPriority } from "@/lib/email/send";
import { getBoss, inTransaction } from "./boss";
import type { ErasedEmailJob } from "./forget";
import { DISPATCH_CWC_QUEUE, DISPATCH_LETTERS_QUEUE, SEND_EMAIL_QUEUE } from "./queues";

export type SendEmailJob<N extends QueuedTemplateName = QueuedTemplateName> = {
  template: N;
  props: QueuedTemplateProps<N>;
  to: string;
  idempotencyKey: string;
  replyTo?: string;
};

/**
 * Emails a person is waiting for on a page right now ("check your email to confirm"): their jobs are fetched
 * first (pg-boss priority, and a worker of their own) and they take the provider's first turns. Sign-in links
 * are sent by Auth.js directly, also as "urgent".
 */
const URGENT_TEMPLATES: ReadonlySet<QueuedTemplateName> = new Set<QueuedTemplateName>(["confirm-letter"]);
export const URGENT_JOB_PRIORITY = 10;

export function emailPriorityOf(template: QueuedTemplateName): EmailPriority {
  return URGENT_TEMPLATES.has(template) ? "urgent" : "transactional";
}

function jobPriority(template: QueuedTemplateName): number {
  return URGENT_TEMPLATES.has(template) ? URGENT_JOB_PRIORITY : 0;
}

/**
 * An email about a letter that the worker builds when it sends it, from the letter's row: the job holds only
 * the letter's id, never an address or a link (a confirmation link's token exists only in the email; see
 * lib/letters/letter-emails.ts). A letter deleted in the meantime (its author's account, or the purge of
 * unconfirmed letters) sends nothing.
 */
export type LetterEmailJob = { letterEmail: "confirm-letter" | "letter-receipt"; letterId: string };

/** What the send-email queue carries (a job scrubbed when its recipient was forgotten: lib/jobs/forget.ts). */
export type EmailJob = SendEmailJob | LetterEmailJob | ErasedEmailJob;

/** Queues an email built at send time from the letter (LetterEmailJob), in the caller's transaction. */
export async function queueLetterEmail(executor: Executor, job: LetterEmailJob): Promise<string | null> {
  const boss = await getBoss();
  return boss.send(SEND_EMAIL_QUEUE, job, {
    priority: jobPriority(job.letterEmail),
    ...inTransaction(executor),
  });
}

/**
 * Queues an email. Pass the transaction that writes the rows the email is about: the job then commits or
 * rolls back with them. The idempotency key goes all the way to the provider, so retries never double-send.
 */
export async function queueEmail<N extends QueuedTemplateName>(
  executor: Executor,
  job: SendEmailJob<N>,
  options: Pick<SendOptions, "startAfter"> = {},
): Promise<string | null> {
  const boss = await getBoss();
  return boss.send(SEND_EMAIL_QUEUE, job, {
    ...options,
    priority: jobPriority(job.template),
    ...inTransaction(executor),
  });
}

/** Jobs per insert statement: large lists go in chunks, all inside the caller's one transaction. */
const INSERT_CHUNK = 500;

/**
 * Queues many emails with pg-boss's bulk `insert` (one statement per chunk instead of one per email), in the
 * caller's transaction. The queue's retry and expiry policy applies as with `send`.
 */
export async function queueEmails<N extends QueuedTemplateName>(
  executor: Executor,
  jobs: SendEmailJob<N>[],
): Promise<number> {
  if (jobs.length === 0) return 0;
  const boss = await getBoss();
  for (let start = 0; start < jobs.length; start += INSERT_CHUNK) {
    await boss.insert(
      SEND_EMAIL_QUEUE,
      jobs.slice(start, start + INSERT_CHUNK).map((data) => ({ data, priority: jobPriority(data.template) })),
      inTransaction(executor),
    );
  }
  return jobs.length;
}

/**
 * Wakes the letter dispatcher: at most one wake-up waits per moment (the queue is "stately": a second one for the
 * same moment is a no-op). A wake-up for later (the next office hours) is keyed by its time, so it never takes the
 * place of "now": with one key for both, a campaign waiting for tomorrow's office hours held back every other
 * campaign's letters until then.
 */
export async function queueLetterDispatch(executor: Executor, startAfter?: Date): Promise<void> {
  const boss = await getBoss();
  await boss.send(
    DISPATCH_LETTERS_QUEUE,
    {},
    {
      ...inTransaction(executor),
      ...(startAfter ? { startAfter, singletonKey: `at:${startAfter.toISOString()}` } : {}),
    },
  );
}

/** Wakes the CWC dispatcher (Congress), the same way: one wake-up per moment, in the caller's transaction. */
export async function queueCwcDispatch(executor: Executor, startAfter?: Date): Promise<void> {
  const boss = await getBoss();
  await boss.send(
    DISPATCH_CWC_QUEUE,
    {},
    {
      ...inTransaction(executor),
      ...(startAfter ? { startAfter, singletonKey: `at:${startAfter.toISOString()}` } : {}),
    },
  );
}
