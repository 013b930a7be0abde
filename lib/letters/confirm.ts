import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  campaigns,
  campaignTranslations,
  deliveries,
  letterConfirmations,
  letters,
  officials,
  users,
} from "@/db/schema";
import { createSession } from "@/lib/auth/session";
import { forgetCount, joinInTx } from "@/lib/campaigns/join";
import type { ChannelName } from "@/lib/delivery/channels";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { getBoss } from "@/lib/jobs/boss";
import { queueCwcDispatch, queueLetterDispatch } from "@/lib/jobs/enqueue";
import { audit } from "@/lib/security/audit";
import { letterCampaignTitle, letterTranslation } from "./campaign-title";
import { type HandoffKind, handoffKind } from "./handoff-kind";
import { composeLetterTexts, type LetterText } from "./letter-text";
import { queueLetterReceipt } from "./receipt-email";
import { findLetterSetup } from "./setup";
import { composeLetterBody } from "./submit";
import { splitBody, type TemplatePart } from "./template";
import { hashToken } from "./tokens";

export { hashToken };

export type ConfirmationView =
  | {
      status: "pending";
      campaignTitle: string;
      firstName: string;
      targetNames: string[];
      /** How the letter will go to each recipient once confirmed. */
      targets: { name: string; title: string; channel: ChannelName; handoff: HandoffKind }[];
      /** False for an account that holds a role: confirming emails it a sign-in link instead. */
      signsIn: boolean;
      /** The letter as it will be sent: one text per group of targets that read the same words. */
      texts: LetterText[];
      /**
       * The supporter's own parts, to change before confirming (in the template's order, with their text now);
       * null when the campaign's letter changed since it was written, so the parts can no longer be told apart.
       */
      editable: { id: string; text: string }[] | null;
      /** The letter's language (its words on the page are marked with it). */
      language: string;
    }
  | { status: "used"; letterId: string }
  | { status: "expired" | "invalid" };

/** What the confirmation page shows. Reading it changes nothing: mail scanners follow links. */
export async function findConfirmation(token: string): Promise<ConfirmationView> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "invalid" };
  const [row] = await getDb()
    .select({
      letterId: letterConfirmations.letterId,
      expiresAt: letterConfirmations.expiresAt,
      usedAt: letterConfirmations.usedAt,
      campaignTitle: letterCampaignTitle,
      firstName: letters.firstName,
      body: letters.body,
      language: letters.language,
      campaignSlug: campaigns.slug,
      holdsRole: sql<boolean>`exists (select 1 from memberships m where m.user_id = ${letters.supporterId})`,
    })
    .from(letterConfirmations)
    .innerJoin(letters, eq(letters.id, letterConfirmations.letterId))
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .leftJoin(campaignTranslations, letterTranslation)
    .where(eq(letterConfirmations.tokenHash, hashToken(token)));
  if (!row) return { status: "invalid" };
  if (row.usedAt) return { status: "used", letterId: row.letterId };
  if (row.expiresAt.getTime() < Date.now()) return { status: "expired" };
  const [targets, texts, template] = await Promise.all([
    getDb()
      .select({
        name: deliveries.targetName,
        title: deliveries.targetTitle,
        channel: deliveries.channel,
        url: deliveries.contactFormUrl,
        officialForm: officials.contactFormUrl,
      })
      .from(deliveries)
      .leftJoin(officials, eq(officials.id, deliveries.officialId))
      .where(eq(deliveries.letterId, row.letterId))
      .orderBy(deliveries.channel, deliveries.targetName),
    composeLetterTexts(row.letterId),
    letterTemplateParts(row.campaignSlug, row.language),
  ]);
  const mine = template ? splitBody(template, row.body) : null;
  return {
    status: "pending",
    campaignTitle: row.campaignTitle,
    firstName: row.firstName,
    targetNames: targets.map((t) => t.name),
    targets: targets.map((t) => ({
      name: t.name,
      title: t.title,
      channel: t.channel,
      handoff: handoffKind(t.url, t.officialForm),
    })),
    signsIn: !row.holdsRole,
    language: row.language,
    texts,
    editable: mine
      ? (template ?? [])
          .filter((part) => !part.isLocked)
          .map((part) => ({ id: part.id, text: mine[part.id] ?? "" }))
      : null,
  };
}

/** The template a letter was written from: the campaign's letter in the letter's language (null: gone since). */
async function letterTemplateParts(slug: string, language: string): Promise<TemplatePart[] | null> {
  const setup = await findLetterSetup(slug, language);
  return setup && setup.template.language === language ? setup.template.parts : null;
}

/**
 * Changes the supporter's own parts of a letter awaiting confirmation, by its emailed link (the token is the
 * authority, as for confirming). The same rules as writing it (composeLetterBody): locked parts stay the
 * campaign's, each part at most 5,000 characters, not empty. Nothing changes once the letter is confirmed or the
 * link has expired.
 */
