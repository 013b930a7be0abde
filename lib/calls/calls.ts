import "server-only";
/**
 * Call campaigns for supporters (issue 21): the calls a supporter is asked to make from their ZIP code (each
 * official with the script filled in and the numbers to call), and what they say happened on each call.
 *
 * The outcome's rules live in the statement and the indexes: an official who is not this caller's target for
 * this step is refused (422) before anything is written; one row per (caller, official, step) by a unique index,
 * so simultaneous reports leave one row and a later report replaces the outcome; a caller without an account is
 * the visitor of a signed stamp (stamp.ts); new rows count against a per-network daily limit in the same
 * transaction, so only what was really written is counted.
 */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import type { CallOutcome } from "@/db/schema";
import { callOutcomes, officials } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { districtCentroids, meanPoint, type Point } from "@/lib/groups/places";
import { errorText } from "@/lib/i18n/errors";
import type { Locale } from "@/lib/i18n/locale";
import { fillBillFields } from "@/lib/letters/template";
import { type District, findOfficialsByZip, type ZipLookup } from "@/lib/officials/lookup";
import { hitLimit, type Limit, RateLimitedError } from "@/lib/security/rate-limit";
import { readCallCounts } from "./counts";
import { type CallErrorKey, callWords } from "./messages";
import { type CallNumber, numbersFor } from "./numbers";
import { type CallWindow, callWindow } from "./open-now";
import { districtKey, parseDistrictKey } from "./rules";
import { fillScript } from "./script";
import { type CallSetup, findCallSetup } from "./setup";
import { issueCallStamp, visitorFor, visitorOfStamp } from "./stamp";
import { resolveCallTargets } from "./targets";

export const CALL_OUTCOMES: readonly CallOutcome[] = ["reached", "voicemail", "busy", "skipped"];

/**
 * A refusal the API answers with its status and the words of `key` (lib/calls/messages.ts) in the caller's
 * language; `field` names the input at fault.
 */
export class CallRefusal extends Error {
  override name = "CallRefusal";
  constructor(
    readonly status: 400 | 404 | 413 | 422 | 429,
    readonly key: CallErrorKey | "unknownZip",
    readonly field?: string,
    readonly detail: { zip?: string; retryAfterSeconds?: number } = {},
  ) {
    super(key);
  }
}

/** New outcomes from one network in a day: a caller reports one per official, so five letters' worth each. */
const CALLS_PER_IP: Limit = {
  name: "call:ip",
  get max() {
    return env.lettersPerIpPerDay * 5;
  },
  windowSeconds: 24 * 3600,
  message: errorText.calls.tooManyCalls,
};

export type CallContext = {
  locale?: Locale;
  now?: Date;
  /** The caller's network address (clientIp), for the stamp and the per-network limit. */
  ip: string | null;
  userAgent: string | null;
};

export type CallEntry = {
  official: { id: string; name: string; title: string };
  numbers: CallNumber[];
  /** The script for this official, merge fields filled in for the first number. */
  script: string;
  /** How many calls to this official this step has counted (everyone's, this caller's included). */
  callCount: number;
};

export type CallsAnswer = {
  stepId: string;
  title: string;
  /** The campaign's script as written (bill fields filled; the others stay for each official). */
  script: string;
  /** What to say to a voicemail: the organizers' words, else Chorus's standard advice. */
  voicemail: string;
  window: CallWindow | null;
  /** More than one district is possible: `districts` lists them and `calls` is empty until one is chosen. */
  ambiguous: boolean;
  districts: { key: string; state: string; district: number }[];
  district: string | null;
  calls: CallEntry[];
  /** Rules that found nobody to call: "vacant" (a seat is empty), "needs_address" (state legislators). */
  notes: ("vacant" | "needs_address")[];
  counts: { total: number };
  /** For callers without an account: send it back with each outcome (stamp.ts). Null when signed in. */
  stamp: string | null;
};

const ZIP = /^\d{5}$/;

function readZip(value: unknown): string {
  if (value === undefined || value === null || value === "") throw new CallRefusal(400, "noZip", "zip");
  if (typeof value !== "string" || !ZIP.test(value.trim())) throw new CallRefusal(400, "badZip", "zip");
  return value.trim();
}

function readDistrict(value: unknown): District | null {
  if (value === undefined || value === null || value === "") return null;
  const district = typeof value === "string" ? parseDistrictKey(value.trim().toUpperCase()) : null;
  if (!district) throw new CallRefusal(400, "badDistrict", "district");
  return district;
}

async function setupOrRefuse(slug: string, locale: Locale, step?: unknown): Promise<CallSetup> {
  const stepId = typeof step === "string" && /^[\w-]{1,64}$/.test(step) ? step : undefined;
  if (step !== undefined && step !== null && step !== "" && stepId === undefined) {
    throw new CallRefusal(404, "noCampaign");
  }
  if (!/^[\w-]{1,80}$/.test(slug)) throw new CallRefusal(404, "noCampaign");
  const setup = await findCallSetup(slug, locale, stepId);
  if (!setup) throw new CallRefusal(404, "noCampaign");
  return setup;
}

