/**
 * Every queue, with its retry, expiry and heartbeat policy chosen deliberately (DEVELOPERS.md, "Jobs"):
 * - heartbeatSeconds: a running job's worker touches it every heartbeatSeconds / 2; a job not touched for
 *   heartbeatSeconds belongs to a dead worker (SIGKILL, a lost machine) and is failed, so it is retried by
 *   a live one. With the supervisor's 5 s passes (boss.ts) and the retry delays below, a dead worker's
 *   job is taken over within about 50 s at worst (10 + 5 + a retry delay of at most 30 + polling), inside
 *   the 2 minutes we promise; the chaos suite measures it (bench/chaos). A live worker whose event loop or
 *   database stalls for 10 s may lose its job to another: safe, because every email carries its key.
 * - expireInSeconds is the hard ceiling on one run, alive or not (a hung handler); the idempotency key on
 *   each email makes the retry safe.
 * - retries back off exponentially so a provider outage is not hammered.
 */
import type { Queue } from "pg-boss";

export const SEND_EMAIL_QUEUE = "send-email";
/** Sends queued letter emails in batches, paced to the provider's request rate. */
export const DISPATCH_LETTERS_QUEUE = "dispatch-letter-emails";
/** Sends queued letters to Congress through CWC, each chamber at its own pace (lib/delivery/cwc/dispatch.ts). */
export const DISPATCH_CWC_QUEUE = "dispatch-cwc";
/** Fetches the chambers' CWC office lists (at the worker's start and daily). */
export const REFRESH_CWC_OFFICES_QUEUE = "refresh-cwc-offices";
/** Asks supporters "Did you get a reply?" some days after their letter was delivered (hourly sweep). */
export const ASK_FOR_REPLIES_QUEUE = "ask-for-replies";
/** Reminds volunteers the day before their shift (a sweep every 10 minutes). */
export const REMIND_SHIFTS_QUEUE = "remind-shifts";

/**
 * Daily: purges letters nobody confirmed (and the accounts only they made) and rate-limit windows long over
 * (lib/letters/retention.ts, lib/security/rate-limit.ts).
 */
export const PRUNE_DATA_QUEUE = "prune-data";
/** When it runs (cron, UTC): a quiet hour in the Americas. */
export const PRUNE_DATA_CRON = "41 8 * * *";

/** Folds campaign tallies' deltas into their totals (lib/campaigns/tallies.ts), every few seconds. */
export const COMPACT_TALLIES_QUEUE = "compact-campaign-tallies";
/** Seconds between compactions: the deltas a read adds up are at most about this many seconds of writes. */
export const COMPACT_TALLIES_EVERY_SECONDS = 5;

/** A job whose worker stopped touching it for this long is taken from it (pg-boss's minimum, 10). */
export const HEARTBEAT_SECONDS = 10;

export const queues: Queue[] = [
  {
    name: SEND_EMAIL_QUEUE,
    notify: true,
    heartbeatSeconds: HEARTBEAT_SECONDS,
    // A send takes at most the sender's 10 s timeout; 120 s is for a handler that hangs anyway.
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
    // While a dead worker's run still looks active nothing is dispatched, so the heartbeat matters most here.
    // A run fails only when its worker dies or the database is away (provider errors are retried per
    // delivery inside the run), so its retries stay short: 5 s doubling to at most 30 s.
    name: DISPATCH_LETTERS_QUEUE,
    policy: "stately",
    notify: true,
    heartbeatSeconds: HEARTBEAT_SECONDS,
    // A run stops starting batches after 240 s (dispatch.ts's budget).
    expireInSeconds: 300,
    retryLimit: 10,
    retryDelay: 5,
    retryBackoff: true,
    retryDelayMax: 30,
    deleteAfterSeconds: 24 * 3600,
  },
  {
    // Like the email dispatcher: "stately", so one run at a time across workers shares each chamber's pace.
    // A run that dies is retried; a message it had claimed is sent again after its lease with the same
    // DeliveryId (the Senate answers 409 to a repeat, counted as delivered).
    name: DISPATCH_CWC_QUEUE,
    policy: "stately",
    notify: true,
    heartbeatSeconds: HEARTBEAT_SECONDS,
    expireInSeconds: 300,
    retryLimit: 10,
    retryDelay: 5,
    retryBackoff: true,
    retryDelayMax: 30,
    deleteAfterSeconds: 24 * 3600,
  },
  {
    // A fetch that fails keeps the last good list; the next daily run (or the next start) tries again.
    name: REFRESH_CWC_OFFICES_QUEUE,
    policy: "stately",
    heartbeatSeconds: HEARTBEAT_SECONDS,
    expireInSeconds: 120,
    retryLimit: 3,
    retryDelay: 60,
    retryBackoff: true,
    deleteAfterSeconds: 7 * 24 * 3600,
  },
  {
    // One sweep at a time; a second worker's overlapping sweep would only find nothing to do (the
    // reply_checks primary key makes each ask once), so "stately" just saves it the query.
    name: ASK_FOR_REPLIES_QUEUE,
    policy: "stately",
    heartbeatSeconds: HEARTBEAT_SECONDS,
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
    heartbeatSeconds: HEARTBEAT_SECONDS,
    expireInSeconds: 300,
    retryLimit: 3,
    retryDelay: 60,
    retryBackoff: true,
    deleteAfterSeconds: 24 * 3600,
  },
  {
    // One pruning at a time; each statement is idempotent, so a retry only finishes the work.
    name: PRUNE_DATA_QUEUE,
    policy: "stately",
    heartbeatSeconds: HEARTBEAT_SECONDS,
    expireInSeconds: 600,
    retryLimit: 3,
    retryDelay: 300,
    retryBackoff: true,
    deleteAfterSeconds: 7 * 24 * 3600,
  },
  {
    // One compaction at a time, and at most one waiting: each run queues the next for a few seconds later
    // (a no-op while one waits), and a sweep every minute restarts the chain if a run was lost. Reads are
    // exact without it; it only keeps the deltas they add up few.
    name: COMPACT_TALLIES_QUEUE,
    policy: "stately",
    heartbeatSeconds: HEARTBEAT_SECONDS,
    expireInSeconds: 120,
    retryLimit: 3,
    retryDelay: 5,
    deleteAfterSeconds: 3600,
  },
];