export async function reviseUnconfirmedLetter(token: string, parts: unknown): Promise<void> {
  const gone = new AppError("NOT_FOUND", errorText.letters.confirmationLinkExpiredWasAlready);
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw gone;
  const [row] = await getDb()
    .select({ letterId: letters.id, language: letters.language, campaignSlug: campaigns.slug })
    .from(letterConfirmations)
    .innerJoin(letters, eq(letters.id, letterConfirmations.letterId))
    .innerJoin(campaigns, eq(campaigns.id, letters.campaignId))
    .where(
      and(
        eq(letterConfirmations.tokenHash, hashToken(token)),
        sql`${letterConfirmations.usedAt} is null`,
        sql`${letterConfirmations.expiresAt} > now()`,
      ),
    );
  if (!row) throw gone;
  const template = await letterTemplateParts(row.campaignSlug, row.language);
  if (!template) {
    throw new AppError("INVALID_INPUT", errorText.letters.campaignsLetterChangedSinceWrote);
  }
  const { body, score } = composeLetterBody(template, parts);
  const [updated] = await getDb()
    .update(letters)
    .set({ body, personalizationScore: score })
    .where(and(eq(letters.id, row.letterId), eq(letters.status, "awaiting_confirmation")))
    .returning({ id: letters.id });
  if (!updated) throw gone;
}

export type ConfirmedLetter = {
  letterId: string;
  campaignId: string;
  /** The session cookie to set: null when the account holds a role (it signs in by a sign-in link instead). */
  cookie: Awaited<ReturnType<typeof createSession>> | null;
  /** The address to email a sign-in link to, when no session was made. */
  signInEmail: string | null;
};

/**
 * Confirms a new supporter's letter: in one transaction the link is used up, the letter and its deliveries
 * move on, delivery is queued, the address counts as verified, and the person is signed in (audited as any
 * sign-in).
 *
 * Not for an account that holds a role (a member of an organization's or a group's team, whatever the role):
 * a confirmation link is emailed to whoever typed the address into a letter form, and it must not be a way into
 * an organizer's console. Such a letter is confirmed all the same, and no session is made: the caller emails a
 * normal sign-in link instead (signInEmail).
 */
export async function confirmLetter(token: string): Promise<ConfirmedLetter> {
  // Start pg-boss before the transaction: on PGlite the transaction holds the only connection.
  await getBoss();
  const confirmed = await getDb().transaction(async (tx) => {
    const [confirmation] = await tx
      .update(letterConfirmations)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(letterConfirmations.tokenHash, hashToken(token)),
          sql`${letterConfirmations.usedAt} is null`,
          sql`${letterConfirmations.expiresAt} > now()`,
        ),
      )
      .returning({ letterId: letterConfirmations.letterId });
    if (!confirmation) {
      throw new AppError("NOT_FOUND", errorText.letters.confirmationLinkExpiredWasAlready);
    }
    const [letter] = await tx
      .update(letters)
      .set({ status: "confirmed", confirmedAt: new Date() })
      .where(eq(letters.id, confirmation.letterId))
      .returning({ id: letters.id, supporterId: letters.supporterId, campaignId: letters.campaignId });
    if (!letter?.supporterId) throw new AppError("NOT_FOUND", errorText.letters.letterNoLongerExists);
    // Writing joins the campaign (now that the address is confirmed).
    await joinInTx(tx, letter.campaignId, letter.supporterId, "letter");

    const moved = await tx
      .update(deliveries)
      .set({
        status: sql`case when ${deliveries.channel} in ('email', 'cwc') then 'queued' else 'handoff_ready' end::delivery_status`,
        updatedAt: new Date(),
      })
      .where(and(eq(deliveries.letterId, letter.id), eq(deliveries.status, "awaiting_confirmation")))
      .returning({ channel: deliveries.channel });
    if (moved.some((d) => d.channel === "email")) await queueLetterDispatch(tx);
    if (moved.some((d) => d.channel === "cwc")) await queueCwcDispatch(tx);
    await queueLetterReceipt(tx, letter.id);

    const [user] = await tx
      .update(users)
      .set({ emailVerified: sql`coalesce(${users.emailVerified}, now())` })
      .where(eq(users.id, letter.supporterId))
      .returning({
        email: users.email,
        // Any membership is a role: organizations' and community groups' teams (db/schema/organizations.ts).
        holdsRole: sql<boolean>`exists (select 1 from memberships m where m.user_id = "users"."id")`,
      });
    if (!user) throw new AppError("NOT_FOUND", errorText.letters.letterNoLongerExists);
    const answer = { letterId: letter.id, campaignId: letter.campaignId };
    if (user.holdsRole) return { ...answer, cookie: null, signInEmail: user.email };
    const cookie = await createSession(tx, letter.supporterId);
    await audit({ action: "auth.sign_in", actorId: letter.supporterId, subject: "letter-confirmation" }, tx);
    return { ...answer, cookie, signInEmail: null };
  });
  // The writer sees their letter counted on the campaign page at once (other processes within 15 s).
  forgetCount(confirmed.campaignId);
  return confirmed;
}
