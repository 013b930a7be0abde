import { setAccountLanguage } from "@/lib/accounts/profile";
import { getSessionUser } from "@/lib/auth";
import { MAX_REDIRECT_PATH_LENGTH, safeRedirectPath } from "@/lib/auth/redirect";
import { hasSessionCookie } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorResponse, invalidInput, readBodyForm, rejectCrossOrigin } from "@/lib/http";
import { errorText } from "@/lib/i18n/errors";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locale";

const ONE_YEAR_SECONDS = 365 * 24 * 3600;
/** The switch sends one field (and `back` may come too): far more than that is not the switch. */
const MAX_BODY_BYTES = 8 * 1024;

/**
 * The language switch on every page (app/_components/language-switch.tsx): a plain form post, so it works
 * without JavaScript. Remembers the choice in a cookie (and on the account when signed in), then goes back to
 * the page the person was reading.
 */
export async function POST(request: Request) {
  const rejected = rejectCrossOrigin(request);
  if (rejected) return rejected;
  let form: FormData | null;
  try {
    form = await readBodyForm(request, MAX_BODY_BYTES).catch((error: unknown) => {
      if (error instanceof AppError) throw error;
      return null;
    });
  } catch (error) {
    return errorResponse(error, "language switch", request);
  }
  const to = form?.get("to");
  if (!isLocale(to)) return invalidInput(errorText.common.chooseEnglishSpanish);
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

/**
 * The page to return to: the form's own `back` path, else the Referer, when either is a path on this site
 * (safeRedirectPath: never `//other.site` however it is spelled, never longer than a path of ours); else home.
 */
function backTo(back: FormDataEntryValue | null | undefined, request: Request): string {
  const origins = new Set([new URL(env.appUrl).origin, new URL(request.url).origin]);
  for (const candidate of [typeof back === "string" ? back : null, request.headers.get("referer")]) {
    if (!candidate || candidate.length > MAX_REDIRECT_PATH_LENGTH) continue;
    const path = safeRedirectPath(onThisSite(candidate, origins), "");
    if (path && !/^\/language(?:[/?#]|$)/.test(path)) return path;
  }
  return "/";
}

/** A full address on this site as its path (a Referer); a path as it is; anything else as nothing. */
function onThisSite(candidate: string, origins: Set<string>): string {
  if (candidate.startsWith("/")) return candidate;
  if (!URL.canParse(candidate)) return "";
  const url = new URL(candidate);
  return origins.has(url.origin) ? `${url.pathname}${url.search}${url.hash}` : "";
}
