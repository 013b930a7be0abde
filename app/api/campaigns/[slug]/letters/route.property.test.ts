import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { deliveries, letters, users } from "@/db/schema";
import { expectClearRefusal, RUNS, rowCounts } from "@/db/testing/properties";
import { seedLetterFixture } from "@/lib/letters/testing";
import { POST } from "./route";

beforeAll(async () => {
  await seedLetterFixture();
}, 120_000);

/** Strings a person or a script might send, including the ones Postgres cannot store (U+0000). */
const text = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", " ", "\u0000", "Ida\u0000", "<b>", "a\nb", "x".repeat(5001), "IL-7", "IL-99"),
);

const anyJson = fc.jsonValue({ maxDepth: 3 });

const VALID = {
  zip: "60623",
  firstName: "Ida",
  lastName: "Wells",
  email: "ida@example.org",
  city: "Chicago",
  parts: { story: "Nobody stood beside them in court." },
};

/** Any one field's value: near the valid ones, any string, or any JSON. */
const fieldValue = fc.oneof(
  fc.constantFrom("60623", "60062", "IL-7", "IL-5", "upper", "5"),
  fc.emailAddress(),
  text,
  anyJson,
  fc.dictionary(text, text, { maxKeys: 4 }),
);

/**
 * A valid letter with up to three fields replaced, removed or added: often refused only after the database
 * was asked (the campaign, the ZIP's districts, the state legislators), sometimes written.
 */
const letterBody = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.constantFrom(
          "zip",
          "district",
          "firstName",
          "lastName",
          "email",
          "city",
          "streetAddress",
          "stateUpper",
          "stateLower",
          "parts",
          "campaign",
          "extra",
        ),
        fc.option(fieldValue, { nil: undefined }),
      ),
      { maxLength: 3 },
    ),
    // Plain addresses: most of fc.emailAddress() is valid by RFC but not by the form.
    fc.nat().map((n) => `writer-${n}@example.org`),
  )
  .map(([changes, email]) => JSON.stringify({ ...VALID, email, ...Object.fromEntries(changes) }));

const body = fc.oneof(
  { weight: 5, arbitrary: letterBody },
  { weight: 2, arbitrary: anyJson.map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constant(JSON.stringify({ city: "x".repeat(70_000) })) },
);

const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant("application/json") },
  {
    weight: 1,
    arbitrary: fc.constantFrom("application/json; charset=utf-8", "text/plain", "", "APPLICATION/JSON"),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

const slug = fc.oneof(
  { weight: 4, arbitrary: fc.constant("demo") },
  { weight: 1, arbitrary: fc.constantFrom("no-such-campaign", "", "de\u0000mo", "x".repeat(200)) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 90 }) },
);

function request(body: string, type: string): Request {
  const headers = new Headers();
  // Header values cannot hold every character; a client could not send those either.
  try {
    headers.set("content-type", type);
  } catch {
    headers.set("content-type", "application/json");
  }
  return new Request("http://localhost/api/campaigns/x/letters", { method: "POST", headers, body });
}

describe("POST /api/campaigns/[slug]/letters (property)", () => {
  it("answers any body, content type and slug with 201 or a clear 4xx; a refusal writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(body, contentType, slug, async (raw, type, campaign) => {
        const before = await rowCounts([letters, users, deliveries]);
        const response = await POST(request(raw, type), { params: Promise.resolve({ slug: campaign }) });
        if (response.status === 201) return;
        await expectClearRefusal(response);
        expect(await rowCounts([letters, users, deliveries])).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
