/**
 * Next's proxy (the renamed middleware; Node runtime), under `next start` and behind `npm start`'s front:
 * - an address whose path does not decode gets a 400 with the site's headers, instead of the bare 500 Next gives
 *   while matching dynamic routes (lib/security/malformed-path.ts);
 * - a fresh Content-Security-Policy nonce for every page Next renders (lib/security/headers.ts). Route handlers
 *   under /api, the widget and static files keep next.config.ts's policy, which allows no inline script.
 */
import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { pageSecurity } from "@/lib/security/headers";
import {
  isMalformedPath,
  MALFORMED_PATH_STATUS,
  malformedPathHeaders,
  malformedPathText,
} from "@/lib/security/malformed-path";

/** Not pages: route handlers under /api, the widget, Next's static files and public files (a dot). */
const NOT_A_PAGE = /^\/(?:api\/|embed\/|_next\/static|_next\/image|[^/]*\.[a-z0-9]+$)/;

export function proxy(request: NextRequest): NextResponse {
  const { pathname } = new URL(request.url);
  if (pathname.includes("%") && isMalformedPath(pathname)) {
    const text = malformedPathText(request.headers.get("cookie"), request.headers.get("accept-language"));
    return new NextResponse(text, { status: MALFORMED_PATH_STATUS, headers: malformedPathHeaders() });
  }
  if (NOT_A_PAGE.test(pathname)) return NextResponse.next();
  const { requestHeaders, policy } = pageSecurity(request.headers, { isProduction: env.isProduction });
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // Replaces next.config.ts's policy for this answer (Next applies the proxy's headers after the config's).
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    // Pages: everything but route handlers under /api, the widget, Next's static files and public files.
    "/((?!api/|embed/|_next/static|_next/image|[^/]*\\.[a-z0-9]+$).*)",
    // Any path holding a `%`, to answer one that does not decode.
    "/:path(.*%.*)",
  ],
};
