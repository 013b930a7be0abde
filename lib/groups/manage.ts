import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { memberships, organizations, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { STATE_NAMES } from "@/lib/officials/present";
import { audit } from "@/lib/security/audit";
import { containsNul, optionalHttpsUrl, singleLine, withoutNul } from "@/lib/validation";
import { CAN_MANAGE, type GroupRole, requireGroupRole } from "./access";

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
        .string({ message: "Give the group's name." })
        .trim()
        .min(2, { message: "Give the group's name." })
        .max(120, { message: "Please keep the name under 120 characters." }),
    ),
    leadershipStatement: z
      .string({ message: "Say in a sentence or two who leads the group." })
      .trim()
      .min(10, { message: "Say in a sentence or two who leads the group." })
      .max(600, { message: "Please keep this under 600 characters." }),
    description: optionalText(2000, "Please keep the description under 2,000 characters."),
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
        message: `Choose up to ${MAX_FOCUS_AREAS} focus areas.`,
      })
      .refine((areas) => areas.every((area) => area.length <= MAX_FOCUS_LENGTH), {
        message: `Keep each focus area under ${MAX_FOCUS_LENGTH} characters.`,
      }),
    state: z
      .string()
      .trim()
      .toUpperCase()
      .optional()
      .refine((value) => !value || (/^[A-Z]{2}$/.test(value) && value in STATE_NAMES), {
        message: "Use a 2-letter state code, like IL.",
      })
      .transform((value) => (value ? value : null)),
    city: singleLine(z.string().trim().max(100, { message: "Please keep the city under 100 characters." }))
      .optional()
      .transform((value) => (value ? value : null)),
    zip: z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || /^\d{5}$/.test(value), { message: "A ZIP code is 5 digits, like 60623." })
      .transform((value) => (value ? value : null)),
    // An unchecked checkbox sends nothing.
    isRemote: z
      .string()
      .optional()
      .transform((value) => value === "on" || value === "true"),
    websiteUrl: optionalHttpsUrl("website address"),
    donationUrl: optionalHttpsUrl("donation page address"),
    dropOffPlace: singleLine(
      z.string().trim().max(200, { message: "Please keep the drop-off place under 200 characters." }),
    )
      .optional()
      .transform((value) => (value ? value : null)),
    dropOffHours: singleLine(
      z.string().trim().max(200, { message: "Please keep the drop-off hours under 200 characters." }),
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
  role: GroupRole;
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
  const access = await requireGroupRole(actor, slug, CAN_MANAGE);
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
  if (!row) throw new AppError("NOT_FOUND", "We couldn't find that group among the groups you help run.");
  return { id: access.id, slug: access.slug, role: access.role, ...row };
}

function invalid(error: z.ZodError): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
  }
  return new AppError("INVALID_INPUT", "Please check the highlighted fields.", fieldErrors);
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
  const access = await requireGroupRole(actor, slug, CAN_MANAGE);
  const parsed = groupProfileSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const updated = await getDb()
    .update(organizations)
    .set(parsed.data)
    .where(and(eq(organizations.id, access.id), eq(organizations.kind, "community_group")))
    .returning({ slug: organizations.slug });
  const [row] = updated;
  if (!row) throw new AppError("NOT_FOUND", "We couldn't find that group among the groups you help run.");
  return row;
}

export type GroupMember = { userId: string; name: string | null; email: string; role: GroupRole };

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
    .string({ message: "Enter their email address." })
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: "Please enter an email address like name@example.org." })),
  role: z.enum(["organizer", "viewer"], { message: "Choose organizer or viewer." }),
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
    throw new AppError(
      "NOT_FOUND",
      `No one has signed in to Chorus as ${email} yet. Ask them to sign in once, then add them here.`,
      { email: ["No Chorus account uses this address yet."] },
    );
  }
  try {
    await db.insert(memberships).values({ userId: person.id, organizationId: access.id, role });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(
        "ALREADY_EXISTS",
        `The person at ${person.email} is already a member of this group.`,
        {
          email: ["Already a member."],
        },
      );
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
  if (containsNul(userId)) throw new AppError("NOT_FOUND", "That person is not a member of this group.");
  await getDb().transaction(async (tx) => {
    const owners = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.organizationId, access.id), eq(memberships.role, "owner")))
      .for("update");
    // Re-checked under the lock: an owner removed a moment ago can't remove anyone any more.
    if (!owners.some((o) => o.userId === actor.id)) {
      throw new AppError("NOT_FOUND", "We couldn't find that group among the groups you help run.");
    }
    const isOwner = owners.some((o) => o.userId === userId);
    if (isOwner && owners.length <= 1) {
      throw new AppError(
        "FORBIDDEN",
        "A group needs at least one owner, so its last owner can't be removed.",
      );
    }
    const removed = await tx
      .delete(memberships)
      .where(and(eq(memberships.organizationId, access.id), eq(memberships.userId, userId)))
      .returning({ userId: memberships.userId });
    if (removed.length === 0) throw new AppError("NOT_FOUND", "That person is not a member of this group.");
    await audit(
      { action: "group.member_removed", actorId: actor.id, organizationId: access.id, subject: userId },
      tx,
    );
  });
}
