import "server-only";
/**
 * A campaign's dashboard for its organization: letters per day, totals, deliveries by channel and status, the
 * failed ones (with retry), letters by state and by House district, pledge totals, recent activity, and the
 * officials who left office while letters to them were still waiting (with re-targeting to the seat's current
 * holder).
 *
 * Counts come from the campaign's tallies (lib/campaigns/tallies.ts, kept by triggers as rows change), so the
 * dashboard reads a few rows per status, state, hour and official however many letters the campaign has (issue
 * 9, item 4). Lists are short index reads: the latest letters by (campaign_id, created_at), failed deliveries
 * newest first by their partial index, officials who changed by their deliveries' target key.
 * Every function takes the actor and checks the role in the organization that runs the campaign
 * (lib/organize/access.ts): another organization's campaign and a missing one are the same 404.
 */
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import {
  campaigns,
  deliveries,
  deliveryChannel,
  deliveryStatus,
  letters,
  officials,
  pledgeOptions,
  pledges,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { talliesSql } from "@/lib/campaigns/tallies";
import { chooseChannel, firstStatus } from "@/lib/delivery/channels";
import { loadCwcReach, NO_CWC_REACH } from "@/lib/delivery/cwc/reach";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { queueCwcDispatch, queueLetterDispatch } from "@/lib/jobs/enqueue";
import { summaryColumns, toSummary } from "@/lib/officials/lookup";
import { officialTitle, seatLabel } from "@/lib/officials/present";
import { campaignPledgeTotals, type PledgeTotals } from "@/lib/pledges/options";
import { containsNul } from "@/lib/validation";
import { type CampaignAccess, READ, requireCampaignRole, WRITE } from "./access";

export type DeliveryChannel = (typeof deliveries.$inferSelect)["channel"];
export type DeliveryStatus = (typeof deliveries.$inferSelect)["status"];

/**
 * A delivery that has not left yet and can still go to someone else: an email not yet claimed by a batch, or a
 * message to Congress the CWC dispatcher has not started on (no lease, no DeliveryId on record: once it has,
 * only the dispatcher decides what becomes of it).
 */
const PENDING_DELIVERY = sql`(${deliveries.status} in ('awaiting_confirmation', 'handoff_ready')
  or (${deliveries.status} = 'queued' and ${deliveries.batchId} is null
    and (${deliveries.channel} <> 'cwc'
      or (${deliveries.cwcDeliveryId} is null and ${deliveries.nextAttemptAt} is null))))`;

const DAYS_SHOWN = 60;

/** Owners and organizers change things; a viewer who tries is told so (403), anyone else meets the 404. */
async function requireWriter(actor: SessionUser, campaignId: string): Promise<CampaignAccess> {
  const access = await requireCampaignRole(actor, campaignId, READ);
  if (!WRITE.includes(access.role)) {
    throw new AppError("FORBIDDEN", errorText.organize.onlyOrganizationsOwnersOrganizersDo);
  }
  return access;
}

export type DayCount = { day: string; letters: number };

/**
 * Letters written per day in the campaign's time zone, the last 60 days (or since the campaign started),
 * zero-filled by generate_series so quiet days show as 0.
 *
 * Counted from the hourly tallies (at most 24 rows a day) when every midnight of the range falls on a UTC hour,
 * as in every US time zone, DST or not: hours then add up to days exactly. A zone whose offset is not a whole
 * hour (India's +5:30, Nepal's +5:45) has days that split an hour, so its letters are counted directly, a range
 * of (campaign_id, created_at); each branch is gated by a one-time filter, so only one of them runs.
 */
function lettersPerDaySql(campaignId: string, timeZone: string, since: Date): SQL {
  const wholeHours = sql`(select whole_hours from edges)`;
  return sql`
      with bounds as (
        select greatest((now() at time zone ${timeZone})::date - ${DAYS_SHOWN - 1}::int,
                        (${since.toISOString()}::timestamptz at time zone ${timeZone})::date) as first_day,
               (now() at time zone ${timeZone})::date as last_day
      ),
      edges as (
        select bool_and(extract(epoch from (d at time zone ${timeZone}))::numeric % 3600 = 0) as whole_hours,
               chorus_tally_hour(min(d) at time zone ${timeZone}) as first_hour
        from bounds b,
          generate_series(b.first_day::timestamp, (b.last_day + 1)::timestamp, interval '1 day') d
      ),
      counted as (
        select ((t.key::timestamptz) at time zone ${timeZone})::date as day, sum(t.n)::int as n
        from (${talliesSql(campaignId, ["letters_hour"], sql`(select first_hour from edges)`)}) t
        where ${wholeHours}
        group by 1
        union all
        select (l.created_at at time zone ${timeZone})::date as day, count(*)::int as n
        from ${letters} l, bounds b
        where not ${wholeHours}
          and l.campaign_id = ${campaignId}
          and l.created_at >= (b.first_day::timestamp at time zone ${timeZone})
        group by 1
      )
      select to_char(d, 'YYYY-MM-DD') as day, coalesce(c.n, 0)::int as letters
      from bounds b
      cross join generate_series(b.first_day::timestamp, b.last_day::timestamp, interval '1 day') d
      left join counted c on c.day = d::date
      order by d`;
}

async function lettersPerDay(campaignId: string, timeZone: string, since: Date): Promise<DayCount[]> {
  const rows = rowsOf<{ day: string; letters: number }>(
    await getDb().execute(lettersPerDaySql(campaignId, timeZone, since)),
  );
  return rows.map((row) => ({ day: String(row.day), letters: Number(row.letters) }));
}

/** Letters by status, by state, and deliveries by channel and status: one read of the campaign's tallies. */
function countsSql(campaignId: string): SQL {
  return talliesSql(campaignId, ["letters_status", "letters_state", "deliveries"]);
}

type Counts = {
  totals: { total: number; confirmed: number; awaitingConfirmation: number };
  byState: StateCount[];
  deliveries: DeliveryCount[];
};

const CHANNEL_ORDER: readonly string[] = deliveryChannel.enumValues;
const STATUS_ORDER: readonly string[] = deliveryStatus.enumValues;

async function campaignCountsFromTallies(campaignId: string): Promise<Counts> {
  const rows = rowsOf<{ metric: string; key: string; n: number | string }>(
    await getDb().execute(countsSql(campaignId)),
  );
  const totals = { total: 0, confirmed: 0, awaitingConfirmation: 0 };
  const byState: StateCount[] = [];
  const byChannel: DeliveryCount[] = [];
  for (const row of rows) {
    const n = Number(row.n);
    if (row.metric === "letters_status") {
      totals.total += n;
      if (row.key === "confirmed") totals.confirmed += n;
      if (row.key === "awaiting_confirmation") totals.awaitingConfirmation += n;
    } else if (row.metric === "letters_state") {
      byState.push({ state: row.key, letters: n });
    } else if (row.metric === "deliveries") {
      const [channel, status] = row.key.split(" ") as [DeliveryChannel, DeliveryStatus];
      byChannel.push({ channel, status, count: n });
    }
  }
  // The order the direct counts had: most letters first, then by state; channels and statuses in enum order.
  byState.sort((a, b) => b.letters - a.letters || (a.state < b.state ? -1 : a.state > b.state ? 1 : 0));
  byChannel.sort(
    (a, b) =>
      CHANNEL_ORDER.indexOf(a.channel) - CHANNEL_ORDER.indexOf(b.channel) ||
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
  );
  return { totals, byState, deliveries: byChannel };
}

export type DeliveryCount = { channel: DeliveryChannel; status: DeliveryStatus; count: number };

const FAILED_SHOWN = 100;

/**
 * The most recent failed deliveries: read newest first from the partial index of failures
 * (deliveries_failed_idx) until 100 of this campaign's are found, or, for a campaign with few letters, from its
 * letters; never all of a large campaign's failures.
 */
function failedDeliveries(campaignId: string) {
  return getDb()
    .select({
      id: deliveries.id,
      targetName: deliveries.targetName,
      targetTitle: deliveries.targetTitle,
      channel: deliveries.channel,
      attempts: deliveries.attempts,
      lastError: deliveries.lastError,
      failedAt: deliveries.updatedAt,
    })
    .from(deliveries)
    .innerJoin(letters, eq(letters.id, deliveries.letterId))
    .where(and(eq(letters.campaignId, campaignId), eq(deliveries.status, "failed")))
    .orderBy(desc(deliveries.updatedAt), deliveries.id)
    .limit(FAILED_SHOWN);
}

export type OfficeCount = {
  targetKey: string;
  name: string;
  channel: DeliveryChannel;
  /** Accepted by the provider (email, Congress's system), or sent by the writer through the office's form. */
  delivered: number;
  /** Not sent yet: waiting for the writer's confirmation, or queued for Chorus. */
  queued: number;
  /** The writer still has to send it themselves (a contact form or website, or a Congress letter handed back). */
  waiting: number;
  failed: number;
};

const OFFICES_SHOWN = 500;

/**
 * Deliveries per office and channel (issue 18, item 7): the offices with the most letters first. Counted
 * directly from the campaign's deliveries: its letters by their campaign index (letters_campaign_created_idx),
 * each letter's deliveries by the (letter_id, target_key) unique index. The tallies keep no (office, channel,
 * status) metric, so this read grows with the campaign's deliveries, and for a campaign that holds most of the
 * table the planner rightly reads both tables whole and hashes them. Measured by dashboard-speed.test.ts
 * (100,000 letters, 200,000 deliveries, PGlite on a busy 2-core machine): 3.0 s, 4.8 s once the tallies are
 * compacted, where every tallied count takes 20-70 ms: the dashboard's slowest read by far. The cure is a
 * `deliveries_office` tally (key: target key, channel, status; names from officials and custom_targets), at the
 * price of a third delta row on every delivery change; not built yet.
 */
function deliveriesByOfficeSql(campaignId: string): SQL {
  return sql`
      select d.target_key as "targetKey", min(d.target_name) as name, d.channel,
        (count(*) filter (where d.status in ('sent', 'delivered', 'handoff_done')))::int as delivered,
        (count(*) filter (where d.status in ('awaiting_confirmation', 'queued')))::int as queued,
        (count(*) filter (where d.status = 'handoff_ready'))::int as waiting,
        (count(*) filter (where d.status in ('failed', 'bounced', 'complained')))::int as failed
      from ${deliveries} d
      join ${letters} l on l.id = d.letter_id
      where l.campaign_id = ${campaignId}
      group by d.target_key, d.channel
      order by count(*) desc, min(d.target_name), d.channel
      limit ${OFFICES_SHOWN}`;
}

async function deliveriesByOffice(campaignId: string): Promise<OfficeCount[]> {
  const rows = rowsOf<OfficeCount>(await getDb().execute(deliveriesByOfficeSql(campaignId)));
  return rows.map((row) => ({
    targetKey: row.targetKey,
    name: row.name,
    channel: row.channel,
    delivered: Number(row.delivered),
    queued: Number(row.queued),
    waiting: Number(row.waiting),
    failed: Number(row.failed),
  }));
}

export type StateCount = { state: string; letters: number };
export type DistrictCount = { state: string; district: number; letters: number };

/**
 * Letters by House district, from the House member each letter was addressed to (deliveries → officials).
 * A letter stores only its ZIP, and about 15% of ZIPs span several districts, so the ZIP cannot say; the
 * delivery's official is the district the supporter actually chose or was geocoded to. Letters with no House
 * target (a campaign to senators only) have no district and appear only in the by-state count. It counts
 * letters to each district's member (a letter naming two House members counts once for each). Counted from
 * the campaign's deliveries per official (tallies: one row per official written to), joined to the officials.
 */
function lettersByDistrictSql(campaignId: string): SQL {
  return sql`
      select o.state, o.district, sum(t.n)::int as letters
      from (${talliesSql(campaignId, ["deliveries_official"])}) t
      join ${officials} o on o.id = t.key
      where o.level = 'federal' and o.chamber = 'house'
      group by o.state, o.district
      having sum(t.n) > 0
      order by sum(t.n) desc, o.state, o.district`;
}

async function lettersByDistrict(campaignId: string): Promise<DistrictCount[]> {
  const rows = rowsOf<{ state: string; district: number | null; letters: number | string }>(
    await getDb().execute(lettersByDistrictSql(campaignId)),
  );
  return rows.map((row) => ({
    state: row.state,
    district: Number(row.district ?? 0),
    letters: Number(row.letters),
  }));
}

export type Activity =
  | {
      kind: "letter";
      id: string;
      at: Date;
      firstName: string;
      city: string;
      state: string;
      isConfirmed: boolean;
    }
  | { kind: "pledge"; id: string; at: Date; firstName: string; optionTitle: string; status: string };

const ACTIVITY_SHOWN = 20;

/** The person's first name only: viewers see activity, never supporters' emails or full names. */
function firstWord(name: string): string {
  return name.trim().split(/\s+/)[0] ?? "";
}

function recentLettersQuery(campaignId: string) {
  return getDb()
    .select({
      id: letters.id,
      at: letters.createdAt,
      firstName: letters.firstName,
      city: letters.city,
      state: letters.state,
      status: letters.status,
    })
    .from(letters)
    .where(eq(letters.campaignId, campaignId))
    .orderBy(desc(letters.createdAt))
    .limit(ACTIVITY_SHOWN);
}

function recentPledgesQuery(campaignId: string) {
  return getDb()
    .select({
      id: pledges.id,
      at: pledges.createdAt,
      name: pledges.name,
      optionTitle: pledgeOptions.title,
      status: pledges.status,
    })
    .from(pledges)
    .innerJoin(pledgeOptions, eq(pledgeOptions.id, pledges.optionId))
    .where(eq(pledgeOptions.campaignId, campaignId))
    .orderBy(desc(pledges.createdAt))
    .limit(ACTIVITY_SHOWN);
}

async function recentActivity(campaignId: string): Promise<Activity[]> {
  const [recentLetters, recentPledges] = await Promise.all([
    recentLettersQuery(campaignId),
    recentPledgesQuery(campaignId),
  ]);
  const items: Activity[] = [
    ...recentLetters.map((l) => ({
      kind: "letter" as const,
      id: l.id,
      at: l.at,
      firstName: firstWord(l.firstName),
      city: l.city,
      state: l.state,
      isConfirmed: l.status === "confirmed",
    })),
    ...recentPledges.map((p) => ({
      kind: "pledge" as const,
      id: p.id,
      at: p.at,
      firstName: firstWord(p.name),
      optionTitle: p.optionTitle,
      status: p.status,
    })),
  ];
  return items.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, ACTIVITY_SHOWN);
}

