/**
 * Letters: what a campaign asks supporters to write, to whom, and what happened to each letter.
 *
 * A letter is unique per (campaign, supporter) and a delivery per (letter, target): these two unique indexes
 * are what make 20 identical concurrent submits one letter, and a retried job one email.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { campaigns } from "./campaigns";
import { organizations } from "./organizations";

/** Targets are rules resolved at send time, so after an election the current holder of a seat gets the letter. */
export const targetRule = pgEnum("target_rule", [
  "senators",
  "house",
  "state_upper",
  "state_lower",
  "official",
  "custom",
]);

/** A person or office an organizer adds by email: a council member, an agency head, a company. */
export const customTargets = pgTable(
  "custom_targets",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    title: text("title").notNull().default(""),
    email: text("email").notNull(),
    /** Some offices only read letters from constituents who give a street address. */
    requiresAddress: boolean("requires_address").notNull().default(false),
    /**
     * The address its owner confirmed by the emailed link (lib/organize/target-confirmation.ts). Letters go
     * only while it equals `email`; until then they wait (queued, never paced).
     */
    confirmedEmail: text("confirmed_email"),
    confirmedAt: timestamp("confirmed_at", { mode: "date", withTimezone: true }),
    /** The pending link: only its hash, and when it stops working. */
    confirmationTokenHash: text("confirmation_token_hash").unique(),
    confirmationExpiresAt: timestamp("confirmation_expires_at", { mode: "date", withTimezone: true }),
    confirmationSentAt: timestamp("confirmation_sent_at", { mode: "date", withTimezone: true }),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("custom_targets_organization_id_idx").on(t.organizationId)],
);

