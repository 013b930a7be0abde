/**
 * Sessions (issue 19 item 12): the absolute lifetime where Auth.js reads a session, the list of one's own
 * sessions, "sign out everywhere else", and the fresh sign-in that downloads and deletion need.
 */
import { randomBytes } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { handlers, type SessionUser } from "@/lib/auth";
import { FRESH_SIGN_IN_MINUTES } from "@/lib/auth/constants";
import { isFreshSignIn, isPastAbsoluteLifetime } from "@/lib/auth/freshness";
import { AppError } from "@/lib/errors";
import { deleteMyAccount, exportMyData } from "./privacy";
import { listMySessions, signOutOtherSessions } from "./sessions";

const DAY = 24 * 3600_000;

async function person(email: string): Promise<SessionUser> {
  const [user] = await getDb().insert(users).values({ email, name: "Sam" }).returning({ id: users.id });
  if (!user) throw new Error("no user");
  return { id: user.id, email, name: "Sam" };
}

async function session(userId: string, signedInDaysAgo: number, expiresInDays = 20): Promise<string> {
  const token = randomBytes(32).toString("hex");
  await getDb()
    .insert(sessions)
    .values({
      sessionToken: token,
      userId,
      createdAt: new Date(Date.now() - signedInDaysAgo * DAY),
      expires: new Date(Date.now() + expiresInDays * DAY),
    });
  return token;
}

async function sessionJson(token: string): Promise<{ body: unknown; cookies: string[] }> {
  const response = await handlers.GET(
    new NextRequest("http://localhost:3000/api/auth/session", {
      headers: { cookie: `authjs.session-token=${token}` },
    }),
  );
  return { body: await response.json(), cookies: response.headers.getSetCookie() };
}

describe("the absolute lifetime", () => {
  it("Auth.js reads a session used yesterday but signed in 31 days ago as none, deletes it and clears the cookie", async () => {
    const sam = await person("old-session@example.org");
    // Still within its idle lifetime (Auth.js moved `expires` on with use), but signed in 31 days ago.
    const old = await session(sam.id, 31, 29);
    const recent = await session(sam.id, 29, 29);

    const refused = await sessionJson(old);
    expect(refused.body).toBeNull();
    expect(refused.cookies.some((c) => /authjs\.session-token=;/.test(c))).toBe(true);
    const left = await getDb().select().from(sessions).where(eq(sessions.userId, sam.id));
    expect(left.map((row) => row.sessionToken)).toEqual([recent]);

    const kept = (await sessionJson(recent)).body as Record<string, unknown>;
    expect(kept).toMatchObject({ user: { id: sam.id, email: sam.email } });
    expect(new Date(String(kept.signedInAt)).getTime()).toBeLessThan(Date.now() - 28 * DAY);
    // The session's own token never travels in the JSON pages' scripts can read (the cookie is httpOnly).
    expect(JSON.stringify(kept)).not.toContain(recent);
  });

  it("counts from the sign-in, and a session with no sign-in time does not count", () => {
    const now = new Date("2026-12-07T12:00:00Z");
    expect(isPastAbsoluteLifetime(new Date("2026-11-08T12:00:01Z"), now)).toBe(false);
    expect(isPastAbsoluteLifetime(new Date("2026-11-07T12:00:00Z"), now)).toBe(true);
    expect(isPastAbsoluteLifetime(null, now)).toBe(true);
  });
});

describe("listMySessions and signOutOtherSessions", () => {
  it("lists only the actor's own live sessions, newest first, this one marked, and no token", async () => {
    const sam = await person("many-sessions@example.org");
    const other = await person("someone-else@example.org");
    const here = await session(sam.id, 0);
    await session(sam.id, 3);
    await session(sam.id, 40); // past the absolute lifetime
    await session(sam.id, 2, -1); // idle too long
    await session(other.id, 1);

    const mine = await listMySessions(sam, here);
    expect(mine).toHaveLength(2);
    expect(mine.map((s) => s.isCurrent)).toEqual([true, false]);
    expect(mine[0]?.signedInAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(mine)).not.toContain(here);
    // Someone else's token marks nothing of mine and shows nothing of theirs.
    const withTheirs = await listMySessions(sam, "not-my-token");
    expect(withTheirs.every((s) => !s.isCurrent)).toBe(true);
    expect(withTheirs).toHaveLength(2);
  });

  it("signs out everywhere else: the actor's other sessions end, this one and other people's stay", async () => {
    const sam = await person("sign-out-elsewhere@example.org");
    const other = await person("bystander@example.org");
    const here = await session(sam.id, 0);
    const laptop = await session(sam.id, 2);
    const phone = await session(sam.id, 5);
    const theirs = await session(other.id, 1);

    expect(await signOutOtherSessions(sam, null)).toBe(0);
    expect(await signOutOtherSessions(sam, here)).toBe(2);
    const left = await getDb()
      .select({ token: sessions.sessionToken })
      .from(sessions)
      .where(inArray(sessions.sessionToken, [here, laptop, phone, theirs]));
    expect(left.map((row) => row.token).sort()).toEqual([here, theirs].sort());
    expect(await signOutOtherSessions(sam, here)).toBe(0);
  });
});

describe("fresh sign-in", () => {
  it("downloading one's data and deleting the account need a sign-in of the last few minutes", async () => {
    const sam = await person("stale-session@example.org");
    const stale = { ...sam, signedInAt: new Date(Date.now() - (FRESH_SIGN_IN_MINUTES + 1) * 60_000) };
    for (const attempt of [
      () => exportMyData(stale),
      () => deleteMyAccount(stale, sam.email),
      () => exportMyData(sam),
    ]) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await getDb().select({ id: users.id }).from(users).where(eq(users.id, sam.id))).toHaveLength(1);

    const fresh = { ...sam, signedInAt: new Date(Date.now() - 60_000) };
    expect(isFreshSignIn(fresh)).toBe(true);
    expect((await exportMyData(fresh)).profile?.email).toBe(sam.email);
    await deleteMyAccount(fresh, sam.email);
    expect(await getDb().select({ id: users.id }).from(users).where(eq(users.id, sam.id))).toHaveLength(0);
  });
});
