import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, rowsOf, type Transaction } from "@/db/client";
import type { CampaignStatus } from "@/db/schema";
import { campaigns, letters, memberships, organizationInvites, organizations, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { env } from "@/lib/env";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { getBoss } from "@/lib/jobs/boss";
import { queueEmail } from "@/lib/jobs/enqueue";
import { hashToken, newToken } from "@/lib/letters/tokens";
import { audit } from "@/lib/security/audit";
import { hitLimit, LIMITS } from "@/lib/security/rate-limit";
import { singleLine, withoutNul } from "@/lib/validation";
import { listMyOrganizations, MANAGE_TEAM, type OrgRole, READ } from "./access";
import { actorHolds, invalid, notFoundIfNul, requireOrg, SLUG_PATTERN, slugify } from "./guard";

export const INVITE_DAYS = 7;
const ROLES = ["owner", "organizer", "viewer"] as const;

export const createOrganizationSchema = z
  .object({
    name: singleLine(
      z
        .string({ message: errorText.organize.giveOrganizationsName })
        .trim()
        .min(2, { message: errorText.organize.giveOrganizationsName })
        .max(120, { message: errorText.organize.keepNameUnder120Characters }),
    ),
    slug: z.string().trim().toLowerCase().optional(),
  })
  .transform((value) => ({ name: value.name, slug: value.slug || slugify(value.name) }))
  .pipe(
    z.object({
      name: z.string(),
      slug: z
        .string()
        .min(3, { message: errorText.organize.webAddressNeedsLeast3 })
        .max(60, { message: errorText.organize.keepWebAddressUnder60 })
        .regex(SLUG_PATTERN, {
          message: errorText.organize.useLowerCaseLettersNumbers2,
        }),
    }),
  );

export type CreateOrganizationInput = { name?: string; slug?: string };

/** A new organization (kind "organization"), with the person who created it as its first owner. */
export async function createOrganization(
  actor: SessionUser,
  input: CreateOrganizationInput,
): Promise<{ slug: string }> {
  const parsed = withoutNul(createOrganizationSchema).safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const { name, slug } = parsed.data;
  await hitLimit(LIMITS.organizationsPerUser, actor.id);
  try {
    // One statement: the organization and its first owner exist together or not at all.
    const [org] = rowsOf<{ slug: string }>(
      await getDb().execute(sql`
        with org as (
          insert into ${organizations} (id, slug, name, kind)
          values (${crypto.randomUUID()}, ${slug}, ${name}, 'organization')
          returning id, slug)
        insert into ${memberships} (user_id, organization_id, role)
        select ${actor.id}, org.id, 'owner' from org
        returning (select slug from org) as slug`),
    );
    if (!org) throw new Error("organization insert returned nothing");
    return { slug: org.slug };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("ALREADY_EXISTS", errorText.organize.webAddressTakenChooseAnother, {
        slug: [errorText.organize.slugUsedByOrganization({ slug })],
      });
    }
    throw error;
  }
}

export type CampaignListItem = {
  id: string;
  slug: string;
  title: string;
  status: CampaignStatus;
  goal: number | null;
  letters: number;
  updatedAt: Date;
};

export type OrganizationWithCampaigns = {
  slug: string;
  name: string;
  role: OrgRole;
  campaigns: CampaignListItem[];
};

const campaignListColumns = {
  id: campaigns.id,
  organizationId: campaigns.organizationId,
  slug: campaigns.slug,
  title: campaigns.title,
  status: campaigns.status,
  goal: campaigns.goal,
  updatedAt: campaigns.updatedAt,
  // Confirmed letters only: an unconfirmed one may never be sent.
  letters: sql<number>`(select count(*)::int from ${letters} l where l.campaign_id = "campaigns"."id" and l.status = 'confirmed')`,
};

const STATUS_ORDER = sql`case ${campaigns.status} when 'published' then 0 when 'preview' then 1 when 'draft' then 2 else 3 end`;

/** Every organization the person belongs to, each with its campaigns (published, drafts, closed). */
export async function listMyOrganizationsWithCampaigns(
  actor: SessionUser,
): Promise<OrganizationWithCampaigns[]> {
  const orgs = await listMyOrganizations(actor);
  if (orgs.length === 0) return [];
  const rows = await getDb()
    .select(campaignListColumns)
    .from(campaigns)
    .where(
      and(
        inArray(
          campaigns.organizationId,
          orgs.map((o) => o.organizationId),
        ),
        actorHolds(actor, campaigns.organizationId, READ),
      ),
    )
    .orderBy(STATUS_ORDER, desc(campaigns.updatedAt));
  return orgs.map((org) => ({
    slug: org.slug,
    name: org.name,
    role: org.role,
    campaigns: rows
      .filter((r) => r.organizationId === org.organizationId)
      .map(({ organizationId: _o, ...campaign }) => campaign),
  }));
}

