/**
 * Resend's webhooks (signed with Svix): verify (through the SDK), ignore replays, and record what happened to each
 * email. Timestamps more than five minutes away are refused, so a captured request cannot be replayed later; a
 * replay within those minutes is caught by the message id.
 *
 * `signWebhook` signs as Resend does (an HMAC-SHA256 over `${svix-id}.${svix-timestamp}.${raw body}` with the
 * secret after its "whsec_" prefix, base64): the tests and the fakes use it to send genuine webhooks.
 */
import { createHmac } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { deliveries, emailSuppressions, webhookEvents } from "@/db/schema";
import { verifyResendWebhook } from "@/lib/email/send";
import { containsNul } from "@/lib/validation";

export const TOLERANCE_SECONDS = 5 * 60;

export type WebhookHeaders = { id: string | null; timestamp: string | null; signature: string | null };

export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

/** Verified by the Resend SDK (lib/email/send.ts, the one importer of resend); the reason is for the log. */
export function verifyWebhook(
  secret: string,
  headers: WebhookHeaders,
  body: string,
): { ok: true; id: string } | { ok: false; reason: string } {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature) return { ok: false, reason: "missing signature headers" };
  try {
    verifyResendWebhook(secret, body, { id, timestamp, signature });
    return { ok: true, id };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : "signature does not match" };
  }
}

/** A stored string: bounded, and without U+0000, which Postgres text cannot hold. */
const stored = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !containsNul(value));

const eventSchema = z.object({
  type: stored(100),
  data: z
    .object({ email_id: stored(200).optional(), to: z.array(stored(320)).max(50).optional() })
    .passthrough(),
});

export class WebhookPayloadError extends Error {
  override name = "WebhookPayloadError";
}

/** Applies one verified event. Returns false for a replay (already applied). */
export async function applyWebhookEvent(messageId: string, body: string): Promise<boolean> {
  let event: z.infer<typeof eventSchema>;
  try {
    event = eventSchema.parse(JSON.parse(body));
  } catch {
    throw new WebhookPayloadError("The webhook body is not a Resend event.");
  }
  const providerMessageId = event.data.email_id ?? null;
  return getDb().transaction(async (tx) => {
    const [fresh] = await tx
      .insert(webhookEvents)
      .values({ id: messageId, type: event.type, providerMessageId })
      .onConflictDoNothing()
      .returning({ id: webhookEvents.id });
    if (!fresh) return false;
    if (!providerMessageId) return true;

    if (event.type === "email.delivered") {
      // Only forward: a late "delivered" never hides an earlier bounce.
      await tx
        .update(deliveries)
        .set({ status: "delivered", updatedAt: new Date() })
        .where(and(eq(deliveries.providerMessageId, providerMessageId), eq(deliveries.status, "sent")));
    } else if (event.type === "email.bounced" || event.type === "email.complained") {
      const status = event.type === "email.bounced" ? "bounced" : "complained";
      const updated = await tx
        .update(deliveries)
        .set({ status, updatedAt: new Date() })
        .where(
          and(
            eq(deliveries.providerMessageId, providerMessageId),
            inArray(deliveries.status, ["sent", "delivered"]),
          ),
        )
        .returning({ email: deliveries.targetEmail });
      const addresses = new Set(
        [...(event.data.to ?? []), ...updated.map((d) => d.email ?? "")].filter(Boolean),
      );
      for (const email of addresses) {
        await tx
          .insert(emailSuppressions)
          .values({ email: email.toLowerCase(), reason: status })
          .onConflictDoNothing();
      }
    }
    return true;
  });
}
