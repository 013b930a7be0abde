/**
 * The one email sender, and the only module that imports `resend`.
 *
 * It renders a React Email template to html and text and sends it with an idempotency key, so a retried job
 * never mails anyone twice. Without RESEND_API_KEY (development, demos) the message is stored in the local
 * mailbox shown at /dev/mailbox instead; RESEND_BASE_URL points the SDK at another server (the tests' fake).
 */
import { render } from "@react-email/render";
import type { ReactElement } from "react";
import { Resend } from "resend";
import { type Executor, getDb } from "@/db/client";
import { mailboxMessages } from "@/db/schema";
import { env } from "@/lib/env";
import { type EmailPriority, takeProviderTurn } from "./rate-budget";

export type { EmailPriority } from "./rate-budget";

export type SendOptions = {
  /** For the local mailbox only (a transaction to store in); the provider's budget always uses its own. */
  db?: Executor;
  timeoutMs?: number;
  /**
   * Its place in the provider's shared budget (lib/email/rate-budget.ts): "urgent" for sign-in links and letter
   * confirmations, "bulk" for letter batches. sendEmail defaults to "transactional", sendEmailBatch to "bulk".
   */
  priority?: EmailPriority;
  /** The provider's request rate (EMAIL_REQUESTS_PER_SECOND by default). */
  requestsPerSecond?: number;
  /** Aborted while waiting for the turn: nothing is sent (EmailSendCancelled). */
  signal?: AbortSignal;
};

/** The sender was stopped before its request started: nothing reached the provider. */
export class EmailSendCancelled extends Error {
  override name = "EmailSendCancelled";
}

/**
 * Every request to the provider waits for its turn in the budget shared by all processes, and reports its
 * answer (or failure) so the requests after it keep the pace.
 */
async function withProviderTurn<T>(
  options: SendOptions,
  fallbackPriority: EmailPriority,
  request: (timeoutMs: number) => Promise<T>,
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const turn = await takeProviderTurn({
    priority: options.priority ?? fallbackPriority,
    requestsPerSecond: options.requestsPerSecond ?? env.emailRequestsPerSecond,
    timeoutMs,
  });
  try {
    if (options.signal?.aborted) throw new EmailSendCancelled();
    return await request(timeoutMs);
  } finally {
    // Unrecorded, the turn still ends at its expiry; the send's own result matters more.
    await turn.done().catch(() => undefined);
  }
}

export type OutgoingEmail = {
  to: string | string[];
  subject: string;
  /** The template to render, or its already-rendered html and text (to render before pacing a request). */
  react: ReactElement | { html: string; text: string };
  /** The same key for the same message, however often it is retried (Resend keeps keys for 24 h). */
  idempotencyKey: string;
  replyTo?: string;
  from?: string;
  headers?: Record<string, string>;
  /** Text files such as a calendar invitation (.ics); sent base64-encoded, kept as text in the local mailbox. */
  attachments?: EmailAttachment[];
};

export type EmailAttachment = { filename: string; content: string; contentType: string };

export type SentEmail = { id: string; transport: "resend" | "mailbox" };

