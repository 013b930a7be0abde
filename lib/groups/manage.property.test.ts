import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { memberships, organizations, users } from "@/db/schema";
import { expectSuccessOrAppError, RUNS } from "@/db/testing/properties";
import type { SessionUser } from "@/lib/auth";
import { updateGroupProfile } from "./manage";

let owner: SessionUser;

beforeAll(async () => {
  const [user] = await getDb()
    .insert(users)
    .values({ email: "owner@example.org", name: "Owner" })
    .returning({ id: users.id });
  owner = { id: user?.id ?? "", email: "owner@example.org", name: "Owner" };
  const [group] = await getDb()
    .insert(organizations)
    .values({ slug: "casa", name: "Casa", kind: "community_group" })
    .returning({ id: organizations.id });
  await getDb()
    .insert(memberships)
    .values({ organizationId: group?.id ?? "", userId: owner.id, role: "owner" });
}, 120_000);

const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("", "\u0000", "Casa\u0000", "IL", "60623", "on", "https://example.org", "x".repeat(2001)),
);
const anything = fc.oneof(text, fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));

const VALID = {
  name: "Casa Nueva",
  leadershipStatement: "Led by the tenants of the buildings we organize.",
  focusAreas: "housing",
  state: "IL",
  city: "Chicago",
  zip: "60623",
  websiteUrl: "https://example.org/casa",
};
const KEYS = [...Object.keys(VALID), "description", "isRemote", "donationUrl", "extra"];

describe("updateGroupProfile (property)", () => {
  it("saves the profile or refuses with an AppError, changing nothing", async () => {
    const input = fc
      .array(fc.tuple(fc.constantFrom(...KEYS), anything), { maxLength: 3 })
      .map((changes) => ({ ...VALID, ...Object.fromEntries(changes) }));
    const slug = fc.oneof(fc.constant("casa"), text);
    await fc.assert(
      fc.asyncProperty(slug, input, async (groupSlug, raw) => {
        const before = await getDb().select().from(organizations);
        const refused = await expectSuccessOrAppError(() => updateGroupProfile(owner, groupSlug, raw));
        if (refused) expect(await getDb().select().from(organizations)).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
