/** The job handlers. The same code runs inside the web process (development, PGlite) or `npm run worker`. */
import type { Job, PgBoss } from "pg-boss";
import type { ReactElement } from "react";
import { getDb } from "@/db/client";
import { queuedTemplates } from "@/emails";
import { compactCampaignTallies } from "@/lib/campaigns/tallies";
import { configuredCwcChambers } from "@/lib/delivery/cwc/client";
import { dispatchCwc, handOffUnconfiguredChambers } from "@/lib/delivery/cwc/dispatch";
import { refreshCwcOffices } from "@/lib/delivery/cwc/offices";
import { clearCwcHalts } from "@/lib/delivery/cwc/state";
import { dispatchLetterEmails } from "@/lib/delivery/dispatch";
import { recipientLocale } from "@/lib/email/recipient-locale";
import { type EmailAttachment, sendEmail } from "@/lib/email/send";
import { env } from "@/lib/env";
import { buildLetterEmail } from "@/lib/letters/letter-emails";
import { askForReplies } from "@/lib/letters/reply-asks";
import { purgeUnconfirmedLetters } from "@/lib/letters/retention";
import { remindShifts } from "@/lib/pledges/emails";
import { pruneRateLimits } from "@/lib/security/rate-limit";
import {
  type EmailJob,
  emailPriorityOf,
  queueCwcDispatch,
  queueLetterDispatch,
  type SendEmailJob,
  URGENT_JOB_PRIORITY,
} from "./enqueue";
import {
  ASK_FOR_REPLIES_QUEUE,
  COMPACT_TALLIES_EVERY_SECONDS,
  COMPACT_TALLIES_QUEUE,
  DISPATCH_CWC_QUEUE,
  DISPATCH_LETTERS_QUEUE,
  PRUNE_DATA_CRON,
  PRUNE_DATA_QUEUE,
  REFRESH_CWC_OFFICES_QUEUE,
  REMIND_SHIFTS_QUEUE,
  SEND_EMAIL_QUEUE,
} from "./queues";

/**
 * Renders and sends a queued email in the recipient's language (their account's; else the `locale` the caller
 * put in the props; else English), looked up now rather than when it was queued, so an account made or a
 * language chosen in the meantime counts.
 */
export async function handleSendEmail(job: SendEmailJob): Promise<{ id: string; transport: string }> {
  const template: {
    subject: (props: never) => string;
    render: (props: never) => ReactElement;
    attachments?: (props: never) => EmailAttachment[];
    headers?: (props: never) => Record<string, string>;
  } = queuedTemplates[job.template];
  if (!template) throw new Error(`unknown email template "${String(job.template)}"`);
  const given = job.props as { locale?: string };
  const props = { ...job.props, locale: await recipientLocale(job.to, given.locale) } as never;
  return sendEmail(
    {
      attachments: template.attachments?.(props),
      headers: template.headers?.(props),
      to: job.to,
      subject: template.subject(props),
      react: template.render(props),
      idempotencyKey: job.idempotencyKey,
      replyTo: job.replyTo,
    },
    { priority: emailPriorityOf(job.template) },
  );
}

/**
 * Runs one send-email job: an email queued whole, or one about a letter that is built now from the letter's row
 * (nothing to send when the letter is gone or its link no longer works).
 */
export async function handleEmailJob(
  job: EmailJob,
): Promise<{ id: string; transport: string } | { skipped: true }> {
  // Its recipient deleted their account (or was purged) after it was queued: nothing to send.
  if ("erased" in job) return { skipped: true };
  if (!("letterEmail" in job)) return handleSendEmail(job);
  const email = await buildLetterEmail(job);
  return email ? handleSendEmail(email) : { skipped: true };
}

/** The daily pruning: what Chorus promises not to keep. */
export async function pruneData(): Promise<{ letters: number; accounts: number; rateLimitBuckets: number }> {
  const purged = await purgeUnconfirmedLetters();
  return { ...purged, rateLimitBuckets: await pruneRateLimits() };
}

