import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { errorResponse, readBodyText } from "@/lib/http";

export const { GET } = handlers;

/** Auth.js's posts are a few form fields: its body is read within this before Auth.js sees it (issue 19, item 8). */
const AUTH_BODY_LIMIT = 16 * 1024;

/**
 * Auth.js's own endpoint, its body bounded like every other route's: refused from Content-Length, otherwise read
 * until just past the limit (413), then handed on as the same request.
 */
export async function POST(request: NextRequest): Promise<Response> {
  let body: string;
  try {
    body = await readBodyText(request, AUTH_BODY_LIMIT);
  } catch (error) {
    return errorResponse(error, "auth", request);
  }
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  return handlers.POST(new NextRequest(request.url, { method: "POST", headers, body }));
}
