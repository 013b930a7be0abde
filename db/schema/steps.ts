import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { campaigns, campaignUpdates } from "./campaigns";

/**
 * The kinds of action a campaign asks for. The first four are the campaign page's own sections (each at most
 * once per campaign); `ask` is an organizer's own step (a vote is scheduled, a hearing); `call` asks supporters
 * to phone their officials (its script, window and targets: db/schema/calls.ts).
 */
export const stepKind = pgEnum("campaign_step_kind", ["learn", "write", "pledge", "share", "ask", "call"]);

/** draft: only the team sees it; open: supporters see it; closed: done with, kept for history. */
export const stepStatus = pgEnum("campaign_step_status", ["draft", "open", "closed"]);

/** A campaign's steps in the organizer's order (`position`); the next step a supporter is shown follows it. */
export const campaignSteps = pgTable(
  "campaign_steps",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    campaignId: text("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    kind: stepKind("kind").notNull(),
    position: integer("position").notNull(),
    status: stepStatus("status").notNull().default("open"),
    /** Empty for the page's own sections (they have standard words); required for an ask. */
    title: text("title").notNull().default(""),
    description: text("description").notNull().default(""),
    /** An ask's link: an https address elsewhere (a hearing sign-up), or null for the step's own anchor. */
    url: text("url"),
    /** When supporters were first shown it; opening an ask alerts them (once: campaign_step_alerts). */
    openedAt: timestamp("opened_at", { mode: "date", withTimezone: true }),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("campaign_steps_campaign_idx").on(t.campaignId, t.position),
    // Each of the page's own sections appears once in a campaign's order (asks and call steps, any number).
    uniqueIndex("campaign_steps_section_once")
      .on(t.campaignId, t.kind)
      .where(sql`${t.kind} in ('learn', 'write', 'pledge', 'share')`),
  ],
);

/**
 * A step a supporter said they did (learn, share, an ask). Writing and pledging are known from the letter and
 * the pledge, so they are never recorded here.
 */
export const campaignStepsDone = pgTable(
  "campaign_steps_done",
  {
    stepId: text("step_id")
      .notNull()
      .references(() => campaignSteps.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    doneAt: timestamp("done_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.stepId, t.userId] }), index("campaign_steps_done_user_idx").on(t.userId)],
);

/**
 * The alert sent when a step opened: one per step, ever (the primary key), so opening a step twice, closing
 * and reopening it, or two organizers clicking at once never alerts anyone twice. The alert itself is a
 * campaign update, sent the same way as every other.
 */
export const campaignStepAlerts = pgTable("campaign_step_alerts", {
  stepId: text("step_id")
    .primaryKey()
    .references(() => campaignSteps.id, { onDelete: "cascade" }),
  updateId: text("update_id")
    .notNull()
    .references(() => campaignUpdates.id, { onDelete: "cascade" }),
  createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
});

export const billJurisdiction = pgEnum("bill_jurisdiction", ["federal", "state"]);

/** The bill a campaign is about (at most one), shown on the page and available to letters as {{bill.*}}. */
export const campaignBills = pgTable(
  "campaign_bills",
  {
    campaignId: text("campaign_id")
      .primaryKey()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    jurisdiction: billJurisdiction("jurisdiction").notNull(),
    /** Two-letter postal code for a state bill; null for a federal one. */
    state: varchar("state", { length: 2 }),
    /** As the legislature writes it: "H.R. 1234", "SB 56". */
    number: varchar("number", { length: 40 }).notNull(),
    title: text("title").notNull(),
    url: text("url"),
    /** One line the organizer keeps current: "Passed the House; in the Senate Judiciary Committee". */
    status: text("status").notNull().default(""),
    statusUpdatedAt: timestamp("status_updated_at", { mode: "date", withTimezone: true }),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      "campaign_bills_state_matches",
      sql`(${t.jurisdiction} = 'federal' and ${t.state} is null) or (${t.jurisdiction} = 'state' and ${t.state} is not null)`,
    ),
  ],
);