async function pledgeOptionCounts(campaignId: string) {
  return getDb()
    .select({
      id: pledgeOptions.id,
      kind: pledgeOptions.kind,
      title: pledgeOptions.title,
      pledgers: pledgeOptions.pledgers,
      taken: pledgeOptions.taken,
      capacity: pledgeOptions.capacity,
      pledgedCents: pledgeOptions.pledgedCents,
      pledgedHours: pledgeOptions.pledgedHours,
      isOpen: pledgeOptions.isOpen,
    })
    .from(pledgeOptions)
    .where(eq(pledgeOptions.campaignId, campaignId))
    .orderBy(pledgeOptions.position, pledgeOptions.createdAt);
}

// ---------------------------------------------------------------------------------------------------------
// Officials who changed (issue 6, item 7)
// ---------------------------------------------------------------------------------------------------------

export type SeatHolder = { id: string; name: string; title: string };

export type ChangedOfficial = {
  id: string;
  name: string;
  seat: string;
  removedAt: Date;
  /** Deliveries to them in this campaign that have not left yet. */
  pending: number;
  /** Deliveries to them in this campaign, all statuses. */
  total: number;
  /** The seat's current holder, when exactly one person holds it now. */
  successor: SeatHolder | null;
  /** Why there is no successor: "vacant" (nobody holds the seat now) or "unclear" (several could). */
  reason: "vacant" | "unclear" | null;
};