async function lookupOrRefuse(zip: string): Promise<ZipLookup> {
  try {
    return await findOfficialsByZip(zip);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND")
      throw new CallRefusal(404, "unknownZip", "zip", { zip });
    throw error;
  }
}

/** Where the ZIP roughly is: its (chosen) district's centroid, or the middle of its districts'. */
async function placeOf(lookup: ZipLookup, district: District | null): Promise<Point | null> {
  const centroids = await districtCentroids().catch(() => null);
  if (!centroids) return null;
  const keys = district ? [districtKey(district)] : lookup.districts.map(districtKey);
  return meanPoint(keys.flatMap((key) => centroids.get(key) ?? []));
}

function resolveOrRefuse(setup: CallSetup, lookup: ZipLookup, chosen: District | null) {
  if (chosen && !lookup.districts.some((d) => districtKey(d) === districtKey(chosen))) {
    throw new CallRefusal(400, "districtNotInZip", "district");
  }
  return resolveCallTargets(setup.rules, lookup, chosen);
}

/**
 * The calls a supporter is asked to make on a campaign's open call step, from their ZIP code (and district,
 * when the ZIP is split and the targets need it). Signed-out callers get a stamp to report outcomes with.
 */
export async function findCallsForSupporter(
  actor: SessionUser | null,
  slug: string,
  query: { zip?: unknown; district?: unknown; step?: unknown },
  context: CallContext,
): Promise<CallsAnswer> {
  const locale = context.locale ?? "en";
  const now = context.now ?? new Date();
  const zip = readZip(query.zip);
  const chosen = readDistrict(query.district);
  const setup = await setupOrRefuse(slug, locale, query.step);
  const lookup = await lookupOrRefuse(zip);
  const resolution = resolveOrRefuse(setup, lookup, chosen);

  const stepId = setup.step.id;
  const base = {
    stepId,
    title: setup.step.title,
    script: fillBillFields(
      setup.script.parts
        .map((p) => p.text.trim())
        .filter(Boolean)
        .join("\n\n"),
      setup.bill,
    ),
    voicemail: setup.script.voicemail.trim() || callWords[locale].voicemail,
    window: callWindow({ ...setup.window, timeZone: setup.campaign.timeZone }, now),
    stamp: actor ? null : issueCallStamp(stepId, visitorFor(stepId, context.ip, context.userAgent, now), now),
  };
  if (resolution.status === "needs_district") {
    const counts = await readCallCounts(setup.campaign.id, stepId);
    return {
      ...base,
      ambiguous: true,
      districts: resolution.candidates.map((d) => ({ key: districtKey(d), ...d })),
      district: null,
      calls: [],
      notes: [],
      counts: { total: counts.total },
    };
  }

  const ids = resolution.officials.map((o) => o.id);
  const [records, place, counts] = await Promise.all([
    ids.length === 0
      ? Promise.resolve([])
      : getDb()
          .select({
            id: officials.id,
            phone: officials.phone,
            raw: officials.raw,
            firstName: officials.firstName,
            lastName: officials.lastName,
          })
          .from(officials)
          .where(and(inArray(officials.id, ids), isNull(officials.removedAt))),
    placeOf(lookup, resolution.district),
    readCallCounts(setup.campaign.id, stepId),
  ]);
  const byId = new Map(records.map((r) => [r.id, r]));
  const caller = {
    firstName: actor?.name?.split(/\s+/)[0] ?? null,
    lastName: actor?.name?.trim().includes(" ") ? (actor.name.trim().split(/\s+/).at(-1) ?? null) : null,
    state: resolution.district?.state ?? lookup.districts[0]?.state ?? "",
    zip,
  };
  const calls = resolution.officials.flatMap((official): CallEntry[] => {
    const record = byId.get(official.id);
    if (!record) return [];
    const numbers = numbersFor(
      { level: official.level, state: official.state, phone: record.phone, raw: record.raw },
      place,
      now,
      locale,
    );
    const first = numbers[0];
    return [
      {
        official: { id: official.id, name: official.name, title: official.title },
        numbers,
        script: fillScript(
          setup.script.parts,
          { ...official, firstName: record.firstName, lastName: record.lastName },
          first ? { label: first.label, city: first.city, phone: first.phone } : null,
          caller,
          {
            campaignTitle: setup.campaign.title,
            organizationName: setup.campaign.organizationName,
            bill: setup.bill,
          },
          locale,
        ),
        callCount: counts.byOfficial.get(official.id) ?? 0,
      },
    ];
  });
  return {
    ...base,
    ambiguous: false,
    districts: lookup.districts.map((d) => ({ key: districtKey(d), ...d })),
    district: resolution.district ? districtKey(resolution.district) : null,
    calls,
    notes: resolution.notes,
    counts: { total: counts.total },
  };
}

