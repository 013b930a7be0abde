/**
 * Email delivery of letters: claims queued deliveries in batches of up to 100 and sends each batch through the
 * email sender's batch call, paced to the provider's request rate.
 *
 * Exactly once: a batch's members and id are committed before the request, and the batch id is its
 * idempotency key. A retry (after a 429, a 500, a timeout or a dead worker) sends the same batch with the same
 * key, and the provider accepts it once. Deliveries never move to "sent" without the provider's answer.
 */
import { and, asc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/db/client";
import {
  campaignBills,
  campaigns,
  campaignTranslations,
  customTargets,
  deliveries,
  emailSuppressions,
  letters,
  officials,
  organizations,
} from "@/db/schema";
import { letterMessages } from "@/emails/messages";
import { EmailSendCancelled, EmailSendError, type OutgoingEmail, sendEmailBatch } from "@/lib/email/send";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locale";
import { letterCampaignTitle, letterTranslation } from "@/lib/letters/campaign-title";
import { billOf, composeLetterForTarget, targetOf } from "@/lib/letters/compose";
import { renderLetterEmail } from "./letter-render";
import { paceDueDeliveries } from "./pacing";

export const BATCH_SIZE = 100;
export const MAX_ATTEMPTS = 8;

export type DispatchOptions = {
  /**
   * Requests per second allowed by the provider (Resend's default is 2). The pace itself is the budget every
   * sender shares (lib/email/rate-budget.ts): letter batches take their turns after sign-in links,
   * confirmations and other transactional mail.
   */
  requestsPerSecond?: number;
  /** Stop starting new batches after this long; the next run continues. */
  budgetMs?: number;
  timeoutMs?: number;
  /**
   * Aborted when this run lost its job (pg-boss's heartbeat found it taken over by another worker): finish the
   * request in flight, start no other, so two runs never send side by side.
   */
  signal?: AbortSignal;
  /** Delay before retrying a failed batch: base × 2^(attempt − 1) seconds, at most max (5 and 600). */
  retryBaseSeconds?: number;
  retryMaxSeconds?: number;
};

export type DispatchReport = {
  batches: number;
  sent: number;
  failed: number;
  retrying: number;
  /** Left for later by the campaign's office hours or daily cap. */
  deferred: number;
  nextAttemptAt: Date | null;
};

function backoffSeconds(attempt: number, options: DispatchOptions): number {
  const base = options.retryBaseSeconds ?? 5;
  return Math.min(options.retryMaxSeconds ?? 600, base * 2 ** Math.max(0, attempt - 1));
}

async function suppressedAmong(addresses: string[]): Promise<Set<string>> {
  const unique = [...new Set(addresses.map((a) => a.toLowerCase()).filter(Boolean))];
  if (unique.length === 0) return new Set();
  const rows = await getDb()
    .select({ email: emailSuppressions.email })
    .from(emailSuppressions)
    .where(inArray(emailSuppressions.email, unique));
  return new Set(rows.map((row) => row.email));
}

/** Claims the next batch: one whose earlier attempt failed and is due again, else up to 100 new deliveries. */
async function claimBatch(inFlight?: string): Promise<string | null> {
  const db = getDb();
  const now = new Date();
  const [due] = await db
    .select({ batchId: deliveries.batchId })
    .from(deliveries)
    .where(
      and(
        eq(deliveries.status, "queued"),
        eq(deliveries.channel, "email"),
        sql`${deliveries.batchId} is not null`,
        // The batch being sent right now is not "due again".
        inFlight ? sql`${deliveries.batchId} <> ${inFlight}` : undefined,
        or(isNull(deliveries.nextAttemptAt), lte(deliveries.nextAttemptAt, now)),
      ),
    )
    .orderBy(asc(deliveries.nextAttemptAt))
    .limit(1);
  if (due?.batchId) return due.batchId;

  const batchId = crypto.randomUUID();
  const claimed = await db.execute(sql`
    update ${deliveries} set batch_id = ${batchId}, updated_at = now()
    where id in (
      select id from ${deliveries}
      where status = 'queued' and channel = 'email' and batch_id is null
        -- Only what the pacing step has looked at (it gives every delivery a time).
        and next_attempt_at <= now()
      order by created_at
      limit ${BATCH_SIZE}
      for update skip locked
    )
    returning id`);
  const rows = rowsOf(claimed);
  return rows.length > 0 ? batchId : null;
}

async function loadBatch(batchId: string) {
  return getDb()
    .select({
      id: deliveries.id,
      letterId: deliveries.letterId,
      attempts: deliveries.attempts,
      targetEmail: deliveries.targetEmail,
      targetName: deliveries.targetName,
      targetTitle: deliveries.targetTitle,
      officialId: deliveries.officialId,
      officialFirstName: officials.firstName,
      officialLastName: officials.lastName,
      officialState: officials.state,
      officialDistrict: officials.district,
      requiresAddress: customTargets.requiresAddress,
      subject: letters.subject,
      body: letters.body,
      language: letters.language,
      firstName: letters.firstName,
      lastName: letters.lastName,
      email: letters.email,
      city: letters.city,
      state: letters.state,
      zip: letters.zip,
      streetAddress: letters.streetAddress,
      // In the letter's language: {{campaign.title}} as the supporter saw it.
      campaignTitle: letterCampaignTitle,
      organizationName: organizations.name,
      billNumber: campaignBills.number,
      billTitle: campaignBills.title,
      billStatus: campaignBills.status,
      billUrl: campaignBills.url,
    })
    .from(deliveries)
    .innerJoin(letters, eq(letters.id, deliveries.letterId))
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .innerJoin(organizations, eq(organizations.id, campaigns.organizationId))
    .leftJoin(campaignTranslations, letterTranslation)
    .leftJoin(campaignBills, eq(campaignBills.campaignId, campaigns.id))
    .leftJoin(officials, eq(officials.id, deliveries.officialId))
    .leftJoin(customTargets, eq(customTargets.id, deliveries.customTargetId))
    .where(and(eq(deliveries.batchId, batchId), eq(deliveries.status, "queued")))
    .orderBy(asc(deliveries.id));
}

/** "Sam Lee via Chorus": the only words Chorus adds to a letter, in the letter's language (English otherwise). */
function fromAddress(firstName: string, lastName: string, language: string): string {
  const address = env.emailFrom.match(/<([^>]+)>/)?.[1] ?? env.emailFrom;
  const words = letterMessages[isLocale(language) ? language : "en"];
  const name = words
    .fromName(`${firstName} ${lastName}`)
    .replace(/["<>\\\r\n]/g, "")
    .trim();
  return `"${name}" <${address}>`;
}

async function toEmail(row: Awaited<ReturnType<typeof loadBatch>>[number]): Promise<OutgoingEmail> {
  const letter = composeLetterForTarget({
    ...row,
    bill: billOf(row),
    target: targetOf(row),
  });
  return {
    to: row.targetEmail ?? "",
    from: fromAddress(row.firstName, row.lastName, row.language),
    replyTo: row.email,
    subject: letter.subject,
    react: await renderLetterEmail(letter.body, letter.signature, row.language),
    idempotencyKey: `delivery:${row.id}`,
    headers: { "X-Chorus-Delivery": row.id },
  };
}

type PreparedBatch = {
  batchId: string;
  rows: Awaited<ReturnType<typeof loadBatch>>;
  emails: OutgoingEmail[];
};

/** Claims, loads and renders the next batch (null when nothing is due). */
async function prepareBatch(report: DispatchReport, inFlight?: string): Promise<PreparedBatch | null> {
  const batchId = await claimBatch(inFlight);
  if (!batchId) return null;
  let rows = await loadBatch(batchId);
  // Before a batch's first attempt (never after: a retry must resend the very same request), leave out
  // addresses that bounced or complained, and say so on those deliveries.
  if (rows.every((row) => row.attempts === 0)) {
    const suppressed = await suppressedAmong(rows.map((row) => row.targetEmail ?? ""));
    if (suppressed.size > 0) {
      const skipped = rows.filter((row) => suppressed.has((row.targetEmail ?? "").toLowerCase()));
      await getDb()
        .update(deliveries)
        .set({
          status: "failed",
          lastError: "This address bounced or refused earlier email, so we did not send to it again.",
          updatedAt: new Date(),
        })
        .where(
          inArray(
            deliveries.id,
            skipped.map((row) => row.id),
          ),
        );
      report.failed += skipped.length;
      rows = rows.filter((row) => !suppressed.has((row.targetEmail ?? "").toLowerCase()));
    }
  }
  if (rows.length === 0) return { batchId, rows, emails: [] };
  // Render first, then wait: the pace is about when requests reach the provider.
  const emails = await Promise.all(rows.map(toEmail));
  return { batchId, rows, emails };
}

/**
 * A street address is kept only until the last delivery that needed it is done (privacy: keep no more): an
 * email to an office that asks for it, or a message to Congress through CWC.
 */
export async function forgetStreetAddresses(
  rows: { letterId: string; streetAddress: string | null }[],
): Promise<void> {
  const ids = [...new Set(rows.filter((row) => row.streetAddress).map((row) => row.letterId))];
  if (ids.length === 0) return;
  await getDb()
    .update(letters)
    .set({ streetAddress: null })
    .where(
      and(
        inArray(letters.id, ids),
        sql`not exists (select 1 from ${deliveries} d where d.letter_id = "letters"."id"
          and d.channel in ('email', 'cwc') and d.status in ('queued', 'awaiting_confirmation'))`,
      ),
    );
}

/**
 * The next batch is prepared while the current one travels; if the run then fails (the database went away in
 * the middle), nobody awaits it. Marked handled so its rejection cannot crash the worker (Node ends the process
 * on an unhandled rejection: the chaos suite saw workers die that way); awaiting it still throws.
 */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** Sends due batches until none is left or the time budget is spent. */
export async function dispatchLetterEmails(options: DispatchOptions = {}): Promise<DispatchReport> {
  const rate = options.requestsPerSecond ?? 2;
  const budgetEnds = Date.now() + (options.budgetMs ?? 240_000);
  const report: DispatchReport = {
    batches: 0,
    sent: 0,
    failed: 0,
    retrying: 0,
    deferred: 0,
    nextAttemptAt: null,
  };
  // Office hours and daily caps first: they decide which deliveries may be claimed in this run.
  report.deferred = (await paceDueDeliveries()).deferred;

  let prepared: Promise<PreparedBatch | null> = handled(prepareBatch(report));
  for (;;) {
    const batch = await prepared;
    // A run that lost its job stops here; a batch it prepared stays claimed and goes first in the next run.
    if (options.signal?.aborted) break;
    if (!batch) break;
    if (batch.rows.length === 0) {
      prepared = handled(prepareBatch(report));
      continue;
    }
    const { batchId, rows, emails } = batch;
    // Prepare the next batch while this one waits for its turn and travels: the pace, not the preparation,
    // should set the speed.
    prepared =
      Date.now() < budgetEnds && !options.signal?.aborted
        ? handled(prepareBatch(report, batchId))
        : Promise.resolve(null);

    const ids = rows.map((row) => row.id);
    const attempt = Math.max(...rows.map((row) => row.attempts)) + 1;

    let isCounted = false;
    try {
      const sent = await sendEmailBatch(emails, `batch:${batchId}`, {
        timeoutMs: options.timeoutMs,
        requestsPerSecond: rate,
        priority: "bulk",
        signal: options.signal,
      });
      report.batches++;
      isCounted = true;
      // One statement for the whole batch: this runs between paced requests, so it must be quick.
      const pairs = sql.join(
        rows.map((row, index) => sql`(${row.id}, ${sent[index]?.id ?? null})`),
        sql`, `,
      );
      await getDb().execute(sql`
        update ${deliveries} set status = 'sent', attempts = ${attempt}, provider_message_id = v.provider_id,
          sent_at = now(), next_attempt_at = null, last_error = null, updated_at = now()
        from (values ${pairs}) as v(id, provider_id)
        where ${deliveries.id} = v.id`);
      report.sent += rows.length;
      await forgetStreetAddresses(rows);
    } catch (error) {
      // The run lost its job while waiting for its turn: nothing was sent, the batch stays claimed and goes
      // first in the next run, with the same key.
      if (error instanceof EmailSendCancelled) break;
      if (!isCounted) report.batches++;
      const retryable = error instanceof EmailSendError ? error.retryable : true;
      const message = error instanceof Error ? error.message : String(error);
      if (!retryable || attempt >= MAX_ATTEMPTS) {
        await getDb()
          .update(deliveries)
          .set({
            status: "failed",
            attempts: attempt,
            lastError: message.slice(0, 500),
            updatedAt: new Date(),
          })
          .where(inArray(deliveries.id, ids));
        report.failed += rows.length;
        continue;
      }
      const retryAfter = error instanceof EmailSendError ? error.retryAfterSeconds : undefined;
      const delaySeconds = Math.max(retryAfter ?? 0, backoffSeconds(attempt, options));
      const nextAttemptAt = new Date(Date.now() + delaySeconds * 1000);
      await getDb()
        .update(deliveries)
        .set({ attempts: attempt, lastError: message.slice(0, 500), nextAttemptAt, updatedAt: new Date() })
        .where(inArray(deliveries.id, ids));
      report.retrying += rows.length;
      // The provider asked us to slow down: end this run; the next starts when the retry is due.
      if (error instanceof EmailSendError && error.statusCode === 429) break;
    }
  }

  // A batch prepared but not sent stays claimed; the next run sends it first, with the same key.
  await prepared.catch(() => null);

  const [pending] = await getDb()
    .select({ at: sql<Date | null>`min(${deliveries.nextAttemptAt})` })
    .from(deliveries)
    .where(and(eq(deliveries.status, "queued"), eq(deliveries.channel, "email")));
  report.nextAttemptAt = pending?.at ? new Date(pending.at) : null;
  return report;
}
