/**
 * Abuse limits and the audit trail. Rate-limit buckets live in PostgreSQL so a limit holds across every web
 * process; keys carry no raw IP address or email (only salted hashes).
 */
import { index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** One fixed window per key ("letter:ip:<hash>"): the count since `window_start`. */
export const rateLimitBuckets = pgTable(
  "rate_limit_buckets",
  {
    key: text("key").primaryKey(),
    windowStart: timestamp("window_start", { mode: "date", withTimezone: true }).notNull(),
    count: integer("count").notNull(),
  },
  (t) => [index("rate_limit_buckets_window_idx").on(t.windowStart)],
);

/** Security-relevant events: sign-in, role change, export, deletion, limit hits. No tokens, no full emails. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    /** "auth.sign_in", "org.role_changed", "export.csv", "account.deleted", "limit.hit", … */
    action: text("action").notNull(),
    actorId: text("actor_id"),
    organizationId: text("organization_id"),
    subject: text("subject"),
    details: jsonb("details").$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_events_created_idx").on(t.createdAt),
    index("audit_events_organization_idx").on(t.organizationId, t.createdAt),
  ],
);
