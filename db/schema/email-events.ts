/** What the email provider told us after sending: signed webhook events and the addresses not to mail again. */
import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** One row per webhook message id (svix-id): a replay of the same message is recognised and ignored. */
export const webhookEvents = pgTable("webhook_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  providerMessageId: text("provider_message_id"),
  receivedAt: timestamp("received_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
});

/** Addresses that bounced or complained: later letters to them are not sent, and say why. */
export const emailSuppressions = pgTable("email_suppressions", {
  email: text("email").primaryKey(),
  reason: text("reason").$type<"bounced" | "complained">().notNull(),
  createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
});
