import "server-only";
/**
 * What a caller needs from a campaign: its first open call step with its script (in the reader's language when
 * the organizers wrote one, else the campaign's own), its target rules, its call-in window and the campaign's
 * bill. One statement. Null when the campaign is not published or asks for no calls now (drafts, closed steps
 * and other campaigns' steps are all "not there").
 */
import { and, inArray, isNull, sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import {
  callScripts,
  callSteps,
  callTargets,
  campaignBills,
  campaignSteps,
  campaigns,
  campaignTranslations,
  officials,
  organizations,
} from "@/db/schema";
import type { TemplatePart } from "@/lib/letters/template";
import { type SummaryRow, summaryColumns, toSummary } from "@/lib/officials/lookup";
import type { CallRule } from "./rules";

export type CallSetup = {
  campaign: { id: string; slug: string; title: string; organizationName: string; timeZone: string };
  step: { id: string; title: string };
  script: { language: string; parts: TemplatePart[]; voicemail: string };
  rules: CallRule[];
  window: {
    startsOn: string | null;
    endsOn: string | null;
    startHour: number | null;
    endHour: number | null;
  };
  bill: { number: string; title: string; status: string; url: string | null } | null;
};

type Json<T> = T | string;
function parseJson<T>(value: Json<T> | null): T | null {
  return typeof value === "string" ? (JSON.parse(value) as T) : value;
}

export async function findCallSetup(
  slug: string,
  language?: string,
  stepId?: string,
): Promise<CallSetup | null> {
  const [row] = rowsOf<{
    id: string;
    slug: string;
    title: string;
    language: string;
    timeZone: string;
    organizationName: string;
    titles: Json<Record<string, string>> | null;
    stepId: string;
    stepTitle: string;
    startsOn: string | null;
    endsOn: string | null;
    startHour: number | null;
    endHour: number | null;
    scripts: Json<{ language: string; parts: TemplatePart[]; voicemail: string }[]> | null;
    targets: Json<{ rule: CallRule["rule"]; officialId: string | null }[]> | null;
    billNumber: string | null;
    billTitle: string | null;
    billStatus: string | null;
    billUrl: string | null;
  }>(
    await getDb().execute(sql`
      select c.id, c.slug, c.title, c.language, c.time_zone as "timeZone", o.name as "organizationName",
        (select json_object_agg(tr.language, tr.title) from ${campaignTranslations} tr
          where tr.campaign_id = c.id) as titles,
        s.id as "stepId", s.title as "stepTitle",
        cs.window_starts_on::text as "startsOn", cs.window_ends_on::text as "endsOn",
        cs.window_start_hour as "startHour", cs.window_end_hour as "endHour",
        (select json_agg(json_build_object('language', sc.language, 'parts', sc.parts, 'voicemail', sc.voicemail))
          from ${callScripts} sc where sc.step_id = s.id) as scripts,
        (select json_agg(json_build_object('rule', t.rule, 'officialId', t.official_id) order by t.position)
          from ${callTargets} t where t.step_id = s.id) as targets,
        b.number as "billNumber", b.title as "billTitle", b.status as "billStatus", b.url as "billUrl"
      from ${campaigns} c
        join ${organizations} o on o.id = c.organization_id
        join ${campaignSteps} s on s.campaign_id = c.id and s.kind = 'call' and s.status = 'open'
        join ${callSteps} cs on cs.step_id = s.id
        left join ${campaignBills} b on b.campaign_id = c.id
      where c.slug = ${slug} and c.status = 'published'
        ${stepId === undefined ? sql`` : sql`and s.id = ${stepId}`}
      order by s.position, s.created_at
      limit 1`),
  );
  if (!row) return null;
  const scripts = parseJson(row.scripts) ?? [];
  const script =
    scripts.find((s) => s.language === language) ??
    scripts.find((s) => s.language === row.language) ??
    scripts[0];
  if (!script) return null;
  const translatedTitle =
    script.language === row.language ? undefined : parseJson(row.titles)?.[script.language];

  const targetRows = parseJson(row.targets) ?? [];
  const named = targetRows.flatMap((t) => (t.rule === "official" && t.officialId ? [t.officialId] : []));
  const namedOfficials = new Map<string, SummaryRow>();
  if (named.length > 0) {
    const found = await getDb()
      .select(summaryColumns)
      .from(officials)
      .where(and(inArray(officials.id, named), isNull(officials.removedAt)));
    for (const official of found) namedOfficials.set(official.id, official);
  }
  const rules: CallRule[] = targetRows.flatMap((t): CallRule[] => {
    if (t.rule === "official") {
      const official = t.officialId ? namedOfficials.get(t.officialId) : undefined;
      return [{ rule: "official", official: official ? toSummary(official) : null }];
    }
    return [{ rule: t.rule }];
  });
  return {
    campaign: {
      id: row.id,
      slug: row.slug,
      title: translatedTitle ?? row.title,
      organizationName: row.organizationName,
      timeZone: row.timeZone,
    },
    step: { id: row.stepId, title: row.stepTitle },
    script: { language: script.language, parts: script.parts, voicemail: script.voicemail },
    rules,
    window: { startsOn: row.startsOn, endsOn: row.endsOn, startHour: row.startHour, endHour: row.endHour },
    bill:
      row.billNumber !== null && row.billTitle !== null
        ? { number: row.billNumber, title: row.billTitle, status: row.billStatus ?? "", url: row.billUrl }
        : null,
  };
}
