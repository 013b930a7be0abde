/**
 * Call campaigns (issue 21): a campaign step of kind `call` asks supporters to phone their officials. The step
 * itself is a `campaign_steps` row (its title, status and place in the order); this file holds what only a call
 * step has: its call-in window, its script in each language, its target rules, and what happened on each call.
 *
 * No supporter's phone number is ever asked for or stored: a call is made from the supporter's own phone, and
 * all Chorus keeps is the outcome they report.
 */
import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { campaigns } from "./campaigns";
import { type TemplatePartRow, targetRule } from "./letters";
import { campaignSteps } from "./steps";

/**
 * A call step's details. The call-in window is optional and read in the campaign's time zone
 * (`campaigns.time_zone`): from `window_starts_on` to `window_ends_on` (dates, either may be open), and each day
 * from `window_start_hour` to `window_end_hour` (both or neither).
 */
export const callSteps = pgTable(
  "call_steps",
  {
    stepId: text("step_id")
      .primaryKey()
      .references(() => campaignSteps.id, { onDelete: "cascade" }),
    campaignId: text("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    windowStartsOn: date("window_starts_on", { mode: "string" }),
    windowEndsOn: date("window_ends_on", { mode: "string" }),
    windowStartHour: smallint("window_start_hour"),
    windowEndHour: smallint("window_end_hour"),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("call_steps_campaign_idx").on(t.campaignId),
    check(
      "call_steps_window_dates",
      sql`${t.windowStartsOn} is null or ${t.windowEndsOn} is null or ${t.windowStartsOn} <= ${t.windowEndsOn}`,
    ),
    check(
      "call_steps_window_hours",
      sql`(${t.windowStartHour} is null and ${t.windowEndHour} is null) or (${t.windowStartHour} between 0 and 23 and ${t.windowEndHour} between 1 and 24 and ${t.windowStartHour} < ${t.windowEndHour})`,
    ),
  ],
);

/**
 * A call step's script in one language, like letter_templates: ordered parts, the locked ones to be said as
 * written (the ask), the others a suggestion the caller may put in their own words; and what to say to a
 * voicemail (empty: Chorus's standard advice). One per step and language; supporters get theirs, else the
 * campaign's own.
 */
export const callScripts = pgTable(
  "call_scripts",
  {
    stepId: text("step_id")
      .notNull()
      .references(() => callSteps.stepId, { onDelete: "cascade" }),
    language: varchar("language", { length: 8 }).notNull(),
    parts: jsonb("parts").$type<TemplatePartRow[]>().notNull(),
    voicemail: text("voicemail").notNull().default(""),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.stepId, t.language] })],
);

/**
 * Whom a call step asks people to call: the same rules as letters (resolved against the caller's ZIP when
 * they call), except custom targets, which have an email address and no phone.
 */
export const callTargets = pgTable(
  "call_targets",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    stepId: text("step_id")
      .notNull()
      .references(() => callSteps.stepId, { onDelete: "cascade" }),
    rule: targetRule("rule").notNull(),
    /** For rule "official": a named official (no foreign key: a refresh may retire them, the rule stays). */
    officialId: text("official_id"),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    index("call_targets_step_idx").on(t.stepId),
    uniqueIndex("call_targets_rule_once")
      .on(t.stepId, t.rule)
      .where(sql`${t.rule} in ('senators', 'house', 'state_upper', 'state_lower')`),
    uniqueIndex("call_targets_official_once").on(t.stepId, t.officialId),
    check("call_targets_no_custom", sql`${t.rule} <> 'custom'`),
    check("call_targets_official_named", sql`(${t.rule} = 'official') = (${t.officialId} is not null)`),
  ],
);

export const callOutcome = pgEnum("call_outcome", ["reached", "voicemail", "busy", "skipped"]);
export type CallOutcome = (typeof callOutcome.enumValues)[number];

/**
 * What happened when a supporter called an official for a call step: one row per (caller, official, step),
 * by the two partial unique indexes, so two posts at once, or a reload and a second post, leave one row (a
 * later report replaces the outcome). The caller is a signed-in account (`user_id`) or, for everyone else, the
 * visitor named by the signed stamp the calls answer gave them (`visitor`: an HMAC, nothing readable). When an
 * account is deleted its rows stay, counted but belonging to nobody.
 */
export const callOutcomes = pgTable(
  "call_outcomes",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    campaignId: text("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    stepId: text("step_id")
      .notNull()
      .references(() => callSteps.stepId, { onDelete: "cascade" }),
    /** The official called (no foreign key, as in deliveries: the count outlives a refresh of the data). */
    officialId: text("official_id").notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    visitor: text("visitor"),
    outcome: callOutcome("outcome").notNull(),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("call_outcomes_user_once")
      .on(t.stepId, t.officialId, t.userId)
      .where(sql`${t.userId} is not null`),
    uniqueIndex("call_outcomes_visitor_once")
      .on(t.stepId, t.officialId, t.visitor)
      .where(sql`${t.visitor} is not null`),
    index("call_outcomes_campaign_idx").on(t.campaignId, t.createdAt, t.id),
    index("call_outcomes_user_idx").on(t.userId),
    check("call_outcomes_one_caller", sql`${t.userId} is null or ${t.visitor} is null`),
  ],
);