export const campaignTargets = pgTable(
  "campaign_targets",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    campaignId: text("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    rule: targetRule("rule").notNull(),
    /** For rule "official": a named official (no foreign key: a refresh may retire them, the rule stays). */
    officialId: text("official_id"),
    customTargetId: text("custom_target_id").references(() => customTargets.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    index("campaign_targets_campaign_id_idx").on(t.campaignId),
    uniqueIndex("campaign_targets_rule_once")
      .on(t.campaignId, t.rule)
      .where(sql`${t.rule} in ('senators', 'house', 'state_upper', 'state_lower')`),
    uniqueIndex("campaign_targets_official_once").on(t.campaignId, t.officialId),
    uniqueIndex("campaign_targets_custom_once").on(t.campaignId, t.customTargetId),
  ],
);

export type TemplatePartRow = { id: string; text: string; isLocked: boolean };

export const letterTemplates = pgTable(
  "letter_templates",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    campaignId: text("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    language: varchar("language", { length: 8 }).notNull().default("en"),
    subject: text("subject").notNull(),
    /** Ordered parts of the body; locked parts (the ask) cannot be changed by supporters. */
    parts: jsonb("parts").$type<TemplatePartRow[]>().notNull(),
    personalizationPrompt: text("personalization_prompt").notNull().default(""),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("letter_templates_campaign_language").on(t.campaignId, t.language)],
);

/** awaiting_confirmation: a new supporter has not yet clicked the emailed link; nothing is delivered before. */
export const letterStatus = pgEnum("letter_status", ["awaiting_confirmation", "confirmed"]);

export const letters = pgTable(
  "letters",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    campaignId: text("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "restrict" }),
    supporterId: text("supporter_id").references(() => users.id, { onDelete: "set null" }),
    status: letterStatus("status").notNull(),
    language: varchar("language", { length: 8 }).notNull().default("en"),
    subject: text("subject").notNull(),
    /** The supporter's letter with merge fields still in place; merged per target at delivery. */
    body: text("body").notNull(),
    personalizationScore: real("personalization_score").notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email").notNull(),
    /**
     * The writer's mailbox (lib/security/mailbox.ts: lowercase, no +tag, Gmail's dots folded), unique per
     * campaign so `name+1@` and `n.ame@gmail.com` cannot each write again. Null once the writer deleted their
     * account (and for letters written before it existed that repeated an earlier letter's mailbox).
     */
    canonicalEmail: text("canonical_email"),
    city: text("city").notNull().default(""),
    state: varchar("state", { length: 2 }).notNull(),
    zip: varchar("zip", { length: 5 }).notNull(),
    /** Only when a target requires it; dropped once every delivery that needed it is done. */
    streetAddress: text("street_address"),
    /**
     * The supporter's prefix for CWC (the Senate takes only Mr., Mrs., Miss, Ms., Dr.). Null when not asked;
     * "none" when the supporter chose none of these (Senate offices then keep the hand-off for this letter).
     */
    prefix: varchar("prefix", { length: 8 }),
    /**
     * For a letter to a CWC office: its parts as written (merge fields in place), each marked `own` when the
     * supporter wrote it, so the organization's words and the supporter's go in their own CWC elements. Null
     * for other letters.
     */
    letterParts: jsonb("letter_parts").$type<{ text: string; own: boolean }[]>(),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp("confirmed_at", { mode: "date", withTimezone: true }),
  },
  (t) => [
    uniqueIndex("letters_campaign_supporter_once").on(t.campaignId, t.supporterId),
    uniqueIndex("letters_campaign_mailbox_once").on(t.campaignId, t.canonicalEmail),
    index("letters_campaign_created_idx").on(t.campaignId, t.createdAt),
    // Covers the dashboard's totals and states and the page's confirmed count (index-only; bench growth).
    index("letters_campaign_status_state_idx").on(t.campaignId, t.status, t.state),
  ],
);

/** cwc: Congress's vendor APIs (House CWC, Senate SOAPBox), automatic; contact_form: a guided hand-off. */
export const deliveryChannel = pgEnum("delivery_channel", ["email", "contact_form", "cwc"]);

/**
 * One status column, and honest: "sent" means the provider accepted it; "handoff_ready" means the supporter
 * still has to submit the official's contact form, and only their confirmation makes it "handoff_done".
 */
export const deliveryStatus = pgEnum("delivery_status", [
  "awaiting_confirmation",
  "queued",
  "sent",
  "delivered",
  "bounced",
  "complained",
  "failed",
  "handoff_ready",
  "handoff_done",
]);

export const deliveries = pgTable(
  "deliveries",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    letterId: text("letter_id")
      .notNull()
      .references(() => letters.id, { onDelete: "cascade" }),
    /** "official:<id>" or "custom:<id>": the (letter, target) pair is unique. */
    targetKey: text("target_key").notNull(),
    officialId: text("official_id"),
    customTargetId: text("custom_target_id"),
    targetName: text("target_name").notNull(),
    targetTitle: text("target_title").notNull().default(""),
    targetEmail: text("target_email"),
    contactFormUrl: text("contact_form_url"),
    channel: deliveryChannel("channel").notNull(),
    status: deliveryStatus("status").notNull(),
    attempts: integer("attempts").notNull().default(0),
    /**
     * Email deliveries go out in batches of up to 100. A batch keeps its members and its idempotency key (the
     * batch id) across retries, so the provider sees the same request and accepts each email once.
     */
    batchId: text("batch_id"),
    nextAttemptAt: timestamp("next_attempt_at", { mode: "date", withTimezone: true }),
    providerMessageId: text("provider_message_id"),
    lastError: text("last_error"),
    /**
     * CWC only: the message's DeliveryId (32 letters and digits from this delivery's id, the same on every
     * retry: the unique index says one delivery, one DeliveryId), the chamber's last HTTP status and answer
     * (truncated), the SHA-256 of the last payload sent, and a 400's error list.
     */
    cwcDeliveryId: varchar("cwc_delivery_id", { length: 32 }),
    cwcHttpStatus: integer("cwc_http_status"),
    cwcResponse: text("cwc_response"),
    cwcPayloadSha256: varchar("cwc_payload_sha256", { length: 64 }),
    cwcErrors: jsonb("cwc_errors").$type<string[]>(),
    /**
     * Why an automatic delivery became a hand-off, for the supporter's and organizer's pages to say:
     * "cwc_rejected" (the office's system refused the message: see cwc_errors), "cwc_unfit" (the message could
     * not be built), "cwc_unavailable" (the office left the list, or the chamber did not answer after every
     * retry), "cwc_not_configured" (the chamber's key was removed: the delivery became a contact-form hand-off).
     */
    handoffReason: varchar("handoff_reason", { length: 32 }),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { mode: "date", withTimezone: true }),
  },
  (t) => [
    uniqueIndex("deliveries_letter_target_once").on(t.letterId, t.targetKey),
    index("deliveries_status_idx").on(t.status),
    // The dashboard's latest failures, newest first: a campaign's are found in the first rows (issue 9, item 4).
    index("deliveries_failed_idx")
      .on(t.updatedAt.desc().nullsFirst(), t.id)
      .where(sql`${t.status} = 'failed'`),
    index("deliveries_email_queue_idx")
      .on(t.nextAttemptAt, t.createdAt)
      .where(sql`${t.status} = 'queued' and ${t.channel} = 'email'`),
    index("deliveries_batch_idx").on(t.batchId),
    uniqueIndex("deliveries_cwc_delivery_id_once").on(t.cwcDeliveryId),
    // By channel, not `where channel = 'cwc'`: a migration may not use an enum value added in the same
    // transaction (PostgreSQL 55P04), and drizzle runs every pending migration in one.
    index("deliveries_queued_channel_idx")
      .on(t.channel, t.nextAttemptAt, t.createdAt)
      .where(sql`${t.status} = 'queued'`),
    // The daily cap per target counts what was sent to a target since its office's midnight.
    index("deliveries_target_sent_idx").on(t.targetKey, t.sentAt),
    // The daily cap per recipient address, across every campaign (lib/delivery/pacing.ts).
    index("deliveries_recipient_sent_idx")
      .on(sql`lower(${t.targetEmail})`, t.sentAt)
      .where(sql`${t.channel} = 'email'`),
  ],
);

