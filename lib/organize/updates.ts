import "server-only";
/**
 * Updates to a campaign's supporters: an organizer writes a draft (markdown), previews it, sends a test to
 * themselves, then sends it once to everyone who is still with the campaign and agreed to hear from the
 * organization (consent is per organization, `organization_subscriptions`; unsubscribing is honoured from then
 * on). Sending is one transaction: the draft → sending → sent status change (only from draft, so a second click
 * finds nothing to send) and one queued email per person with the key `update:UPDATE:USER`.
 *
 * Viewers may read the list of updates; only owners and organizers write or send (a viewer is told so, 403;
 * another organization's campaign is the same 404 as a missing one).
 */
import { randomUUID } from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { createElement } from "react";
import { z } from "zod";
import { type Executor, getDb } from "@/db/client";
import {
  campaignSupporters,
  campaigns,
  campaignUpdates,
  organizationSubscriptions,
  users,
} from "@/db/schema";
import CampaignUpdateEmail, { type CampaignUpdateEmailProps } from "@/emails/campaign-update";
import type { SessionUser } from "@/lib/auth";
import { renderEmail } from "@/lib/email/send";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorText, issueTexts } from "@/lib/i18n/errors";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locale";
import { getBoss } from "@/lib/jobs/boss";
import { queueEmail, queueEmails, type SendEmailJob } from "@/lib/jobs/enqueue";
import { hitLimit, LIMITS } from "@/lib/security/rate-limit";
import { withoutNul } from "@/lib/validation";
import { type CampaignAccess, READ, requireCampaignRole, WRITE } from "./access";
import { notFoundIfNul } from "./guard";
import { oneClickUnsubscribeUrl, unsubscribeUrl } from "./unsubscribe";

export const SUBJECT_MAX = 150;
export const BODY_MAX = 20_000;

export const updateInputSchema = z.object({
  subject: z
    .string()
    .trim()
    .min(1, { message: errorText.organize.writeSubject })
    .max(SUBJECT_MAX, { message: errorText.organize.keepFieldUnder({ field: "subject", max: SUBJECT_MAX }) })
    .refine((value) => !/[\r\n]/.test(value), { message: errorText.organize.subjectOneLine }),
  body: z
    .string()
    .trim()
    .min(1, { message: errorText.organize.writeUpdate })
    .max(BODY_MAX, { message: errorText.organize.keepUpdateUnder20000 }),
});

export type UpdateInput = z.input<typeof updateInputSchema>;

function invalid(error: z.ZodError): AppError {
  return new AppError("INVALID_INPUT", errorText.common.checkHighlightedFields, issueTexts(error.issues));
}

/** Owners and organizers write; a viewer who tries is told so (403), anyone else meets the 404. */
async function requireWriter(actor: SessionUser, campaignId: string): Promise<CampaignAccess> {
  const access = await requireCampaignRole(actor, campaignId, READ);
  if (!WRITE.includes(access.role)) {
    throw new AppError("FORBIDDEN", errorText.organize.onlyOrganizationsOwnersOrganizersWrite);
  }
  return access;
}

const NO_DRAFT = errorText.organize.couldntFindDraftMayBeen;

/** People still with the campaign who agreed to hear from its organization and have not unsubscribed. */
function audienceWhere(campaignId: string, organizationId: string) {
  return and(
    eq(campaignSupporters.campaignId, campaignId),
    isNull(campaignSupporters.leftAt),
    eq(organizationSubscriptions.organizationId, organizationId),
    isNull(organizationSubscriptions.unsubscribedAt),
  );
}

function audienceFrom(executor: Executor) {
  return executor
    .select({ userId: users.id, email: users.email })
    .from(campaignSupporters)
    .innerJoin(organizationSubscriptions, eq(organizationSubscriptions.userId, campaignSupporters.userId))
    .innerJoin(users, eq(users.id, campaignSupporters.userId));
}

async function countAudience(campaignId: string, organizationId: string): Promise<number> {
  const [row] = await getDb()
    .select({ n: sql<number>`count(*)::int` })
    .from(campaignSupporters)
    .innerJoin(organizationSubscriptions, eq(organizationSubscriptions.userId, campaignSupporters.userId))
    .where(audienceWhere(campaignId, organizationId));
  return Number(row?.n ?? 0);
}

export type CampaignFacts = {
  campaignId: string;
  slug: string;
  title: string;
  url: string;
  /** The campaign's own language: what the console writes to its supporters (a step's alert) is in it. */
  language: Locale;
};

