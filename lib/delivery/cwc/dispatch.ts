/**
 * The CWC dispatcher: sends queued letters to Congress, one message per (letter, office), each chamber no
 * faster than its rate and never inside its maintenance windows.
 *
 * Exactly once: a delivery's DeliveryId is derived from its id and written before the first request, so every
 * retry (after a timeout, a 429, a 5xx or a dead worker) carries the same one, and the chamber can refuse a
 * repeat (the Senate answers 409, counted as delivered). A delivery is claimed by pushing its next attempt a
 * lease ahead in one `for update skip locked` statement, so two workers never post it side by side; a worker
 * that dies mid-request leaves it to be sent again, with the same DeliveryId, when the lease ends.
 *
 * Outcomes: 2xx and 409 → sent. 400 → the chamber's error list is kept and the letter is handed to the
 * supporter (handoff_ready, reason cwc_rejected). 401/403/415 (and 404: a wrong base URL) → the chamber is
 * halted: its letters stay queued, the dashboard shows an alert (state.ts, cwcAlerts). Timeouts, 429 and
 * 5xx → retried with backoff; after MAX_ATTEMPTS the letter is handed to the supporter (cwc_unavailable).
 * A chamber whose key was removed sends nothing: its letters become plain hand-offs (cwc_not_configured).
 */
import { and, eq, sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import {
  campaignBills,
  campaigns,
  campaignTranslations,
  cwcOffices,
  deliveries,
  letters,
  officials,
  organizations,
} from "@/db/schema";
import { env } from "@/lib/env";
import { letterCampaignTitle, letterTranslation } from "@/lib/letters/campaign-title";
import { billOf, targetOf } from "@/lib/letters/compose";
import { forgetStreetAddresses } from "../dispatch";
import { type CwcAnswer, configuredCwcChambers, cwcEndpoint, postCwcMessage } from "./client";
import { type CwcChamber, cwcOfficeCode } from "./codes";
import { buildCwcMessage, CwcMessageError, cwcTexts, type LetterPart, sha256Hex } from "./message";
import { haltCwcChamber, isCwcChamberHalted } from "./state";
import { maintenanceUntil } from "./windows";

export const CWC_MAX_ATTEMPTS = 8;
/** A claimed delivery is not claimed again for this long (longer than a request's timeout). */
const LEASE_SECONDS = 60;
const RESPONSE_KEPT = 2000;

export type CwcDispatchOptions = {
  /** Messages per second per chamber (CWC_REQUESTS_PER_SECOND). */
  requestsPerSecond?: number;
  budgetMs?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
  retryBaseSeconds?: number;
  retryMaxSeconds?: number;
  /** The chambers' maintenance windows (CWC_MAINTENANCE_WINDOWS; off only in tests). */
  maintenanceWindows?: boolean;
  /** The clock, for the maintenance windows (tests). */
  now?: () => Date;
};

export type CwcDispatchReport = {
  requests: number;
  sent: number;
  /** Of `sent`: the chamber already had this DeliveryId (409). */
  duplicates: number;
  handedOff: number;
  retrying: number;
  halted: CwcChamber[];
  /** A chamber in its maintenance window: nothing was sent to it before this time. */
  deferredUntil: Date | null;
  nextAttemptAt: Date | null;
};

function backoffSeconds(attempt: number, options: CwcDispatchOptions): number {
  const base = options.retryBaseSeconds ?? 5;
  return Math.min(options.retryMaxSeconds ?? 600, base * 2 ** Math.max(0, attempt - 1));
}

/** Claims the next due delivery to this chamber's offices (null when none is due). */
async function claimNext(chamber: CwcChamber): Promise<string | null> {
  const claimed = await getDb().execute(sql`
    update ${deliveries} set next_attempt_at = now() + make_interval(secs => ${LEASE_SECONDS}), updated_at = now()
    where id = (
      select d.id from ${deliveries} d join ${officials} o on o.id = d.official_id
      where d.status = 'queued' and d.channel = 'cwc' and o.chamber = ${chamber}
        and (d.next_attempt_at is null or d.next_attempt_at <= now())
      order by d.next_attempt_at nulls first, d.created_at
      limit 1
      for update of d skip locked)
    returning id`);
  return rowsOf<{ id: string }>(claimed)[0]?.id ?? null;
}

async function loadDelivery(id: string) {
  const [row] = await getDb()
    .select({
      id: deliveries.id,
      letterId: deliveries.letterId,
      status: deliveries.status,
      attempts: deliveries.attempts,
      targetName: deliveries.targetName,
      targetTitle: deliveries.targetTitle,
      officialId: deliveries.officialId,
      officialFirstName: officials.firstName,
      officialLastName: officials.lastName,
      officialState: officials.state,
      officialDistrict: officials.district,
      officialLevel: officials.level,
      officialChamber: officials.chamber,
      senateClass: sql<string | null>`${officials.raw}->>'senate_class'`,
      subject: letters.subject,
      body: letters.body,
      letterParts: letters.letterParts,
      firstName: letters.firstName,
      lastName: letters.lastName,
      email: letters.email,
      city: letters.city,
      state: letters.state,
      zip: letters.zip,
      streetAddress: letters.streetAddress,
      prefix: letters.prefix,
      campaignId: campaigns.id,
      campaignTitle: letterCampaignTitle,
      cwcTopics: campaigns.cwcTopics,
      cwcStance: campaigns.cwcStance,
      organizationName: organizations.name,
      billNumber: campaignBills.number,
      billTitle: campaignBills.title,
      billStatus: campaignBills.status,
      billUrl: campaignBills.url,
      billJurisdiction: campaignBills.jurisdiction,
    })
    .from(deliveries)
    .innerJoin(letters, eq(letters.id, deliveries.letterId))
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .innerJoin(organizations, eq(organizations.id, campaigns.organizationId))
    .leftJoin(campaignTranslations, letterTranslation)
    .leftJoin(campaignBills, eq(campaignBills.campaignId, campaigns.id))
    .innerJoin(officials, eq(officials.id, deliveries.officialId))
    .where(eq(deliveries.id, id));
  return row ?? null;
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadDelivery>>>;

async function isListed(chamber: CwcChamber, officeCode: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ code: cwcOffices.officeCode })
    .from(cwcOffices)
    .where(and(eq(cwcOffices.chamber, chamber), eq(cwcOffices.officeCode, officeCode)));
  return Boolean(row);
}

