/**
 * RFC 8058 one-click unsubscribe: a mail provider's POST (no Origin) stops updates; opening the address changes
 * nothing; another site's form cannot unsubscribe anyone; the page's own button comes back to the page.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { organizationSubscriptions } from "@/db/schema";
import { organization, person } from "@/lib/organize/testing";
import { unsubscribeToken } from "@/lib/organize/unsubscribe";
import { GET, POST } from "./route";

let orgId = "";

async function subscriber(): Promise<{ userId: string; token: string }> {
  const user = await person("Una Subscriber");
  await getDb().insert(organizationSubscriptions).values({ organizationId: orgId, userId: user.id });
  return { userId: user.id, token: unsubscribeToken(orgId, user.id) };
}

async function isUnsubscribed(userId: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ at: organizationSubscriptions.unsubscribedAt })
    .from(organizationSubscriptions)
    .where(
      and(eq(organizationSubscriptions.organizationId, orgId), eq(organizationSubscriptions.userId, userId)),
    );
  return row?.at != null;
}

function post(token: string, body: string, headers: Record<string, string> = {}) {
  return POST(
    new Request(`http://localhost/api/unsubscribe/${token}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body,
    }),
    { params: Promise.resolve({ token }) },
  );
}

beforeAll(async () => {
  orgId = await organization("unsub-org");
});

describe("one-click unsubscribe", () => {
  it("stops updates on a mail provider's POST, and only then", async () => {
    const { userId, token } = await subscriber();
    const opened = await GET(new Request(`http://localhost/api/unsubscribe/${token}`), {
      params: Promise.resolve({ token }),
    });
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toContain(`/unsubscribe/${token}`);
    expect(await isUnsubscribed(userId)).toBe(false);

    const response = await post(token, "List-Unsubscribe=One-Click");
    expect(response.status).toBe(200);
    expect(await isUnsubscribed(userId)).toBe(true);
  });

  it("refuses another site's form and forged tokens; the page's button returns to the page", async () => {
    const { userId, token } = await subscriber();
    const crossSite = await post(token, "List-Unsubscribe=One-Click", { origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    expect(await isUnsubscribed(userId)).toBe(false);

    const forged = await post(`${token.split(".")[0]}.AAAA`, "List-Unsubscribe=One-Click");
    expect(forged.status).toBe(404);
    expect(await isUnsubscribed(userId)).toBe(false);

    const fromPage = await post(token, "List-Unsubscribe=One-Click&from=page", {
      origin: "http://localhost",
    });
    expect(fromPage.status).toBe(303);
    expect(fromPage.headers.get("location")).toContain(`/unsubscribe/${token}?done=1`);
    expect(await isUnsubscribed(userId)).toBe(true);
  });
});