/** A send that did not happen. `retryable` says whether trying again later can help. */
export class EmailSendError extends Error {
  override name = "EmailSendError";
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly statusCode: number | null,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** A request the provider has not answered in 10 s is given up (and retried with the same key). */
const REQUEST_TIMEOUT_MS = 10_000;

let client: { key: string; resend: Resend } | undefined;
function getResend(apiKey: string): Resend {
  // Constructed lazily (`new Resend()` throws without a key), once per key and address.
  const baseUrl = env.resendBaseUrl?.replace(/\/+$/, "");
  const key = `${apiKey}@${baseUrl ?? "default"}`;
  if (client?.key !== key) client = { key, resend: new Resend(apiKey, baseUrl ? { baseUrl } : undefined) };
  return client.resend;
}

/**
 * Verifies a Resend webhook with the SDK (Standard Webhooks: HMAC-SHA256 over id, timestamp and body, several
 * signatures during key rotation, timestamps at most five minutes away). Throws when the message is not genuine.
 * Verification uses no API key, but the SDK's client cannot be made without one: a placeholder stands in when
 * Chorus has none (the mailbox mode), since nothing is sent through this client.
 */
export function verifyResendWebhook(
  secret: string,
  payload: string,
  headers: { id: string; timestamp: string; signature: string },
): void {
  getResend(env.resendApiKey ?? "re_webhook_verification_only").webhooks.verify({
    payload,
    headers,
    webhookSecret: secret,
  });
}

type Rendered = { html: string; text: string };

function isRendered(value: ReactElement | Rendered): value is Rendered {
  return (
    typeof (value as Partial<Rendered>).html === "string" &&
    typeof (value as Partial<Rendered>).text === "string"
  );
}

export async function renderEmail(
  react: ReactElement | { html: string; text: string },
): Promise<{ html: string; text: string }> {
  if (isRendered(react)) return react;
  const [html, text] = await Promise.all([render(react), render(react, { plainText: true })]);
  return { html, text };
}

function toList(to: string | string[]): string[] {
  return Array.isArray(to) ? to : [to];
}

type ResendFailure = { statusCode?: number | null; message?: string; name?: string };

function failure(error: ResendFailure, headers: Record<string, string> | null): EmailSendError {
  const status = typeof error.statusCode === "number" ? error.statusCode : null;
  const retryAfter = headers?.["retry-after"] ? Number.parseInt(headers["retry-after"], 10) : undefined;
  // Network failures and timeouts come back with no status: the request may or may not have arrived, and the
  // idempotency key makes a retry safe either way.
  const retryable = status === null || status === 429 || status >= 500;
  return new EmailSendError(
    `Email provider refused the message (${status ?? "no response"}): ${error.message ?? error.name ?? "unknown error"}`,
    retryable,
    status,
    Number.isFinite(retryAfter) ? retryAfter : undefined,
  );
}

async function storeInMailbox(db: Executor, email: OutgoingEmail, from: string): Promise<SentEmail> {
  const { html, text } = await renderEmail(email.react);
  const [row] = await db
    .insert(mailboxMessages)
    .values({
      idempotencyKey: email.idempotencyKey,
      from,
      to: toList(email.to),
      replyTo: email.replyTo ?? null,
      subject: email.subject,
      html,
      text,
      headers: email.headers ?? {},
      attachments: email.attachments ?? [],
    })
    .onConflictDoUpdate({
      // A repeat of the same key is the same message: keep the first, report its id.
      target: mailboxMessages.idempotencyKey,
      set: { idempotencyKey: email.idempotencyKey },
    })
    .returning({ id: mailboxMessages.id });
  if (!row) throw new Error("mailbox insert returned no row");
  return { id: row.id, transport: "mailbox" };
}

/** Sends one email. Throws EmailSendError when it was not accepted. */
export async function sendEmail(email: OutgoingEmail, options: SendOptions = {}): Promise<SentEmail> {
  const from = email.from ?? env.emailFrom;
  const apiKey = env.resendApiKey;
  if (!apiKey) return storeInMailbox(options.db ?? getDb(), email, from);

  const { html, text } = await renderEmail(email.react);
  const { data, error, headers } = await withProviderTurn(options, "transactional", (timeoutMs) =>
    getResend(apiKey).emails.send(
      {
        from,
        to: toList(email.to),
        subject: email.subject,
        html,
        text,
        replyTo: email.replyTo,
        headers: email.headers,
        attachments: email.attachments?.map((file) => ({
          filename: file.filename,
          content: Buffer.from(file.content, "utf8").toString("base64"),
          contentType: file.contentType,
        })),
      },
      {
        idempotencyKey: email.idempotencyKey,
        signal: AbortSignal.timeout(timeoutMs),
      },
    ),
  );
  if (error || !data) throw failure(error ?? { message: "empty response" }, headers);
  return { id: data.id, transport: "resend" };
}

/**
 * Sends up to 100 emails in one request (Resend's batch endpoint). All or nothing: the key covers the batch,
 * so the caller must rebuild the same batch with the same key when it retries.
 */
export async function sendEmailBatch(
  emails: OutgoingEmail[],
  batchIdempotencyKey: string,
  options: SendOptions = {},
): Promise<SentEmail[]> {
  if (emails.length === 0) return [];
  if (emails.length > 100) throw new Error("a batch holds at most 100 emails");
  const apiKey = env.resendApiKey;
  if (!apiKey) {
    const db = options.db ?? getDb();
    const sent: SentEmail[] = [];
    for (const email of emails) sent.push(await storeInMailbox(db, email, email.from ?? env.emailFrom));
    return sent;
  }
  const payload = await Promise.all(
    emails.map(async (email) => {
      const { html, text } = await renderEmail(email.react);
      return {
        from: email.from ?? env.emailFrom,
        to: toList(email.to),
        subject: email.subject,
        html,
        text,
        replyTo: email.replyTo,
        headers: email.headers,
      };
    }),
  );
  const { data, error, headers } = await withProviderTurn(options, "bulk", (timeoutMs) =>
    getResend(apiKey).batch.send(payload, {
      idempotencyKey: batchIdempotencyKey,
      signal: AbortSignal.timeout(timeoutMs),
    }),
  );
  if (error || !data) throw failure(error ?? { message: "empty response" }, headers);
  return data.data.map((item) => ({ id: item.id, transport: "resend" as const }));
}
