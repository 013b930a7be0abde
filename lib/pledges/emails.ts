/**
 * Pledge emails: the confirmation (a shift's carries a calendar file) and the reminder the day before a shift.
 * Not marked server-only: `npm run worker` runs it outside Next.js.
 */
import { eq, sql } from "drizzle-orm";
import { type Executor, getDb, rowsOf } from "@/db/client";
import { organizations, pledgeOptions, pledges } from "@/db/schema";
import { env } from "@/lib/env";
import { INTL_LOCALE } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { getBoss } from "@/lib/jobs/boss";
import { queueEmail } from "@/lib/jobs/enqueue";
import { pledgeWords } from "./messages";

/** Reminders go out about a day before a shift. */
export const REMINDER_HOURS = 24;

export const MY_PLEDGES_PATH = "/account/pledges";

// Intl formatters are costly to build (toLocaleString with options builds one per call: ~3% of a campaign
// page's render in a profile), so each is built once per time zone.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();
function formatter(
  cache: Map<string, Intl.DateTimeFormat>,
  zone: string,
  options: Intl.DateTimeFormatOptions,
  locale: Locale,
) {
  const key = `${locale} ${zone}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: zone, ...options });
    cache.set(key, format);
  }
  return format;
}

/**
 * "Saturday, December 5, 10:00 AM – 1:00 PM Central Time" ("sábado, 5 de diciembre, 10:00 a.m. – 1:00 p.m.
 * hora del Centro"), in the shift's own time zone.
 */
export function formatShiftTime(
  startsAt: Date,
  endsAt: Date | null,
  timeZone: string | null,
  locale: Locale = "en",
): string {
  const zone = timeZone ?? "America/New_York";
  const day = formatter(dayFormats, zone, { weekday: "long", month: "long", day: "numeric" }, locale).format(
    startsAt,
  );
  const times = formatter(timeFormats, zone, { hour: "numeric", minute: "2-digit" }, locale);
  const zoneName = pledgeWords[locale].timeZones[zone] ?? zone.replace(/_/g, " ");
  return `${day}, ${times.format(startsAt)}${endsAt ? ` – ${times.format(endsAt)}` : ""} ${zoneName}`;
}

const dollarFormats = new Map<string, Intl.NumberFormat>();

/** "$25", "$25.50": whole dollars without cents (one formatter per language and kind, built once). */
export function formatDollars(cents: number, locale: Locale = "en"): string {
  const whole = cents % 100 === 0;
  const key = `${locale} ${whole}`;
  let format = dollarFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], {
      style: "currency",
      currency: "USD",
      minimumFractionDigits: whole ? 0 : 2,
    });
    dollarFormats.set(key, format);
  }
  return format.format(cents / 100);
}

/** Queues the confirmation of a new pledge, in the transaction that wrote it. */
export async function queuePledgeEmails(tx: Executor, pledgeId: string, locale?: Locale): Promise<void> {
  const [row] = await tx
    .select({
      pledge: pledges,
      option: pledgeOptions,
      groupName: organizations.name,
      donationUrl: organizations.donationUrl,
      dropOffPlace: organizations.dropOffPlace,
      dropOffHours: organizations.dropOffHours,
    })
    .from(pledges)
    .innerJoin(pledgeOptions, eq(pledgeOptions.id, pledges.optionId))
    .innerJoin(organizations, eq(organizations.id, pledgeOptions.organizationId))
    .where(eq(pledges.id, pledgeId));
  if (!row) throw new Error(`pledge ${pledgeId} not found in its own transaction`);
  const { pledge, option } = row;
  const isShift = option.kind === "volunteer_shift" && option.startsAt !== null;
  const endsAt = option.endsAt ?? (option.startsAt ? new Date(option.startsAt.getTime() + 3_600_000) : null);
  // Written in English here; the email is rendered in the recipient's language from the facts passed with it.
  const en = pledgeWords.en;
  const location = option.isRemote ? en.online : option.location;

  await queueEmail(tx, {
    template: "pledge-confirmation",
    to: pledge.email,
    idempotencyKey: `pledge-confirmation:${pledge.id}`,
    props: {
      name: pledge.name,
      groupName: row.groupName,
      kind: option.kind,
      optionTitle: option.title,
      when: option.startsAt ? formatShiftTime(option.startsAt, option.endsAt, option.timeZone) : null,
      location: location ?? null,
      amount:
        pledge.amountCents === null
          ? null
          : en.amount(formatDollars(pledge.amountCents), pledge.frequency === "monthly"),
      quantity: pledge.quantity,
      donationUrl: row.donationUrl,
      dropOffPlace: option.kind === "goods" ? row.dropOffPlace : null,
      dropOffHours: option.kind === "goods" ? row.dropOffHours : null,
      manageUrl: `${env.appUrl}${MY_PLEDGES_PATH}`,
      // The page's language, for a pledger whose account has not said one; and the facts behind the English
      // `when`, `amount` and `location`, so the email can write them in its own language.
      locale,
      shift: shiftFacts(option),
      amountCents: pledge.amountCents,
      frequency: pledge.frequency,
      isRemote: option.isRemote,
      event:
        isShift && option.startsAt && endsAt
          ? {
              uid: `pledge-${pledge.id}@chorus`,
              // A shift changed before this pledge: its calendar event starts at the shift's current sequence.
              sequence: option.calendarSequence,
              startsAt: option.startsAt.toISOString(),
              endsAt: endsAt.toISOString(),
              // The group's words; the calendar file adds the pledges page in the recipient's language.
              description: option.description,
            }
          : null,
    },
  });

  // A shift that starts within the reminder window needs no separate reminder: this email is it.
  if (isShift && option.startsAt && option.startsAt.getTime() - Date.now() <= REMINDER_HOURS * 3_600_000) {
    await tx.update(pledges).set({ reminderSentAt: new Date() }).where(eq(pledges.id, pledge.id));
  }
}

/**
 * Reminds everyone with a standing pledge for a shift that starts within the next day. Each reminder is claimed
 * by setting `reminder_sent_at` in the transaction that queues its email, so a reminder is sent once.
 */
export async function remindShifts(now: Date = new Date()): Promise<{ reminded: number }> {
  await getBoss();
  return getDb().transaction(async (tx) => {
    const due = rowsOf<{
      id: string;
      name: string;
      email: string;
      title: string;
      startsAt: Date | string;
      endsAt: Date | string | null;
      timeZone: string | null;
      location: string | null;
      isRemote: boolean;
      groupName: string;
    }>(
      await tx.execute(sql`
        update pledges p set reminder_sent_at = ${now.toISOString()}::timestamptz, updated_at = now()
        from pledge_options o, organizations g
        where o.id = p.option_id and g.id = o.organization_id
          and p.status = 'pledged' and p.reminder_sent_at is null and o.kind = 'volunteer_shift'
          and o.starts_at > ${now.toISOString()}::timestamptz
          and o.starts_at <= ${now.toISOString()}::timestamptz + make_interval(hours => ${REMINDER_HOURS})
        returning p.id, p.name, p.email, o.title, o.starts_at as "startsAt", o.ends_at as "endsAt",
          o.time_zone as "timeZone", o.location, o.is_remote as "isRemote", g.name as "groupName"`),
    );
    for (const row of due) {
      await queueEmail(tx, {
        template: "pledge-reminder",
        to: row.email,
        idempotencyKey: `pledge-reminder:${row.id}`,
        props: {
          name: row.name,
          groupName: row.groupName,
          optionTitle: row.title,
          when: formatShiftTime(
            new Date(row.startsAt),
            row.endsAt ? new Date(row.endsAt) : null,
            row.timeZone,
          ),
          location: row.isRemote ? pledgeWords.en.online : row.location,
          shift: {
            startsAt: new Date(row.startsAt).toISOString(),
            endsAt: row.endsAt ? new Date(row.endsAt).toISOString() : null,
            timeZone: row.timeZone,
          },
          isRemote: row.isRemote,
          manageUrl: `${env.appUrl}${MY_PLEDGES_PATH}`,
        },
      });
    }
    return { reminded: due.length };
  });
}

/** A shift's times as an email's props carry them (JSON), for the email to write in its reader's language. */
export function shiftFacts(option: { startsAt: Date | null; endsAt: Date | null; timeZone: string | null }) {
  return option.startsAt
    ? {
        startsAt: option.startsAt.toISOString(),
        endsAt: option.endsAt?.toISOString() ?? null,
        timeZone: option.timeZone,
      }
    : null;
}
