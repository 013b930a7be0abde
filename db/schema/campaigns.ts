import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  varchar,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { organizations } from "./organizations";

/**
 * One status column (never a handful of booleans): draft → preview → published → closed. A preview is a draft
 * the team has put up for review: readable through a signed preview link, not listed, no actions yet.
 */
export const campaignStatus = pgEnum("campaign_status", ["draft", "preview", "published", "closed"]);
export type CampaignStatus = (typeof campaignStatus.enumValues)[number];

/** CWC's ProOrCon: the campaign's position on its bill. */
export const cwcStance = pgEnum("cwc_stance", ["pro", "con"]);

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
    /** A picture for the page and for sharing (an https URL), with its description for people who can't see it. */
    imageUrl: text("image_url"),
    imageAlt: text("image_alt").notNull().default(""),
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
    /**
     * For letters to Congress through CWC: the Library of Congress topics the organizer chose (values from
     * lib/delivery/cwc/topics.ts) and the campaign's stance on its bill ("pro", "con", or null for none).
     */
    cwcTopics: jsonb("cwc_topics").$type<string[]>().notNull().default([]),
    cwcStance: cwcStance("cwc_stance"),
    /**
     * The id of the campaign's current preview link, signed into it (lib/organize/preview.ts). Turning the link
     * off gives a new id: every link made before stops working, and the builder shows the new one.
     */
    previewLinkId: text("preview_link_id").notNull().default(sql`gen_random_uuid()::text`),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("campaigns_organization_id_idx").on(t.organizationId),
    index("campaigns_published_idx").on(t.publishedAt).where(sql`${t.status} = 'published'`),
  ],
);

/**
 * A campaign's page in another language than its own (campaigns.language): the organizer's translation of the
 * words a supporter reads. One per campaign and language; the letter template in that language lives in
 * letter_templates (unique per campaign and language) like the first one.
 */
export const campaignTranslations = pgTable(
  "campaign_translations",
  {
    campaignId: text("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    language: varchar("language", { length: 8 }).notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    story: text("story").notNull().default(""),
    callToAction: text("call_to_action").notNull().default(""),
    imageAlt: text("image_alt").notNull().default(""),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.language] })],
);

/** People who joined a campaign (by joining, writing or pledging); leaving sets `left_at`. */
export const campaignSupporters = pgTable(
  "campaign_supporters",
  {
    campaignId: text("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** What brought them: "join", "letter", "pledge". */
    source: text("source").notNull(),
    joinedAt: timestamp("joined_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    leftAt: timestamp("left_at", { mode: "date", withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.userId] }),
    index("campaign_supporters_user_idx").on(t.userId),
  ],
);

export const updateStatus = pgEnum("update_status", ["draft", "sending", "sent"]);

/** An organizer's update to a campaign's consenting supporters (markdown, rendered to an email). */
export const campaignUpdates = pgTable(
  "campaign_updates",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    campaignId: text("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    subject: text("subject").notNull(),
    bodyMarkdown: text("body_markdown").notNull(),
    status: updateStatus("status").notNull().default("draft"),
    recipients: integer("recipients"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { mode: "date", withTimezone: true }),
  },
  (t) => [index("campaign_updates_campaign_idx").on(t.campaignId, t.createdAt)],
);
