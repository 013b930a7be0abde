import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { campaigns, deliveries, letters, pledgeOptions, pledges, users } from "@/db/schema";
import { expectSuccessOrAppError, RUNS, rowCounts } from "@/db/testing/properties";
import { profileSchema, updateProfile } from "@/lib/accounts/profile";
import type { SessionUser } from "@/lib/auth";
import { seedLetterFixture } from "@/lib/letters/testing";
import { pledge } from "@/lib/pledges/pledge";
import { submitLetter } from "./submit";

/**
 * The data functions behind the letter, pledge and profile server actions, called with arbitrary input: each
 * succeeds or throws an AppError with a human message (anything else is a 500), and an AppError writes nothing.
 */

let actor: SessionUser;
let optionIds: string[] = [];

beforeAll(async () => {
  await seedLetterFixture();
  const [user] = await getDb()
    .insert(users)
    .values({ email: "property@example.org", name: "Pat" })
    .returning({ id: users.id });
  actor = { id: user?.id ?? "", email: "property@example.org", name: "Pat" };
  const [demo] = await getDb().select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, "demo"));
  optionIds = (
    await getDb()
      .select({ id: pledgeOptions.id })
      .from(pledgeOptions)
      .where(eq(pledgeOptions.campaignId, demo?.id ?? ""))
  ).map((o) => o.id);
}, 120_000);

const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("", " ", "\u0000", "Pat\u0000", "<b>", "a\nb", "x".repeat(1001), "25", "-1", "1e9", "NaN"),
);
const anything = fc.oneof(text, fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));

/** A valid object with up to three fields replaced, removed or added. */
function near(valid: fc.Arbitrary<Record<string, unknown>>, keys: string[]) {
  return fc
    .tuple(valid, fc.array(fc.tuple(fc.constantFrom(...keys, "extra"), anything), { maxLength: 3 }))
    .map(([base, changes]) => ({ ...base, ...Object.fromEntries(changes) }));
}

describe("submitLetter (property)", () => {
  const letter = near(
    fc.record({
      campaign: fc.constantFrom("demo", "no-such-campaign"),
      zip: fc.constantFrom("60623", "60062"),
      firstName: fc.constant("Ida"),
      lastName: fc.constant("Wells"),
      email: fc.nat().map((n) => `submit-${n}@example.org`),
      city: fc.constant("Chicago"),
      parts: fc.constant({ story: "Nobody stood beside them in court." }),
    }),
    ["campaign", "zip", "district", "firstName", "lastName", "email", "city", "streetAddress", "parts"],
  );

  it("writes the letter or refuses with an AppError, writing nothing", async () => {
    await fc.assert(
      fc.asyncProperty(letter, async (input) => {
        const before = await rowCounts([letters, users, deliveries]);
        // @ts-expect-error: arbitrary input, as a server action could receive it
        const refused = await expectSuccessOrAppError(() => submitLetter(null, input));
        if (refused) expect(await rowCounts([letters, users, deliveries])).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe("pledge (property)", () => {
  it("records the pledge or refuses with an AppError, writing nothing", async () => {
    const input = near(
      fc.record({
        optionId: fc.oneof(fc.constantFrom(...optionIds), text),
        name: fc.constant("Pat"),
        quantity: fc.constantFrom(undefined, "2"),
        amount: fc.constantFrom(undefined, "25"),
        hours: fc.constantFrom(undefined, "3"),
      }),
      ["optionId", "name", "phone", "note", "quantity", "amount", "frequency", "hours"],
    );
    await fc.assert(
      fc.asyncProperty(input, async (raw) => {
        const before = await rowCounts([pledges, pledgeOptions]);
        // @ts-expect-error: arbitrary input, as a server action could receive it
        const refused = await expectSuccessOrAppError(() => pledge(actor, raw));
        if (refused) expect(await rowCounts([pledges, pledgeOptions])).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe("updateProfile after profileSchema (property)", () => {
  it("saves what the schema accepts, or the schema refuses it", async () => {
    await fc.assert(
      fc.asyncProperty(
        near(fc.record({ name: fc.constant("Pat"), zip: fc.constant("60623") }), ["name", "zip"]),
        async (raw) => {
          const parsed = profileSchema.safeParse(raw);
          if (!parsed.success) return;
          await expectSuccessOrAppError(() => updateProfile(actor, parsed.data));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
