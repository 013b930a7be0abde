import "server-only";
/**
 * The organizer's side of a campaign's steps: the order (the page's own sections and their own asks), new asks
 * (a vote is scheduled, a hearing, a call-in day), and opening or closing a step.
 *
 * Opening an ask for the first time alerts the campaign's joined supporters who consented to hear from the
 * organization: an update (lib/organize/updates.ts, same audience, unsubscribe and keys) with a link straight to
 * the step on the campaign page. `campaign_step_alerts` has the step as its primary key, so a step alerts once,
 * however often it is opened, closed and opened again, and whoever clicks at the same moment.
 */
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { type Executor, getDb, type Transaction } from "@/db/client";
import { campaignStepAlerts, campaignSteps, campaigns, campaignUpdates } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { DEFAULT_ORDER, type StepKind, sectionSteps, stepAnchor } from "@/lib/campaigns/steps";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { getBoss } from "@/lib/jobs/boss";
import { optionalHttpsUrl, withoutNul } from "@/lib/validation";
import { READ, WRITE } from "./access";
import { actorHolds, invalid, notFoundIfNul, requireCampaign } from "./guard";
import { stepAlertWords } from "./steps.messages";
import { campaignFacts, sendToAudienceInTx } from "./updates";

export const MAX_STEPS = 20;
const NOT_FOUND = errorText.organize.couldntFindCampaignAmongOrganizations;
const NO_STEP = errorText.organize.couldntFindStepMayBeen;

export type EditableStep = {
  id: string;
  kind: StepKind;
  status: "draft" | "open" | "closed";
  label: string;
  title: string;
  description: string;
  url: string | null;
  openedAt: Date | null;
  /** The alert sent when it opened (asks only), with how many people it reached. */
  alert: { recipients: number | null; sentAt: Date | null } | null;
};

/** The page's own sections, in the default order, for a campaign that has no saved steps yet. */
async function ensureSteps(executor: Executor, campaignId: string): Promise<void> {
  const [existing] = await executor
    .select({ id: campaignSteps.id })
    .from(campaignSteps)
    .where(eq(campaignSteps.campaignId, campaignId))
    .limit(1);
  if (existing) return;
  await executor
    .insert(campaignSteps)
    .values(
      DEFAULT_ORDER.map((kind, position) => ({
        campaignId,
        kind,
        position,
        status: "open" as const,
        openedAt: new Date(),
      })),
    )
    .onConflictDoNothing();
}

/** The default steps, in the transaction that creates a campaign (and in the demo seed). */
export async function createDefaultSteps(tx: Executor, campaignId: string): Promise<void> {
  await ensureSteps(tx, campaignId);
}

/** Every step of the campaign in order, with its alert, for any member (viewers read only). */
export async function listStepsForEdit(
  actor: SessionUser,
  campaignId: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<EditableStep[]> {
  const access = await requireCampaign(actor, campaignId, READ);
  if (WRITE.includes(access.role)) await ensureSteps(getDb(), campaignId);
  const rows = await getDb()
    .select({
      id: campaignSteps.id,
      kind: campaignSteps.kind,
      status: campaignSteps.status,
      title: campaignSteps.title,
      description: campaignSteps.description,
      url: campaignSteps.url,
      openedAt: campaignSteps.openedAt,
      alertRecipients: campaignUpdates.recipients,
      alertSentAt: campaignUpdates.sentAt,
      alertId: campaignStepAlerts.updateId,
    })
    .from(campaignSteps)
    .leftJoin(campaignStepAlerts, eq(campaignStepAlerts.stepId, campaignSteps.id))
    .leftJoin(campaignUpdates, eq(campaignUpdates.id, campaignStepAlerts.updateId))
    .where(eq(campaignSteps.campaignId, campaignId))
    .orderBy(asc(campaignSteps.position), asc(campaignSteps.createdAt));
  const sections = sectionSteps(locale);
  // Call steps have no place in the builder yet (issue 21: its builder part is later); lib/calls reads them.
  const editable = rows.filter((row): row is typeof row & { kind: StepKind } => row.kind !== "call");
  return editable.map((row) => ({
    id: row.id,
    kind: row.kind,
    status: row.status,
    label: row.kind === "ask" ? row.title : row.title || sections[row.kind].label,
    title: row.title,
    description: row.description,
    url: row.url,
    openedAt: row.openedAt,
    alert: row.alertId ? { recipients: row.alertRecipients, sentAt: row.alertSentAt } : null,
  }));
}

/** The campaign row locked for this write, only if the actor still holds a writing role (in the statement). */
async function lockWritable(tx: Transaction, actor: SessionUser, campaignId: string) {
  const [row] = await tx
    .select({ id: campaigns.id, status: campaigns.status })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), actorHolds(actor, campaigns.organizationId, WRITE)))
    .for("update");
  if (!row) throw new AppError("NOT_FOUND", NOT_FOUND);
  return row;
}

