/**
 * Next's proxy (the renamed middleware; Node runtime): a fresh Content-Security-Policy nonce for every page
 * Next renders (lib/security/headers.ts). Route handlers under /api, the widget and static files keep
 * next.config.ts's policy, which allows no inline script.
 */
import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { pageSecurity } from "@/lib/security/headers";

export function proxy(request: NextRequest): NextResponse {
  const { requestHeaders, policy } = pageSecurity(request.headers, { isProduction: env.isProduction });
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // Replaces next.config.ts's policy for this answer (Next applies the proxy's headers after the config's).
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    // Everything but route handlers under /api, the widget, Next's static files and public files (a dot).
    "/((?!api/|embed/|_next/static|_next/image|[^/]*\\.[a-z0-9]+$).*)",
  ],
};
