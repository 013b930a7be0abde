/**
 * What a campaign teaches and whom it lets speak: learning resources (marked when the author is from the
 * affected community) and voices (quotes or stories, published only with the person's recorded permission).
 */
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, varchar } from "drizzle-orm/pg-core";
import { campaigns } from "./campaigns";

export const resourceKind = pgEnum("resource_kind", ["book", "film", "article", "podcast", "video", "other"]);

export const campaignResources = pgTable(
  "campaign_resources",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    campaignId: text("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    author: text("author").notNull(),
    kind: resourceKind("kind").notNull(),
    url: text("url").notNull(),
    /** The author is a member of the community the campaign is about: shown first, and marked. */
    byAffectedCommunity: boolean("by_affected_community").notNull().default(false),
    note: text("note").notNull().default(""),
    language: varchar("language", { length: 8 }).notNull().default("en"),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("campaign_resources_campaign_idx").on(t.campaignId, t.position)],
);

export const campaignVoices = pgTable(
  "campaign_voices",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    campaignId: text("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    /** A quote or a short story, in the person's words. */
    body: text("body").notNull(),
    /** How the person wants to be named ("Maria, tenant in Pilsen"), never more. */
    attribution: text("attribution").notNull(),
    /** When and how permission to publish was given ("verbal, at the March 3 meeting"); required to publish. */
    permissionNote: text("permission_note").notNull(),
    permissionAt: timestamp("permission_at", { mode: "date", withTimezone: true }).notNull(),
    language: varchar("language", { length: 8 }).notNull().default("en"),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("campaign_voices_campaign_idx").on(t.campaignId, t.position)],
);

/** Old slugs of renamed campaigns keep working: /campaigns/OLD redirects to the campaign's current slug. */
export const campaignSlugRedirects = pgTable("campaign_slug_redirects", {
  slug: varchar("slug", { length: 80 }).primaryKey(),
  campaignId: text("campaign_id")
    .notNull()
    .references(() => campaigns.id, { onDelete: "cascade" }),
  createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
});
