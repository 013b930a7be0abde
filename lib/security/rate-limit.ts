/**
 * Rate limits kept in PostgreSQL, so they hold across every web process: one fixed window per key, counted by a
 * single upsert (no read-then-write race). Keys hold only salted hashes of IP addresses and email addresses.
 *
 * Not marked server-only: the job worker shares the modules that use it.
 */
import { createHmac } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import { type Executor, getDb, rowsOf } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { type ErrorText, errorText } from "@/lib/i18n/errors";
import { clientFromForwarded } from "@/lib/security/client-address";
import { canonicalMailbox } from "./mailbox";

export type Limit = {
  name: string;
  max: number;
  windowSeconds: number;
  message: ErrorText;
  /** "mailbox": the subject is an email address, counted by its mailbox (canonicalMailbox), however it is spelled. */
  per?: "mailbox";
};

const HOUR = 3600;
const DAY = 24 * HOUR;

/** The limits, with the words a person sees when they reach one. */
export const LIMITS = {
  lettersPerIp: {
    name: "letter:ip",
    get max() {
      return env.lettersPerIpPerDay;
    },
    windowSeconds: DAY,
    message: errorText.security.manyLettersBeenSentFrom,
  },
  lettersPerEmail: {
    name: "letter:email",
    per: "mailbox",
    max: 10,
    windowSeconds: DAY,
    message: errorText.security.writtenTenLettersTodayMost,
  },
  alreadySentNotices: {
    name: "letter:notice",
    per: "mailbox",
    max: 3,
    windowSeconds: DAY,
    message: errorText.security.alreadyEmailedAddressAboutLetter,
  },
  signInPerEmail: {
    name: "sign-in:email",
    per: "mailbox",
    max: 5,
    windowSeconds: HOUR,
    message: errorText.security.sentSeveralSignLinksAddress,
  },
  signInPerIp: {
    name: "sign-in:ip",
    get max() {
      return env.signInsPerIpPerHour;
    },
    windowSeconds: HOUR,
    message: errorText.security.manySignLinksWereAsked,
  },
  /** Counted per mailbox (the account's address), so one inbox's several accounts share the count. */
  pledgesPerUser: {
    name: "pledge:mailbox",
    per: "mailbox",
    max: 30,
    windowSeconds: DAY,
    message: errorText.security.madeManyPledgesTodayCome,
  },
  pledgesPerIp: {
    name: "pledge:ip",
    max: 60,
    windowSeconds: DAY,
    message: errorText.security.manyPledgesBeenMadeFrom,
  },
  /** "Send a test to me": each click is a new email to the organizer, so a script could make it a mail cannon. */
  updateTestsPerUser: {
    name: "update-test:user",
    max: 10,
    windowSeconds: HOUR,
    message: errorText.security.sentYourselfTenTestEmails,
  },
  /** Invitations: each is an email to an address the inviter chooses (issue 19 item 1). */
  invitesPerUser: {
    name: "invite:user",
    max: 20,
    windowSeconds: DAY,
    message: errorText.security.sentTwentyInvitationsTodayTry,
  },
  invitesPerOrganization: {
    name: "invite:organization",
    max: 50,
    windowSeconds: DAY,
    message: errorText.security.organizationSentFiftyInvitationsToday,
  },
  campaignsPerUser: {
    name: "campaign:user",
    max: 30,
    windowSeconds: DAY,
    message: errorText.security.startedThirtyCampaignsTodayTry,
  },
  campaignsPerOrganization: {
    name: "campaign:organization",
    max: 100,
    windowSeconds: DAY,
    message: errorText.security.organizationStartedHundredCampaignsToday,
  },
  /** "Send it again" for a custom target's confirmation email: each is an email to an unconfirmed address. */
  targetConfirmationsPerTarget: {
    name: "target-confirmation:target",
    max: 3,
    windowSeconds: DAY,
    message: errorText.security.emailedAddressThreeTimesToday,
  },
  organizationsPerUser: {
    name: "organization:user",
    max: 5,
    windowSeconds: DAY,
    message: errorText.security.createdFiveOrganizationsTodayTry,
  },
} satisfies Record<string, Limit>;

