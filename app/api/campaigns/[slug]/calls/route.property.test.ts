import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { digestTables, expectClearRefusal, RUNS } from "@/db/testing/properties";
import { seedLetterFixture } from "@/lib/letters/testing";
import { GET, POST } from "./route";

let stamp = "";

beforeAll(async () => {
  await seedLetterFixture();
  const answer = await GET(new Request("http://localhost/api/campaigns/demo/calls?zip=60623"), {
    params: Promise.resolve({ slug: "demo" }),
  });
  stamp = (await answer.json()).stamp;
}, 120_000);

const text = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", " ", "\u0000", "D000\u0000563", "x".repeat(5001), "IL-7", "IL-99", "60062"),
);
const anyJson = fc.jsonValue({ maxDepth: 3 });
const fieldValue = fc.oneof(
  fc.constantFrom("60623", "60062", "IL-7", "IL-5", "D000563", "Q000023", "reached", "busy", "vacant-IL-7"),
  text,
  anyJson,
);

/** A valid outcome with up to three fields replaced, removed or added. */
const outcomeBody = fc
  .array(
    fc.tuple(
      fc.constantFrom("officialId", "outcome", "zip", "district", "stamp", "step", "extra"),
      fc.option(fieldValue, { nil: undefined }),
    ),
    { maxLength: 3 },
  )
  .map((changes) =>
    JSON.stringify({
      officialId: "D000096",
      outcome: "reached",
      zip: "60623",
      stamp,
      ...Object.fromEntries(changes),
    }),
  );

const body = fc.oneof(
  { weight: 5, arbitrary: outcomeBody },
  { weight: 2, arbitrary: anyJson.map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
);
const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant("application/json") },
  { weight: 1, arbitrary: fc.constantFrom("text/plain", "", "APPLICATION/JSON") },
);
const slug = fc.oneof(
  { weight: 4, arbitrary: fc.constant("demo") },
  { weight: 1, arbitrary: fc.constantFrom("no-such-campaign", "", "de\u0000mo", "x".repeat(200)) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 90 }) },
);

const TABLES = ["call_outcomes", "rate_limit_buckets", "campaign_tally_deltas"];

describe("/api/campaigns/[slug]/calls (property)", () => {
  it("answers any outcome with 201, 200 or a clear 4xx; a refusal changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(body, contentType, slug, async (raw, type, campaign) => {
        const before = await digestTables(TABLES);
        const headers = new Headers({ "content-type": type });
        const response = await POST(
          new Request("http://localhost/api/campaigns/x/calls", { method: "POST", headers, body: raw }),
          { params: Promise.resolve({ slug: campaign }) },
        );
        if (response.status === 201 || response.status === 200) return;
        await expectClearRefusal(response);
        expect(await digestTables(TABLES)).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it("answers any query with 200 or a clear 4xx", async () => {
    const value = fc.option(
      fc.oneof(
        fieldValue.map((v) => (typeof v === "string" ? v : JSON.stringify(v))),
        text,
      ),
      { nil: undefined },
    );
    await fc.assert(
      fc.asyncProperty(value, value, value, slug, async (zip, district, step, campaign) => {
        const query = new URLSearchParams();
        for (const [key, v] of [
          ["zip", zip],
          ["district", district],
          ["step", step],
        ] as const) {
          if (v !== undefined) query.set(key, v);
        }
        const response = await GET(new Request(`http://localhost/api/campaigns/x/calls?${query}`), {
          params: Promise.resolve({ slug: campaign }),
        });
        if (response.status === 200) return;
        await expectClearRefusal(response);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
