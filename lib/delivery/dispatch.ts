/**
 * Email delivery of letters: claims queued deliveries in batches of up to 100 and sends each batch through the
 * email sender's batch call, paced to the provider's request rate.
 *
 * Exactly once: a batch's members and id are committed before the request, and the batch id is its
 * idempotency key. A retry (after a 429, a 500, a timeout or a dead worker) sends the same batch with the same
 * key, and the provider accepts it once. Deliveries never move to "sent" without the provider's answer.
 */
import { and, asc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { createElement } from "react";
import { getDb } from "@/db/client";
import { campaigns, deliveries, emailSuppressions, letters, officials, organizations } from "@/db/schema";
import LetterEmail from "@/emails/letter";
import { EmailSendError, type OutgoingEmail, renderEmail, sendEmailBatch } from "@/lib/email/send";
import { env } from "@/lib/env";
import { composeLetterForTarget } from "@/lib/letters/compose";

export const BATCH_SIZE = 100;
export const MAX_ATTEMPTS = 8;

export type DispatchOptions = {
  /** Requests per second allowed by the provider (Resend's default is 2). */
  requestsPerSecond?: number;
  /** Stop starting new batches after this long; the next run continues. */
  budgetMs?: number;
  timeoutMs?: number;
};

export type DispatchReport = {
  batches: number;
  sent: number;
  failed: number;
  retrying: number;
  nextAttemptAt: Date | null;
};

function backoffSeconds(attempt: number): number {
  return Math.min(600, 5 * 2 ** Math.max(0, attempt - 1));
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
async function claimBatch(): Promise<string | null> {
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
        and (next_attempt_at is null or next_attempt_at <= now())
      order by created_at
      limit ${BATCH_SIZE}
      for update skip locked
    )
    returning id`);
  const rows = Array.isArray(claimed) ? claimed : (claimed as { rows: unknown[] }).rows;
  return rows.length > 0 ? batchId : null;
}

async function loadBatch(batchId: string) {
  return getDb()
    .select({
      id: deliveries.id,
      attempts: deliveries.attempts,
      targetEmail: deliveries.targetEmail,
      targetName: deliveries.targetName,
      targetTitle: deliveries.targetTitle,
      officialId: deliveries.officialId,
      officialFirstName: officials.firstName,
      officialLastName: officials.lastName,
      officialState: officials.state,
      officialDistrict: officials.district,
      subject: letters.subject,
      body: letters.body,
      firstName: letters.firstName,
      lastName: letters.lastName,
      email: letters.email,
      city: letters.city,
      state: letters.state,
      zip: letters.zip,
      campaignTitle: campaigns.title,
      organizationName: organizations.name,
    })
    .from(deliveries)
    .innerJoin(letters, eq(letters.id, deliveries.letterId))
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .innerJoin(organizations, eq(organizations.id, campaigns.organizationId))
    .leftJoin(officials, eq(officials.id, deliveries.officialId))
    .where(and(eq(deliveries.batchId, batchId), eq(deliveries.status, "queued")))
    .orderBy(asc(deliveries.id));
}

function fromAddress(firstName: string, lastName: string): string {
  const address = env.emailFrom.match(/<([^>]+)>/)?.[1] ?? env.emailFrom;
  const name = `${firstName} ${lastName} via Chorus`.replace(/["<>\\\r\n]/g, "").trim();
  return `"${name}" <${address}>`;
}

function toEmail(row: Awaited<ReturnType<typeof loadBatch>>[number]): OutgoingEmail {
  const letter = composeLetterForTarget({
    ...row,
    target: {
      isOfficial: row.officialId !== null,
      name: row.targetName,
      title: row.targetTitle,
      firstName: row.officialFirstName,
      lastName: row.officialLastName,
      state: row.officialState,
      district: row.officialDistrict,
    },
  });
  return {
    to: row.targetEmail ?? "",
    from: fromAddress(row.firstName, row.lastName),
    replyTo: row.email,
    subject: letter.subject,
    react: createElement(LetterEmail, { body: letter.body, signature: letter.signature }),
    idempotencyKey: `delivery:${row.id}`,
    headers: { "X-Chorus-Delivery": row.id },
  };
}

/**
 * When this process may make its next request. Kept across runs so back-to-back runs stay within the rate.
 * Runs are one at a time across workers (a "stately" queue); a worker taking over right after another may
 * still meet a 429 now and then, which is retried like any other.
 */
let nextRequestAt = 0;

/** Sends due batches until none is left or the time budget is spent. */
export async function dispatchLetterEmails(options: DispatchOptions = {}): Promise<DispatchReport> {
  const rate = options.requestsPerSecond ?? 2;
  const budgetEnds = Date.now() + (options.budgetMs ?? 240_000);
  // A little under the limit: the provider counts requests as they arrive, and so does a sliding window.
  const spacingMs = 1000 / rate + 20;
  const report: DispatchReport = { batches: 0, sent: 0, failed: 0, retrying: 0, nextAttemptAt: null };

  while (Date.now() < budgetEnds) {
    const batchId = await claimBatch();
    if (!batchId) break;
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
    if (rows.length === 0) continue;
    // Render first, then wait: the pace is about when requests reach the provider.
    const emails = await Promise.all(
      rows.map(async (row) => {
        const email = toEmail(row);
        return { ...email, react: await renderEmail(email.react) };
      }),
    );

    const wait = nextRequestAt - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    nextRequestAt = Date.now() + spacingMs;
    report.batches++;
    const ids = rows.map((row) => row.id);
    const attempt = Math.max(...rows.map((row) => row.attempts)) + 1;

    try {
      const sent = await sendEmailBatch(emails, `batch:${batchId}`, {
        timeoutMs: options.timeoutMs,
      });
      await getDb().transaction(async (tx) => {
        for (const [index, row] of rows.entries()) {
          await tx
            .update(deliveries)
            .set({
              status: "sent",
              attempts: attempt,
              providerMessageId: sent[index]?.id ?? null,
              sentAt: new Date(),
              nextAttemptAt: null,
              lastError: null,
              updatedAt: new Date(),
            })
            .where(eq(deliveries.id, row.id));
        }
      });
      report.sent += rows.length;
    } catch (error) {
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
      const delaySeconds = Math.max(retryAfter ?? 0, backoffSeconds(attempt));
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

  const [pending] = await getDb()
    .select({ at: sql<Date | null>`min(${deliveries.nextAttemptAt})` })
    .from(deliveries)
    .where(and(eq(deliveries.status, "queued"), eq(deliveries.channel, "email")));
  report.nextAttemptAt = pending?.at ? new Date(pending.at) : null;
  return report;
}