/** The `<Error>` texts of a 400's `<Errors>` body; the raw body when it has none. */
export function cwcErrorList(body: string): string[] {
  const errors = [...body.matchAll(/<Error>([\s\S]*?)<\/Error>/g)].map((match) =>
    (match[1] ?? "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&")
      .trim(),
  );
  const list = errors.filter(Boolean);
  return (list.length > 0 ? list : [body.trim() || "No explanation was given."])
    .map((e) => e.slice(0, 500))
    .slice(0, 20);
}

/** A final hand-off to the supporter, saying why (the delivery keeps its contact form address). */
async function handOff(
  row: Pick<Loaded, "id" | "letterId" | "streetAddress">,
  reason: "cwc_rejected" | "cwc_unfit" | "cwc_unavailable",
  fields: { lastError: string; cwcErrors?: string[]; answer?: CwcAnswer; attempts?: number },
): Promise<void> {
  await getDb()
    .update(deliveries)
    .set({
      status: "handoff_ready",
      handoffReason: reason,
      lastError: fields.lastError.slice(0, 500),
      cwcErrors: fields.cwcErrors ?? null,
      ...(fields.answer
        ? { cwcHttpStatus: fields.answer.status, cwcResponse: fields.answer.body.slice(0, RESPONSE_KEPT) }
        : {}),
      ...(fields.attempts !== undefined ? { attempts: fields.attempts } : {}),
      nextAttemptAt: null,
      updatedAt: new Date(),
    })
    .where(and(eq(deliveries.id, row.id), eq(deliveries.status, "queued")));
  await forgetStreetAddresses([row]);
}