/**
 * The emailed link a new supporter follows to confirm a letter. Only a hash of the token is stored; the link
 * opens a page with a button (a GET never sends anything: mail scanners follow links).
 */
export const letterConfirmations = pgTable("letter_confirmations", {
  tokenHash: text("token_hash").primaryKey(),
  letterId: text("letter_id")
    .notNull()
    .unique()
    .references(() => letters.id, { onDelete: "cascade" }),
  expiresAt: timestamp("expires_at", { mode: "date", withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { mode: "date", withTimezone: true }),
});

/**
 * The reply loop: some days after a letter's deliveries are done, one email asks its author "Did you get a
 * reply?". One ask per letter (the primary key); the link's token is stored only as a hash.
 */
export const replyChecks = pgTable("reply_checks", {
  letterId: text("letter_id")
    .primaryKey()
    .references(() => letters.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  askedAt: timestamp("asked_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp("expires_at", { mode: "date", withTimezone: true }).notNull(),
});

export const replyAnswer = pgEnum("reply_answer", ["yes", "no", "not_yet"]);

/** The supporter's answer for one delivery (one per delivery: answering again updates it). */
export const deliveryReplies = pgTable(
  "delivery_replies",
  {
    deliveryId: text("delivery_id")
      .primaryKey()
      .references(() => deliveries.id, { onDelete: "cascade" }),
    /** Copied from the delivery so an official's response rate is one indexed aggregate. */
    officialId: text("official_id"),
    answer: replyAnswer("answer").notNull(),
    /** The reply as the supporter pasted it (plain text, optional). */
    replyText: text("reply_text"),
    answeredAt: timestamp("answered_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("delivery_replies_official_idx").on(t.officialId)],
);
