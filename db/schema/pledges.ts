/**
 * Pledges to community-led groups: time (volunteer shifts), money (handed off to the group's own donation
 * page: Chorus takes no payment), goods and pro-bono skills.
 *
 * Capacity is a counter on the option, changed only by a conditional update (`taken + n <= capacity`), so 20
 * simultaneous pledges for the last seat give exactly one. A person holds at most one active pledge per option
 * (a partial unique index).
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { campaigns } from "./campaigns";
import { organizations } from "./organizations";

export const pledgeKind = pgEnum("pledge_kind", ["volunteer_shift", "donation", "goods", "skills"]);

export const pledgeOptions = pgTable(
  "pledge_options",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    /** The group the pledge is to. */
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** Offered on a campaign's page too (null: only on the group's page). */
    campaignId: text("campaign_id").references(() => campaigns.id, { onDelete: "set null" }),
    kind: pledgeKind("kind").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** Shifts: when, in the place's time zone, where (or remote). */
    startsAt: timestamp("starts_at", { mode: "date", withTimezone: true }),
    endsAt: timestamp("ends_at", { mode: "date", withTimezone: true }),
    timeZone: text("time_zone"),
    location: text("location"),
    isRemote: boolean("is_remote").notNull().default(false),
    /** Hours a shift or a skill pledge asks for. */
    hours: real("hours"),
    /** Seats of a shift, or items still needed for goods; null: no limit. */
    capacity: integer("capacity"),
    /** Seats or items pledged and not cancelled: kept with every pledge and cancellation. */
    taken: integer("taken").notNull().default(0),
    /**
     * Running totals of the option's active pledges, kept in the same transaction as each pledge, so campaign
     * and group pages read a few counters instead of adding up every pledge on each view.
     */
    pledgers: integer("pledgers").notNull().default(0),
    pledgedCents: integer("pledged_cents").notNull().default(0),
    pledgedHours: real("pledged_hours").notNull().default(0),
    /** Donations: suggested amounts in US cents, and whether a monthly gift is offered. */
    suggestedAmountsCents: integer("suggested_amounts_cents").array().notNull().default(sql`'{}'::integer[]`),
    allowsMonthly: boolean("allows_monthly").notNull().default(false),
    /** Goods: the item, e.g. "Winter coats (adult sizes)". Skills: the skill, e.g. "Spanish translation". */
    item: text("item"),
    skill: text("skill"),
    isOpen: boolean("is_open").notNull().default(true),
    /** Shifts: the group called it off (closed for good; its pledges cancelled and their volunteers told). */
    cancelledAt: timestamp("cancelled_at", { mode: "date", withTimezone: true }),
    /**
     * Shifts: the SEQUENCE of the calendar event each volunteer holds (RFC 5545), raised by every change of time
     * or place and by the cancellation, so their calendar applies the update to the event it already has.
     */
    calendarSequence: integer("calendar_sequence").notNull().default(0),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("pledge_options_organization_idx").on(t.organizationId),
    index("pledge_options_campaign_idx").on(t.campaignId),
    index("pledge_options_starts_idx").on(t.startsAt).where(sql`${t.kind} = 'volunteer_shift'`),
  ],
);

/**
 * pledged → done (the supporter says they gave, or the group marks attendance / receipt) or missed (the group
 * says a volunteer did not come); cancelled frees the seat.
 */
export const pledgeStatus = pgEnum("pledge_status", ["pledged", "done", "missed", "cancelled"]);
export const donationFrequency = pgEnum("donation_frequency", ["one_time", "monthly"]);

export const pledges = pgTable(
  "pledges",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    optionId: text("option_id")
      .notNull()
      .references(() => pledgeOptions.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: pledgeStatus("status").notNull().default("pledged"),
    /** Seats (1 for a shift) or items pledged. */
    quantity: integer("quantity").notNull().default(1),
    amountCents: integer("amount_cents"),
    frequency: donationFrequency("frequency"),
    hours: real("hours"),
    /** The supporter's name as they gave it, for the group's roster. */
    name: text("name").notNull(),
    email: text("email").notNull(),
    phone: text("phone"),
    note: text("note"),
    reminderSentAt: timestamp("reminder_sent_at", { mode: "date", withTimezone: true }),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    doneAt: timestamp("done_at", { mode: "date", withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { mode: "date", withTimezone: true }),
  },
  (t) => [
    uniqueIndex("pledges_active_once").on(t.optionId, t.userId).where(sql`${t.status} <> 'cancelled'`),
    index("pledges_user_idx").on(t.userId),
  ],
);

/**
 * A group's message to the volunteers of one shift. The id comes from the form (made when it was shown), so
 * sending the same form twice is the same message: the primary key makes it go out once.
 */
export const groupMessages = pgTable("group_messages", {
  id: text("id").primaryKey(),
  optionId: text("option_id")
    .notNull()
    .references(() => pledgeOptions.id, { onDelete: "cascade" }),
  sentBy: text("sent_by").references(() => users.id, { onDelete: "set null" }),
  subject: text("subject").notNull(),
  body: text("body").notNull(),
  recipients: integer("recipients").notNull(),
  createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
});
