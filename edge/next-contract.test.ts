/**
 * The direct route (edge/direct-route.ts) calls a route's handler from Next's build through
 * `routeModule.ensureUserland()` and `routeModule.userland`, which Next does not document. This checks that
 * shape on the real build, so a Next upgrade that changes it fails here with a plain message instead of letters
 * quietly going back through Next's pipeline. It needs a `next build` (NEXT_DIST_DIR, default .next): CI's
 * PostgreSQL pass runs after the e2e suite has built one; without a build it is skipped and says so.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadEnv } from "@/lib/env";
import { LETTERS_ROUTE, loadRouteHandler } from "./direct-route";

const distDir = loadEnv().nextDistDir;
const built = existsSync(path.join(process.cwd(), distDir, "BUILD_ID"));
if (!built) console.warn(`[edge] no Next build in ${distDir}: the built route module's shape is not checked`);

describe.skipIf(!built)(`the route modules of the Next build in ${distDir}`, () => {
  it(`${LETTERS_ROUTE.route} gives its ${LETTERS_ROUTE.method} handler the way the direct route takes it`, async () => {
    const route = LETTERS_ROUTE;
    const file = path.join(process.cwd(), distDir, "server", "app", route.route, "route.js");
    expect(existsSync(file), `${file}: the build has no such route`).toBe(true);
    const handler = await loadRouteHandler(distDir, route.route).catch((error: unknown) => {
      throw new Error(
        `Next's built route module changed shape (was Next.js upgraded?): ${String(error)}. ` +
          "edge/direct-route.ts must learn the new shape, or run with DIRECT_ROUTES=off (DEVELOPERS.md, Direct letters).",
      );
    });
    expect(typeof handler).toBe("function");
    // Called outside Next's request context, as the launcher calls it: a request it refuses before any database
    // work still gets the route's own answer.
    const response = await handler(
      new Request("http://localhost:3000/api/campaigns/demo/letters", {
        method: route.method,
        headers: { "content-type": "text/plain" },
        body: "not JSON",
      }),
      { params: Promise.resolve({ [route.param]: "demo" }) },
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("INVALID_INPUT");
  });
});