/**
 * Each chamber's pace, kept across runs of this process (runs are one at a time across workers: a "stately"
 * queue), so a run starting right after another does not send early.
 */
type Pacer = { lastStart: number; starts: number[] };
const pacers: Record<CwcChamber, Pacer> = {
  house: { lastStart: 0, starts: [] },
  senate: { lastStart: 0, starts: [] },
};

/**
 * No more than `rate` requests start in any second: a request starts only a second after the one `rate`
 * places back started, and never sooner than 1/rate after the last. One message per chamber travels at a time,
 * so the arrivals at the chamber keep this spacing but for the network's jitter (a rare 429 from that is
 * retried like any other). Counting from starts, not answers, keeps the pace at the rate whatever the
 * chamber's latency (bench: npm run bench -- --cwc).
 */
/**
 * Room for the network's jitter in the one-second window: starts exactly a second apart arrived three in one
 * second at the fake (a request that travelled a few ms slower than the next two), so the window is a little
 * longer than a second; at 2/s that keeps 97.6% of the rate.
 */
const JITTER_MS = 25;

function earliestStart(pacer: Pacer, rate: number): number {
  const perWindow = Math.max(1, Math.floor(rate));
  const windowMs = (perWindow * 1000) / rate;
  const anchor =
    pacer.starts.length >= perWindow ? (pacer.starts.at(-perWindow) ?? 0) + windowMs + JITTER_MS : 0;
  return Math.max(anchor, pacer.lastStart + 1000 / rate);
}

function recordStart(pacer: Pacer, rate: number): void {
  pacer.lastStart = Date.now();
  pacer.starts.push(pacer.lastStart);
  pacer.starts = pacer.starts.slice(-Math.max(1, Math.floor(rate)));
}

type Prepared =
  | { kind: "none" }
  | { kind: "skipped" }
  | { kind: "ready"; row: Loaded; message: { deliveryId: string; xml: string } };

/**
 * Claims, loads and builds the chamber's next message (none when nothing is due or the chamber is in its
 * maintenance window). A delivery that cannot go (its office left the list, or the message cannot be built)
 * is handed to the supporter here.
 */
async function prepareNext(
  chamber: CwcChamber,
  agent: NonNullable<typeof env.cwcAgent>,
  options: CwcDispatchOptions,
  report: CwcDispatchReport,
  deferred: Map<CwcChamber, Date>,
): Promise<Prepared> {
  const now = options.now ?? (() => new Date());
  if (options.maintenanceWindows ?? true) {
    const until = maintenanceUntil(chamber, now());
    if (until) {
      // Waits, never fails: the next run is woken when the window ends.
      if (!report.deferredUntil || until < report.deferredUntil) report.deferredUntil = until;
      deferred.set(chamber, until);
      return { kind: "none" };
    }
  }
  const id = await claimNext(chamber);
  if (!id) return { kind: "none" };
  const row = await loadDelivery(id);
  if (row?.status !== "queued") return { kind: "skipped" };

  const officeCode = cwcOfficeCode({
    level: row.officialLevel,
    chamber: row.officialChamber,
    state: row.officialState,
    district: row.officialDistrict,
    senateClass: row.senateClass,
  });
  if (!officeCode || !(await isListed(chamber, officeCode))) {
    await handOff(row, "cwc_unavailable", {
      lastError: `${row.targetName}'s office is no longer on the ${chamberName(chamber)}'s CWC list.`,
    });
    report.handedOff++;
    return { kind: "skipped" };
  }
  try {
    const message = buildCwcMessage({
      deliveryId: row.id,
      at: now(),
      agent,
      organizationName: row.organizationName,
      campaignId: row.campaignId,
      stance: row.cwcStance,
      topics: row.cwcTopics,
      bill:
        row.billJurisdiction && row.billNumber
          ? { jurisdiction: row.billJurisdiction, number: row.billNumber }
          : null,
      chamber,
      officeCode,
      constituent: {
        prefix: row.prefix,
        firstName: row.firstName,
        lastName: row.lastName,
        address1: row.streetAddress ?? "",
        city: row.city,
        state: row.state,
        zip: row.zip,
        email: row.email,
      },
      texts: cwcTexts(
        { ...row, bill: billOf(row), target: targetOf(row) },
        (row.letterParts as LetterPart[] | null) ?? null,
      ),
    });
    // The DeliveryId and what is about to be sent are on record before the request leaves (a run that stops
    // before sending gives the attempt back: release).
    await getDb()
      .update(deliveries)
      .set({
        attempts: row.attempts + 1,
        cwcDeliveryId: message.deliveryId,
        cwcPayloadSha256: sha256Hex(message.xml),
        updatedAt: new Date(),
      })
      .where(eq(deliveries.id, row.id));
    return { kind: "ready", row, message };
  } catch (error) {
    if (!(error instanceof CwcMessageError)) throw error;
    await handOff(row, "cwc_unfit", { lastError: error.message, cwcErrors: [error.message] });
    report.handedOff++;
    return { kind: "skipped" };
  }
}

