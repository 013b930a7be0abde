import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, organizations } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { containsNul } from "@/lib/validation";

export type GroupRole = "owner" | "organizer" | "viewer";

/** Who may do what in a group: viewers see the dashboard, organizers and owners change things. */
export const CAN_MANAGE: readonly GroupRole[] = ["owner", "organizer"];
export const CAN_VIEW: readonly GroupRole[] = ["owner", "organizer", "viewer"];

export type GroupAccess = { id: string; slug: string; name: string; role: GroupRole };

/**
 * The community group with this slug, if the person holds one of `roles` in it. Authorization is in the query:
 * a group someone is not a member of looks exactly like one that does not exist (404), so slugs leak nothing.
 */
export async function requireGroupRole(
  actor: SessionUser,
  slug: string,
  roles: readonly GroupRole[] = CAN_MANAGE,
): Promise<GroupAccess> {
  const notFound = new AppError("NOT_FOUND", errorText.groups.couldntFindGroupAmongGroups);
  // No slug holds U+0000, and Postgres cannot compare it: such a group is simply not there.
  if (containsNul(slug)) throw notFound;
  const [row] = await getDb()
    .select({
      id: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      role: memberships.role,
    })
    .from(organizations)
    .innerJoin(memberships, eq(memberships.organizationId, organizations.id))
    .where(
      and(
        eq(organizations.slug, slug),
        eq(organizations.kind, "community_group"),
        eq(memberships.userId, actor.id),
        inArray(memberships.role, [...roles]),
      ),
    );
  if (!row) throw notFound;
  return row;
}

/** The groups this person helps run (for links to their dashboards). */
export async function listMyGroups(actor: SessionUser): Promise<GroupAccess[]> {
  return getDb()
    .select({
      id: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      role: memberships.role,
    })
    .from(organizations)
    .innerJoin(memberships, eq(memberships.organizationId, organizations.id))
    .where(and(eq(memberships.userId, actor.id), eq(organizations.kind, "community_group")))
    .orderBy(organizations.name);
}
