/**
 * Pacing of emailed letters per target, before the dispatcher claims anything: each campaign's office hours
 * (in the target's time zone) and its daily cap per target.
 *
 * New email deliveries wait with no `next_attempt_at`; only this step gives them one, so the dispatcher claims
 * nothing it has not looked at. A delivery that may go now gets `now`; one outside its office hours gets the
 * next opening; one over its target's cap for the local day gets the next day's opening. Dispatch runs one at
 * a time (a stately queue), so this step and the claims after it never race another run.
 *
 * Two rules come before those (issue 19): a letter to a custom target waits, never paced and so never claimed,
 * until its organization is verified and the target's owner confirmed that address (`releasable`); and one
 * recipient address gets at most EMAILS_PER_RECIPIENT_PER_DAY letters in 24 hours across every campaign and
 * spelling of its case (`paceRecipients`), the rest deferred, never failed.
 */
import { sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import { env } from "@/lib/env";
import { isOpen, localDayBounds, nextOpening, type OfficeHours, stateTimeZone } from "./office-hours";

type DueGroup = {
  campaignId: string;
  targetKey: string;
  officialState: string | null;
  cap: number | null;
  start: number | null;
  end: number | null;
  weekdaysOnly: boolean;
  timeZone: string;
  due: number;
};

export type PacingReport = { ready: number; deferred: number };

/** The campaign's office hours for one target: custom targets use the campaign's own time zone. */
export function officeHoursOf(
  group: Pick<DueGroup, "officialState" | "start" | "end" | "weekdaysOnly" | "timeZone">,
) {
  return {
    start: group.start,
    end: group.end,
    weekdaysOnly: group.weekdaysOnly,
    timeZone: stateTimeZone(group.officialState) ?? group.timeZone,
  } satisfies OfficeHours;
}

/**
 * A delivery Chorus may email: any but a custom target's, which needs its organization verified by an operator
 * and the address it goes to confirmed by its owner (a changed address waits for its own confirmation).
 */
export const releasable = sql`(d.custom_target_id is null or exists (
  select 1 from custom_targets ct join organizations o on o.id = ct.organization_id
  where ct.id = d.custom_target_id and o.verification_status = 'verified'
    and lower(ct.confirmed_email) = lower(d.target_email)))`;

/** Deliveries that are queued, not in a batch, due (or never paced) and releasable: what this step decides on. */
const dueUnbatched = (now: string) => sql`
  d.status = 'queued' and d.channel = 'email' and d.batch_id is null
  and (d.next_attempt_at is null or d.next_attempt_at <= ${now}::timestamptz) and ${releasable}`;

const RECIPIENT_WINDOW_HOURS = 24;

/**
 * The per-recipient cap across every campaign: for each address with letters due, what it received in the last
 * 24 hours (sent, or in a batch on its way) plus what is due may not pass the cap; the newest over it wait an
 * hour and are looked at again. Returns how many were deferred.
 */
async function paceRecipients(at: string): Promise<number> {
  const cap = env.emailsPerRecipientPerDay;
  const rows = rowsOf<{ id: string }>(
    await getDb().execute(sql`
      with due as (
        select d.id, lower(d.target_email) as recipient, d.created_at from deliveries d
        where ${dueUnbatched(at)} and d.target_email is not null),
      used as (
        select lower(x.target_email) as recipient, count(*)::int as n from deliveries x
        where x.channel = 'email' and x.batch_id is not null
          and lower(x.target_email) in (select recipient from due)
          and (x.sent_at >= ${at}::timestamptz - make_interval(hours => ${RECIPIENT_WINDOW_HOURS})
            or x.status = 'queued')
        group by 1),
      ranked as (
        select due.id, row_number() over (partition by due.recipient order by due.created_at, due.id)
          + coalesce(used.n, 0) as position
        from due left join used on used.recipient = due.recipient),
      deferred as (
        update deliveries set next_attempt_at = ${at}::timestamptz + interval '1 hour', updated_at = now()
        where id in (select id from ranked where position > ${cap})
        returning id)
      select id from deferred`),
  );
  return rows.length;
}

export async function paceDueDeliveries(now: Date = new Date()): Promise<PacingReport> {
  const db = getDb();
  const at = now.toISOString();
  const overRecipientCap = await paceRecipients(at);
  const groups = rowsOf<DueGroup>(
    await db.execute(sql`
      select l.campaign_id as "campaignId", d.target_key as "targetKey", o.state as "officialState",
        c.delivery_daily_cap as "cap", c.office_hours_start as "start", c.office_hours_end as "end",
        c.office_weekdays_only as "weekdaysOnly", c.time_zone as "timeZone", count(*)::int as "due"
      from deliveries d
      join letters l on l.id = d.letter_id
      join campaigns c on c.id = l.campaign_id
      left join officials o on o.id = d.official_id
      where ${dueUnbatched(at)}
      group by 1, 2, 3, 4, 5, 6, 7, 8`),
  );
  if (groups.length === 0) return { ready: 0, deferred: overRecipientCap };

  // Whole groups waiting for office hours, and groups whose cap needs today's count.
  const closed: { group: DueGroup; until: Date }[] = [];
  const capped: { group: DueGroup; hours: OfficeHours; dayStart: Date; nextDay: Date }[] = [];
  for (const group of groups) {
    const hours = officeHoursOf(group);
    if (!isOpen(now, hours)) closed.push({ group, until: nextOpening(now, hours) });
    else if (group.cap !== null) {
      const { start, next } = localDayBounds(now, hours.timeZone);
      capped.push({ group, hours, dayStart: start, nextDay: next });
    }
  }

  // Today's use of each capped target: emails sent since local midnight, and those in a batch on their way.
  const used = new Map<string, number>();
  if (capped.length > 0) {
    const values = sql.join(
      capped.map(
        ({ group, dayStart }) =>
          sql`(${group.campaignId}, ${group.targetKey}, ${dayStart.toISOString()}::timestamptz)`,
      ),
      sql`, `,
    );
    const rows = rowsOf<{ campaignId: string; targetKey: string; used: number }>(
      await db.execute(sql`
        select v.campaign_id as "campaignId", v.target_key as "targetKey", count(d.id)::int as "used"
        from (values ${values}) as v(campaign_id, target_key, day_start)
        join deliveries d on d.target_key = v.target_key and d.channel = 'email' and d.batch_id is not null
          and (d.sent_at >= v.day_start or d.status = 'queued')
        join letters l on l.id = d.letter_id and l.campaign_id = v.campaign_id
        group by 1, 2`),
    );
    for (const row of rows) used.set(`${row.campaignId} ${row.targetKey}`, row.used);
  }

  let deferred = 0;
  const over: { group: DueGroup; allowed: number; until: Date }[] = [];
  for (const { group, hours, nextDay } of capped) {
    const allowed = Math.max(0, (group.cap ?? 0) - (used.get(`${group.campaignId} ${group.targetKey}`) ?? 0));
    if (group.due > allowed) over.push({ group, allowed, until: nextOpening(nextDay, hours) });
  }

  await db.transaction(async (tx) => {
    // Over the cap: the oldest `allowed` go today, the rest on the next local day.
    for (const { group, allowed, until } of over) {
      await tx.execute(sql`
        update deliveries set next_attempt_at = ${until.toISOString()}::timestamptz, updated_at = now()
        where id in (
          select d.id from deliveries d join letters l on l.id = d.letter_id
          where ${dueUnbatched(at)} and l.campaign_id = ${group.campaignId} and d.target_key = ${group.targetKey}
          order by d.created_at offset ${allowed})`);
      deferred += group.due - allowed;
    }
    if (closed.length > 0) {
      const values = sql.join(
        closed.map(
          ({ group, until }) =>
            sql`(${group.campaignId}, ${group.targetKey}, ${until.toISOString()}::timestamptz)`,
        ),
        sql`, `,
      );
      await tx.execute(sql`
        update deliveries d set next_attempt_at = v.until, updated_at = now()
        from (values ${values}) as v(campaign_id, target_key, until), letters l
        where l.id = d.letter_id and l.campaign_id = v.campaign_id and d.target_key = v.target_key
          and ${dueUnbatched(at)}`);
      deferred += closed.reduce((sum, { group }) => sum + group.due, 0);
    }
    // The rest of the open targets' deliveries may go now. Only targets looked at above: a letter that arrived
    // meanwhile for a closed office keeps waiting for the next run to pace it.
    const open = groups.filter((group) => !closed.some((c) => c.group === group));
    if (open.length > 0) {
      const pairs = sql.join(
        open.map((group) => sql`(${group.campaignId}, ${group.targetKey})`),
        sql`, `,
      );
      await tx.execute(sql`
        update deliveries d set next_attempt_at = ${at}::timestamptz
        from (values ${pairs}) as v(campaign_id, target_key), letters l
        where l.id = d.letter_id and l.campaign_id = v.campaign_id and d.target_key = v.target_key
          and d.status = 'queued' and d.channel = 'email' and d.batch_id is null and d.next_attempt_at is null
          and ${releasable}`);
    }
  });

  const total = groups.reduce((sum, group) => sum + group.due, 0);
  return { ready: total - deferred, deferred: deferred + overRecipientCap };
}