export async function registerWorkers(boss: PgBoss): Promise<void> {
  const sendOne = async ([job]: Job<EmailJob>[]) => {
    if (!job) return;
    return handleEmailJob(job.data);
  };
  await boss.work<EmailJob>(
    SEND_EMAIL_QUEUE,
    { batchSize: 1, localConcurrency: 2, pollingIntervalSeconds: 2 },
    sendOne,
  );
  // A worker of their own for urgent emails (confirmations), so they never wait for a free handler behind a
  // long run of updates; the other handlers fetch them first too (pg-boss fetches by priority).
  await boss.work<EmailJob>(
    SEND_EMAIL_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: 2, minPriority: URGENT_JOB_PRIORITY },
    sendOne,
  );
  // A run asks for the next one at a later time (a retry that is due, a provider's Retry-After), and a job
  // whose start time arrives sends no NOTIFY: poll every 2 s, not the 30 s backstop of notify-enabled queues
  // (the chaos suite saw retries wait up to 30 s for it).
  const dispatchPolling = { pollingIntervalSeconds: 2, notifyPollingIntervalSeconds: 2 };
  await boss.work(DISPATCH_LETTERS_QUEUE, dispatchPolling, async ([job]: Job[]) => {
    const report = await dispatchLetterEmails({
      signal: job?.signal,
      requestsPerSecond: env.emailRequestsPerSecond,
      retryBaseSeconds: env.deliveryRetryBaseSeconds,
      retryMaxSeconds: env.deliveryRetryMaxSeconds,
    });
    // Work left for later (retries with a due time, or a spent time budget): wake up again then.
    if (report.nextAttemptAt) await queueLetterDispatch(getDb(), report.nextAttemptAt);
    return report;
  });
  // A sweep every minute picks up anything a crashed run or a lost wake-up left behind.
  await boss.schedule(DISPATCH_LETTERS_QUEUE, "* * * * *");
  await registerCwcWorkers(boss, dispatchPolling);
  await boss.work(ASK_FOR_REPLIES_QUEUE, { pollingIntervalSeconds: 30 }, async () =>
    askForReplies(new Date()),
  );
  // Hourly is soon enough for a question asked days after delivery.
  await boss.schedule(ASK_FOR_REPLIES_QUEUE, "17 * * * *");
  await boss.work(REMIND_SHIFTS_QUEUE, { pollingIntervalSeconds: 30 }, async () => remindShifts(new Date()));
  await boss.schedule(REMIND_SHIFTS_QUEUE, "*/10 * * * *");
  await boss.work(COMPACT_TALLIES_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
    const report = await compactCampaignTallies();
    await boss.send(COMPACT_TALLIES_QUEUE, {}, { startAfter: COMPACT_TALLIES_EVERY_SECONDS });
    return report;
  });
  await boss.schedule(COMPACT_TALLIES_QUEUE, "* * * * *");
  await boss.work(PRUNE_DATA_QUEUE, { pollingIntervalSeconds: 60 }, async () => pruneData());
  await boss.schedule(PRUNE_DATA_QUEUE, PRUNE_DATA_CRON);
}

/**
 * Congress (CWC): the dispatcher, a sweep every minute, and the office lists fetched now and daily. A start
 * clears the chambers' halts: a halt is fixed in the configuration, which a restart brings in (state.ts); and
 * hands the letters waiting for a chamber no longer configured to their writers (handOffUnconfiguredChambers).
 */
async function registerCwcWorkers(
  boss: PgBoss,
  dispatchPolling: { pollingIntervalSeconds: number; notifyPollingIntervalSeconds: number },
): Promise<void> {
  await boss.work(DISPATCH_CWC_QUEUE, dispatchPolling, async ([job]: Job[]) => {
    const report = await dispatchCwc({
      signal: job?.signal,
      requestsPerSecond: env.cwcRequestsPerSecond,
      timeoutMs: env.cwcTimeoutMs,
      retryBaseSeconds: env.deliveryRetryBaseSeconds,
      retryMaxSeconds: env.deliveryRetryMaxSeconds,
      maintenanceWindows: env.cwcMaintenanceWindows,
    });
    if (report.nextAttemptAt) await queueCwcDispatch(getDb(), report.nextAttemptAt);
    return report;
  });
  await boss.work(REFRESH_CWC_OFFICES_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    const report = await refreshCwcOffices();
    // Offices may have joined: letters waiting for them go now.
    await queueCwcDispatch(getDb());
    return report;
  });
  // A chamber whose key was removed: its waiting letters go to their writers (not left queued forever).
  await handOffUnconfiguredChambers("pending");
  if (configuredCwcChambers().length === 0) return;
  await clearCwcHalts();
  await boss.send(REFRESH_CWC_OFFICES_QUEUE, {});
  await boss.schedule(REFRESH_CWC_OFFICES_QUEUE, "23 9 * * *");
  await boss.schedule(DISPATCH_CWC_QUEUE, "* * * * *");
}