type RemovedOfficialRow = {
  id: string;
  name: string;
  level: "federal" | "state" | "local";
  chamber: string;
  state: string;
  district: number | null;
  district_label: string | null;
  senate_class: string | null;
  removed_at: Date | string;
  pending: number;
  total: number;
};

/**
 * The current holder(s) of a removed official's seat: same state, level, chamber and district (House number
 * or state district label). Senators share a state, so their seat is told apart by Senate class when the data
 * has it (congress-legislators' `senate_class`). Uses the partial seat index on current officials.
 */
async function currentHolders(seat: RemovedOfficialRow) {
  const rows = await getDb()
    .select(summaryColumns)
    .from(officials)
    .where(
      and(
        sql`${officials.removedAt} is null`,
        eq(officials.state, seat.state),
        eq(officials.level, seat.level),
        eq(officials.chamber, seat.chamber),
        sql`${officials.district} is not distinct from ${seat.district}`,
        sql`${officials.districtLabel} is not distinct from ${seat.district_label}`,
        seat.chamber === "senate" && seat.senate_class
          ? sql`${officials.raw}->>'senate_class' = ${seat.senate_class}`
          : undefined,
      ),
    )
    .limit(3);
  return rows.map(toSummary);
}

/**
 * Officials who left office, with this campaign's deliveries to them. It starts from the few removed officials
 * and finds their deliveries by target key ("official:<id>", the (target_key, sent_at) index), so it never
 * reads the campaign's other deliveries.
 */