export async function campaignFacts(campaignId: string): Promise<CampaignFacts> {
  const [row] = await getDb()
    .select({ title: campaigns.title, slug: campaigns.slug, language: campaigns.language })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId));
  if (!row) throw new AppError("NOT_FOUND", errorText.organize.couldntFindCampaignAmongOrganizations);
  return {
    campaignId,
    slug: row.slug,
    title: row.title,
    url: `${env.appUrl}/campaigns/${row.slug}`,
    language: isLocale(row.language) ? row.language : DEFAULT_LOCALE,
  };
}

export type UpdateSummary = {
  id: string;
  subject: string;
  bodyMarkdown: string;
  status: "draft" | "sending" | "sent";
  recipients: number | null;
  createdAt: Date;
  sentAt: Date | null;
};

export type UpdatesView = {
  campaignId: string;
  campaignTitle: string;
  organizationName: string;
  organizationSlug: string;
  canWrite: boolean;
  /** How many people a send would reach now. */
  audience: number;
  updates: UpdateSummary[];
};

/** The updates page: the campaign, who a send would reach, and every update (drafts and sent), newest first. */
export async function listUpdates(actor: SessionUser, campaignId: string): Promise<UpdatesView> {
  const access = await requireCampaignRole(actor, campaignId, READ);
  const [facts, audience, updates] = await Promise.all([
    campaignFacts(campaignId),
    countAudience(campaignId, access.organizationId),
    getDb()
      .select({
        id: campaignUpdates.id,
        subject: campaignUpdates.subject,
        bodyMarkdown: campaignUpdates.bodyMarkdown,
        status: campaignUpdates.status,
        recipients: campaignUpdates.recipients,
        createdAt: campaignUpdates.createdAt,
        sentAt: campaignUpdates.sentAt,
      })
      .from(campaignUpdates)
      .where(eq(campaignUpdates.campaignId, campaignId))
      .orderBy(desc(campaignUpdates.createdAt), desc(campaignUpdates.id)),
  ]);
  return {
    campaignId,
    campaignTitle: facts.title,
    organizationName: access.name,
    organizationSlug: access.slug,
    canWrite: WRITE.includes(access.role),
    audience,
    updates,
  };
}

export async function createDraft(actor: SessionUser, campaignId: string, raw: UpdateInput): Promise<string> {
  await requireWriter(actor, campaignId);
  const parsed = withoutNul(updateInputSchema).safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error);
  const [row] = await getDb()
    .insert(campaignUpdates)
    .values({
      campaignId,
      subject: parsed.data.subject,
      bodyMarkdown: parsed.data.body,
      createdBy: actor.id,
    })
    .returning({ id: campaignUpdates.id });
  if (!row) throw new Error("no update");
  return row.id;
}

/** Changes a draft; a sent update is history and stays as it went out. */
export async function editDraft(
  actor: SessionUser,
  campaignId: string,
  updateId: string,
  raw: UpdateInput,
): Promise<void> {
  await requireWriter(actor, campaignId);
  notFoundIfNul(NO_DRAFT, updateId);
  const parsed = withoutNul(updateInputSchema).safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error);
  const [row] = await getDb()
    .update(campaignUpdates)
    .set({ subject: parsed.data.subject, bodyMarkdown: parsed.data.body })
    .where(
      and(
        eq(campaignUpdates.id, updateId),
        eq(campaignUpdates.campaignId, campaignId),
        eq(campaignUpdates.status, "draft"),
      ),
    )
    .returning({ id: campaignUpdates.id });
  if (!row) throw new AppError("NOT_FOUND", NO_DRAFT);
}

async function findUpdate(campaignId: string, updateId: string) {
  notFoundIfNul(errorText.organize.couldntFindUpdate, updateId);
  const [row] = await getDb()
    .select({
      id: campaignUpdates.id,
      subject: campaignUpdates.subject,
      bodyMarkdown: campaignUpdates.bodyMarkdown,
      status: campaignUpdates.status,
    })
    .from(campaignUpdates)
    .where(and(eq(campaignUpdates.id, updateId), eq(campaignUpdates.campaignId, campaignId)));
  if (!row) throw new AppError("NOT_FOUND", errorText.organize.couldntFindUpdate);
  return row;
}

function emailProps(
  access: CampaignAccess,
  facts: { title: string; url: string },
  update: { subject: string; bodyMarkdown: string },
  userId: string,
  isTest: boolean,
): CampaignUpdateEmailProps {
  return {
    organizationName: access.name,
    campaignTitle: facts.title,
    campaignUrl: facts.url,
    subject: update.subject,
    bodyMarkdown: update.bodyMarkdown,
    unsubscribeUrl: unsubscribeUrl(access.organizationId, userId),
    oneClickUrl: isTest ? null : oneClickUnsubscribeUrl(access.organizationId, userId),
    ...(isTest ? { isTest: true } : {}),
  };
}

