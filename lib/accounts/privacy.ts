import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  auditEvents,
  campaignSteps,
  campaignStepsDone,
  campaignSupporters,
  campaigns,
  campaignUpdates,
  deliveries,
  deliveryReplies,
  groupMessages,
  letters,
  memberships,
  organizationInvites,
  organizationSubscriptions,
  organizations,
  pledgeOptions,
  pledges,
  replyChecks,
  sessions,
  users,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { requireFreshSignIn } from "@/lib/auth/freshness";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { getBoss } from "@/lib/jobs/boss";
import { forgetQueuedEmailsTo } from "@/lib/jobs/forget";
import { cancelStandingPledges } from "@/lib/pledges/pledge";

/**
 * A person's own data, as JSON: profile (with their language), letters with their deliveries (and reply
 * answers and when they were asked), pledges, the campaigns they joined and the steps they marked done, their
 * roles on organizations' and groups' teams (and invitations sent to their address), the organizations they
 * agreed to hear from, their sign-in sessions (when each ends; never the token) and the security log of what
 * they did. Only the actor's own rows (authorization in every query).
 */
export async function exportMyData(actor: SessionUser) {
  // Everything about a person in one file: only right after they proved again that the mailbox is theirs.
  requireFreshSignIn(actor);
  const db = getDb();
  const [profile] = await db
    .select({
      email: users.email,
      name: users.name,
      zip: users.zip,
      language: users.language,
      image: users.image,
      emailVerifiedAt: users.emailVerified,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, actor.id));
  if (!profile) throw new AppError("NOT_FOUND", errorText.accounts.couldntFindAccount);

  const myLetters = await db
    .select({
      id: letters.id,
      campaign: campaigns.title,
      status: letters.status,
      subject: letters.subject,
      body: letters.body,
      firstName: letters.firstName,
      lastName: letters.lastName,
      city: letters.city,
      state: letters.state,
      zip: letters.zip,
      streetAddress: letters.streetAddress,
      prefix: letters.prefix,
      language: letters.language,
      createdAt: letters.createdAt,
      confirmedAt: letters.confirmedAt,
      replyAskedAt: replyChecks.askedAt,
    })
    .from(letters)
    .leftJoin(replyChecks, eq(replyChecks.letterId, letters.id))
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(eq(letters.supporterId, actor.id));
  const letterIds = myLetters.map((l) => l.id);
  const myDeliveries =
    letterIds.length === 0
      ? []
      : await db
          .select({
            letterId: deliveries.letterId,
            to: deliveries.targetName,
            channel: deliveries.channel,
            status: deliveries.status,
            sentAt: deliveries.sentAt,
            replyAnswer: deliveryReplies.answer,
            replyText: deliveryReplies.replyText,
          })
          .from(deliveries)
          .leftJoin(deliveryReplies, eq(deliveryReplies.deliveryId, deliveries.id))
          .where(inArray(deliveries.letterId, letterIds));

  const myPledges = await db
    .select({
      group: organizations.name,
      what: pledgeOptions.title,
      kind: pledgeOptions.kind,
      status: pledges.status,
      quantity: pledges.quantity,
      amountCents: pledges.amountCents,
      frequency: pledges.frequency,
      hours: pledges.hours,
      phone: pledges.phone,
      note: pledges.note,
      createdAt: pledges.createdAt,
    })
    .from(pledges)
    .innerJoin(pledgeOptions, eq(pledgeOptions.id, pledges.optionId))
    .innerJoin(organizations, eq(organizations.id, pledgeOptions.organizationId))
    .where(eq(pledges.userId, actor.id));

  const subscriptions = await listMySubscriptions(actor);

  const campaignsJoined = await db
    .select({
      campaign: campaigns.title,
      slug: campaigns.slug,
      joinedBy: campaignSupporters.source,
      joinedAt: campaignSupporters.joinedAt,
      leftAt: campaignSupporters.leftAt,
    })
    .from(campaignSupporters)
    .innerJoin(campaigns, eq(campaigns.id, campaignSupporters.campaignId))
    .where(eq(campaignSupporters.userId, actor.id))
    .orderBy(campaignSupporters.joinedAt);

  const stepsDone = await db
    .select({
      campaign: campaigns.title,
      step: campaignSteps.kind,
      title: campaignSteps.title,
      doneAt: campaignStepsDone.doneAt,
    })
    .from(campaignStepsDone)
    .innerJoin(campaignSteps, eq(campaignSteps.id, campaignStepsDone.stepId))
    .innerJoin(campaigns, eq(campaigns.id, campaignSteps.campaignId))
    .where(eq(campaignStepsDone.userId, actor.id))
    .orderBy(campaignStepsDone.doneAt);

  const roles = await db
    .select({
      organization: organizations.name,
      kind: organizations.kind,
      role: memberships.role,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, actor.id))
    .orderBy(organizations.name);

  const invitations = await db
    .select({
      organization: organizations.name,
      role: organizationInvites.role,
      sentAt: organizationInvites.createdAt,
      acceptedAt: organizationInvites.acceptedAt,
    })
    .from(organizationInvites)
    .innerJoin(organizations, eq(organizations.id, organizationInvites.organizationId))
    .where(sql`lower(${organizationInvites.email}) = lower(${profile.email})`)
    .orderBy(organizationInvites.createdAt);

  const mySessions = await db
    .select({ expires: sessions.expires })
    .from(sessions)
    .where(eq(sessions.userId, actor.id))
    .orderBy(sessions.expires);

  // What they wrote to others in a team role: updates to a campaign's supporters, messages to volunteers.
  const updatesWritten = await db
    .select({
      campaign: campaigns.title,
      subject: campaignUpdates.subject,
      body: campaignUpdates.bodyMarkdown,
      status: campaignUpdates.status,
      sentAt: campaignUpdates.sentAt,
    })
    .from(campaignUpdates)
    .innerJoin(campaigns, eq(campaigns.id, campaignUpdates.campaignId))
    .where(eq(campaignUpdates.createdBy, actor.id))
    .orderBy(campaignUpdates.createdAt);
  const volunteerMessagesSent = await db
    .select({
      shift: pledgeOptions.title,
      subject: groupMessages.subject,
      body: groupMessages.body,
      sentAt: groupMessages.createdAt,
    })
    .from(groupMessages)
    .innerJoin(pledgeOptions, eq(pledgeOptions.id, groupMessages.optionId))
    .where(eq(groupMessages.sentBy, actor.id))
    .orderBy(groupMessages.createdAt);

  const securityLog = await db
    .select({ action: auditEvents.action, subject: auditEvents.subject, at: auditEvents.createdAt })
    .from(auditEvents)
    .where(eq(auditEvents.actorId, actor.id))
    .orderBy(auditEvents.createdAt)
    .limit(1000);

  return {
    exportedAt: new Date().toISOString(),
    profile,
    letters: myLetters.map((letter) => ({
      ...letter,
      deliveries: myDeliveries.filter((d) => d.letterId === letter.id).map(({ letterId: _, ...d }) => d),
    })),
    pledges: myPledges,
    campaignsJoined,
    stepsDone,
    roles,
    invitations,
    updatesWritten,
    volunteerMessagesSent,
    subscriptions,
    sessions: mySessions,
    securityLog,
  };
}