function changedOfficialsSql(campaignId: string): SQL {
  return sql`
      select o.id, o.name, o.level, o.chamber, o.state, o.district, o.district_label,
        o.raw->>'senate_class' as senate_class, o.removed_at,
        (count(*) filter (where ${PENDING_DELIVERY}))::int as pending, count(*)::int as total
      from ${officials} o
      join ${deliveries} on ${deliveries.targetKey} = 'official:' || o.id
      join ${letters} l on l.id = ${deliveries.letterId}
      where o.removed_at is not null and l.campaign_id = ${campaignId}
      group by o.id
      order by o.state, o.name`;
}

async function changedOfficials(
  campaignId: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<ChangedOfficial[]> {
  const rows = rowsOf<RemovedOfficialRow>(await getDb().execute(changedOfficialsSql(campaignId)));
  return Promise.all(
    rows.map(async (row) => {
      const holders = await currentHolders(row);
      const holder = holders.length === 1 ? holders[0] : undefined;
      return {
        id: row.id,
        name: row.name,
        seat: seatLabel(toSummary(summaryOf(row)), locale),
        removedAt: new Date(row.removed_at),
        pending: Number(row.pending),
        total: Number(row.total),
        successor: holder ? { id: holder.id, name: holder.name, title: officialTitle(holder, locale) } : null,
        reason: holder ? null : holders.length === 0 ? ("vacant" as const) : ("unclear" as const),
      };
    }),
  );
}

function summaryOf(row: RemovedOfficialRow) {
  return {
    id: row.id,
    name: row.name,
    level: row.level,
    chamber: row.chamber,
    state: row.state,
    district: row.district,
    districtLabel: row.district_label,
    party: null,
    phone: null,
    email: null,
    contactFormUrl: null,
    websiteUrl: null,
    termEnd: null,
  };
}

export type RetargetResult = { moved: number; merged: number; officials: number };

/**
 * Sends the letters that have not left yet to the current holder of the seat, for one changed official (or all
 * of them). Re-targeting is offered on the dashboard, not applied on its own: an organizer decides, after an
 * election or a data refresh, that the campaign's ask still fits the new holder.
 *
 * Per official, in one transaction: a letter that already goes to the successor (a named target, or a letter
 * to both senators) loses the stale delivery instead of getting a second one (the unique (letter, target_key)
 * index); every other pending delivery is rewritten to the successor and starts again (attempts 0, no batch),
 * on the channel a new letter from the same supporter would get (chooseChannel with the successor's CWC reach
 * and the letter's prefix; Congress through CWC only when the letter still holds a street address and a
 * prefix). The pending condition is re-checked in the update, so a delivery a dispatcher claimed meanwhile is
 * left alone. New queued deliveries wake their dispatcher (email or CWC) in the same transaction.
 */
export async function retargetChangedOfficials(
  actor: SessionUser,
  campaignId: string,
  officialId?: string,
): Promise<RetargetResult> {
  await requireWriter(actor, campaignId);
  const changed = (await changedOfficials(campaignId)).filter(
    (o) => o.pending > 0 && o.successor && (!officialId || o.id === officialId),
  );
  if (officialId && changed.length === 0) {
    throw new AppError("NOT_FOUND", errorText.organize.thereNoWaitingLettersOfficial);
  }
  const result: RetargetResult = { moved: 0, merged: 0, officials: 0 };
  for (const official of changed) {
    if (!official.successor) continue;
    const [row] = await getDb()
      .select(summaryColumns)
      .from(officials)
      .where(and(eq(officials.id, official.successor.id), sql`${officials.removedAt} is null`));
    if (!row) continue;
    const successor = toSummary(row);
    // The successor's CWC reach, as a new letter reads it (key configured, office listed, chamber not halted).
    const cwc = await loadCwcReach([successor]);
    const oldKey = `official:${official.id}`;
    const newKey = `official:${successor.id}`;
    const inCampaign = sql`${deliveries.letterId} in (select id from ${letters} where campaign_id = ${campaignId})`;
    try {
      await getDb().transaction(async (tx) => {
        const merged = await tx
          .delete(deliveries)
          .where(
            and(
              eq(deliveries.targetKey, oldKey),
              inCampaign,
              PENDING_DELIVERY,
              sql`exists (select 1 from ${deliveries} d2 where d2.letter_id = ${deliveries.letterId}
                and d2.target_key = ${newKey})`,
            ),
          )
          .returning({ id: deliveries.id });
        // The channel is chosen per letter exactly as for a new one (chooseChannel with the CWC reach and the
        // letter's prefix). A letter without what CWC needs (a street address and a prefix: it was written for
        // a hand-off, or its address is already forgotten) cannot be sent there: it is treated as a new letter
        // without a reach, so it goes to the successor's contact form.
        const cwcReady = sql`(${letters.streetAddress} is not null and ${letters.prefix} is not null)`;
        const kinds = rowsOf<{ prefix: string | null; ready: boolean }>(
          await tx.execute(sql`
            select distinct ${letters.prefix} as prefix, ${cwcReady} as ready
            from ${deliveries} join ${letters} on ${letters.id} = ${deliveries.letterId}
            where ${deliveries.targetKey} = ${oldKey} and ${letters.campaignId} = ${campaignId}
              and ${PENDING_DELIVERY}`),
        );
        const moved: { status: DeliveryStatus; channel: DeliveryChannel }[] = [];
        for (const kind of kinds) {
          const reach = chooseChannel(successor, {
            cwc: kind.ready ? cwc : NO_CWC_REACH,
            prefix: kind.prefix,
          });
          if (!reach) continue;
          const ofKind = sql`${deliveries.letterId} in (select id from ${letters} where campaign_id = ${campaignId}
            and prefix is not distinct from ${kind.prefix}
            and (street_address is not null and prefix is not null) = ${kind.ready})`;
          moved.push(
            ...(await tx
              .update(deliveries)
              .set({
                targetKey: newKey,
                officialId: successor.id,
                customTargetId: null,
                targetName: successor.name,
                targetTitle: successor.title,
                targetEmail: reach.email,
                contactFormUrl: reach.contactFormUrl,
                channel: reach.channel,
                // Still waiting for the supporter's confirmation: stay so (confirming moves it on).
                status: sql`case when ${deliveries.status} = 'awaiting_confirmation' then 'awaiting_confirmation'
                  else ${firstStatus(reach.channel)} end::delivery_status`,
                attempts: 0,
                batchId: null,
                nextAttemptAt: null,
                lastError: null,
                handoffReason: null,
                cwcErrors: null,
                updatedAt: new Date(),
              })
              .where(and(eq(deliveries.targetKey, oldKey), ofKind, PENDING_DELIVERY))
              .returning({ status: deliveries.status, channel: deliveries.channel })),
          );
        }
        const queued = moved.filter((d) => d.status === "queued");
        if (queued.some((d) => d.channel === "email")) await queueLetterDispatch(tx);
        if (queued.some((d) => d.channel === "cwc")) await queueCwcDispatch(tx);
        result.moved += moved.length;
        result.merged += merged.length;
        if (moved.length + merged.length > 0) result.officials += 1;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError("ALREADY_EXISTS", errorText.organize.someTheseLettersChangedWhile);
      }
      throw error;
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// Retry of failed deliveries
// ---------------------------------------------------------------------------------------------------------

/**
 * Puts failed email deliveries of the campaign (one, or all when `deliveryId` is left out) back in the queue
 * as new: attempts 0, no batch, no error, due at once; and wakes the dispatcher in the same transaction.
 * Owners and organizers only. Contact-form hand-offs are the supporter's to send, so they are never retried.
 */
export async function retryFailedDeliveries(
  actor: SessionUser,
  campaignId: string,
  deliveryId?: string,
): Promise<{ retried: number }> {
  await requireWriter(actor, campaignId);
  // No delivery id holds U+0000 (and Postgres cannot compare it): nothing to retry.
  if (containsNul(deliveryId)) return { retried: 0 };
  return getDb().transaction(async (tx) => {
    const retried = await tx
      .update(deliveries)
      .set({
        status: "queued",
        attempts: 0,
        batchId: null,
        nextAttemptAt: null,
        lastError: null,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(deliveries.status, "failed"),
          eq(deliveries.channel, "email"),
          deliveryId ? eq(deliveries.id, deliveryId) : undefined,
          sql`${deliveries.letterId} in (select id from ${letters} where campaign_id = ${campaignId})`,
        ),
      )
      .returning({ id: deliveries.id });
    if (retried.length === 0) {
      throw new AppError(
        "NOT_FOUND",
        deliveryId ? errorText.organize.deliveryNotWaitingRetry : errorText.organize.noFailedDeliveriesRetry,
      );
    }
    await queueLetterDispatch(tx);
    return { retried: retried.length };
  });
}

// ---------------------------------------------------------------------------------------------------------
// The dashboard
// ---------------------------------------------------------------------------------------------------------

export type CampaignDashboard = {
  campaign: {
    id: string;
    slug: string;
    title: string;
    status: string;
    timeZone: string;
    organizationSlug: string;
    organizationName: string;
  };
  canManage: boolean;
  canExportPersonalData: boolean;
  perDay: DayCount[];
  totals: { total: number; confirmed: number; awaitingConfirmation: number };
  deliveries: DeliveryCount[];
  /** Per office and channel, the offices with the most letters first (at most 500). */
  byOffice: OfficeCount[];
  failed: Awaited<ReturnType<typeof failedDeliveries>>;
  failedCount: number;
  byState: StateCount[];
  byDistrict: DistrictCount[];
  pledgeTotals: PledgeTotals;
  pledgeOptions: Awaited<ReturnType<typeof pledgeOptionCounts>>;
  activity: Activity[];
  changedOfficials: ChangedOfficial[];
};

/** Everything the dashboard shows, for anyone in the organization (viewers included). */
export async function getCampaignDashboard(
  actor: SessionUser,
  campaignId: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<CampaignDashboard> {
  const access = await requireCampaignRole(actor, campaignId, READ);
  const [campaign] = await getDb()
    .select({
      id: campaigns.id,
      slug: campaigns.slug,
      title: campaigns.title,
      status: campaigns.status,
      timeZone: campaigns.timeZone,
      startsAt: campaigns.startsAt,
      publishedAt: campaigns.publishedAt,
      createdAt: campaigns.createdAt,
    })
    .from(campaigns)
    .where(eq(campaigns.id, access.campaignId));
  if (!campaign) throw new AppError("NOT_FOUND", errorText.organize.couldntFindCampaignAmongOrganizations);
  const since = campaign.startsAt ?? campaign.publishedAt ?? campaign.createdAt;

  const [perDay, counts, byOffice, failed, byDistrict, pledgeTotals, options, activity, changed] =
    await Promise.all([
      lettersPerDay(campaign.id, campaign.timeZone, since),
      campaignCountsFromTallies(campaign.id),
      deliveriesByOffice(campaign.id),
      failedDeliveries(campaign.id),
      lettersByDistrict(campaign.id),
      campaignPledgeTotals(campaign.id),
      pledgeOptionCounts(campaign.id),
      recentActivity(campaign.id),
      changedOfficials(campaign.id, locale),
    ]);
  const canManage = WRITE.includes(access.role);
  const { totals, byState, deliveries: byChannel } = counts;
  return {
    campaign: {
      id: campaign.id,
      slug: campaign.slug,
      title: campaign.title,
      status: campaign.status,
      timeZone: campaign.timeZone,
      organizationSlug: access.slug,
      organizationName: access.name,
    },
    canManage,
    canExportPersonalData: canManage,
    perDay,
    totals,
    deliveries: byChannel,
    byOffice,
    failed,
    failedCount: byChannel.filter((d) => d.status === "failed").reduce((sum, d) => sum + d.count, 0),
    byState,
    byDistrict,
    pledgeTotals,
    pledgeOptions: options,
    activity,
    changedOfficials: changed,
  };
}

/**
 * The dashboard's queries one by one, as SQL, for the speed test's timings and EXPLAIN (not for pages): the
 * very statements the dashboard runs.
 */
export function dashboardStatements(campaignId: string, timeZone: string, since: Date): Record<string, SQL> {
  return {
    lettersPerDay: lettersPerDaySql(campaignId, timeZone, since),
    counts: countsSql(campaignId),
    deliveriesByOffice: deliveriesByOfficeSql(campaignId),
    failedDeliveries: failedDeliveries(campaignId).getSQL(),
    lettersByDistrict: lettersByDistrictSql(campaignId),
    recentLetters: recentLettersQuery(campaignId).getSQL(),
    recentPledges: recentPledgesQuery(campaignId).getSQL(),
    changedOfficials: changedOfficialsSql(campaignId),
  };
}