/** A prepared message not sent after all (the run stops): due again at once, untouched. */
async function release(prepared: Promise<Prepared>): Promise<void> {
  const item = await prepared.catch(() => null);
  if (item?.kind !== "ready") return;
  await getDb()
    .update(deliveries)
    .set({ nextAttemptAt: null, attempts: item.row.attempts, updatedAt: new Date() })
    .where(and(eq(deliveries.id, item.row.id), eq(deliveries.status, "queued")));
}

/** Marked handled so a rejection nobody awaits (the run ended first) cannot end the worker process. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * Sends one chamber's due letters until none is left, the budget is spent, or the chamber stops us. The next
 * message is claimed and built while the current one waits for its turn and travels, so the pace, not the
 * preparation, sets the speed.
 */
async function runChamber(
  chamber: CwcChamber,
  options: CwcDispatchOptions,
  report: CwcDispatchReport,
  budgetEnds: number,
  deferred: Map<CwcChamber, Date>,
): Promise<void> {
  const endpoint = cwcEndpoint(chamber);
  const agent = env.cwcAgent;
  if (!endpoint || !agent) return;
  if (await isCwcChamberHalted(chamber)) {
    report.halted.push(chamber);
    return;
  }
  const rate = options.requestsPerSecond ?? 2;
  const pacer = pacers[chamber];
  const mayGoOn = () => Date.now() < budgetEnds && !options.signal?.aborted;
  const none: Promise<Prepared> = Promise.resolve({ kind: "none" });

  let next = mayGoOn() ? handled(prepareNext(chamber, agent, options, report, deferred)) : none;
  for (;;) {
    const item = await next;
    if (item.kind === "none") return;
    if (item.kind === "skipped") {
      next = mayGoOn() ? handled(prepareNext(chamber, agent, options, report, deferred)) : none;
      continue;
    }
    if (!mayGoOn()) {
      await release(Promise.resolve(item));
      return;
    }
    const { row, message } = item;
    const attempt = row.attempts + 1;
    next = mayGoOn() ? handled(prepareNext(chamber, agent, options, report, deferred)) : none;

    const wait = earliestStart(pacer, rate) - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    recordStart(pacer, rate);
    report.requests++;

    let answer: CwcAnswer;
    try {
      answer = await postCwcMessage(chamber, endpoint, message.xml, { timeoutMs: options.timeoutMs });
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      await retryLater(
        chamber,
        row,
        attempt,
        `No answer from the ${chamberName(chamber)}'s CWC: ${reason}`,
        null,
        options,
        report,
      );
      continue;
    }
    const kept = { cwcHttpStatus: answer.status, cwcResponse: answer.body.slice(0, RESPONSE_KEPT) };

    if ((answer.status >= 200 && answer.status < 300) || answer.status === 409) {
      await getDb()
        .update(deliveries)
        .set({
          ...kept,
          status: "sent",
          sentAt: new Date(),
          nextAttemptAt: null,
          lastError: null,
          handoffReason: null,
          updatedAt: new Date(),
        })
        .where(eq(deliveries.id, row.id));
      report.sent++;
      if (answer.status === 409) report.duplicates++;
      await forgetStreetAddresses([row]);
      continue;
    }
    if ([401, 403, 404, 415].includes(answer.status)) {
      // Not this letter's fault: it waits, uncounted, for the chamber to take us again.
      await getDb()
        .update(deliveries)
        .set({ ...kept, attempts: row.attempts, nextAttemptAt: null, updatedAt: new Date() })
        .where(eq(deliveries.id, row.id));
      await haltCwcChamber(chamber, answer.status, haltReason(answer));
      report.halted.push(chamber);
      await release(next);
      return;
    }
    if (answer.status === 429 || answer.status >= 500) {
      await retryLater(
        chamber,
        row,
        attempt,
        `The ${chamberName(chamber)}'s CWC answered HTTP ${answer.status}.`,
        answer,
        options,
        report,
        answer.retryAfterSeconds,
      );
      // Asked to slow down: nothing more goes to this chamber until its Retry-After (at least a second) has
      // passed; the run goes on after that, within its budget.
      if (answer.status === 429) {
        const pause = Math.min(30, Math.max(1, answer.retryAfterSeconds ?? 1)) * 1000;
        pacer.lastStart = Date.now() + pause - 1000 / rate;
      }
      continue;
    }
    // 400 (and any other refusal): the message itself was refused. The letter goes to the supporter.
    const errors = cwcErrorList(answer.body);
    await handOff(row, "cwc_rejected", {
      lastError: `The ${chamberName(chamber)} office's system refused the message (HTTP ${answer.status}): ${errors.join("; ")}`,
      cwcErrors: errors,
      answer,
      attempts: attempt,
    });
    report.handedOff++;
  }
}

