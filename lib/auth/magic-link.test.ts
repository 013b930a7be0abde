/**
 * The magic link, through Auth.js's own route handlers on the test database: stored for at most ten minutes,
 * mailed through our sender, works once, and refuses an expired token.
 */
import { eq, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mailboxMessages, sessions, users, verificationTokens } from "@/db/schema";
import { LIMITS } from "@/lib/security/rate-limit";
import { handlers } from "./index";

const APP = "http://localhost:3000";

function cookieHeader(response: Response, previous = ""): string {
  const jar = new Map(previous ? previous.split("; ").map((c) => c.split("=", 2) as [string, string]) : []);
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const [name, ...rest] = (pair ?? "").split("=");
    if (name) jar.set(name, rest.join("="));
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

/** A post straight to Auth.js's own endpoint, as a script would make it (no form, no form guard). */
async function postToAuthJs(email: string, extraHeaders: Record<string, string> = {}): Promise<Response> {
  const csrf = await handlers.GET(new NextRequest(`${APP}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = cookieHeader(csrf);
  const response = await handlers.POST(
    new NextRequest(`${APP}/api/auth/signin/resend`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies, ...extraHeaders },
      body: new URLSearchParams({ email, csrfToken, callbackUrl: `${APP}/account` }),
    }),
  );
  expect(response.status).toBe(302);
  expect(response.headers.get("location")).toBe(`${APP}/api/auth/verify-request?provider=resend&type=email`);
  return response;
}

async function requestLink(email: string): Promise<string> {
  await postToAuthJs(email);
  const [message] = await getDb()
    .select({ text: mailboxMessages.text })
    .from(mailboxMessages)
    .where(sql`${email} = any(${mailboxMessages.to})`);
  const link = message?.text.match(/http:\/\/localhost:3000\/api\/auth\/callback\/resend\?\S+/)?.[0];
  if (!link) throw new Error("no link mailed");
  return link;
}

async function follow(link: string): Promise<Response> {
  return handlers.GET(new NextRequest(link));
}

describe("magic links", () => {
  it("are stored for ten minutes at most", async () => {
    const email = "ten-minutes@example.org";
    const before = Date.now();
    await requestLink(email);
    const after = Date.now();
    const [token] = await getDb()
      .select({ expires: verificationTokens.expires })
      .from(verificationTokens)
      .where(eq(verificationTokens.identifier, email));
    // Bounded by the request's start and end, not a guess at how long it took (a loaded machine took 13 s).
    const expires = token?.expires.getTime() ?? 0;
    expect(expires - before).toBeGreaterThan(9 * 60_000);
    expect(expires - after).toBeLessThanOrEqual(10 * 60_000);
  });

  it("sign a person in once with a database session that sign-out ends, and then stop working", async () => {
    const email = "once@example.org";
    const link = await requestLink(email);

    const first = await follow(link);
    expect(first.status).toBe(302);
    expect(first.headers.get("location")).toBe(`${APP}/account`);
    expect(first.headers.getSetCookie().join(";")).toMatch(/authjs\.session-token=/);
    const [user] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, email));
    expect(user).toBeDefined();
    expect(
      await getDb()
        .select()
        .from(sessions)
        .where(eq(sessions.userId, user?.id ?? "")),
    ).toHaveLength(1);

    const sessionCookie = cookieHeader(first);
    const csrf = await handlers.GET(
      new NextRequest(`${APP}/api/auth/csrf`, { headers: { cookie: sessionCookie } }),
    );
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const signOut = await handlers.POST(
      new NextRequest(`${APP}/api/auth/signout`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          cookie: cookieHeader(csrf, sessionCookie),
        },
        body: new URLSearchParams({ csrfToken }),
      }),
    );
    expect(signOut.status).toBe(302);
    // Signing out ends the session on the server, not just in the browser.
    expect(
      await getDb()
        .select()
        .from(sessions)
        .where(eq(sessions.userId, user?.id ?? "")),
    ).toHaveLength(0);

    const second = await follow(link);
    expect(second.headers.get("location")).toContain("/sign-in?error=Verification");
    expect(
      await getDb()
        .select()
        .from(sessions)
        .where(eq(sessions.userId, user?.id ?? "")),
    ).toHaveLength(0);
  });

  it("refuse a link whose ten minutes have passed", async () => {
    const email = "late@example.org";
    const link = await requestLink(email);
    await getDb()
      .update(verificationTokens)
      .set({ expires: new Date(Date.now() - 1000) })
      .where(eq(verificationTokens.identifier, email));
    const response = await follow(link);
    expect(response.headers.get("location")).toContain("/sign-in?error=Verification");
    expect(await getDb().select().from(users).where(eq(users.email, email))).toHaveLength(0);
  });
});

describe("Auth.js's own sign-in endpoint (issue 19 item 4)", () => {
  const linksTo = async (pattern: string) =>
    (
      await getDb()
        .select({ to: mailboxMessages.to })
        .from(mailboxMessages)
        .where(sql`exists (select 1 from unnest(${mailboxMessages.to}) a where a like ${pattern})`)
    ).length;

  it("sends no more links to one mailbox than the sign-in form would, however the address is spelled", async () => {
    const spellings = Array.from({ length: 12 }, (_, i) =>
      i % 3 === 0
        ? "dee.sanchez@gmail.com"
        : i % 3 === 1
          ? `DeeSanchez+${i}@gmail.com`
          : `d.e.e.sanchez@googlemail.com`,
    );
    for (const email of spellings) await postToAuthJs(email);
    expect(await linksTo("%sanchez%")).toBe(LIMITS.signInPerEmail.max);
  });

  it("counts the per-network limit there too", async () => {
    const network = { "x-forwarded-for": "198.51.100.77" };
    const over = LIMITS.signInPerIp.max + 3;
    for (let i = 0; i < over; i++) await postToAuthJs(`network-${i}@example.org`, network);
    expect(await linksTo("network-%@example.org")).toBe(LIMITS.signInPerIp.max);
  });
});
