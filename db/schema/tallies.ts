/**
 * Campaign tallies (issue 9, item 4): the counts the campaign page and the organizer dashboard show, kept as
 * they change, so reading them touches a few rows per campaign instead of every letter.
 *
 * Triggers (migration 0013_campaign_tallies) on letters, deliveries and campaign_supporters append one delta
 * row per metric a change moves (+1 for the new value, -1 for the old) to `campaign_tally_deltas`. Appending
 * takes no lock another writer waits for, so concurrent letters to one campaign never queue on a counter row.
 * A job (`compact-campaign-tallies`, lib/campaigns/tallies.ts) moves the deltas into `campaign_tallies` in one
 * transaction; a read sums both in one statement, so it is exact at any moment, compacted or not.
 *
 * Metrics and their keys:
 *   letters_status      letter status ('confirmed', 'awaiting_confirmation')
 *   letters_state       the letter's state ('IL')
 *   letters_hour        the UTC hour it was written ('2026-11-26 17:00:00+00', sorts as time)
 *   deliveries          channel and status ('email sent', 'contact_form handoff_ready')
 *   deliveries_official the official a delivery goes to (deliveries with an official only)
 *   supporters          '' : people with the campaign who have not left
 *   calls_*             call outcomes (migration 0023_calls, lib/calls/counts.ts): per step, step and official,
 *                       step and outcome, and UTC hour
 * No foreign keys: the rows are derived, and a cascade that removes a campaign's rows also writes their -1s.
 */
import { bigint, index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

export const campaignTallies = pgTable(
  "campaign_tallies",
  {
    campaignId: text("campaign_id").notNull(),
    metric: text("metric").notNull(),
    key: text("key").notNull(),
    n: bigint("n", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.metric, t.key] })],
);

export const campaignTallyDeltas = pgTable(
  "campaign_tally_deltas",
  {
    campaignId: text("campaign_id").notNull(),
    metric: text("metric").notNull(),
    key: text("key").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [index("campaign_tally_deltas_campaign_idx").on(t.campaignId, t.metric)],
);