/** What the organizer's alert says (the chamber's own answer is kept on the delivery, cwc_response). */
function haltReason(answer: CwcAnswer): string {
  const what: Record<number, string> = {
    401: "The chamber refused our API key.",
    403: "The chamber refused access: check the API key, and that we send from an allow-listed address.",
    404: "The chamber's address was not found: check the base URL.",
    415: "The chamber refused the content type.",
  };
  return what[answer.status] ?? "The chamber refused our requests.";
}

function chamberName(chamber: CwcChamber): "House" | "Senate" {
  return chamber === "house" ? "House" : "Senate";
}

async function retryLater(
  chamber: CwcChamber,
  row: Loaded,
  attempt: number,
  message: string,
  answer: CwcAnswer | null,
  options: CwcDispatchOptions,
  report: CwcDispatchReport,
  retryAfterSeconds?: number,
): Promise<void> {
  if (attempt >= CWC_MAX_ATTEMPTS) {
    await handOff(row, "cwc_unavailable", {
      lastError: `We tried ${attempt} times, but the ${chamberName(chamber)}'s CWC did not take the message.`,
      answer: answer ?? undefined,
    });
    report.handedOff++;
    return;
  }
  const delaySeconds = Math.max(retryAfterSeconds ?? 0, backoffSeconds(attempt, options));
  await getDb()
    .update(deliveries)
    .set({
      lastError: message.slice(0, 500),
      nextAttemptAt: new Date(Date.now() + delaySeconds * 1000),
      ...(answer ? { cwcHttpStatus: answer.status, cwcResponse: answer.body.slice(0, RESPONSE_KEPT) } : {}),
      updatedAt: new Date(),
    })
    .where(eq(deliveries.id, row.id));
  report.retrying++;
}

