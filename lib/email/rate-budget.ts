/**
 * One budget for every request Chorus makes to the email provider, kept in PostgreSQL so every web process and
 * worker shares it. The provider allows `rate` requests per second per team; when letter batches used them all,
 * sign-in links and confirmations waited for 429 retries (18 to 20 minutes after a burst).
 *
 * How a request gets its turn:
 * - `email_rate_budget.next_at` is a virtual clock: each request takes `greatest(next_at, now)` as its start
 *   and moves the clock one interval (1/rate s) on, in one atomic statement.
 * - Priorities differ in how far ahead they may book: sign-in links and letter confirmations ("urgent") any
 *   distance; other transactional mail up to a second; letter batches ("bulk") only the next interval. When the
 *   clock is further ahead than a priority may book, it books nothing and asks again shortly, so anything
 *   waiting with a higher priority has already taken the earlier turns: letter batches yield.
 * - Arrival at the provider happens somewhere between our start and its answer, so a request also waits until a
 *   second has passed since the answer to the request `rate` places before it (the rule the dispatcher's
 *   in-process pacer used): then no second ever holds more than `rate` arrivals, whatever the jitter.
 * All times are the database's clock, so processes on machines with different clocks agree.
 */
import { sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";

export type EmailPriority = "urgent" | "transactional" | "bulk";

/** How far ahead of now each priority may book a turn, in intervals (null: as far as needed). */
const BOOK_AHEAD_INTERVALS: Record<EmailPriority, ((rate: number) => number) | null> = {
  urgent: null,
  transactional: (rate) => Math.max(1, rate),
  bulk: () => 1,
};

/** Polling while the clock is too far ahead, or while the request before ours is still in flight. */
const POLL_MS = 25;
/** Requests kept for the jitter rule; far longer than any wait it needs. */
const KEEP_MINUTES = 5;

export type ProviderTurn = {
  /** Call with the answer (or the failure) in hand: the jitter rule counts from this moment. */
  done(): Promise<void>;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Booking = { id: number; waitMs: number };

async function book(priority: EmailPriority, rate: number, timeoutMs: number): Promise<Booking | null> {
  const intervalMs = 1000 / rate;
  const ahead = BOOK_AHEAD_INTERVALS[priority]?.(rate);
  // Booking further ahead than allowed updates nothing (the WHERE), and the caller asks again.
  const limit =
    ahead === undefined
      ? sql`true`
      : sql`greatest(email_rate_budget.next_at, clock_timestamp()) <= clock_timestamp() + make_interval(secs => ${(ahead * intervalMs) / 1000})`;
  const result = await getDb().execute(sql`
    with turn as (
      insert into email_rate_budget (id, next_at)
      values (1, clock_timestamp() + make_interval(secs => ${intervalMs / 1000}))
      on conflict (id) do update
        set next_at = greatest(email_rate_budget.next_at, clock_timestamp())
          + make_interval(secs => ${intervalMs / 1000})
        where ${limit}
      returning next_at - make_interval(secs => ${intervalMs / 1000}) as start_at
    ), pruned as (
      delete from email_provider_requests
      where start_at < clock_timestamp() - make_interval(mins => ${KEEP_MINUTES})
    )
    insert into email_provider_requests (priority, start_at, expires_at)
    select ${priority}, start_at, start_at + make_interval(secs => ${(2 * timeoutMs + 2000) / 1000})
    from turn
    returning id, extract(epoch from (start_at - clock_timestamp())) * 1000 as wait_ms`);
  const [row] = rowsOf<{ id: number | string; wait_ms: number | string }>(result);
  return row ? { id: Number(row.id), waitMs: Number(row.wait_ms) } : null;
}

/** How long until the clock is near enough for this priority to book (at least a short poll). */
async function untilInReach(priority: EmailPriority, rate: number): Promise<number> {
  const ahead = BOOK_AHEAD_INTERVALS[priority]?.(rate) ?? 0;
  const result = await getDb().execute(sql`
    select extract(epoch from (next_at - clock_timestamp())) * 1000 as ahead_ms from email_rate_budget where id = 1`);
  const [row] = rowsOf<{ ahead_ms: number | string }>(result);
  const wait = Number(row?.ahead_ms ?? 0) - (ahead * 1000) / rate;
  return Math.max(POLL_MS, Math.min(wait, 1000));
}

/**
 * How long until the request `rate` places before ours was answered a second ago (the window for fractional
 * rates), or null while it is still traveling and has not expired.
 */
async function jitterWait(id: number, rate: number): Promise<number | null> {
  const perWindow = Math.max(1, Math.floor(rate));
  const windowSeconds = perWindow / rate;
  const result = await getDb().execute(sql`
    select answered_at is null and expires_at > clock_timestamp() as in_flight,
      extract(epoch from (coalesce(answered_at, expires_at) + make_interval(secs => ${windowSeconds})
        - clock_timestamp())) * 1000 as wait_ms
    from email_provider_requests
    where (start_at, id) < (select start_at, id from email_provider_requests where id = ${id})
    order by start_at desc, id desc
    offset ${perWindow - 1} limit 1`);
  const [row] = rowsOf<{ in_flight: boolean; wait_ms: number | string }>(result);
  if (!row) return 0;
  if (row.in_flight) return null;
  return Math.max(0, Number(row.wait_ms));
}

/**
 * Waits for this request's turn in the shared budget. The caller sends right after, then calls `done()`.
 * Throws only when the database does (the send then fails like any other and is retried).
 */
export async function takeProviderTurn(options: {
  priority: EmailPriority;
  requestsPerSecond: number;
  timeoutMs: number;
}): Promise<ProviderTurn> {
  const { priority, timeoutMs } = options;
  const rate = options.requestsPerSecond;
  let booking = await book(priority, rate, timeoutMs);
  while (!booking) {
    await sleep(await untilInReach(priority, rate));
    booking = await book(priority, rate, timeoutMs);
  }
  const { id } = booking;
  if (booking.waitMs > 0) await sleep(booking.waitMs);
  for (;;) {
    const wait = await jitterWait(id, rate);
    if (wait === null) {
      await sleep(POLL_MS);
      continue;
    }
    if (wait > 0) await sleep(wait + 1);
    break;
  }
  // From now on an unanswered request holds the ones after it back for at most its own timeout.
  await getDb().execute(sql`
    update email_provider_requests
    set expires_at = clock_timestamp() + make_interval(secs => ${(timeoutMs + 1000) / 1000})
    where id = ${id}`);
  return {
    async done() {
      await getDb().execute(sql`
        update email_provider_requests set answered_at = clock_timestamp() where id = ${id}`);
    },
  };
}
