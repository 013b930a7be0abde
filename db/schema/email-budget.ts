/**
 * The email provider's request budget, shared by every process that sends (web, workers): Resend allows a
 * number of requests per second per team, and sign-in links must not wait behind letter batches
 * (lib/email/rate-budget.ts).
 */
import { bigserial, index, pgTable, smallint, text, timestamp } from "drizzle-orm/pg-core";

/** One row (id 1): the earliest moment the next request may start (a virtual clock, advanced per request). */
export const emailRateBudget = pgTable("email_rate_budget", {
  id: smallint("id").primaryKey(),
  nextAt: timestamp("next_at", { mode: "date", withTimezone: true }).notNull(),
});

/**
 * Each request to the provider, from its reserved start until its answer: a request may start only a second
 * after the answer of the one `rate` places before it, so no second ever holds more than `rate` arrivals at the
 * provider, whatever the network's jitter. Rows older than a few minutes are pruned as new ones come.
 */
export const emailProviderRequests = pgTable(
  "email_provider_requests",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** "urgent" (sign-in links, letter confirmations), "transactional" or "bulk" (letter batches). */
    priority: text("priority").notNull(),
    startAt: timestamp("start_at", { mode: "date", withTimezone: true }).notNull(),
    /** When an unanswered request counts as answered anyway (its sender died, or its timeout passed). */
    expiresAt: timestamp("expires_at", { mode: "date", withTimezone: true }).notNull(),
    answeredAt: timestamp("answered_at", { mode: "date", withTimezone: true }),
  },
  (t) => [index("email_provider_requests_start_idx").on(t.startAt)],
);
