/**
 * `npm start`'s front (edge/front.ts) hands every path the client's address as the socket shows it
 * (issue 19, item 2): Next's handler, the inner listener that answers forms posted from lite pages, and the
 * direct letters route. The visitor here connects from 127.0.0.2 (all of 127/8 is loopback on Linux) while the
 * front reaches its inner listener from 127.0.0.1, so the two cannot be confused.
 */
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postLetter } from "@/app/api/campaigns/[slug]/letters/route";
import { getDb } from "@/db/client";
import { rateLimitBuckets } from "@/db/schema";
import { seedLetterFixture } from "@/lib/letters/testing";
import { NO_TRUSTED_PROXIES, parseTrustedProxies, type TrustedProxies } from "@/lib/security/client-address";
import { hashForLimit, LIMITS } from "@/lib/security/rate-limit";
import type { RouteHandler } from "./direct-route";
import { frontHandler } from "./front";

const VISITOR = "127.0.0.2";

type Seen = { path: string; forwardedFor: string | undefined };

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as { port: number }).port;
}

/** A front like the launcher's, with a recording stand-in for Next behind it. */
async function startFront(trustedProxies: TrustedProxies, letters: RouteHandler | null = null) {
  const seen: Seen[] = [];
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    seen.push({ path: req.url ?? "", forwardedFor: req.headers["x-forwarded-for"] as string | undefined });
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "text/plain" }).end("ok"));
  };
  const inner = http.createServer(handle);
  const innerPort = await listen(inner);
  const front = http.createServer(
    frontHandler({
      handle,
      innerPort,
      port: 3999,
      cache: null,
      isListening: () => false,
      liteScript: "/enhance.js?v=test",
      letters,
      trustedProxies,
    }),
  );
  const port = await listen(front);
  return {
    seen,
    port,
    close: async () => {
      await new Promise((resolve) => front.close(resolve));
      await new Promise((resolve) => inner.close(resolve));
    },
  };
}

/** A request from the visitor's own address. */
function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path,
        localAddress: VISITOR,
        method: options.method ?? "GET",
        headers: options.headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

const formPost = (forwardedFor: string) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": forwardedFor },
  body: "email=a%40example.org",
});

describe("the client address npm start passes on", () => {
  let front: Awaited<ReturnType<typeof startFront>>;
  beforeAll(async () => {
    front = await startFront(NO_TRUSTED_PROXIES);
  });
  afterAll(() => front.close());

  it("is the socket's, on a form posted from a lite page (through the inner listener), whatever the client says", async () => {
    front.seen.length = 0;
    for (const forged of ["203.0.113.1", "203.0.113.2", "6.6.6.6, 203.0.113.3"]) {
      expect((await send(front.port, "/campaigns/demo", formPost(forged))).status).toBe(200);
    }
    await send(front.port, "/campaigns/demo", {
      method: "POST",
      headers: formPost("x").headers,
      body: "a=1",
    });
    expect(front.seen.map((s) => s.path)).toEqual(Array(4).fill("/campaigns/demo"));
    expect(new Set(front.seen.map((s) => s.forwardedFor))).toEqual(new Set([VISITOR]));
  });

  it("is the socket's on the paths Next answers directly (pages, other forms, sign-in)", async () => {
    front.seen.length = 0;
    await send(front.port, "/sign-in", formPost("203.0.113.9"));
    await send(front.port, "/groups", { headers: { "x-forwarded-for": "203.0.113.10" } });
    await send(front.port, "/account");
    expect(front.seen.map((s) => s.forwardedFor)).toEqual([VISITOR, VISITOR, VISITOR]);
  });
});

describe("an address whose path does not decode", () => {
  it("is answered 400 with the site's headers, and never reaches Next", async () => {
    const front = await startFront(NO_TRUSTED_PROXIES);
    try {
      for (const path of ["/campaigns/%ff", "/campaigns/%E0%A4%A", "/api/campaigns/%c0/letters?x=1", "/%"]) {
        const answer = await new Promise<http.IncomingMessage>((resolve, reject) =>
          http.get({ host: "127.0.0.1", port: front.port, path }, resolve).on("error", reject),
        );
        answer.resume();
        expect(answer.statusCode, path).toBe(400);
        expect(answer.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
        expect(answer.headers["x-content-type-options"]).toBe("nosniff");
        expect(answer.headers["cache-control"]).toBe("no-store");
      }
      expect(front.seen).toEqual([]);
      await send(front.port, "/campaigns/caf%C3%A9");
      expect(front.seen.map((s) => s.path)).toEqual(["/campaigns/caf%C3%A9"]);
    } finally {
      await front.close();
    }
  });
});

describe("behind trusted proxies", () => {
  it("with a range, passes on the address the proxy speaks for", async () => {
    const front = await startFront(parseTrustedProxies("127.0.0.0/8"));
    try {
      await send(front.port, "/campaigns/demo", formPost("6.6.6.6, 198.51.100.9"));
      await send(front.port, "/sign-in", formPost("7.7.7.7, 198.51.100.9, 127.0.0.9"));
      await send(front.port, "/groups");
      expect(front.seen.map((s) => s.forwardedFor)).toEqual(["198.51.100.9", "198.51.100.9", VISITOR]);
    } finally {
      await front.close();
    }
  });

  it("with a range the peer is not in, ignores the header", async () => {
    const front = await startFront(parseTrustedProxies("10.0.0.0/8"));
    try {
      await send(front.port, "/sign-in", formPost("198.51.100.9"));
      expect(front.seen.map((s) => s.forwardedFor)).toEqual([VISITOR]);
    } finally {
      await front.close();
    }
  });

  it("with a hop count, takes the entry that many hops from the right", async () => {
    const front = await startFront(parseTrustedProxies("2"));
    try {
      await send(front.port, "/sign-in", formPost("6.6.6.6, 198.51.100.9, 10.0.0.1"));
      expect(front.seen.map((s) => s.forwardedFor)).toEqual(["198.51.100.9"]);
    } finally {
      await front.close();
    }
  });
});

describe("letters through the direct route", () => {
  let front: Awaited<ReturnType<typeof startFront>>;
  beforeAll(async () => {
    await seedLetterFixture();
    front = await startFront(NO_TRUSTED_PROXIES, postLetter as RouteHandler);
  }, 120_000);
  afterAll(() => front.close());

  it("counts a network that rotates X-Forwarded-For in one bucket: it is refused once the bucket is full", async () => {
    await getDb()
      .insert(rateLimitBuckets)
      .values({
        key: `${LIMITS.lettersPerIp.name}:${hashForLimit(LIMITS.lettersPerIp.name, VISITOR)}`,
        windowStart: new Date(),
        count: LIMITS.lettersPerIp.max,
      });
    for (const [i, forged] of ["203.0.113.21", "203.0.113.22", "6.6.6.6, 203.0.113.23"].entries()) {
      const answer = await send(front.port, "/api/campaigns/demo/letters", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": forged },
        body: JSON.stringify({
          zip: "60623",
          firstName: "Ida",
          lastName: "Wells",
          email: `rotating-${i}@example.org`,
          city: "Chicago",
          parts: { story: "Our neighbours lost their home because nobody stood beside them in court." },
        }),
      });
      expect(answer.status, answer.body).toBe(429);
      expect(JSON.parse(answer.body).error.code).toBe("RATE_LIMITED");
    }
  });
});