export const orderSchema = z
  .array(z.uuid({ message: errorText.organize.notOneCampaignsSteps }), {
    message: errorText.organize.giveStepsTheirNewOrder,
  })
  .min(1, { message: errorText.organize.giveStepsTheirNewOrder })
  .max(MAX_STEPS, { message: errorText.organize.maxSteps({ max: MAX_STEPS }) })
  .refine((ids) => new Set(ids).size === ids.length, {
    message: errorText.organize.eachStepAppearsOnceOrder,
  });

/**
 * Saves a new order: exactly the campaign's steps, each once. If the steps changed meanwhile (someone added or
 * removed one), nothing is saved and the organizer is asked to look again.
 */
export async function reorderSteps(actor: SessionUser, campaignId: string, ids: unknown): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  const parsed = orderSchema.safeParse(ids);
  if (!parsed.success) throw invalid(parsed.error, errorText.organize.checkOrderSteps);
  await getDb().transaction(async (tx) => {
    await lockWritable(tx, actor, campaignId);
    await ensureSteps(tx, campaignId);
    const current = await tx
      .select({ id: campaignSteps.id })
      .from(campaignSteps)
      .where(and(eq(campaignSteps.campaignId, campaignId), ne(campaignSteps.kind, "call")));
    const known = new Set(current.map((s) => s.id));
    // Another campaign's step is "not there", as everywhere else; a step added meanwhile asks for a new look.
    if (!parsed.data.every((id) => known.has(id))) throw new AppError("NOT_FOUND", NO_STEP);
    if (current.length !== parsed.data.length) {
      throw new AppError("INVALID_INPUT", errorText.organize.stepsChangedWhileWereOrdering);
    }
    for (const [position, id] of parsed.data.entries()) {
      await tx
        .update(campaignSteps)
        .set({ position })
        .where(and(eq(campaignSteps.id, id), eq(campaignSteps.campaignId, campaignId)));
    }
  });
}

/** Moves one step up or down by one place (the console's buttons; no JavaScript needed), in one transaction. */
export async function moveStep(
  actor: SessionUser,
  campaignId: string,
  stepId: string,
  direction: "up" | "down",
): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  notFoundIfNul(NO_STEP, stepId);
  await getDb().transaction(async (tx) => {
    await lockWritable(tx, actor, campaignId);
    await ensureSteps(tx, campaignId);
    const ids = (
      await tx
        .select({ id: campaignSteps.id })
        .from(campaignSteps)
        .where(and(eq(campaignSteps.campaignId, campaignId), ne(campaignSteps.kind, "call")))
        .orderBy(asc(campaignSteps.position), asc(campaignSteps.createdAt))
    ).map((row) => row.id);
    const from = ids.indexOf(stepId);
    if (from < 0) throw new AppError("NOT_FOUND", NO_STEP);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to] as string, ids[from] as string];
    for (const [position, id] of ids.entries()) {
      await tx.update(campaignSteps).set({ position }).where(eq(campaignSteps.id, id));
    }
  });
}

/** "title" is a field's name here, not a word a person reads. */
const TITLE = "title";

const oneLine = (field: typeof TITLE, max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: errorText.organize.keepFieldUnder({ field, max }) })
    .refine((value) => !/[\r\n]/.test(value), { message: errorText.organize.fieldIsOneLine({ field }) });

export const askSchema = withoutNul(
  z.object({
    title: oneLine(TITLE, 120).pipe(
      z.string().min(3, { message: errorText.organize.nameStepLikeCallTuesday }),
    ),
    description: z
      .string()
      .trim()
      .max(500, { message: errorText.organize.keepDescriptionUnder500Characters })
      .default(""),
    url: optionalHttpsUrl({
      tooLong: errorText.organize.keepFieldUnder({ field: "link", max: 500 }),
      notHttps: errorText.organize.fieldNotHttps({ field: "link" }),
    }),
  }),
);

export type AskInput = { title?: string; description?: string; url?: string };

/** A new ask, as a draft at the end of the order: supporters see it (and are alerted) when it is opened. */
export async function addAskStep(actor: SessionUser, campaignId: string, input: AskInput): Promise<string> {
  await requireCampaign(actor, campaignId, WRITE);
  const parsed = askSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  return getDb().transaction(async (tx) => {
    await lockWritable(tx, actor, campaignId);
    await ensureSteps(tx, campaignId);
    const [count] = await tx
      .select({
        n: sql<number>`count(*)::int`,
        next: sql<number>`coalesce(max(${campaignSteps.position}), -1)::int + 1`,
      })
      .from(campaignSteps)
      .where(eq(campaignSteps.campaignId, campaignId));
    if (Number(count?.n ?? 0) >= MAX_STEPS) {
      throw new AppError("INVALID_INPUT", errorText.organize.maxStepsRemoveOne({ max: MAX_STEPS }));
    }
    const [row] = await tx
      .insert(campaignSteps)
      .values({
        campaignId,
        kind: "ask",
        status: "draft",
        position: Number(count?.next ?? 0),
        ...parsed.data,
      })
      .returning({ id: campaignSteps.id });
    if (!row) throw new Error("step insert returned nothing");
    return row.id;
  });
}

