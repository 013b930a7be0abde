import { sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mailboxMessages } from "@/db/schema";
import { GET, POST } from "./route";

/** The route's limit (16 KB): a route file may export only what Next knows. */
const AUTH_BODY_LIMIT = 16 * 1024;

const APP = "http://localhost:3000";

async function csrf(): Promise<{ token: string; cookie: string }> {
  const response = await GET(new NextRequest(`${APP}/api/auth/csrf`));
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = (response.headers.getSetCookie?.() ?? []).map((line) => line.split(";")[0]).join("; ");
  return { token: csrfToken, cookie };
}

describe("POST /api/auth/* (Auth.js's own endpoint)", () => {
  it("refuses a body over its limit from Content-Length, and a streamed one past it, with a 413", async () => {
    const big = "x".repeat(AUTH_BODY_LIMIT + 1);
    const declared = await POST(
      new NextRequest(`${APP}/api/auth/signin/resend`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": String(big.length),
        },
        body: big,
      }),
    );
    expect(declared.status).toBe(413);
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(120));
      },
    });
    const streamed = await POST(
      new NextRequest(`${APP}/api/auth/signin/resend`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: endless,
        duplex: "half",
      } as ConstructorParameters<typeof NextRequest>[1]),
    );
    expect(streamed.status).toBe(413);
    // It stopped reading just past the limit, not at the end of an endless body.
    expect(sent).toBeLessThan(AUTH_BODY_LIMIT * 16);
  });

  it("still hands a normal sign-in post to Auth.js", async () => {
    const { token, cookie } = await csrf();
    const email = "bounded-auth@example.org";
    const response = await POST(
      new NextRequest(`${APP}/api/auth/signin/resend`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
        body: new URLSearchParams({ email, csrfToken: token, callbackUrl: `${APP}/account` }),
      }),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(
      `${APP}/api/auth/verify-request?provider=resend&type=email`,
    );
    const mailed = await getDb()
      .select({ to: mailboxMessages.to })
      .from(mailboxMessages)
      .where(sql`${email} = any(${mailboxMessages.to})`);
    expect(mailed).toHaveLength(1);
  });
});
