/**
 * Every queue, with its retry and expiry policy chosen deliberately:
 * - expireInSeconds bounds how long a job may stay active before pg-boss assumes its worker died and retries
 *   it (the idempotency key on each email makes that retry safe).
 * - retries back off exponentially so a provider outage is not hammered.
 */
import type { Queue } from "pg-boss";

export const SEND_EMAIL_QUEUE = "send-email";
/** Sends queued letter emails in batches, paced to the provider's request rate. */
export const DISPATCH_LETTERS_QUEUE = "dispatch-letter-emails";
/** Asks supporters "Did you get a reply?" some days after their letter was delivered (hourly sweep). */
export const ASK_FOR_REPLIES_QUEUE = "ask-for-replies";
/** Reminds volunteers the day before their shift (a sweep every 10 minutes). */
export const REMIND_SHIFTS_QUEUE = "remind-shifts";

export const queues: Queue[] = [
  {
    name: SEND_EMAIL_QUEUE,
    notify: true,
    expireInSeconds: 120,
    retryLimit: 6,
    retryDelay: 15,
    retryBackoff: true,
    retryDelayMax: 30 * 60,
    deleteAfterSeconds: 7 * 24 * 3600,
  },
  {
    // "stately": at most one run waiting and one running, so every worker shares one pace toward the
    // provider's rate limit; enqueueing while one waits is a no-op. A run that dies is retried after expiry,
    // and the batches it had claimed are resent with the same idempotency keys.
    name: DISPATCH_LETTERS_QUEUE,
    policy: "stately",
    notify: true,
    expireInSeconds: 300,
    retryLimit: 10,
    retryDelay: 5,
    retryBackoff: true,
    retryDelayMax: 300,
    deleteAfterSeconds: 24 * 3600,
  },
  {
    // One sweep at a time; a second worker's overlapping sweep would only find nothing to do (the
    // reply_checks primary key makes each ask once), so "stately" just saves it the query.
    name: ASK_FOR_REPLIES_QUEUE,
    policy: "stately",
    expireInSeconds: 600,
    retryLimit: 3,
    retryDelay: 60,
    retryBackoff: true,
    deleteAfterSeconds: 24 * 3600,
  },
  {
    // Each reminder is claimed by a conditional update (reminder_sent_at), so overlapping sweeps cannot
    // remind twice; "stately" only saves the extra query.
    name: REMIND_SHIFTS_QUEUE,
    policy: "stately",
    expireInSeconds: 300,
    retryLimit: 3,
    retryDelay: 60,
    retryBackoff: true,
    deleteAfterSeconds: 24 * 3600,
  },
];