/** One organization with its campaigns, for any member. */
export async function getOrganizationHome(
  actor: SessionUser,
  organizationSlug: string,
): Promise<OrganizationWithCampaigns> {
  const access = await requireOrg(actor, organizationSlug, READ);
  const rows = await getDb()
    .select(campaignListColumns)
    .from(campaigns)
    .where(
      and(
        eq(campaigns.organizationId, access.organizationId),
        actorHolds(actor, campaigns.organizationId, READ),
      ),
    )
    .orderBy(STATUS_ORDER, desc(campaigns.updatedAt));
  return {
    slug: access.slug,
    name: access.name,
    role: access.role,
    campaigns: rows.map(({ organizationId: _o, ...campaign }) => campaign),
  };
}

export type TeamMember = { userId: string; name: string | null; email: string; role: OrgRole };
export type PendingInvite = { id: string; email: string; role: OrgRole; expiresAt: Date };

/** The team, for any member; pending invitations only for owners. */
export async function listTeam(
  actor: SessionUser,
  organizationSlug: string,
): Promise<{ members: TeamMember[]; invites: PendingInvite[] | null }> {
  const access = await requireOrg(actor, organizationSlug, READ);
  const db = getDb();
  const members = await db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organizationId, access.organizationId),
        actorHolds(actor, access.organizationId, READ),
      ),
    )
    .orderBy(
      sql`case ${memberships.role} when 'owner' then 0 when 'organizer' then 1 else 2 end`,
      asc(users.email),
    );
  if (access.role !== "owner") return { members, invites: null };
  const invites = await db
    .select({
      id: organizationInvites.id,
      email: organizationInvites.email,
      role: organizationInvites.role,
      expiresAt: organizationInvites.expiresAt,
    })
    .from(organizationInvites)
    .where(
      and(
        eq(organizationInvites.organizationId, access.organizationId),
        isNull(organizationInvites.acceptedAt),
        gt(organizationInvites.expiresAt, new Date()),
        actorHolds(actor, access.organizationId, MANAGE_TEAM),
      ),
    )
    .orderBy(desc(organizationInvites.createdAt));
  return { members, invites };
}

export const inviteSchema = z.object({
  email: z
    .string({ message: errorText.organize.enterTheirEmailAddress })
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: errorText.organize.enterEmailAddressLikeName })),
  role: z.enum(ROLES, { message: errorText.organize.chooseOwnerOrganizerViewer }),
});

export type InviteInput = { email?: string; role?: string };

/**
 * An owner invites someone by email. The link carries a random token (only its hash is stored) and works for
 * INVITE_DAYS days, once, for that address. The email is queued in the transaction that stores the invite, in
 * `locale` (the inviter's language) unless the invited person has an account with a language of their own.
 */
export async function inviteMember(
  actor: SessionUser,
  organizationSlug: string,
  input: InviteInput,
  locale: Locale = DEFAULT_LOCALE,
): Promise<{ id: string; email: string; role: OrgRole }> {
  const access = await requireOrg(actor, organizationSlug, MANAGE_TEAM);
  const parsed = inviteSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const { email, role } = parsed.data;
  const db = getDb();
  const [existing] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, access.organizationId), eq(sql`lower(${users.email})`, email)));
  if (existing) {
    throw new AppError("ALREADY_EXISTS", errorText.organize.emailAlreadyOnTeam({ email }), {
      email: [errorText.organize.alreadyTeam],
    });
  }
  const token = newToken();
  // On PGlite the transaction holds the only connection: start pg-boss first.
  await getBoss();
  return db.transaction(async (tx) => {
    // Re-checked under the owners' lock: an owner demoted a moment ago invites no one.
    await lockOwners(tx, actor, access.organizationId);
    // Under the same lock, so simultaneous invitations cannot pass the cap together.
    await checkInviteAllowance(tx, access.organizationId);
    // Counted in the transaction: only invitations really made count.
    await hitLimit(LIMITS.invitesPerUser, actor.id, tx, { audit: false });
    await hitLimit(LIMITS.invitesPerOrganization, access.organizationId, tx, { audit: false });
    const [invite] = await tx
      .insert(organizationInvites)
      .values({
        organizationId: access.organizationId,
        email,
        role,
        tokenHash: hashToken(token),
        invitedBy: actor.id,
        expiresAt: new Date(Date.now() + INVITE_DAYS * 24 * 3600 * 1000),
      })
      .returning({ id: organizationInvites.id });
    if (!invite) throw new AppError("FORBIDDEN", errorText.organize.onlyOrganizationsOwnersDo);
    await queueEmail(tx, {
      template: "organization-invite",
      props: {
        organizationName: access.name,
        inviterName: actor.name ?? actor.email,
        role,
        acceptUrl: `${env.appUrl}/organize/invites/${token}`,
        days: INVITE_DAYS,
        locale,
      },
      to: email,
      idempotencyKey: `organization-invite:${invite.id}`,
    });
    return { id: invite.id, email, role };
  });
}

