/** The job handlers. The same code runs inside the web process (development, PGlite) or `npm run worker`. */
import type { Job, PgBoss } from "pg-boss";
import { queuedTemplates } from "@/emails";
import { sendEmail } from "@/lib/email/send";
import type { SendEmailJob } from "./enqueue";
import { SEND_EMAIL_QUEUE } from "./queues";

export async function handleSendEmail(job: SendEmailJob): Promise<{ id: string; transport: string }> {
  const template = queuedTemplates[job.template];
  if (!template) throw new Error(`unknown email template "${String(job.template)}"`);
  return sendEmail({
    to: job.to,
    subject: template.subject(job.props as never),
    react: template.render(job.props as never),
    idempotencyKey: job.idempotencyKey,
    replyTo: job.replyTo,
  });
}

export async function registerWorkers(boss: PgBoss): Promise<void> {
  await boss.work<SendEmailJob>(
    SEND_EMAIL_QUEUE,
    { batchSize: 1, localConcurrency: 2, pollingIntervalSeconds: 2 },
    async ([job]: Job<SendEmailJob>[]) => {
      if (!job) return;
      return handleSendEmail(job.data);
    },
  );
}
