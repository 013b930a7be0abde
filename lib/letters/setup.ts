import "server-only";
import { sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import {
  campaigns,
  campaignTargets,
  campaignTranslations,
  customTargets,
  letterTemplates,
  organizations,
} from "@/db/schema";
import { CAMPAIGN_CHANGES_KEY, type CampaignChanges } from "@/lib/edge-manifest";
import { officialsCacheVersion } from "@/lib/officials/cache";
import { findOfficialById } from "@/lib/officials/lookup";
import type { TargetRule } from "./targets";
import type { TemplatePart } from "./template";

export type LetterSetup = {
  campaign: {
    id: string;
    slug: string;
    title: string;
    status: "published" | "closed";
    organizationName: string;
  };
  template: { subject: string; parts: TemplatePart[]; personalizationPrompt: string; language: string };
  rules: TargetRule[];
};

/**
 * What a supporter needs to write on a campaign: its template and target rules. Null when the campaign is not
 * public or has no letter (drafts are "not there").
 *
 * The template is the one in `language` (the reader's) when the organizers wrote one, else the campaign's own;
 * `template.language` says which, and the letter is stored in it. The campaign's title is in that language too.
 */
export async function findLetterSetup(slug: string, language?: string): Promise<LetterSetup | null> {
  const changes = campaignChanges();
  if (!changes?.listening) return readLetterSetup(slug, language);
  const key = `${slug}\n${language ?? ""}\n${officialsCacheVersion()}`;
  const now = Date.now();
  const kept = setupCache.get(key);
  if (kept && kept.until > now && kept.stamp === changes.stamp(slug)) return kept.setup;
  // Stamped before the read: a change heard while it runs leaves the answer unkept.
  const stamp = changes.stamp(slug);
  const setup = await readLetterSetup(slug, language);
  if (changes.stamp(slug) === stamp) {
    if (setupCache.size >= SETUP_CACHE_MAX) setupCache.clear();
    setupCache.set(key, { setup, stamp, until: now + SETUP_CACHE_MS });
  }
  return setup;
}

/**
 * Letter setups kept in this process (every letter submitted reads one): only while `npm start`'s launcher
 * hears PostgreSQL's `chorus_pages` notifications (edge/launcher.ts), which every change to a campaign,
 * its templates, targets, custom targets and organization sends on commit (db/migrations/0010). A setup is
 * dropped when its campaign's stamp moves, and kept at most a minute whatever happens (officials: their cache).
 */
const setupCache = new Map<string, { setup: LetterSetup | null; stamp: string; until: number }>();
const SETUP_CACHE_MS = 60_000;
const SETUP_CACHE_MAX = 1000;

/** What the launcher shares through globalThis (lib/edge-manifest.ts). */
function campaignChanges(): CampaignChanges | undefined {
  return (globalThis as { [CAMPAIGN_CHANGES_KEY]?: CampaignChanges })[CAMPAIGN_CHANGES_KEY];
}

async function readLetterSetup(slug: string, language?: string): Promise<LetterSetup | null> {
  // One statement (this runs on every letter submitted): the campaign, its templates and its target rules.
  const [campaign] = rowsOf<{
    id: string;
    slug: string;
    title: string;
    status: "published" | "closed";
    organizationName: string;
    language: string;
    titles: Json<Record<string, string>> | null;
    templates: Json<LetterSetup["template"][]> | null;
    targets: Json<TargetRow[]> | null;
  }>(
    await getDb().execute(sql`
      select c.id, c.slug, c.title, c.status, o.name as "organizationName", c.language,
        (select json_object_agg(tr.language, tr.title) from ${campaignTranslations} tr
          where tr.campaign_id = c.id) as titles,
        (select json_agg(json_build_object('subject', t.subject, 'parts', t.parts,
            'personalizationPrompt', t.personalization_prompt, 'language', t.language))
          from ${letterTemplates} t where t.campaign_id = c.id) as templates,
        (select json_agg(json_build_object('rule', ct.rule, 'officialId', ct.official_id, 'customId', cu.id,
            'customName', cu.name, 'customTitle', cu.title, 'customEmail', cu.email,
            'customRequiresAddress', cu.requires_address) order by ct.position)
          from ${campaignTargets} ct left join ${customTargets} cu on cu.id = ct.custom_target_id
          where ct.campaign_id = c.id) as targets
      from ${campaigns} c join ${organizations} o on o.id = c.organization_id
      where c.slug = ${slug} and c.status in ('published', 'closed')
      limit 1`),
  );
  if (!campaign) return null;
  const templates = parseJson(campaign.templates) ?? [];
  const template =
    templates.find((t) => t.language === language) ??
    templates.find((t) => t.language === campaign.language) ??
    templates[0];
  if (!template) return null;
  const translatedTitle =
    template.language === campaign.language ? undefined : parseJson(campaign.titles)?.[template.language];

  const rules: TargetRule[] = [];
  for (const row of parseJson(campaign.targets) ?? []) {
    if (row.rule === "custom") {
      if (row.customId && row.customName && row.customEmail) {
        rules.push({
          rule: "custom",
          custom: {
            id: row.customId,
            name: row.customName,
            title: row.customTitle ?? "",
            email: row.customEmail,
            requiresAddress: row.customRequiresAddress ?? false,
          },
        });
      }
    } else if (row.rule === "official") {
      const official = row.officialId ? await findOfficialById(row.officialId).catch(() => null) : null;
      rules.push({ rule: "official", official });
    } else {
      rules.push({ rule: row.rule });
    }
  }
  const { templates: _t, targets: _r, titles: _n, language: _l, ...rest } = campaign;
  return { campaign: { ...rest, title: translatedTitle ?? rest.title }, template, rules };
}

type TargetRow = {
  rule: "senators" | "house" | "state_upper" | "state_lower" | "official" | "custom";
  officialId: string | null;
  customId: string | null;
  customName: string | null;
  customTitle: string | null;
  customEmail: string | null;
  customRequiresAddress: boolean | null;
};

/** json columns arrive parsed from postgres.js and PGlite; a driver that hands back text is parsed here. */
type Json<T> = T | string;
function parseJson<T>(value: Json<T> | null): T | null {
  return typeof value === "string" ? (JSON.parse(value) as T) : value;
}
