/**
 * Who may do what, for organizations and community groups alike (a group is an organization of kind
 * `community_group`, with the same memberships and roles). Authorization is in the query: something a person
 * holds no role in looks exactly like something that does not exist (404), so slugs and ids leak nothing.
 */
import "server-only";
import { and, eq, inArray, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { campaigns, memberships, organizations } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { containsNul } from "@/lib/validation";

export type OrgRole = "owner" | "organizer" | "viewer";

/** Viewers read; organizers and owners build and run campaigns; only owners manage the team. */
export const READ: readonly OrgRole[] = ["owner", "organizer", "viewer"];
export const WRITE: readonly OrgRole[] = ["owner", "organizer"];
export const MANAGE_TEAM: readonly OrgRole[] = ["owner"];

export type OrgAccess = { organizationId: string; slug: string; name: string; role: OrgRole };
export type CampaignAccess = OrgAccess & { campaignId: string; campaignSlug: string; status: string };
/** A community group as its pages and data functions know it: `id` is its organization's id. */
export type GroupAccess = { id: string; slug: string; name: string; role: OrgRole };

/**
 * The one membership query: the organizations (groups among them) where the person holds one of `roles`,
 * narrowed by `where`, by name.
 */
function membershipsOf(actor: SessionUser, roles: readonly OrgRole[], where?: SQL) {
  return getDb()
    .select({
      organizationId: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      role: memberships.role,
    })
    .from(organizations)
    .innerJoin(memberships, eq(memberships.organizationId, organizations.id))
    .where(and(eq(memberships.userId, actor.id), inArray(memberships.role, [...roles]), where))
    .orderBy(organizations.name);
}

function asGroup({ organizationId, ...rest }: OrgAccess): GroupAccess {
  return { id: organizationId, ...rest };
}

/**
 * The organization, if the person holds one of `roles` in it. Authorization is in the query: an organization
 * someone does not belong to looks exactly like one that does not exist (404).
 */
export async function requireOrgRole(
  actor: SessionUser,
  organizationSlug: string,
  roles: readonly OrgRole[] = READ,
): Promise<OrgAccess> {
  const notFound = new AppError("NOT_FOUND", errorText.organize.couldntFindOrganizationAmongYours);
  // No slug holds U+0000, and Postgres cannot compare it: such an organization is simply not there.
  if (containsNul(organizationSlug)) throw notFound;
  const [row] = await membershipsOf(actor, roles, eq(organizations.slug, organizationSlug));
  if (!row) throw notFound;
  return row;
}

/** The campaign (by id), if the person holds one of `roles` in the organization that runs it. */
export async function requireCampaignRole(
  actor: SessionUser,
  campaignId: string,
  roles: readonly OrgRole[] = READ,
): Promise<CampaignAccess> {
  const notFound = new AppError("NOT_FOUND", errorText.organize.couldntFindCampaignAmongOrganizations);
  if (containsNul(campaignId)) throw notFound;
  const [row] = await getDb()
    .select({
      campaignId: campaigns.id,
      campaignSlug: campaigns.slug,
      status: campaigns.status,
      organizationId: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      role: memberships.role,
    })
    .from(campaigns)
    .innerJoin(organizations, eq(organizations.id, campaigns.organizationId))
    .innerJoin(memberships, eq(memberships.organizationId, organizations.id))
    .where(
      and(
        eq(campaigns.id, campaignId),
        eq(memberships.userId, actor.id),
        inArray(memberships.role, [...roles]),
      ),
    );
  if (!row) throw notFound;
  return row;
}

/** The organizations this person belongs to (their groups among them), for the console's home. */
export async function listMyOrganizations(actor: SessionUser): Promise<OrgAccess[]> {
  return membershipsOf(actor, READ);
}

/**
 * The community group with this slug, if the person holds one of `roles` in it. Viewers see its dashboard;
 * organizers and owners change things (WRITE, the default).
 */
export async function requireGroupRole(
  actor: SessionUser,
  slug: string,
  roles: readonly OrgRole[] = WRITE,
): Promise<GroupAccess> {
  const notFound = new AppError("NOT_FOUND", errorText.groups.couldntFindGroupAmongGroups);
  // No slug holds U+0000, and Postgres cannot compare it: such a group is simply not there.
  if (containsNul(slug)) throw notFound;
  const [row] = await membershipsOf(
    actor,
    roles,
    and(eq(organizations.slug, slug), eq(organizations.kind, "community_group")),
  );
  if (!row) throw notFound;
  return asGroup(row);
}

/** The groups this person belongs to (for links to their dashboards). */
export async function listMyGroups(actor: SessionUser): Promise<GroupAccess[]> {
  return (await membershipsOf(actor, READ, eq(organizations.kind, "community_group"))).map(asGroup);
}
