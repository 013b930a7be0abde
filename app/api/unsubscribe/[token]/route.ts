import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorResponse, readBodyForm, rejectCrossOrigin, requestLocale } from "@/lib/http";

/** The page's button and RFC 8058's one-click post send a field or two. */
const MAX_BODY_BYTES = 8 * 1024;

import { unsubscribeWithToken } from "@/lib/organize/unsubscribe";
import { unsubscribeMessages } from "./messages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

function pagePath(token: string, done: boolean): string {
  return `${env.appUrl}/unsubscribe/${encodeURIComponent(token)}${done ? "?done=1" : ""}`;
}

/** Opening the address (a person, or a mail scanner following it) changes nothing: it shows the page that asks. */
export async function GET(_request: Request, { params }: Props) {
  const { token } = await params;
  return Response.redirect(pagePath(token, false), 303);
}

/**
 * Stops updates from the token's organization. Mail providers POST here for RFC 8058 one-click unsubscribe
 * (`List-Unsubscribe=One-Click`, from their servers, without an Origin header); the page's button POSTs here
 * too (same origin) and is sent back to the page, which then says it is done.
 */
export async function POST(request: Request, { params }: Props) {
  const refused = rejectCrossOrigin(request);
  if (refused) return refused;
  const { token } = await params;
  try {
    // Too large is said (413); a body that is not a form reads as no form, as a mail provider's may be.
    const form = await readBodyForm(request, MAX_BODY_BYTES).catch((error: unknown) => {
      if (error instanceof AppError) throw error;
      return null;
    });
    const isFromPage = form?.get("from") === "page";
    if (!(await unsubscribeWithToken(token))) {
      if (isFromPage) return Response.redirect(pagePath(token, false), 303);
      return new Response(unsubscribeMessages[await requestLocale(request)].invalid, {
        status: 404,
        headers: { "Cache-Control": "no-store" },
      });
    }
    if (isFromPage) return Response.redirect(pagePath(token, true), 303);
    return new Response(unsubscribeMessages[await requestLocale(request)].done, {
      status: 200,
      headers: { "Cache-Control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error, "unsubscribe", request);
  }
}
