import "server-only";
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import type { Executor } from "@/db/client";
import { sessions } from "@/db/schema";
import { env } from "@/lib/env";
import { hasSessionCookieHeader, SESSION_COOKIE_NAMES } from "./session-cookie";

const SESSION_DAYS = 30;

/** Auth.js's cookie name: the __Secure- prefix whenever the site is served over https. */
export function sessionCookieName(): string {
  const [plain, secure] = SESSION_COOKIE_NAMES;
  return env.appUrl.startsWith("https://") ? secure : plain;
}

/**
 * The token of the session making this request (from its cookie), to tell "this one" from the others. Only
 * compared in the database, never shown.
 */
export async function currentSessionToken(): Promise<string | null> {
  const jar = await cookies();
  for (const name of [...SESSION_COOKIE_NAMES].reverse()) {
    const value = jar.get(name)?.value;
    if (value) return value;
  }
  return null;
}

/** Whether a request carries an Auth.js session cookie (lib/auth/session-cookie.ts). */
export function hasSessionCookie(request: Request): boolean {
  return hasSessionCookieHeader(request.headers.get("cookie"));
}

/**
 * Starts an Auth.js database session for a person who has just proved they own their address by another
 * emailed link (confirming a letter). Same table, same cookie: Auth.js treats it as its own.
 */
export async function createSession(executor: Executor, userId: string) {
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  await executor.insert(sessions).values({ sessionToken, userId, expires });
  return {
    name: sessionCookieName(),
    value: sessionToken,
    options: {
      httpOnly: true,
      sameSite: "lax" as const,
      secure: env.appUrl.startsWith("https://"),
      path: "/",
      expires,
    },
  };
}
