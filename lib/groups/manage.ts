import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { memberships, organizations, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { errorText, issueTexts } from "@/lib/i18n/errors";
import { STATE_NAMES } from "@/lib/officials/present";
import { type OrgRole, requireGroupRole, WRITE } from "@/lib/organize/access";
import { audit } from "@/lib/security/audit";
import { containsNul, optionalHttpsUrl, singleLine, withoutNul } from "@/lib/validation";

export const MAX_FOCUS_AREAS = 8;
const MAX_FOCUS_LENGTH = 40;

/** "" (an empty form field) is "not given". */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, { message: tooLong })
    .optional()
    .transform((value) => (value ? value : null));

/**
 * A group's profile as its members type it. Focus areas are one comma-separated field: trimmed, lower case,
 * repeats dropped, at most eight, so the directory's filter stays a short list.
 */
export const groupProfileSchema = withoutNul(
  z.object({
    name: singleLine(
      z
        .string({ message: errorText.groups.giveGroupsName })
        .trim()
        .min(2, { message: errorText.groups.giveGroupsName })
        .max(120, { message: errorText.groups.keepNameUnder120Characters }),
    ),
    leadershipStatement: z
      .string({ message: errorText.groups.saySentenceTwoWhoLeads })
      .trim()
      .min(10, { message: errorText.groups.saySentenceTwoWhoLeads })
      .max(600, { message: errorText.groups.keepUnder600Characters }),
    description: optionalText(2000, errorText.groups.keepDescriptionUnder2000),
    focusAreas: z
      .string()
      .optional()
      .transform((value) => [
        ...new Set(
          (value ?? "")
            .split(",")
            .map((area) => area.trim().replace(/\s+/g, " ").toLowerCase())
            .filter(Boolean),
        ),
      ])
      .refine((areas) => areas.length <= MAX_FOCUS_AREAS, {
        message: errorText.groups.maxFocusAreas({ max: MAX_FOCUS_AREAS }),
      })
      .refine((areas) => areas.every((area) => area.length <= MAX_FOCUS_LENGTH), {
        message: errorText.groups.focusAreaTooLong({ max: MAX_FOCUS_LENGTH }),
      }),
    state: z
      .string()
      .trim()
      .toUpperCase()
      .optional()
      .refine((value) => !value || (/^[A-Z]{2}$/.test(value) && value in STATE_NAMES), {
        message: errorText.groups.use2LetterStateCode,
      })
      .transform((value) => (value ? value : null)),
    city: singleLine(z.string().trim().max(100, { message: errorText.groups.keepCityUnder100Characters }))
      .optional()
      .transform((value) => (value ? value : null)),
    zip: z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || /^\d{5}$/.test(value), { message: errorText.groups.zipCode5DigitsLike })
      .transform((value) => (value ? value : null)),
    // An unchecked checkbox sends nothing.
    isRemote: z
      .string()
      .optional()
      .transform((value) => value === "on" || value === "true"),
    websiteUrl: optionalHttpsUrl({
      tooLong: errorText.groups.keepWebsiteAddressUnder500,
      notHttps: errorText.groups.websiteAddressNotHttps,
    }),
    donationUrl: optionalHttpsUrl({
      tooLong: errorText.groups.keepDonationAddressUnder500,
      notHttps: errorText.groups.donationAddressNotHttps,
    }),
    dropOffPlace: singleLine(
      z.string().trim().max(200, { message: errorText.groups.keepDropOffPlaceUnder200 }),
    )
      .optional()
      .transform((value) => (value ? value : null)),
    dropOffHours: singleLine(
      z.string().trim().max(200, { message: errorText.groups.keepDropOffHoursUnder200 }),
    )
      .optional()
      .transform((value) => (value ? value : null)),
  }),
);

/** As the form sends it: strings, any of them missing (an unchecked box sends nothing). Checked here. */
export type GroupProfileInput = { [K in keyof z.input<typeof groupProfileSchema>]?: string };

export type EditableGroup = {
  id: string;
  slug: string;
  role: OrgRole;
  name: string;
  leadershipStatement: string | null;
  description: string | null;
  focusAreas: string[];
  state: string | null;
  city: string | null;
  zip: string | null;
  isRemote: boolean;
  websiteUrl: string | null;
  donationUrl: string | null;
  dropOffPlace: string | null;
  dropOffHours: string | null;
};

/** The profile as the edit form needs it, for owners and organizers only (anyone else: NOT_FOUND). */
export async function getEditableGroup(actor: SessionUser, slug: string): Promise<EditableGroup> {
  const access = await requireGroupRole(actor, slug, WRITE);
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
      dropOffPlace: organizations.dropOffPlace,
      dropOffHours: organizations.dropOffHours,
    })
    .from(organizations)
    .where(eq(organizations.id, access.id));
  if (!row) throw new AppError("NOT_FOUND", errorText.groups.couldntFindGroupAmongGroups);
  return { id: access.id, slug: access.slug, role: access.role, ...row };
}

