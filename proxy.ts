import { NextResponse } from "next/server";
import {
  isMalformedPath,
  MALFORMED_PATH_STATUS,
  malformedPathHeaders,
  malformedPathText,
} from "@/lib/security/malformed-path";

/**
 * Under `next start`: an address whose path does not decode gets a 400 with the site's headers, instead of the
 * bare 500 Next gives while matching dynamic routes (lib/security/malformed-path.ts). Runs only for paths that
 * hold a `%` (the matcher), so the pages people use never pass through here.
 */
export function proxy(request: Request) {
  const url = new URL(request.url);
  if (isMalformedPath(url.pathname)) {
    const text = malformedPathText(request.headers.get("cookie"), request.headers.get("accept-language"));
    return new NextResponse(text, {
      status: MALFORMED_PATH_STATUS,
      headers: malformedPathHeaders(),
    });
  }
  return NextResponse.next();
}

export const config = { matcher: ["/:path(.*%.*)"] };