/**
 * An organization no instance operator has verified yet sends at most UNVERIFIED_ORGANIZATION_INVITES invitations
 * (ever, withdrawn ones included): a new account cannot make Chorus mail a list of strangers.
 */
async function checkInviteAllowance(tx: Transaction, organizationId: string): Promise<void> {
  const [row] = await tx
    .select({
      status: organizations.verificationStatus,
      sent: sql<number>`(select count(*)::int from ${organizationInvites} i where i.organization_id = ${organizationId})`,
    })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!row || row.status === "verified") return;
  const allowed = env.unverifiedOrganizationInvites;
  if (row.sent >= allowed) {
    throw new AppError("FORBIDDEN", errorText.organize.unverifiedInvitations({ allowed }));
  }
}

/** An owner withdraws an invitation that has not been accepted. */
export async function revokeInvite(
  actor: SessionUser,
  organizationSlug: string,
  inviteId: string,
): Promise<void> {
  const access = await requireOrg(actor, organizationSlug, MANAGE_TEAM);
  notFoundIfNul(errorText.organize.invitationWasAlreadyAcceptedWithdrawn, inviteId);
  const deleted = await getDb()
    .delete(organizationInvites)
    .where(
      and(
        eq(organizationInvites.id, inviteId),
        eq(organizationInvites.organizationId, access.organizationId),
        isNull(organizationInvites.acceptedAt),
        actorHolds(actor, access.organizationId, MANAGE_TEAM),
      ),
    )
    .returning({ id: organizationInvites.id });
  if (deleted.length === 0)
    throw new AppError("NOT_FOUND", errorText.organize.invitationWasAlreadyAcceptedWithdrawn);
}

export type InviteView = {
  organizationName: string;
  organizationSlug: string;
  email: string;
  role: OrgRole;
  isForYou: boolean;
  isMember: boolean;
  state: "open" | "accepted" | "expired";
};

const INVITE_GONE = errorText.organize.invitationLinkDoesntWorkAsk;

/** What an invitation link is about, for the signed-in person following it. */
export async function findInvite(actor: SessionUser, token: string): Promise<InviteView> {
  assertToken(token);
  const [row] = await getDb()
    .select({
      organizationName: organizations.name,
      organizationSlug: organizations.slug,
      email: organizationInvites.email,
      role: organizationInvites.role,
      expiresAt: organizationInvites.expiresAt,
      acceptedAt: organizationInvites.acceptedAt,
      isMember: sql<boolean>`exists (select 1 from ${memberships} m where m.organization_id = "organizations"."id" and m.user_id = ${actor.id})`,
    })
    .from(organizationInvites)
    .innerJoin(organizations, eq(organizations.id, organizationInvites.organizationId))
    .where(eq(organizationInvites.tokenHash, hashToken(token)));
  if (!row) throw new AppError("NOT_FOUND", INVITE_GONE);
  return {
    organizationName: row.organizationName,
    organizationSlug: row.organizationSlug,
    email: row.email,
    role: row.role,
    isForYou: row.email.toLowerCase() === actor.email.toLowerCase(),
    isMember: row.isMember,
    state: row.acceptedAt ? "accepted" : row.expiresAt <= new Date() ? "expired" : "open",
  };
}

/**
 * Accepting adds the membership once: the invite row is locked and marked accepted in the same transaction,
 * and someone already on the team keeps the role they have.
 */
/** The token comes bound into a server action, so a crafted request may send anything in its place. */
function assertToken(token: unknown): asserts token is string {
  if (typeof token !== "string" || token.length > 200) throw new AppError("NOT_FOUND", INVITE_GONE);
}

