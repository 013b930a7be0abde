import { applyWebhookEvent, verifyWebhook, WebhookPayloadError } from "@/lib/email/webhooks";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorResponse, readBodyText, rejectCrossOrigin } from "@/lib/http";
import { errorText } from "@/lib/i18n/errors";

/** Resend's events are a few kilobytes; anything near this is not one. */
const MAX_BODY_BYTES = 256_000;

export const dynamic = "force-dynamic";

/** Resend's delivery events. Verified over the raw body before anything is parsed or written. */
export async function POST(request: Request) {
  const refused = rejectCrossOrigin(request);
  if (refused) return refused;
  if (!env.resendWebhookSecret)
    return errorResponse(
      new AppError("NOT_FOUND", errorText.delivery.webhooksNotConfigured),
      "webhook",
      request,
    );
  let body: string;
  try {
    body = await readBodyText(request, MAX_BODY_BYTES);
  } catch (error) {
    return errorResponse(error, "webhook", request);
  }
  const verified = verifyWebhook(
    env.resendWebhookSecret,
    {
      id: request.headers.get("svix-id"),
      timestamp: request.headers.get("svix-timestamp"),
      signature: request.headers.get("svix-signature"),
    },
    body,
  );
  if (!verified.ok) {
    return errorResponse(
      new AppError("UNAUTHORIZED", errorText.delivery.webhookRefused({ reason: verified.reason })),
      "webhook",
      request,
    );
  }
  try {
    const applied = await applyWebhookEvent(verified.id, body);
    return Response.json({ ok: true, replay: !applied });
  } catch (error) {
    const known =
      error instanceof WebhookPayloadError
        ? new AppError("INVALID_INPUT", errorText.delivery.webhookNotResendEvent)
        : error;
    return errorResponse(known, "webhook", request);
  }
}
