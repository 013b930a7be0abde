/**
 * Every queue, with its retry and expiry policy chosen deliberately:
 * - expireInSeconds bounds how long a job may stay active before pg-boss assumes its worker died and retries
 *   it (the idempotency key on each email makes that retry safe).
 * - retries back off exponentially so a provider outage is not hammered.
 */
import type { Queue } from "pg-boss";

export const SEND_EMAIL_QUEUE = "send-email";

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
];
