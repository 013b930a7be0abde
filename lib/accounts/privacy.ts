import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  auditEvents,
  campaigns,
  deliveries,
  deliveryReplies,
  letters,
  organizationSubscriptions,
  organizations,
  pledgeOptions,
  pledges,
  users,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { requireFreshSignIn } from "@/lib/auth/freshness";
import { AppError } from "@/lib/errors";
import { getBoss } from "@/lib/jobs/boss";
import { cancelStandingPledges } from "@/lib/pledges/pledge";

/**
 * A person's own data, as JSON: profile, letters with their deliveries (and reply answers), pledges and the
 * organizations they agreed to hear from. Only the actor's own rows (authorization in every query).
 */
export async function exportMyData(actor: SessionUser) {
  // Everything about a person in one file: only right after they proved again that the mailbox is theirs.
  requireFreshSignIn(actor);
  const db = getDb();
  const [profile] = await db
    .select({ email: users.email, name: users.name, zip: users.zip, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, actor.id));
  if (!profile) throw new AppError("NOT_FOUND", "We couldn't find your account.");

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
      createdAt: letters.createdAt,
    })
    .from(letters)
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

  return {
    exportedAt: new Date().toISOString(),
    profile,
    letters: myLetters.map((letter) => ({
      ...letter,
      deliveries: myDeliveries.filter((d) => d.letterId === letter.id).map(({ letterId: _, ...d }) => d),
    })),
    pledges: myPledges,
    subscriptions,
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

/** Stops updates from one organization (honoured from now on); only the actor's own consent. */
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

/**
 * Deletes the account, in one transaction:
 * - letters already delivered stay as history, with the author anonymised (no name, email, city or address);
 * - letters never confirmed are removed; deliveries not yet made are stopped and say why;
 * - standing pledges are cancelled (their seats and counts freed); the rest leave with the account;
 * - sessions, sign-in accounts, memberships and consents go with the user row (foreign keys cascade).
 * Requires the person to type their email address, so a stray click deletes nothing.
 */
export async function deleteMyAccount(actor: SessionUser, confirmEmail: string): Promise<void> {
  requireFreshSignIn(actor);
  if (confirmEmail.trim().toLowerCase() !== actor.email.toLowerCase()) {
    throw new AppError("INVALID_INPUT", "Please check the highlighted field.", {
      confirmEmail: ["Type your email address exactly as shown to confirm."],
    });
  }
  await getBoss();
  await getDb().transaction(async (tx) => {
    const mine = tx.select({ id: letters.id }).from(letters).where(eq(letters.supporterId, actor.id));
    await tx
      .update(deliveries)
      .set({
        status: "failed",
        lastError: "Not sent: the writer deleted their account first.",
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

    await tx.delete(users).where(eq(users.id, actor.id));
    await tx.insert(auditEvents).values({ action: "account.deleted", actorId: null, subject: "account" });
  });
}
