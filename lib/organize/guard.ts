import "server-only";
import { and, eq, getTableName, inArray, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { z } from "zod";
import type { Transaction } from "@/db/client";
import { memberships } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { type ErrorText, errorText, issueTexts } from "@/lib/i18n/errors";
import { containsNul } from "@/lib/validation";
import {
  type CampaignAccess,
  type OrgAccess,
  type OrgRole,
  READ,
  requireCampaignRole,
  requireOrgRole,
} from "./access";

function forbidden(roles: readonly OrgRole[]): AppError {
  return new AppError("FORBIDDEN", errorText.organize.onlyRolesCanDoThat({ roles: roles.slice(0, 2) }));
}

/**
 * Members who lack the role get FORBIDDEN (they can see the thing, so hiding it would only confuse them);
 * anyone else gets NOT_FOUND, exactly as for a thing that does not exist.
 */
export async function requireOrg(
  actor: SessionUser,
  organizationSlug: string,
  roles: readonly OrgRole[],
): Promise<OrgAccess> {
  const access = await requireOrgRole(actor, organizationSlug, READ);
  if (!roles.includes(access.role)) throw forbidden(roles);
  return access;
}

export async function requireCampaign(
  actor: SessionUser,
  campaignId: string,
  roles: readonly OrgRole[],
): Promise<CampaignAccess> {
  const access = await requireCampaignRole(actor, campaignId, READ);
  if (!roles.includes(access.role)) throw forbidden(roles);
  return access;
}

/**
 * The same check again inside a write's WHERE clause, so a role taken away between the check and the write
 * (or a forged id) changes nothing.
 */
export function actorHolds(
  actor: SessionUser,
  organizationId: AnyPgColumn | string,
  roles: readonly OrgRole[],
) {
  // Qualified by hand: inside a subquery drizzle renders columns unqualified, and "organization_id" alone
  // would name the membership's own column (always true).
  const organization =
    typeof organizationId === "string"
      ? sql`${organizationId}`
      : sql`${sql.identifier(getTableName(organizationId.table))}.${sql.identifier(organizationId.name)}`;
  return sql`exists (select 1 from ${memberships} m where m.user_id = ${actor.id} and m.organization_id = ${organization} and m.role in (${sql.join(
    roles.map((role) => sql`${role}`),
    sql`, `,
  )}))`;
}

/**
 * Inside a transaction: the actor's membership row with one of `roles`, share-locked so a concurrent role
 * change or removal waits for this write (or this write sees it and stops).
 */
export async function holdRole(
  tx: Transaction,
  actor: SessionUser,
  organizationId: string,
  roles: readonly OrgRole[],
) {
  const [row] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, actor.id),
        eq(memberships.organizationId, organizationId),
        inArray(memberships.role, [...roles]),
      ),
    )
    .for("share");
  if (!row) throw forbidden(roles);
  return row.role;
}

/**
 * An id from a request that holds U+0000 names nothing (no id holds it, and Postgres cannot even compare it):
 * the same answer as for any id that is not there, instead of a database error.
 */
export function notFoundIfNul(message: ErrorText, ...values: unknown[]): void {
  if (values.some(containsNul)) throw new AppError("NOT_FOUND", message);
}

export function invalid(error: z.ZodError, message = errorText.common.checkHighlightedFields): AppError {
  return new AppError("INVALID_INPUT", message, issueTexts(error.issues));
}

/** "Neighbors for Fair Housing!" → "neighbors-for-fair-housing" (accents folded, at most 60 characters). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
