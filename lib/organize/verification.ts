/**
 * Instance operators vouch for organizations (issue 19 item 1). A new organization cannot have letters emailed
 * to its custom targets, and sends only UNVERIFIED_ORGANIZATION_INVITES invitations, until an operator verifies
 * it: from the command line (`npm run org:verify -- SLUG`, `--list`, `--revoke`) or at /operator, open to the
 * people whose sign-in address is in OPERATOR_EMAILS.
 *
 * Not marked server-only: the command line uses it.
 */
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { organizations } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { getBoss } from "@/lib/jobs/boss";
import { queueLetterDispatch } from "@/lib/jobs/enqueue";
import { audit } from "@/lib/security/audit";

export type VerificationStatus = "unverified" | "verified" | "revoked";

export type AwaitingOrganization = {
  slug: string;
  name: string;
  kind: "organization" | "community_group";
  status: VerificationStatus;
  createdAt: Date;
  owners: string[];
  customTargets: number;
  invites: number;
  campaigns: number;
};

/** Whether the signed-in person is one of this instance's operators (by the address they sign in with). */
export function isOperator(actor: SessionUser | null): boolean {
  return actor !== null && env.operatorEmails.includes(actor.email.trim().toLowerCase());
}

/** Anyone else sees nothing: the operator page and its actions do not exist for them. */
function requireOperator(actor: SessionUser): void {
  if (!isOperator(actor)) throw new AppError("NOT_FOUND", errorText.organize.pageDoesNotExist);
}

/** Organizations not verified (new or revoked), oldest first, with what an operator needs to judge them. */
export async function listOrganizationsAwaitingVerification(
  actor: SessionUser,
): Promise<AwaitingOrganization[]> {
  requireOperator(actor);
  return readAwaiting();
}

/** The same list for the command line. */
export async function readAwaiting(executor: Executor = getDb()): Promise<AwaitingOrganization[]> {
  return executor
    .select({
      slug: organizations.slug,
      name: organizations.name,
      kind: organizations.kind,
      status: organizations.verificationStatus,
      createdAt: organizations.createdAt,
      owners: sql<string[]>`coalesce((select array_agg(u.email order by u.email) from memberships m
        join users u on u.id = m.user_id where m.organization_id = "organizations"."id" and m.role = 'owner'),
        '{}')`,
      customTargets: sql<number>`(select count(*)::int from custom_targets ct where ct.organization_id = "organizations"."id")`,
      invites: sql<number>`(select count(*)::int from organization_invites i where i.organization_id = "organizations"."id")`,
      campaigns: sql<number>`(select count(*)::int from campaigns c where c.organization_id = "organizations"."id")`,
    })
    .from(organizations)
    .where(ne(organizations.verificationStatus, "verified"))
    .orderBy(asc(organizations.createdAt));
}

/** An operator at /operator verifies an organization. */
export async function verifyOrganization(actor: SessionUser, slug: string): Promise<void> {
  requireOperator(actor);
  await setVerification(slug, "verified", actor.email.toLowerCase(), actor.id, { wake: true });
}

/** An operator at /operator takes a verification back. */
export async function revokeOrganizationVerification(actor: SessionUser, slug: string): Promise<void> {
  requireOperator(actor);
  await setVerification(slug, "revoked", actor.email.toLowerCase(), actor.id, { wake: false });
}

/**
 * Sets an organization's status (the command line calls this directly, `by` naming the shell user). Verifying
 * wakes the dispatcher for letters that waited (`wake`; otherwise its every-minute run finds them); revoking
 * sends queued letters to its custom targets back to waiting (a batch already handed to the provider is not
 * recalled).
 */
export async function setVerification(
  slug: string,
  status: "verified" | "revoked",
  by: string,
  actorId: string | null = null,
  options: { wake: boolean } = { wake: false },
): Promise<void> {
  if (typeof slug !== "string" || slug.length > 80 || slug.includes("\u0000")) {
    throw new AppError("NOT_FOUND", errorText.organize.thereNoOrganizationWebAddress);
  }
  const wake = options.wake && status === "verified";
  if (wake) await getBoss();
  await getDb().transaction(async (tx) => {
    const [org] = await tx
      .update(organizations)
      .set({ verificationStatus: status, verifiedAt: new Date(), verifiedBy: by })
      .where(and(eq(organizations.slug, slug)))
      .returning({ id: organizations.id });
    if (!org) throw new AppError("NOT_FOUND", errorText.organize.thereNoOrganizationWebAddress);
    await audit(
      {
        action: status === "verified" ? "org.verified" : "org.verification_revoked",
        actorId,
        organizationId: org.id,
        subject: org.id,
      },
      tx,
    );
    if (wake) {
      await queueLetterDispatch(tx);
    } else if (status === "revoked") {
      await tx.execute(sql`
        update deliveries set next_attempt_at = null, updated_at = now()
        where status = 'queued' and channel = 'email' and batch_id is null
          and custom_target_id in (select id from custom_targets where organization_id = ${org.id})`);
    }
  });
}
