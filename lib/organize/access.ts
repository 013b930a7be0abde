import "server-only";
import { and, eq, inArray } from "drizzle-orm";
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
  const [row] = await getDb()
    .select({
      organizationId: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      role: memberships.role,
    })
    .from(organizations)
    .innerJoin(memberships, eq(memberships.organizationId, organizations.id))
    .where(
      and(
        eq(organizations.slug, organizationSlug),
        eq(memberships.userId, actor.id),
        inArray(memberships.role, [...roles]),
      ),
    );
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

/** The organizations this person belongs to, for the console's home. */
export async function listMyOrganizations(actor: SessionUser): Promise<OrgAccess[]> {
  return getDb()
    .select({
      organizationId: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      role: memberships.role,
    })
    .from(organizations)
    .innerJoin(memberships, eq(memberships.organizationId, organizations.id))
    .where(eq(memberships.userId, actor.id))
    .orderBy(organizations.name);
}
