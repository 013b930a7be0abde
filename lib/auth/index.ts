/**
 * Auth.js (next-auth v5): email magic links, database sessions, the Drizzle adapter.
 *
 * The lazy config form matters: nothing here opens the database until a request needs it, so `next build`
 * and Next's helper processes never touch PGlite's folder.
 */
import { createHash } from "node:crypto";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { and, eq, isNull } from "drizzle-orm";
import { cookies } from "next/headers";
import { connection } from "next/server";
import NextAuth from "next-auth";
import type { Adapter } from "next-auth/adapters";
import Resend from "next-auth/providers/resend";
import { cache, createElement } from "react";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import SignInEmail, { signInSubject } from "@/emails/sign-in";
import { accountLanguage } from "@/lib/email/recipient-locale";
import { sendEmail } from "@/lib/email/send";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { queueEmail } from "@/lib/jobs/enqueue";
import { audit } from "@/lib/security/audit";

import { MAGIC_LINK_MINUTES, SESSION_IDLE_DAYS } from "./constants";
import { isPastAbsoluteLifetime } from "./freshness";
import { linkOnAppUrl } from "./link";
import { mayEmailSignInLink } from "./link-limits";
import { SESSION_COOKIE_NAMES } from "./session-cookie";

/**
 * The Drizzle adapter, with the absolute lifetime where Auth.js reads a session: a session past
 * SESSION_ABSOLUTE_DAYS since its sign-in is deleted and reads as none (Auth.js then clears the cookie), however
 * recently it was used. Auth.js itself knows only the idle lifetime (`expires`, moved on with use).
 */
function chorusAdapter(): Adapter {
  const adapter = DrizzleAdapter(
    getDb() as never,
    {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    } as never,
  );
  const { getSessionAndUser, deleteSession } = adapter;
  if (!getSessionAndUser || !deleteSession) return adapter;
  return {
    ...adapter,
    async getSessionAndUser(sessionToken) {
      const found = await getSessionAndUser(sessionToken);
      if (!found) return null;
      const signedInAt = (found.session as { createdAt?: Date }).createdAt;
      if (!isPastAbsoluteLifetime(signedInAt)) return found;
      await deleteSession(sessionToken);
      return null;
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: chorusAdapter(),
  secret: env.authSecret,
  trustHost: true,
  session: {
    strategy: "database",
    maxAge: SESSION_IDLE_DAYS * 24 * 3600,
    updateAge: 24 * 3600,
  },
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
  providers: [
    Resend({
      from: env.emailFrom,
      maxAge: MAGIC_LINK_MINUTES * 60,
      async sendVerificationRequest({ identifier, url, request }) {
        // Every limit on sign-in links is counted here, where the link is sent, whichever way it was asked for
        // (lib/auth/link-limits.ts). Past a limit nothing is sent, and nothing is thrown: Auth.js starts this call
        // and listens for its result only after hashing the token (@auth/core send-token.js), so a quick
        // refusal was reported as an unhandled rejection.
        if (!(await mayEmailSignInLink(identifier, request?.headers))) return;
        const link = linkOnAppUrl(url, env.appUrl);
        const host = new URL(env.appUrl).host;
        // The account's language; a new address gets the language of the page that asked for the link.
        const locale = (await accountLanguage(identifier)) ?? (await requestLocale());
        const props = { url: link, host, minutes: MAGIC_LINK_MINUTES, locale };
        await sendEmail(
          {
            to: identifier,
            subject: signInSubject(props),
            react: createElement(SignInEmail, props),
            // Each link is its own message; a retry of the same link is not.
            idempotencyKey: `sign-in:${createHash("sha256").update(link).digest("hex").slice(0, 40)}`,
          },
          // Someone is waiting on the page for it: the provider's first free turn.
          { priority: "urgent" },
        );
      },
    }),
  ],
  callbacks: {
    session({ session, user }) {
      // The adapter's user is the whole users row: its language travels with the session (lib/i18n/server.ts).
      const language = (user as { language?: string | null }).language ?? null;
      // The database session (Auth.js passes its row): when it signed in. Past the absolute lifetime it is no
      // session at all (the adapter already refuses it; this holds if another adapter path ever reads one).
      const signedInAt = (session as { createdAt?: Date }).createdAt ?? null;
      if (isPastAbsoluteLifetime(signedInAt)) return null as never;
      // Only what pages need: never the row's session token (this is also /api/auth/session's JSON, which
      // scripts on the page can read, unlike the httpOnly cookie).
      return {
        user: { name: session.user.name, email: session.user.email, image: null, id: user.id, language },
        expires: session.expires,
        signedInAt: signedInAt?.toISOString() ?? null,
      };
    },
  },
  events: {
    async signIn({ user }) {
      if (user.id) await audit({ action: "auth.sign_in", actorId: user.id, subject: "magic-link" });
    },
    async createUser({ user }) {
      if (!user.id || !user.email) return;
      // A new account reads Chorus (and its welcome email) in the language of the page that made it.
      if (!(user as { language?: string | null }).language) {
        await getDb()
          .update(users)
          .set({ language: await requestLocale() })
          .where(and(eq(users.id, user.id), isNull(users.language)));
      }
      await queueEmail(getDb(), {
        template: "welcome",
        props: { name: user.name ?? null, appUrl: env.appUrl },
        to: user.email,
        idempotencyKey: `welcome:${user.id}`,
      });
    },
  },
}));

/**
 * The language of the request Auth.js is answering (the sign-in form's action, the link's callback), or English
 * when there is none. Imported when needed: lib/i18n/server.ts imports this module for the session.
 */
async function requestLocale(): Promise<Locale> {
  try {
    const { getLocale } = await import("@/lib/i18n/server");
    return await getLocale();
  } catch {
    return DEFAULT_LOCALE;
  }
}

export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  language?: string | null;
  /** When this session signed in (its link was used): for the absolute lifetime and fresh sign-in checks. */
  signedInAt?: Date | null;
};

/**
 * The signed-in person, or null. Server-side only; every data function re-checks with this.
 *
 * Once per render (React's cache, scoped to one request): the layout and the page both ask, and each ask was a
 * whole Auth.js request (cookies, CSRF token, the adapter's session query). Outside a render (route handlers,
 * server actions) every call asks again.
 */
export const getSessionUser = cache(readSessionUser);

async function readSessionUser(): Promise<SessionUser | null> {
  // Marks the render as per-request before anything opens the database: `next build` must never prerender
  // a page through here (it would open PGlite's folder from the build process).
  await connection();
  // Without the session cookie nobody is signed in. Asking Auth.js anyway costs a request of its own (its
  // CSRF cookie made and hashed, the session looked up): about a tenth of the CPU of a signed-out form's answer.
  const jar = await cookies();
  if (!SESSION_COOKIE_NAMES.some((name) => jar.has(name))) return null;
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  const language = (user as { language?: string | null }).language ?? null;
  const stamp = (session as { signedInAt?: string | null }).signedInAt;
  const signedInAt = stamp ? new Date(stamp) : null;
  // The absolute lifetime, checked again where every page, action and route reads the session.
  if (isPastAbsoluteLifetime(signedInAt)) return null;
  return { id: user.id, email: user.email, name: user.name ?? null, language, signedInAt };
}
