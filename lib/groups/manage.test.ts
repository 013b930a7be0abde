import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { memberships, organizations, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { describeFieldErrors } from "@/lib/i18n/errors";
import {
  addGroupMember,
  type GroupProfileInput,
  getEditableGroup,
  listGroupMembers,
  removeGroupMember,
  updateGroupProfile,
} from "./manage";

let n = 0;
let slug = "";
let groupId = "";
let owner: SessionUser;
let organizer: SessionUser;
let viewer: SessionUser;
let stranger: SessionUser;

async function person(label: string): Promise<SessionUser> {
  const email = `${label}-${++n}@example.org`;
  const [user] = await getDb().insert(users).values({ email, name: label }).returning({ id: users.id });
  if (!user) throw new Error("no user");
  return { id: user.id, email, name: label };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

async function stored() {
  const [row] = await getDb()
    .select({
      name: organizations.name,
      leadershipStatement: organizations.leadershipStatement,
      description: organizations.description,
      focusAreas: organizations.focusAreas,
      state: organizations.state,
      city: organizations.city,
      zip: organizations.zip,
      isRemote: organizations.isRemote,
      websiteUrl: organizations.websiteUrl,
      donationUrl: organizations.donationUrl,
    })
    .from(organizations)
    .where(eq(organizations.id, groupId));
  return row;
}

const valid: GroupProfileInput = {
  name: "  Casa Nueva  ",
  leadershipStatement: "Led by the tenants of the buildings we organize.",
  description: "",
  focusAreas: " Housing, immigrant   rights,housing ,, FOOD ",
  state: "il",
  city: "Chicago",
  zip: "60623",
  isRemote: "on",
  websiteUrl: "https://example.org/casa",
  donationUrl: "",
};

beforeEach(async () => {
  slug = `group-${++n}`;
  const [group] = await getDb()
    .insert(organizations)
    .values({
      slug,
      name: "Casa",
      kind: "community_group",
      leadershipStatement: "Led by tenants.",
      focusAreas: ["housing"],
      donationUrl: "https://example.org/give",
    })
    .returning({ id: organizations.id });
  groupId = group?.id ?? "";
  owner = await person("owner");
  organizer = await person("organizer");
  viewer = await person("viewer");
  stranger = await person("stranger");
  await getDb()
    .insert(memberships)
    .values([
      { userId: owner.id, organizationId: groupId, role: "owner" },
      { userId: organizer.id, organizationId: groupId, role: "organizer" },
      { userId: viewer.id, organizationId: groupId, role: "viewer" },
    ]);
});

describe("updateGroupProfile", () => {
  it("saves a cleaned profile for an organizer", async () => {
    await expect(updateGroupProfile(organizer, slug, valid)).resolves.toEqual({ slug });
    expect(await stored()).toEqual({
      name: "Casa Nueva",
      leadershipStatement: "Led by the tenants of the buildings we organize.",
      description: null,
      focusAreas: ["housing", "immigrant rights", "food"],
      state: "IL",
      city: "Chicago",
      zip: "60623",
      isRemote: true,
      websiteUrl: "https://example.org/casa",
      donationUrl: null,
    });
    // An unchecked box sends nothing: no longer remote.
    await updateGroupProfile(owner, slug, { ...valid, isRemote: undefined });
    expect((await stored())?.isRemote).toBe(false);
  });

  it("is a 404 for viewers, strangers and groups that don't exist, and changes nothing", async () => {
    const before = await stored();
    for (const actor of [viewer, stranger]) {
      const error = await failure(updateGroupProfile(actor, slug, valid));
      expect(error.code).toBe("NOT_FOUND");
      // A stranger learns nothing about the form either.
      const invalidToo = await failure(updateGroupProfile(actor, slug, { ...valid, zip: "1" }));
      expect(invalidToo.code).toBe("NOT_FOUND");
    }
    expect((await failure(updateGroupProfile(owner, "no-such-group", valid))).code).toBe("NOT_FOUND");
    expect((await failure(getEditableGroup(viewer, slug))).code).toBe("NOT_FOUND");
    expect(await stored()).toEqual(before);
  });

  it("gives each bad field its own message and writes nothing", async () => {
    const before = await stored();
    const error = await failure(
      updateGroupProfile(owner, slug, {
        name: "Casa Nueva",
        leadershipStatement: " ",
        focusAreas: "a, b, c, d, e, f, g, h, i",
        state: "XX",
        zip: "6062",
        websiteUrl: "http://example.org",
        donationUrl: "javascript:alert(1)",
      }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(describeFieldErrors(error.fieldErrors, "en")).toEqual({
      leadershipStatement: ["Say in a sentence or two who leads the group."],
      focusAreas: ["Choose up to 8 focus areas."],
      state: ["Use a 2-letter state code, like IL."],
      zip: ["A ZIP code is 5 digits, like 60623."],
      websiteUrl: ["The website address must be a full web address starting with https://"],
      donationUrl: ["The donation page address must be a full web address starting with https://"],
    });
    expect(await stored()).toEqual(before);
  });

  it("accepts eight focus areas once repeats are dropped", async () => {
    await updateGroupProfile(owner, slug, { ...valid, focusAreas: "a, b, c, d, e, f, g, h, A, h" });
    expect((await stored())?.focusAreas).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
  });
});

describe("members", () => {
  it("are listed and added by owners only", async () => {
    expect((await listGroupMembers(owner, slug)).map((m) => [m.email, m.role])).toEqual([
      [owner.email, "owner"],
      [organizer.email, "organizer"],
      [viewer.email, "viewer"],
    ]);
    expect((await failure(listGroupMembers(organizer, slug))).code).toBe("NOT_FOUND");
    expect(
      (await failure(addGroupMember(organizer, slug, { email: stranger.email, role: "viewer" }))).code,
    ).toBe("NOT_FOUND");

    const added = await addGroupMember(owner, slug, {
      email: ` ${stranger.email.toUpperCase()} `,
      role: "organizer",
    });
    expect(added).toMatchObject({ userId: stranger.id, role: "organizer" });
    await expect(updateGroupProfile(stranger, slug, valid)).resolves.toEqual({ slug });

    const again = await failure(addGroupMember(owner, slug, { email: stranger.email, role: "viewer" }));
    expect(again.code).toBe("ALREADY_EXISTS");
  });

  it("can't be added without an account, or as owners", async () => {
    const missing = await failure(
      addGroupMember(owner, slug, { email: "nobody@example.org", role: "viewer" }),
    );
    expect(missing.message).toContain("No one has signed in to Chorus as nobody@example.org yet");
    const asOwner = await failure(addGroupMember(owner, slug, { email: stranger.email, role: "owner" }));
    expect(describeFieldErrors(asOwner.fieldErrors, "en")?.role).toEqual(["Choose organizer or viewer."]);
    const badEmail = await failure(addGroupMember(owner, slug, { email: "not-an-email", role: "viewer" }));
    expect(describeFieldErrors(badEmail.fieldErrors, "en")?.email).toBeDefined();
  });

  it("are removed by owners, but never the last owner", async () => {
    expect((await failure(removeGroupMember(organizer, slug, viewer.id))).code).toBe("NOT_FOUND");
    await removeGroupMember(owner, slug, viewer.id);
    const last = await failure(removeGroupMember(owner, slug, owner.id));
    expect(last.code).toBe("FORBIDDEN");
    expect((await failure(removeGroupMember(owner, slug, stranger.id))).code).toBe("NOT_FOUND");
    expect((await listGroupMembers(owner, slug)).map((m) => m.email)).toEqual([owner.email, organizer.email]);

    // With two owners, one may go, and then the other is the last.
    const second = await person("second-owner");
    await getDb().insert(memberships).values({ userId: second.id, organizationId: groupId, role: "owner" });
    await removeGroupMember(second, slug, owner.id);
    expect((await failure(removeGroupMember(second, slug, second.id))).code).toBe("FORBIDDEN");
  });

  it("keeps one owner when two owners remove each other at once", async () => {
    const second = await person("second-owner");
    await getDb().insert(memberships).values({ userId: second.id, organizationId: groupId, role: "owner" });
    const results = await Promise.allSettled([
      removeGroupMember(owner, slug, second.id),
      removeGroupMember(second, slug, owner.id),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const owners = await getDb()
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(eq(memberships.role, "owner"));
    expect(owners.filter((o) => o.userId === owner.id || o.userId === second.id)).toHaveLength(1);
  });
});
