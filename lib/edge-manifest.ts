/**
 * What the serving edge (edge/: `npm start`'s launcher in front of Next) serves itself, in one place, for edge/
 * and app/ both: which paths it caches and what drops them, and which routes it answers without Next's
 * request pipeline. Pure data and small functions (no Node, no Next), so anything may import it.
 *
 * The rules here are checked, not only written: edge/manifest.test.tsx compares the NOTIFY triggers of the
 * migrated database with CAMPAIGN_PAGE_TABLES and renders the campaign page to see which tables it reads;
 * edge/letters-signed-out.test.ts calls the direct route's handler with Next's request APIs made to fail.
 */

/** The channel PostgreSQL's triggers notify on commit (migration 0010_page_cache_notify): a slug, or `*`. */
export const NOTIFY_CHANNEL = "chorus_pages";

/** The trigger function that notifies NOTIFY_CHANNEL (`chorus_campaign_page_changed('<campaign id column>')`). */
export const NOTIFY_FUNCTION = "chorus_campaign_page_changed";

/** Everything: the payload for a change that may touch any campaign's page. */
export const ALL_CAMPAIGNS = "*";

/** A campaign's public page. */
export function campaignPagePath(slug: string): string {
  return `/campaigns/${slug}`;
}

/** The campaign pages the edge caches (signed-out visitors, no query) and makes lite; group 1 is the slug. */
export const CAMPAIGN_PAGE_PATH = /^\/campaigns\/([a-z0-9][a-z0-9-]{0,79})$/;

/** Public API answers the edge keeps for their `s-maxage` (at most an hour); `?campaign=SLUG` ties one to a page. */
export const PUBLIC_API_PREFIX = "/api/officials";

export function isPublicApiPath(path: string): boolean {
  return path === PUBLIC_API_PREFIX || path.startsWith(`${PUBLIC_API_PREFIX}/`);
}

/**
 * How a change to each table the campaign page reads reaches the cached page:
 * - `notify`: the table has the trigger, with the column naming the campaign (`id` for campaigns itself), or
 *   `*` (statement-level: drops every page);
 * - `via`: the page reads it only as a summary of other tables, whose triggers notify;
 * - `unnotified`: public records no request changes, only the process named (`npm run officials:import`); the
 *   60 s backstop is all the freshness a page gets after an import.
 * A new table the page reads needs an entry here, and, for `notify`, the trigger in a migration (the header of
 * db/migrations/0010_page_cache_notify.sql says how); edge/manifest.test.tsx fails until both agree.
 */
export type TableRule = { notify: string } | { via: readonly string[] } | { unnotified: "officials-import" };

export const CAMPAIGN_PAGE_TABLES = {
  campaigns: { notify: "id" },
  campaign_translations: { notify: "campaign_id" },
  campaign_supporters: { notify: "campaign_id" },
  // Only when a letter is (or stops being) confirmed: those move the page's counter.
  letters: { notify: "campaign_id" },
  campaign_resources: { notify: "campaign_id" },
  campaign_voices: { notify: "campaign_id" },
  campaign_targets: { notify: "campaign_id" },
  letter_templates: { notify: "campaign_id" },
  pledge_options: { notify: "campaign_id" },
  campaign_steps: { notify: "campaign_id" },
  campaign_bills: { notify: "campaign_id" },
  organizations: { notify: ALL_CAMPAIGNS },
  custom_targets: { notify: ALL_CAMPAIGNS },
  campaign_tallies: { via: ["letters", "campaign_supporters"] },
  campaign_tally_deltas: { via: ["letters", "campaign_supporters"] },
  officials: { unnotified: "officials-import" },
  zip_districts: { unnotified: "officials-import" },
  territory_zip_ranges: { unnotified: "officials-import" },
} as const satisfies Record<string, TableRule>;

/** The tables whose triggers notify NOTIFY_CHANNEL, with their trigger's argument. */
export function notifyingTables(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [table, rule] of Object.entries(CAMPAIGN_PAGE_TABLES) as [string, TableRule][]) {
    if ("notify" in rule) out.set(table, rule.notify);
  }
  return out;
}

/**
 * Routes the edge answers by calling the route's own handler from Next's build, for requests without a session
 * cookie (edge/direct-route.ts). `route` is the app route's folder under app/; `path` matches the request
 * path, group 1 the one parameter, `param` its name. `DIRECT_ROUTES=off` sends them to Next.
 */
export const DIRECT_ROUTES = [
  {
    route: "api/campaigns/[slug]/letters",
    method: "POST",
    path: /^\/api\/campaigns\/([A-Za-z0-9%._~-]{1,240})\/letters$/,
    param: "slug",
  },
] as const;

export type DirectRoute = (typeof DIRECT_ROUTES)[number];

/**
 * What the launcher shares with Next's bundle through globalThis (the bundle does not share its modules): whether
 * it hears NOTIFY_CHANNEL, and a stamp per campaign that a notification moves. lib/letters/setup.ts keeps letter
 * setups only while it listens.
 */
export const CAMPAIGN_CHANGES_KEY = Symbol.for("chorus.campaignChanges");

export type CampaignChanges = { readonly listening: boolean; stamp(slug: string): string };
