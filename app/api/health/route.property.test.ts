import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RUNS } from "@/db/testing/properties";
import { GET } from "./route";

describe("GET /api/health (property)", () => {
  // It reads no input, so any number of checks, however close together, answer the same.
  it("answers 200 and ok every time, never a throw", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async () => {
        const response = await GET();
        expect(response.status).toBe(200);
        expect(await response.json()).toMatchObject({ status: "ok" });
      }),
      { numRuns: RUNS },
    );
  });
});
