import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { reloadEnv } from "@/lib/env";
import { createSession, hasSessionCookie } from "./session";

afterEach(() => {
  delete process.env.APP_URL;
  reloadEnv();
});

async function someone(email: string) {
  const [user] = await getDb().insert(users).values({ email }).returning({ id: users.id });
  return user?.id ?? "";
}

describe("createSession", () => {
  it("sets an httpOnly, SameSite=Lax cookie, Secure with the __Secure- prefix when the site is https", async () => {
    process.env.APP_URL = "https://chorus.example.org";
    reloadEnv();
    const userId = await someone("secure-cookie@example.org");
    const cookie = await createSession(getDb(), userId);
    expect(cookie.name).toBe("__Secure-authjs.session-token");
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });
    expect(cookie.value).toMatch(/^[0-9a-f]{64}$/);
    const [row] = await getDb().select().from(sessions).where(eq(sessions.sessionToken, cookie.value));
    expect(row?.userId).toBe(userId);
  });

  it("uses the plain name and no Secure flag on http (local development)", async () => {
    process.env.APP_URL = "http://localhost:3000";
    reloadEnv();
    const cookie = await createSession(getDb(), await someone("plain-cookie@example.org"));
    expect(cookie.name).toBe("authjs.session-token");
    expect(cookie.options.secure).toBe(false);
  });
});

describe("hasSessionCookie", () => {
  it("recognises either cookie name and nothing else", () => {
    const with_ = (cookie: string) => new Request("http://x/", { headers: { cookie } });
    expect(hasSessionCookie(with_("a=1; __Secure-authjs.session-token=abc"))).toBe(true);
    expect(hasSessionCookie(with_("authjs.session-token=abc"))).toBe(true);
    expect(hasSessionCookie(with_("xauthjs.session-token=abc"))).toBe(false);
    expect(hasSessionCookie(new Request("http://x/"))).toBe(false);
  });
});