function invalid(error: z.ZodError): AppError {
  return new AppError("INVALID_INPUT", errorText.common.checkHighlightedFields, issueTexts(error.issues));
}

/**
 * Saves a group's profile. Only its owners and organizers may (checked first, so a stranger learns nothing
 * about the form); everything is validated before the one UPDATE, so nothing is ever half-written. The slug
 * never changes: links people have shared keep working after a rename.
 */
export async function updateGroupProfile(
  actor: SessionUser,
  slug: string,
  input: GroupProfileInput,
): Promise<{ slug: string }> {
  const access = await requireGroupRole(actor, slug, WRITE);
  const parsed = groupProfileSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const updated = await getDb()
    .update(organizations)
    .set(parsed.data)
    .where(and(eq(organizations.id, access.id), eq(organizations.kind, "community_group")))
    .returning({ slug: organizations.slug });
  const [row] = updated;
  if (!row) throw new AppError("NOT_FOUND", errorText.groups.couldntFindGroupAmongGroups);
  return row;
}

export type GroupMember = { userId: string; name: string | null; email: string; role: OrgRole };

/** The group's members, for its owners only. */
export async function listGroupMembers(actor: SessionUser, slug: string): Promise<GroupMember[]> {
  const access = await requireGroupRole(actor, slug, ["owner"]);
  return getDb()
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, access.id))
    .orderBy(
      sql`case ${memberships.role} when 'owner' then 0 when 'organizer' then 1 else 2 end`,
      asc(users.email),
    );
}

export const addMemberSchema = z.object({
  email: z
    .string({ message: errorText.groups.enterTheirEmailAddress })
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: errorText.groups.enterEmailAddressLikeName })),
  role: z.enum(["organizer", "viewer"], { message: errorText.groups.chooseOrganizerViewer }),
});

/** As the form sends it: any strings (checked here, since the role comes from the browser). */
export type AddMemberInput = { email?: string; role?: string };

/**
 * An owner adds someone who already has a Chorus account (they have signed in once) as an organizer or viewer.
 * We don't create accounts for people who haven't chosen to join.
 */
export async function addGroupMember(
  actor: SessionUser,
  slug: string,
  input: AddMemberInput,
): Promise<GroupMember> {
  const access = await requireGroupRole(actor, slug, ["owner"]);
  const parsed = addMemberSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const { email, role } = parsed.data;
  const db = getDb();
  const [person] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  if (!person) {
    throw new AppError("NOT_FOUND", errorText.groups.noOneSignedInAs({ email }), {
      email: [errorText.groups.noChorusAccountUsesAddress],
    });
  }
  try {
    await db.insert(memberships).values({ userId: person.id, organizationId: access.id, role });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("ALREADY_EXISTS", errorText.groups.alreadyMemberAt({ email: person.email }), {
        email: [errorText.groups.alreadyMember],
      });
    }
    throw error;
  }
  await audit({
    action: "group.member_added",
    actorId: actor.id,
    organizationId: access.id,
    subject: person.id,
    details: { role },
  });
  return { userId: person.id, name: person.name, email: person.email, role };
}

/**
 * An owner removes a member (themselves included), but never the group's last owner: the owners' rows are
 * locked first, so two owners removing each other at once cannot leave the group with none.
 */
export async function removeGroupMember(actor: SessionUser, slug: string, userId: string): Promise<void> {
  const access = await requireGroupRole(actor, slug, ["owner"]);
  if (containsNul(userId)) throw new AppError("NOT_FOUND", errorText.groups.personNotMemberGroup);
  await getDb().transaction(async (tx) => {
    const owners = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.organizationId, access.id), eq(memberships.role, "owner")))
      .for("update");
    // Re-checked under the lock: an owner removed a moment ago can't remove anyone any more.
    if (!owners.some((o) => o.userId === actor.id)) {
      throw new AppError("NOT_FOUND", errorText.groups.couldntFindGroupAmongGroups);
    }
    const isOwner = owners.some((o) => o.userId === userId);
    if (isOwner && owners.length <= 1) {
      throw new AppError("FORBIDDEN", errorText.groups.groupNeedsLeastOneOwner);
    }
    const removed = await tx
      .delete(memberships)
      .where(and(eq(memberships.organizationId, access.id), eq(memberships.userId, userId)))
      .returning({ userId: memberships.userId });
    if (removed.length === 0) throw new AppError("NOT_FOUND", errorText.groups.personNotMemberGroup);
    await audit(
      { action: "group.member_removed", actorId: actor.id, organizationId: access.id, subject: userId },
      tx,
    );
  });
}