/** The email as supporters will see it (html for a sandboxed frame), for any update of the campaign. */
export async function previewUpdate(
  actor: SessionUser,
  campaignId: string,
  updateId: string,
): Promise<{ subject: string; html: string }> {
  const access = await requireWriter(actor, campaignId);
  const [update, facts] = await Promise.all([findUpdate(campaignId, updateId), campaignFacts(campaignId)]);
  const props = emailProps(access, facts, update, actor.id, false);
  const { html } = await renderEmail(createElement(CampaignUpdateEmail, props));
  return { subject: update.subject, html };
}

/** One email to the organizer themselves, marked as a test; each click is a new attempt (a new key). */
export async function sendTestToMe(actor: SessionUser, campaignId: string, updateId: string): Promise<void> {
  const access = await requireWriter(actor, campaignId);
  const [update, facts] = await Promise.all([findUpdate(campaignId, updateId), campaignFacts(campaignId)]);
  // Counted only once the organizer and the update are known: refusals never use up someone's tests.
  await hitLimit(LIMITS.updateTestsPerUser, actor.id);
  await queueEmail(getDb(), {
    template: "campaign-update",
    to: actor.email,
    idempotencyKey: `update-test:${update.id}:${randomUUID()}`,
    props: emailProps(access, facts, update, actor.id, true),
  });
}

/**
 * Sends a draft to everyone in the audience, once: in one transaction the status goes draft → sending (the
 * condition is status = draft, so a second click, or two at once, finds nothing), one email per person is
 * queued in chunks, and the update becomes sent with its number of recipients. With nobody to send to, nothing
 * changes and the organizer is told.
 */
export async function sendUpdate(
  actor: SessionUser,
  campaignId: string,
  updateId: string,
): Promise<{ recipients: number; isAlreadySent: boolean }> {
  const access = await requireWriter(actor, campaignId);
  notFoundIfNul(errorText.organize.couldntFindUpdate, updateId);
  const facts = await campaignFacts(campaignId);
  // On PGlite the transaction holds the only connection: start pg-boss first.
  await getBoss();
  return getDb().transaction(async (tx) => {
    const [update] = await tx
      .update(campaignUpdates)
      .set({ status: "sending" })
      .where(
        and(
          eq(campaignUpdates.id, updateId),
          eq(campaignUpdates.campaignId, campaignId),
          eq(campaignUpdates.status, "draft"),
        ),
      )
      .returning({
        id: campaignUpdates.id,
        subject: campaignUpdates.subject,
        bodyMarkdown: campaignUpdates.bodyMarkdown,
      });
    if (!update) {
      const [existing] = await tx
        .select({ recipients: campaignUpdates.recipients })
        .from(campaignUpdates)
        .where(and(eq(campaignUpdates.id, updateId), eq(campaignUpdates.campaignId, campaignId)));
      if (!existing) throw new AppError("NOT_FOUND", errorText.organize.couldntFindUpdate);
      return { recipients: existing.recipients ?? 0, isAlreadySent: true };
    }

    const recipients = await sendToAudienceInTx(tx, access, facts, update);
    if (recipients === 0) {
      throw new AppError("INVALID_INPUT", errorText.organize.noAudience({ name: access.name }));
    }
    return { recipients, isAlreadySent: false };
  });
}

/**
 * Inside the caller's transaction (pg-boss started first): one email per person in the audience, in chunks,
 * keyed `update:UPDATE:USER`, and the update marked sent with its number of recipients. Used by a sent
 * update and by a step's alert (lib/organize/steps.ts), so both reach the same people the same way.
 */
export async function sendToAudienceInTx(
  tx: Executor,
  access: CampaignAccess,
  facts: CampaignFacts,
  update: { id: string; subject: string; bodyMarkdown: string },
  action?: { label: string; url: string },
): Promise<number> {
  const people = await audienceFrom(tx)
    .where(audienceWhere(facts.campaignId, access.organizationId))
    .orderBy(campaignSupporters.joinedAt, users.id);
  const jobs: SendEmailJob<"campaign-update">[] = people.map((person) => ({
    template: "campaign-update",
    to: person.email,
    idempotencyKey: `update:${update.id}:${person.userId}`,
    props: { ...emailProps(access, facts, update, person.userId, false), ...(action ? { action } : {}) },
  }));
  if (jobs.length > 0) await queueEmails(tx, jobs);
  await tx
    .update(campaignUpdates)
    .set({ status: "sent", recipients: people.length, sentAt: new Date() })
    .where(eq(campaignUpdates.id, update.id));
  return people.length;
}