/** A limit was reached: a 429 with Retry-After in route handlers, a kind message in forms. */
export class RateLimitedError extends AppError {
  constructor(
    message: ErrorText,
    readonly retryAfterSeconds: number,
  ) {
    super("RATE_LIMITED", message);
  }
}

/** A salted hash (HMAC with the app's secret): the same person gives the same key, and nothing is readable. */
export function hashForLimit(kind: string, value: string): string {
  return createHmac("sha256", env.authSecret)
    .update(`${kind}:${value.trim().toLowerCase()}`)
    .digest("base64url")
    .slice(0, 32);
}

/**
 * Counts one against a limit for a subject (an IP address, an email, a user id) and throws RateLimitedError once
 * the window holds more than `max`. Inside a transaction the count commits or rolls back with it, so a limit can
 * count only what was really written; the caller then records the refusal with `recordLimitHit` afterwards.
 */
export async function hitLimit(
  limit: Limit,
  subject: string,
  executor: Executor = getDb(),
  options: { audit?: boolean } = {},
): Promise<void> {
  const [row] = rowsOf<LimitCount>(await executor.execute(countLimitSql(limit, subject)));
  const refusal = refusalFor(limit, row);
  if (!refusal) return;
  // The first refusal in a window is audited, not every one after it: a flood should not flood the log.
  if (Number(row?.count) === limit.max + 1 && options.audit !== false) await recordLimitHit(limit, executor);
  throw refusal;
}

/** What the counting statement returns: the window's count with this attempt, and when the window ends. */
export type LimitCount = { count: number; retryAfter: number };

/**
 * The single upsert that counts one attempt against a limit and returns a LimitCount. `from` (the name of a CTE
 * in the statement this is part of) counts one per row it holds, so a statement can count only what it wrote.
 */
export function countLimitSql(limit: Limit, subject: string, from?: SQL): SQL {
  const counted = limit.per === "mailbox" ? canonicalMailbox(subject) : subject;
  const key = `${limit.name}:${hashForLimit(limit.name, counted)}`;
  const rows = from ? sql`select ${key}::text, now(), 1 from ${from}` : sql`values (${key}, now(), 1)`;
  return sql`
      insert into rate_limit_buckets as b (key, window_start, count) ${rows}
      on conflict (key) do update set
        window_start = case when b.window_start <= now() - make_interval(secs => ${limit.windowSeconds})
          then now() else b.window_start end,
        count = case when b.window_start <= now() - make_interval(secs => ${limit.windowSeconds})
          then 1 else b.count + 1 end
      returning count,
        ceil(extract(epoch from (window_start + make_interval(secs => ${limit.windowSeconds}) - now())))::int
          as "retryAfter"`;
}

/** The RateLimitedError for a count over the limit, or null (also for no count at all). */
export function refusalFor(limit: Limit, row: LimitCount | undefined): RateLimitedError | null {
  if (!row || Number(row.count) <= limit.max) return null;
  return new RateLimitedError(limit.message, Math.max(1, Number(row.retryAfter ?? limit.windowSeconds)));
}

export async function recordLimitHit(limit: Limit, executor: Executor = getDb()): Promise<void> {
  await executor.insert(auditEvents).values({
    action: "limit.hit",
    subject: limit.name,
    details: { max: limit.max, windowSeconds: limit.windowSeconds },
  });
}

/** Drops windows that ended long ago (run by the worker now and then). */
export async function pruneRateLimits(): Promise<number> {
  const rows = rowsOf(
    await getDb().execute(
      sql`delete from rate_limit_buckets where window_start < now() - interval '2 days' returning key`,
    ),
  );
  return rows.length;
}

/**
 * The client's address, from X-Forwarded-For as `TRUSTED_PROXIES` allows (lib/security/client-address.ts): behind
 * `npm start` the header holds exactly the client the launcher saw on the socket; behind `next start` its
 * rightmost entry stands for the peer. Null when there is none.
 */
export function clientIp(headers: Headers): string | null {
  return clientFromForwarded(headers.get("x-forwarded-for"), env.trustedProxies);
}
