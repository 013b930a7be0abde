import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { expectClearRefusal, RUNS } from "@/db/testing/properties";
import { seedLetterFixture } from "@/lib/letters/testing";
import { GET as getOfficial } from "./[...id]/route";
import { GET } from "./route";

beforeAll(async () => {
  await seedLetterFixture();
}, 120_000);

const KEYS = ["zip", "campaign", "state", "chamber", "district", "name", "other"] as const;

/** Values near the valid ones (so the database is reached) and anything at all. */
const value = fc.oneof(
  fc.constantFrom(
    "60623",
    "60062",
    "6062",
    "IL",
    "il",
    "XX",
    "upper",
    "lower",
    "legislature",
    "5",
    "demo",
    "",
  ),
  fc.stringMatching(/^\d{5}$/),
  fc.string({ maxLength: 120 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

/** A query string, each value either encoded or raw (so stray `%`, `&`, `=` and `#` arrive too). */
const query = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), value, fc.boolean()), { maxLength: 6 })
  .map((pairs) => pairs.map(([key, v, raw]) => `${key}=${raw ? v : encodeURIComponent(v)}`).join("&"));

describe("GET /api/officials (property)", () => {
  it("answers any query string with 200 or a clear 4xx, never a 5xx or a throw", async () => {
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const response = await GET(new Request(`http://localhost/api/officials?${q}`));
        if (response.status === 200) {
          expect(await response.json()).toEqual(expect.objectContaining({ officials: expect.any(Array) }));
        } else {
          await expectClearRefusal(response);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe("GET /api/officials/[...id] (property)", () => {
  const segment = fc.oneof(
    fc.constantFrom("D000563", "ocd-person", "ocd-person%2Fabc", "%", "%E0%A4%A", "..", ""),
    fc.string({ maxLength: 60 }),
    fc.string({ unit: "binary", maxLength: 30 }),
  );

  it("answers any id with 200 or a clear 4xx, never a 5xx or a throw", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 4 }), async (id) => {
        const response = await getOfficial(new Request("http://localhost/api/officials/x"), {
          params: Promise.resolve({ id }),
        });
        if (response.status !== 200) await expectClearRefusal(response);
      }),
      { numRuns: RUNS },
    );
  });
});
