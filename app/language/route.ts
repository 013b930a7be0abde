import { setAccountLanguage } from "@/lib/accounts/profile";
import { getSessionUser } from "@/lib/auth";
import { hasSessionCookie } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { errorResponse, invalidInput, rejectCrossOrigin } from "@/lib/http";
import { translateError } from "@/lib/i18n/errors";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locale";
import { getLocale } from "@/lib/i18n/server";

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/**
 * The language switch on every page (app/_components/language-switch.tsx): a plain form post, so it works
 * without JavaScript. Remembers the choice in a cookie (and on the account when signed in), then goes back to
 * the page the person was reading.
 */
export async function POST(request: Request) {
  const rejected = rejectCrossOrigin(request);
  if (rejected) return rejected;
  const form = await request.formData().catch(() => null);
  const to = form?.get("to");
  if (!isLocale(to)) return invalidInput(translateError("Choose English or Spanish.", await getLocale()));
  try {
    const user = hasSessionCookie(request) ? await getSessionUser() : null;
    if (user) await setAccountLanguage(user, to);
  } catch (error) {
    return errorResponse(error, "language switch");
  }
  const secure = env.appUrl.startsWith("https://") ? "; Secure" : "";
  return new Response(null, {
    status: 303,
    headers: {
      Location: backTo(form?.get("back"), request),
      "Set-Cookie": `${LOCALE_COOKIE}=${to}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax${secure}`,
      "Cache-Control": "no-store",
    },
  });
}

/** The page to return to: the form's own `back` path, else the Referer, if either is on this site; else home. */
function backTo(back: FormDataEntryValue | null | undefined, request: Request): string {
  const origins = new Set([new URL(env.appUrl).origin, new URL(request.url).origin]);
  for (const candidate of [typeof back === "string" ? back : null, request.headers.get("referer")]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate, env.appUrl);
      if (origins.has(url.origin) && url.pathname !== "/language")
        return url.pathname + url.search + url.hash;
    } catch {
      // Not a URL: try the next one.
    }
  }
  return "/";
}
