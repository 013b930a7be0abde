import "server-only";
/**
 * Call counts, from the campaign tallies (lib/campaigns/tallies.ts; the triggers of migration 0023_calls keep
 * them as outcomes are recorded), so reading them costs the same at ten calls and a hundred thousand.
 *
 * For the page: a step's total and each official's. For the organizer (authorization in the query: a member of
 * the campaign's organization, viewers included, as the dashboard): per step, per official ("per office"), per
 * outcome, and per day in the campaign's time zone (days are counted campaign-wide, across its call steps).
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type CallOutcome, callOutcome, campaignSteps, campaigns, officials } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { readTallies } from "@/lib/campaigns/tallies";
import type { Locale } from "@/lib/i18n/locale";
import { officialTitle } from "@/lib/officials/present";
import { READ, requireCampaignRole } from "@/lib/organize/access";
import { localTime } from "./open-now";

export type CallCounts = { total: number; byOfficial: Map<string, number> };

export async function readCallCounts(campaignId: string, stepId: string): Promise<CallCounts> {
  const tallies = await readTallies(campaignId, ["calls_step", "calls_official"]);
  const prefix = `${stepId} `;
  const byOfficial = new Map<string, number>();
  for (const [key, n] of tallies.calls_official) {
    if (key.startsWith(prefix)) byOfficial.set(key.slice(prefix.length), n);
  }
  return { total: tallies.calls_step.get(stepId) ?? 0, byOfficial };
}

export type CallDashboard = {
  steps: {
    id: string;
    title: string;
    status: string;
    total: number;
    outcomes: Record<CallOutcome, number>;
    offices: { officialId: string; name: string; title: string; calls: number }[];
  }[];
  /** Calls first reported each day (campaign's time zone), oldest first; days without calls are left out. */
  days: { date: string; calls: number }[];
  timeZone: string;
};

/** The organizer's view of a campaign's calls; "not yours" and "not there" are the same 404. */
export async function findCallDashboard(
  actor: SessionUser,
  campaignId: string,
  locale: Locale = "en",
): Promise<CallDashboard> {
  const access = await requireCampaignRole(actor, campaignId, READ);
  const [campaign] = await getDb()
    .select({ timeZone: campaigns.timeZone })
    .from(campaigns)
    .where(eq(campaigns.id, access.campaignId));
  const steps = await getDb()
    .select({ id: campaignSteps.id, title: campaignSteps.title, status: campaignSteps.status })
    .from(campaignSteps)
    .where(and(eq(campaignSteps.campaignId, access.campaignId), eq(campaignSteps.kind, "call")))
    .orderBy(asc(campaignSteps.position), asc(campaignSteps.createdAt));
  const tallies = await readTallies(access.campaignId, [
    "calls_step",
    "calls_official",
    "calls_outcome",
    "calls_hour",
  ]);

  const officialIds = [...tallies.calls_official.keys()].map((key) => key.slice(key.indexOf(" ") + 1));
  const people =
    officialIds.length === 0
      ? []
      : await getDb()
          .select({
            id: officials.id,
            name: officials.name,
            level: officials.level,
            chamber: officials.chamber,
            state: officials.state,
          })
          .from(officials)
          .where(inArray(officials.id, [...new Set(officialIds)]));
  const byId = new Map(people.map((p) => [p.id, p]));

  const timeZone = campaign?.timeZone ?? "America/New_York";
  const days = new Map<string, number>();
  for (const [hour, n] of tallies.calls_hour) {
    const date = localTime(new Date(hour.replace(" ", "T").replace(/\+00$/, "Z")), timeZone).date;
    days.set(date, (days.get(date) ?? 0) + n);
  }

  return {
    timeZone,
    days: [...days]
      .filter(([, n]) => n !== 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, calls]) => ({ date, calls })),
    steps: steps.map((step) => {
      const prefix = `${step.id} `;
      const outcomes = Object.fromEntries(
        callOutcome.enumValues.map((o) => [o, tallies.calls_outcome.get(`${step.id} ${o}`) ?? 0]),
      ) as Record<CallOutcome, number>;
      const offices = [...tallies.calls_official]
        .filter(([key]) => key.startsWith(prefix))
        .map(([key, calls]) => {
          const officialId = key.slice(prefix.length);
          const person = byId.get(officialId);
          return {
            officialId,
            name: person?.name ?? officialId,
            title: person ? officialTitle(person, locale) : "",
            calls,
          };
        })
        .sort((a, b) => b.calls - a.calls || a.name.localeCompare(b.name));
      return {
        id: step.id,
        title: step.title,
        status: step.status,
        total: tallies.calls_step.get(step.id) ?? 0,
        outcomes,
        offices,
      };
    }),
  };
}