export async function acceptInvite(actor: SessionUser, token: string): Promise<{ organizationSlug: string }> {
  assertToken(token);
  return getDb().transaction(async (tx) => {
    const [invite] = await tx
      .select({
        id: organizationInvites.id,
        organizationId: organizationInvites.organizationId,
        email: organizationInvites.email,
        role: organizationInvites.role,
        expiresAt: organizationInvites.expiresAt,
        acceptedAt: organizationInvites.acceptedAt,
      })
      .from(organizationInvites)
      .where(eq(organizationInvites.tokenHash, hashToken(token)))
      .for("update");
    if (!invite || invite.acceptedAt) throw new AppError("NOT_FOUND", INVITE_GONE);
    if (invite.email.toLowerCase() !== actor.email.toLowerCase()) {
      throw new AppError("FORBIDDEN", errorText.organize.invitationIsFor({ email: invite.email }));
    }
    if (invite.expiresAt <= new Date()) {
      throw new AppError("NOT_FOUND", errorText.organize.invitationExpiredAskPersonWho);
    }
    await tx
      .insert(memberships)
      .values({ userId: actor.id, organizationId: invite.organizationId, role: invite.role })
      .onConflictDoNothing();
    await audit(
      {
        action: "org.member_added",
        actorId: actor.id,
        organizationId: invite.organizationId,
        subject: actor.id,
        details: { role: invite.role, via: "invite" },
      },
      tx,
    );
    await tx
      .update(organizationInvites)
      .set({ acceptedAt: new Date() })
      .where(eq(organizationInvites.id, invite.id));
    const [org] = await tx
      .select({ slug: organizations.slug })
      .from(organizations)
      .where(eq(organizations.id, invite.organizationId));
    if (!org) throw new AppError("NOT_FOUND", INVITE_GONE);
    return { organizationSlug: org.slug };
  });
}

/** The owners' rows, locked, with the actor re-checked as an owner under the lock. */
async function lockOwners(tx: Transaction, actor: SessionUser, organizationId: string) {
  const owners = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, "owner")))
    .for("update");
  if (!owners.some((o) => o.userId === actor.id)) {
    throw new AppError("FORBIDDEN", errorText.organize.onlyOrganizationsOwnersDo);
  }
  return owners;
}

const LAST_OWNER = errorText.organize.organizationNeedsLeastOneOwner;

/** An owner changes a member's role; never leaving the organization without an owner. */
export async function changeMemberRole(
  actor: SessionUser,
  organizationSlug: string,
  userId: string,
  role: string,
): Promise<void> {
  const access = await requireOrg(actor, organizationSlug, MANAGE_TEAM);
  notFoundIfNul(errorText.organize.personNotTeam, userId);
  const parsedRole = z.enum(ROLES).safeParse(role);
  if (!parsedRole.success) {
    throw new AppError("INVALID_INPUT", errorText.organize.chooseOwnerOrganizerViewer, {
      role: [errorText.organize.chooseRole],
    });
  }
  await getDb().transaction(async (tx) => {
    const owners = await lockOwners(tx, actor, access.organizationId);
    if (parsedRole.data !== "owner" && owners.length <= 1 && owners.some((o) => o.userId === userId)) {
      throw new AppError("FORBIDDEN", LAST_OWNER);
    }
    const changed = await tx
      .update(memberships)
      .set({ role: parsedRole.data })
      .where(and(eq(memberships.organizationId, access.organizationId), eq(memberships.userId, userId)))
      .returning({ userId: memberships.userId });
    if (changed.length === 0) throw new AppError("NOT_FOUND", errorText.organize.personNotTeam);
    await audit(
      {
        action: "org.role_changed",
        actorId: actor.id,
        organizationId: access.organizationId,
        subject: userId,
        details: { role: parsedRole.data },
      },
      tx,
    );
  });
}

/** An owner removes a member (themselves included), never the last owner. */
export async function removeMember(
  actor: SessionUser,
  organizationSlug: string,
  userId: string,
): Promise<void> {
  const access = await requireOrg(actor, organizationSlug, MANAGE_TEAM);
  notFoundIfNul(errorText.organize.personNotTeam, userId);
  await getDb().transaction(async (tx) => {
    const owners = await lockOwners(tx, actor, access.organizationId);
    if (owners.length <= 1 && owners.some((o) => o.userId === userId)) {
      throw new AppError("FORBIDDEN", LAST_OWNER);
    }
    const removed = await tx
      .delete(memberships)
      .where(and(eq(memberships.organizationId, access.organizationId), eq(memberships.userId, userId)))
      .returning({ userId: memberships.userId });
    if (removed.length === 0) throw new AppError("NOT_FOUND", errorText.organize.personNotTeam);
    await audit(
      {
        action: "org.member_removed",
        actorId: actor.id,
        organizationId: access.organizationId,
        subject: userId,
      },
      tx,
    );
  });
}
