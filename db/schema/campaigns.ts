import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  varchar,
} from "drizzle-orm/pg-core";
import { organizations } from "./organizations";

/** One status column (never a handful of booleans): draft → published → closed. */
export const campaignStatus = pgEnum("campaign_status", ["draft", "published", "closed"]);

export const campaigns = pgTable(
  "campaigns",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    slug: varchar("slug", { length: 80 }).notNull().unique(),
    status: campaignStatus("status").notNull().default("draft"),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    /** Markdown, sanitised when rendered. */
    story: text("story").notNull().default(""),
    callToAction: text("call_to_action").notNull().default(""),
    /** Goal in letters; null when the organizer sets none. */
    goal: integer("goal"),
    language: varchar("language", { length: 8 }).notNull().default("en"),
    startsAt: timestamp("starts_at", { mode: "date", withTimezone: true }),
    endsAt: timestamp("ends_at", { mode: "date", withTimezone: true }),
    publishedAt: timestamp("published_at", { mode: "date", withTimezone: true }),
    /**
     * Pacing of emailed letters, per target. Offices read mail in working hours and a flood in one morning reads
     * as spam: by default at most 200 letters a day reach one target, Monday to Friday, 9:00 to 17:00 in the
     * target's time zone (from its state; custom targets use the campaign's time zone). Null turns a limit off.
     */
    deliveryDailyCap: integer("delivery_daily_cap").default(200),
    officeHoursStart: smallint("office_hours_start").default(9),
    officeHoursEnd: smallint("office_hours_end").default(17),
    officeWeekdaysOnly: boolean("office_weekdays_only").notNull().default(true),
    timeZone: text("time_zone").notNull().default("America/New_York"),
    /** Days after delivery to ask the supporter "Did you get a reply?"; null: never ask. */
    replyCheckDays: integer("reply_check_days").default(14),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("campaigns_organization_id_idx").on(t.organizationId),
    index("campaigns_published_idx").on(t.publishedAt).where(sql`${t.status} = 'published'`),
  ],
);