export type OutcomeAnswer = {
  status: "recorded" | "updated";
  officialId: string;
  outcome: CallOutcome;
  counts: { total: number; official: number };
};

const OFFICIAL_ID = /^[\w:./-]{1,100}$/;
const STAMP = /^[\w.-]{1,120}$/;

/**
 * Records what happened on one call. The official must be one this step asks this caller (by ZIP and district)
 * to call: anyone else is a 422 and nothing is written. `input` is the parsed JSON body, checked here.
 */
export async function recordCallOutcome(
  actor: SessionUser | null,
  slug: string,
  input: Record<string, unknown>,
  context: CallContext,
): Promise<OutcomeAnswer> {
  const locale = context.locale ?? "en";
  const now = context.now ?? new Date();
  const officialId = input.officialId;
  if (typeof officialId !== "string" || !OFFICIAL_ID.test(officialId)) {
    throw new CallRefusal(400, "badOfficial", "officialId");
  }
  const outcome = input.outcome;
  if (typeof outcome !== "string" || !(CALL_OUTCOMES as readonly string[]).includes(outcome)) {
    throw new CallRefusal(400, "badOutcome", "outcome");
  }
  const zip = readZip(input.zip);
  const chosen = readDistrict(input.district);
  const setup = await setupOrRefuse(slug, locale, input.step);
  const stepId = setup.step.id;

  let visitor: string | null = null;
  if (!actor) {
    const stamp = typeof input.stamp === "string" && STAMP.test(input.stamp) ? input.stamp : "";
    visitor = visitorOfStamp(stepId, stamp, now);
    if (!visitor) throw new CallRefusal(400, "badStamp", "stamp");
  }

  const resolution = resolveOrRefuse(setup, await lookupOrRefuse(zip), chosen);
  if (resolution.status === "needs_district") throw new CallRefusal(400, "needsDistrict", "district");
  if (!resolution.officials.some((o) => o.id === officialId)) {
    throw new CallRefusal(422, "notYourOfficial", "officialId");
  }

  const values = {
    campaignId: setup.campaign.id,
    stepId,
    officialId,
    outcome: outcome as CallOutcome,
  };
  let created: boolean;
  try {
    created = await getDb().transaction(async (tx) => {
      const [row] = rowsOf<{ created: boolean }>(
        await tx.execute(
          actor
            ? sql`insert into ${callOutcomes} (id, campaign_id, step_id, official_id, user_id, outcome)
                values (${crypto.randomUUID()}, ${values.campaignId}, ${stepId}, ${officialId}, ${actor.id},
                  ${values.outcome})
                on conflict (step_id, official_id, user_id) where user_id is not null
                do update set outcome = excluded.outcome, updated_at = now()
                returning (xmax = 0) as created`
            : sql`insert into ${callOutcomes} (id, campaign_id, step_id, official_id, visitor, outcome)
                values (${crypto.randomUUID()}, ${values.campaignId}, ${stepId}, ${officialId}, ${visitor},
                  ${values.outcome})
                on conflict (step_id, official_id, visitor) where visitor is not null
                do update set outcome = excluded.outcome, updated_at = now()
                returning (xmax = 0) as created`,
        ),
      );
      const isNew = row?.created === true || String(row?.created) === "true";
      // Only a new row counts against the network's limit: a changed outcome adds no call.
      if (isNew && context.ip) await hitLimit(CALLS_PER_IP, context.ip, tx);
      return isNew;
    });
  } catch (error) {
    if (error instanceof RateLimitedError) {
      throw new CallRefusal(429, "tooMany", undefined, { retryAfterSeconds: error.retryAfterSeconds });
    }
    throw error;
  }
  const counts = await readCallCounts(setup.campaign.id, stepId);
  return {
    status: created ? "recorded" : "updated",
    officialId,
    outcome: values.outcome,
    counts: { total: counts.total, official: counts.byOfficial.get(officialId) ?? 0 },
  };
}

/** A signed-in person's own outcomes on a step (for the page to show what they already reported). */
export async function myCallOutcomes(actor: SessionUser, stepId: string): Promise<Map<string, CallOutcome>> {
  if (!/^[\w-]{1,64}$/.test(stepId)) return new Map();
  const rows = await getDb()
    .select({ officialId: callOutcomes.officialId, outcome: callOutcomes.outcome })
    .from(callOutcomes)
    .where(and(eq(callOutcomes.stepId, stepId), eq(callOutcomes.userId, actor.id)));
  return new Map(rows.map((r) => [r.officialId, r.outcome]));
}
