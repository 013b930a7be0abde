import { applyWebhookEvent, verifyWebhook, WebhookPayloadError } from "@/lib/email/webhooks";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

const json = (status: number, body: unknown) => Response.json(body, { status });

/** Resend's delivery events. Verified over the raw body before anything is parsed or written. */
export async function POST(request: Request) {
  if (!env.resendWebhookSecret) return json(404, { error: { message: "Webhooks are not configured." } });
  const body = await request.text();
  if (body.length > 256_000) return json(413, { error: { message: "Body too large." } });
  const verified = verifyWebhook(
    env.resendWebhookSecret,
    {
      id: request.headers.get("svix-id"),
      timestamp: request.headers.get("svix-timestamp"),
      signature: request.headers.get("svix-signature"),
    },
    body,
  );
  if (!verified.ok) return json(401, { error: { message: `Webhook refused: ${verified.reason}.` } });
  try {
    const applied = await applyWebhookEvent(verified.id, body);
    return json(200, { ok: true, replay: !applied });
  } catch (error) {
    if (error instanceof WebhookPayloadError) return json(400, { error: { message: error.message } });
    throw error;
  }
}
