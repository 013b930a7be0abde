import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  directLetterSlug,
  loadRouteHandler,
  MAX_DIRECT_BODY_BYTES,
  type RouteHandler,
  serveDirect,
} from "./direct-route";

const post = (url: string, headers: http.IncomingHttpHeaders = {}) => ({ method: "POST", url, headers });

describe("which requests the launcher answers itself", () => {
  it("takes a letter posted by someone not signed in", () => {
    expect(directLetterSlug(post("/api/campaigns/demo/letters"))).toBe("demo");
    expect(directLetterSlug(post("/api/campaigns/caf%C3%A9/letters"))).toBe("café");
    expect(directLetterSlug(post("/api/campaigns/demo/letters", { cookie: "chorus_lang=es" }))).toBe("demo");
  });

  it("leaves signed-in supporters, other methods, other paths, queries and broken escapes to Next", () => {
    for (const cookie of ["authjs.session-token=abc", "a=1; __Secure-authjs.session-token=abc"]) {
      expect(directLetterSlug(post("/api/campaigns/demo/letters", { cookie }))).toBeNull();
    }
    expect(directLetterSlug({ method: "GET", url: "/api/campaigns/demo/letters", headers: {} })).toBeNull();
    for (const url of [
      "/api/campaigns/demo/letters?x=1",
      "/api/campaigns/demo/letters/",
      "/api/campaigns/a/b/letters",
      "/api/campaigns//letters",
      "/api/campaigns/%E0%A4%A/letters",
      "/campaigns/demo",
    ]) {
      expect(directLetterSlug(post(url)), url).toBeNull();
    }
  });
});

/** A real server whose one route is `handler`, answered by serveDirect as the launcher does. */
async function serve(handler: RouteHandler) {
  const server = http.createServer((req, res) => {
    const slug = directLetterSlug(req);
    if (!slug) return void res.writeHead(404).end();
    void serveDirect(req, res, handler, { slug }, 3999);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

describe("serveDirect", () => {
  let seen: { request: Request; params: Record<string, string>; body: string }[] = [];
  let app: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    app = await serve(async (request, { params }) => {
      const body = await request.text();
      seen.push({ request, params: await params, body });
      if (body === "boom") throw new Error("the handler failed");
      const headers = new Headers({ "content-type": "application/json", "cache-control": "no-store" });
      headers.append("set-cookie", "a=1; Path=/");
      headers.append("set-cookie", "b=2; Path=/");
      return Response.json({ length: body.length }, { status: 201, headers });
    });
  });
  afterAll(() => app.close());

  it("gives the handler the request as Next would, and sends its answer with the site's headers", async () => {
    seen = [];
    const response = await fetch(`${app.base}/api/campaigns/demo/letters`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "accept-language": "es",
        origin: "http://localhost:3999",
      },
      body: '{"zip":"60623"}',
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ length: 15 });
    expect(response.headers.get("x-chorus-route")).toBe("direct");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);

    const [call] = seen;
    expect(call?.params).toEqual({ slug: "demo" });
    expect(call?.body).toBe('{"zip":"60623"}');
    expect(call?.request.method).toBe("POST");
    expect(call?.request.url).toBe("http://localhost:3999/api/campaigns/demo/letters");
    expect(call?.request.headers.get("accept-language")).toBe("es");
    expect(call?.request.headers.get("origin")).toBe("http://localhost:3999");
    // As Next sets them when a proxy did not: the network's address is what the per-network limit counts.
    expect(call?.request.headers.get("x-forwarded-for")).toBe("127.0.0.1");
    expect(call?.request.headers.get("x-forwarded-proto")).toBe("http");
    expect(call?.request.headers.get("x-forwarded-port")).toBe("3999");
  });

  it("replaces a client's own X-Forwarded-For with its socket's address (no trusted proxies)", async () => {
    seen = [];
    await fetch(`${app.base}/api/campaigns/demo/letters`, {
      method: "POST",
      headers: { "x-forwarded-for": "203.0.113.7", "x-forwarded-proto": "https" },
      body: "{}",
    });
    expect(seen[0]?.request.headers.get("x-forwarded-for")).toBe("127.0.0.1");
    expect(seen[0]?.request.url).toBe("https://localhost:3999/api/campaigns/demo/letters");
  });

  it("keeps no more of a huge body than the route's limit lets it judge", async () => {
    seen = [];
    const response = await fetch(`${app.base}/api/campaigns/demo/letters`, {
      method: "POST",
      body: "x".repeat(5 * 1024 * 1024),
    });
    expect(response.status).toBe(201);
    expect(seen[0]?.body.length).toBe(MAX_DIRECT_BODY_BYTES);
  });

  it("answers a failing handler with a 500 in JSON instead of hanging", async () => {
    const response = await fetch(`${app.base}/api/campaigns/demo/letters`, { method: "POST", body: "boom" });
    expect(response.status).toBe(500);
    expect((await response.json()).error.code).toBe("INTERNAL");
  });
});

describe("loadRouteHandler", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "chorus-direct-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("says plainly when the build has no such route (the launcher then leaves it to Next)", async () => {
    await expect(loadRouteHandler(path.relative(process.cwd(), dir), "api/nothing")).rejects.toThrow(
      /Cannot find module/,
    );
  });
});
