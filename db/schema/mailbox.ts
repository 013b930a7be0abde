/**
 * The local mailbox: where email goes when no RESEND_API_KEY is set (development and demos), shown at
 * /dev/mailbox. The idempotency key is unique, as it is at Resend, so a retried send stores one message.
 */
import { index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const mailboxMessages = pgTable(
  "mailbox_messages",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    from: text("from").notNull(),
    to: text("to").array().notNull(),
    replyTo: text("reply_to"),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    headers: jsonb("headers").$type<Record<string, string>>().notNull().default({}),
    attachments: jsonb("attachments")
      .$type<{ filename: string; content: string; contentType: string }[]>()
      .notNull()
      .default([]),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("mailbox_messages_created_at_idx").on(t.createdAt)],
);