/** Changes an ask's words or link (an alert already sent stays as it went out). */
export async function editAskStep(
  actor: SessionUser,
  campaignId: string,
  stepId: string,
  input: AskInput,
): Promise<void> {
  const access = await requireCampaign(actor, campaignId, WRITE);
  notFoundIfNul(NO_STEP, stepId);
  const parsed = askSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const [row] = await getDb()
    .update(campaignSteps)
    .set(parsed.data)
    .where(
      and(
        eq(campaignSteps.id, stepId),
        eq(campaignSteps.campaignId, campaignId),
        eq(campaignSteps.kind, "ask"),
        actorHolds(actor, access.organizationId, WRITE),
      ),
    )
    .returning({ id: campaignSteps.id });
  if (!row) throw new AppError("NOT_FOUND", NO_STEP);
}

export type OpenResult = {
  /** Whether this click opened it (false: it was open already). */
  isOpened: boolean;
  /** People alerted by this opening; null when no alert went (not an ask, already alerted, not published). */
  alerted: number | null;
};

/**
 * Opens a step. The first time an ask of a published campaign opens, its alert goes in the same transaction:
 * the step, the update row, the alert row (primary key: the step) and the queued emails commit together.
 */
export async function openStep(actor: SessionUser, campaignId: string, stepId: string): Promise<OpenResult> {
  const access = await requireCampaign(actor, campaignId, WRITE);
  notFoundIfNul(NO_STEP, stepId);
  const facts = await campaignFacts(campaignId);
  // On PGlite the transaction holds the only connection: start pg-boss first.
  await getBoss();
  try {
    return await getDb().transaction(async (tx) => {
      const campaign = await lockWritable(tx, actor, campaignId);
      const [step] = await tx
        .update(campaignSteps)
        .set({ status: "open", openedAt: sql`coalesce(${campaignSteps.openedAt}, now())` })
        .where(
          and(
            eq(campaignSteps.id, stepId),
            eq(campaignSteps.campaignId, campaignId),
            sql`${campaignSteps.status} <> 'open'`,
          ),
        )
        .returning({
          id: campaignSteps.id,
          kind: campaignSteps.kind,
          title: campaignSteps.title,
          description: campaignSteps.description,
        });
      if (!step) {
        const [exists] = await tx
          .select({ id: campaignSteps.id })
          .from(campaignSteps)
          .where(and(eq(campaignSteps.id, stepId), eq(campaignSteps.campaignId, campaignId)));
        if (!exists) throw new AppError("NOT_FOUND", NO_STEP);
        return { isOpened: false, alerted: null };
      }
      if (step.kind !== "ask" || campaign.status !== "published") return { isOpened: true, alerted: null };
      const [already] = await tx
        .select({ stepId: campaignStepAlerts.stepId })
        .from(campaignStepAlerts)
        .where(eq(campaignStepAlerts.stepId, step.id));
      if (already) return { isOpened: true, alerted: null };

      const words = stepAlertWords[facts.language];
      const subject = words.subject(step.title).slice(0, 150);
      const bodyMarkdown = [words.opened(access.name, facts.title, step.title), step.description]
        .filter(Boolean)
        .join("\n\n");
      const [update] = await tx
        .insert(campaignUpdates)
        .values({ campaignId, subject, bodyMarkdown, status: "sending", createdBy: actor.id })
        .returning({ id: campaignUpdates.id });
      if (!update) throw new Error("update insert returned nothing");
      await tx.insert(campaignStepAlerts).values({ stepId: step.id, updateId: update.id });
      const alerted = await sendToAudienceInTx(
        tx,
        access,
        facts,
        { id: update.id, subject, bodyMarkdown },
        {
          label: words.button(step.title),
          url: `${facts.url}#${stepAnchor({ id: step.id, kind: step.kind })}`,
        },
      );
      return { isOpened: true, alerted };
    });
  } catch (error) {
    // Two openings at the same moment: the other one alerted (the primary key), and this one changed nothing.
    if (isUniqueViolation(error)) return { isOpened: false, alerted: null };
    throw error;
  }
}

/** Closes a step: supporters no longer see it or get it suggested; opening it again never alerts again. */
export async function closeStep(actor: SessionUser, campaignId: string, stepId: string): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  notFoundIfNul(NO_STEP, stepId);
  await getDb().transaction(async (tx) => {
    await lockWritable(tx, actor, campaignId);
    const [row] = await tx
      .update(campaignSteps)
      .set({ status: "closed" })
      .where(and(eq(campaignSteps.id, stepId), eq(campaignSteps.campaignId, campaignId)))
      .returning({ id: campaignSteps.id });
    if (!row) throw new AppError("NOT_FOUND", NO_STEP);
  });
}