/**
 * Letters waiting for a chamber that is no longer configured (its key was removed from the environment) would
 * otherwise wait forever: no dispatcher sends them. They become ordinary hand-offs, as a letter written now
 * would be: the contact-form channel, `handoff_ready` (a letter still awaiting its writer's confirmation
 * becomes one when confirmed), with handoff_reason "cwc_not_configured"; the supporter's pages then say, as for
 * any hand-off, that it waits for them at the official's contact form. Run at the worker's start (`pending`:
 * queued and awaiting confirmation) and before each dispatch (queued ones, by the queued-channel index).
 * Returns how many deliveries changed.
 */
export async function handOffUnconfiguredChambers(which: "queued" | "pending" = "queued"): Promise<number> {
  const gone = (["house", "senate"] as const).filter((chamber) => cwcEndpoint(chamber) === null);
  if (gone.length === 0) return 0;
  const statuses = which === "queued" ? sql`('queued')` : sql`('queued', 'awaiting_confirmation')`;
  const result = await getDb().execute(sql`
    update ${deliveries} d
    set channel = 'contact_form',
      status = case when d.status = 'queued' then 'handoff_ready' else d.status end,
      handoff_reason = 'cwc_not_configured',
      last_error = 'Congress''s mail system (CWC) is no longer configured for the ' ||
        case o.chamber when 'house' then 'House' else 'Senate' end || ', so the letter waits for its writer.',
      next_attempt_at = null,
      updated_at = now()
    from ${officials} o, ${letters} l
    where o.id = d.official_id and l.id = d.letter_id
      and d.channel = 'cwc' and d.status in ${statuses}
      and o.chamber in (${sql.join(
        gone.map((chamber) => sql`${chamber}`),
        sql`, `,
      )})
    returning d.letter_id as "letterId", l.street_address as "streetAddress"`);
  const rows = rowsOf<{ letterId: string; streetAddress: string | null }>(result);
  if (rows.length > 0) {
    console.warn(
      `[cwc] ${gone.join(" and ")}: not configured; ${rows.length} letter(s) waiting for CWC handed to their writers`,
    );
    await forgetStreetAddresses(rows);
  }
  return rows.length;
}

/** Sends what is due to each configured chamber (side by side, each at its own pace). */
export async function dispatchCwc(options: CwcDispatchOptions = {}): Promise<CwcDispatchReport> {
  const budgetEnds = Date.now() + (options.budgetMs ?? 240_000);
  const report: CwcDispatchReport = {
    requests: 0,
    sent: 0,
    duplicates: 0,
    handedOff: 0,
    retrying: 0,
    halted: [],
    deferredUntil: null,
    nextAttemptAt: null,
  };
  report.handedOff += await handOffUnconfiguredChambers("queued");
  const chambers = configuredCwcChambers();
  const deferred = new Map<CwcChamber, Date>();
  await Promise.all(chambers.map((chamber) => runChamber(chamber, options, report, budgetEnds, deferred)));

  // The next wake-up: the earliest retry of a chamber still sending, or the end of a maintenance window.
  const open = chambers.filter((chamber) => !report.halted.includes(chamber) && !deferred.has(chamber));
  const candidates = [...deferred.values()];
  if (open.length > 0) {
    const result = await getDb().execute(sql`
      select min(coalesce(d.next_attempt_at, now())) as at from ${deliveries} d
      join ${officials} o on o.id = d.official_id
      where d.status = 'queued' and d.channel = 'cwc'
        and o.chamber in (${sql.join(
          open.map((chamber) => sql`${chamber}`),
          sql`, `,
        )})`);
    const at = rowsOf<{ at: string | Date | null }>(result)[0]?.at;
    if (at) candidates.push(new Date(at));
  }
  report.nextAttemptAt =
    candidates.length > 0 ? new Date(Math.min(...candidates.map((d) => d.getTime()))) : null;
  return report;
}