/** The organizations this person agreed to hear from, and whether they still do. */
export async function listMySubscriptions(actor: SessionUser) {
  return getDb()
    .select({
      organizationId: organizations.id,
      organization: organizations.name,
      consentedAt: organizationSubscriptions.consentedAt,
      unsubscribedAt: organizationSubscriptions.unsubscribedAt,
    })
    .from(organizationSubscriptions)
    .innerJoin(organizations, eq(organizations.id, organizationSubscriptions.organizationId))
    .where(eq(organizationSubscriptions.userId, actor.id))
    .orderBy(organizations.name);
}

/** Stops updates from one organization (honored from now on); only the actor's own consent. */
export async function unsubscribeFrom(actor: SessionUser, organizationId: string): Promise<void> {
  await getDb()
    .update(organizationSubscriptions)
    .set({ unsubscribedAt: new Date() })
    .where(
      and(
        eq(organizationSubscriptions.userId, actor.id),
        eq(organizationSubscriptions.organizationId, organizationId),
        isNull(organizationSubscriptions.unsubscribedAt),
      ),
    );
}

export const DELETED_NAME = "A former supporter";
/** Why a delivery stopped, stored on it (deliveries.last_error) like every delivery record, in English. */
const NOT_SENT_DELETED = "Not sent: the writer deleted their account first.";

/**
 * Deletes the account, in one transaction:
 * - letters already delivered stay as history, with the author anonymised (no name, email, city or address);
 * - letters never confirmed are removed; deliveries not yet made are stopped and say why;
 * - standing pledges are cancelled (their seats and counts freed); the rest leave with the account;
 * - sessions, sign-in accounts, memberships and consents go with the user row (foreign keys cascade);
 * - emails queued to them are cancelled, and jobs already run are scrubbed of their address.
 * Requires the person to type their email address, so a stray click deletes nothing.
 */
export async function deleteMyAccount(actor: SessionUser, confirmEmail: string): Promise<void> {
  requireFreshSignIn(actor);
  if (confirmEmail.trim().toLowerCase() !== actor.email.toLowerCase()) {
    throw new AppError("INVALID_INPUT", errorText.accounts.checkHighlightedField, {
      confirmEmail: [errorText.accounts.typeEmailAddressExactlyShown],
    });
  }
  await getBoss();
  await getDb().transaction(async (tx) => {
    const mine = tx.select({ id: letters.id }).from(letters).where(eq(letters.supporterId, actor.id));
    await tx
      .update(deliveries)
      .set({
        status: "failed",
        lastError: NOT_SENT_DELETED,
        nextAttemptAt: null,
        updatedAt: new Date(),
      })
      .where(
        and(
          inArray(deliveries.letterId, mine),
          inArray(deliveries.status, ["queued", "handoff_ready"]),
          isNull(deliveries.batchId),
        ),
      );
    await tx
      .delete(letters)
      .where(and(eq(letters.supporterId, actor.id), eq(letters.status, "awaiting_confirmation")));
    await tx
      .update(letters)
      .set({
        firstName: DELETED_NAME,
        lastName: "",
        email: "",
        canonicalEmail: null,
        city: "",
        streetAddress: null,
        prefix: null,
      })
      .where(eq(letters.supporterId, actor.id));
    await tx
      .update(deliveryReplies)
      .set({ replyText: null })
      .where(
        inArray(
          deliveryReplies.deliveryId,
          tx.select({ id: deliveries.id }).from(deliveries).where(inArray(deliveries.letterId, mine)),
        ),
      );

    // Standing pledges are cancelled as a cancel would: their seats and counts are freed.
    await cancelStandingPledges(tx, actor.id);

    // Emails still queued to them are cancelled, and the job table forgets their address (lib/jobs/forget.ts).
    await forgetQueuedEmailsTo(tx, [actor.email]);

    await tx.delete(users).where(eq(users.id, actor.id));
    await tx.insert(auditEvents).values({ action: "account.deleted", actorId: null, subject: "account" });
  });
}
