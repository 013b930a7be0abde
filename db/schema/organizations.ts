/**
 * Organizations run campaigns; community-led groups are organizations too (kind = "community_group"),
 * with a public profile, so a group can also run its own campaigns. People belong through memberships.
 */
import { sql } from "drizzle-orm";
import { boolean, index, pgEnum, pgTable, primaryKey, text, timestamp, varchar } from "drizzle-orm/pg-core";
import { users } from "./auth";

export const organizationKind = pgEnum("organization_kind", ["organization", "community_group"]);
export const membershipRole = pgEnum("membership_role", ["owner", "organizer", "viewer"]);
/**
 * Whether an instance operator vouched for an organization (`npm run org:verify`, /organize/operator). Until
 * then it cannot have letters emailed to its custom targets and sends only a few invites; `revoked` is an
 * operator taking it back.
 */
export const organizationVerification = pgEnum("organization_verification", [
  "unverified",
  "verified",
  "revoked",
]);

export const organizations = pgTable(
  "organizations",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    slug: varchar("slug", { length: 80 }).notNull().unique(),
    name: text("name").notNull(),
    kind: organizationKind("kind").notNull().default("organization"),
    /** A group's own words on who leads it and whom it serves. */
    leadershipStatement: text("leadership_statement"),
    description: text("description"),
    focusAreas: text("focus_areas").array().notNull().default([]),
    state: varchar("state", { length: 2 }),
    city: text("city"),
    zip: varchar("zip", { length: 5 }),
    isRemote: boolean("is_remote").notNull().default(false),
    websiteUrl: text("website_url"),
    donationUrl: text("donation_url"),
    /** Groups: where and when people bring pledged goods, in the group's words ("1831 S Racine Ave", "Sat 10–2"). */
    dropOffPlace: text("drop_off_place"),
    dropOffHours: text("drop_off_hours"),
    verificationStatus: organizationVerification("verification_status").notNull().default("unverified"),
    verifiedAt: timestamp("verified_at", { mode: "date", withTimezone: true }),
    /** Who verified (or revoked) it: an operator's email address, or `cli:` and the shell user. */
    verifiedBy: text("verified_by"),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("organizations_kind_idx").on(t.kind),
    index("organizations_awaiting_verification_idx")
      .on(t.createdAt)
      .where(sql`${t.verificationStatus} <> 'verified'`),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    role: membershipRole("role").notNull(),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.organizationId] }),
    index("memberships_organization_id_idx").on(t.organizationId),
  ],
);

/** An emailed invitation to join an organization's team; only a hash of the link's token is stored. */
export const organizationInvites = pgTable(
  "organization_invites",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: membershipRole("role").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { mode: "date", withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { mode: "date", withTimezone: true }),
    createdAt: timestamp("created_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organization_invites_organization_idx").on(t.organizationId)],
);

/**
 * Whether a person agreed to hear from an organization (updates about its campaigns). One row per pair; an
 * unsubscribe sets `unsubscribed_at` and is honoured from then on.
 */
export const organizationSubscriptions = pgTable(
  "organization_subscriptions",
  {
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    consentedAt: timestamp("consented_at", { mode: "date", withTimezone: true }).notNull().defaultNow(),
    unsubscribedAt: timestamp("unsubscribed_at", { mode: "date", withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] })],
);
