import "server-only";
import { and, desc, eq, gt, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sessions } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { SESSION_ABSOLUTE_DAYS, SESSION_IDLE_DAYS } from "@/lib/auth/constants";
import { audit } from "@/lib/security/audit";

export type MySession = {
  signedInAt: Date;
  /** The day it was last used: Auth.js moves a session's expiry on at most once a day, so no finer. */
  lastActiveOn: Date;
  endsAt: Date;
  isCurrent: boolean;
};

/**
 * Where the actor is signed in: their own sessions still within both lifetimes, newest first, the one making
 * this request marked. Tokens never leave this function (a token is a key to the account).
 */
export async function listMySessions(actor: SessionUser, currentToken: string | null): Promise<MySession[]> {
  const rows = await getDb()
    .select({
      signedInAt: sessions.createdAt,
      expires: sessions.expires,
      isCurrent: currentToken
        ? sql<boolean>`${sessions.sessionToken} = ${currentToken}`
        : sql<boolean>`false`,
    })
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, actor.id),
        gt(sessions.expires, sql`now()`),
        gt(sessions.createdAt, sql`now() - make_interval(days => ${SESSION_ABSOLUTE_DAYS})`),
      ),
    )
    .orderBy(desc(sessions.createdAt));
  const day = 24 * 3600 * 1000;
  return rows.map((row) => {
    const lastActive = new Date(row.expires.getTime() - SESSION_IDLE_DAYS * day);
    const absoluteEnd = new Date(row.signedInAt.getTime() + SESSION_ABSOLUTE_DAYS * day);
    return {
      signedInAt: row.signedInAt,
      lastActiveOn: lastActive < row.signedInAt ? row.signedInAt : lastActive,
      endsAt: absoluteEnd < row.expires ? absoluteEnd : row.expires,
      isCurrent: Boolean(row.isCurrent),
    };
  });
}

/**
 * Signs the actor out everywhere but here: deletes their other sessions (only theirs: the user id is in the
 * WHERE). Without the current session's token nothing is deleted, so a request cannot sign itself out by
 * accident. Returns how many ended.
 */
export async function signOutOtherSessions(actor: SessionUser, currentToken: string | null): Promise<number> {
  if (!currentToken) return 0;
  const ended = await getDb()
    .delete(sessions)
    .where(and(eq(sessions.userId, actor.id), ne(sessions.sessionToken, currentToken)))
    .returning({ userId: sessions.userId });
  if (ended.length > 0) {
    await audit({
      action: "auth.signed_out_elsewhere",
      actorId: actor.id,
      subject: "sessions",
      details: { sessions: ended.length },
    });
  }
  return ended.length;
}
