import "server-only";
/**
 * A community group's dashboard: its ways to help with pledged-versus-fulfilled totals, the roster of each
 * option (and its CSV), marking attendance / receipt, offering and closing options, and a message to the
 * volunteers of one shift.
 *
 * Every function starts from `requireGroupRole`: viewers may look, owners and organizers may change things, and
 * anyone else meets the same NOT_FOUND as a group that does not exist. Every query after it is filtered by that
 * group's id, and updates carry the authorization in their own WHERE.
 */
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { campaigns, groupMessages, memberships, pledgeOptions, pledges } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorText, issueTexts } from "@/lib/i18n/errors";
import type { Locale } from "@/lib/i18n/locale";
import { getBoss } from "@/lib/jobs/boss";
import { queueEmail } from "@/lib/jobs/enqueue";
import { type GroupAccess, READ, requireGroupRole, WRITE } from "@/lib/organize/access";
import { formatShiftTime, MY_PLEDGES_PATH, shiftFacts } from "@/lib/pledges/emails";
import { containsNul, withoutNul } from "@/lib/validation";
import { toCsv } from "./csv";
import { rosterWords } from "./messages";
import { type OptionKind, optionColumns, optionInputSchema } from "./option-input";
import { announceShiftChange, shiftStateColumns } from "./shift-changes";

export type DashboardGroup = GroupAccess & { canManage: boolean };

function invalid(error: z.ZodError): AppError {
  return new AppError("INVALID_INPUT", errorText.common.checkHighlightedFields, issueTexts(error.issues));
}

async function viewGroup(actor: SessionUser, slug: string): Promise<DashboardGroup> {
  const group = await requireGroupRole(actor, slug, READ);
  return { ...group, canManage: WRITE.includes(group.role) };
}

/** Owners and organizers only; a viewer is told plainly, everyone else sees the group as missing. */
export async function requireGroupManager(actor: SessionUser, slug: string): Promise<DashboardGroup> {
  const group = await viewGroup(actor, slug);
  if (!group.canManage) {
    throw new AppError("FORBIDDEN", errorText.groups.onlyGroupsOwnersOrganizersChange);
  }
  return group;
}

const NOT_THIS_GROUPS = errorText.groups.couldntFindWayHelpAmong;

// ── Overview ────────────────────────────────────────────────────────────────────────────────────────────────

const doneFilter = sql`${pledges.status} = 'done'`;

const overviewColumns = {
  id: pledgeOptions.id,
  kind: pledgeOptions.kind,
  title: pledgeOptions.title,
  startsAt: pledgeOptions.startsAt,
  endsAt: pledgeOptions.endsAt,
  timeZone: pledgeOptions.timeZone,
  location: pledgeOptions.location,
  isRemote: pledgeOptions.isRemote,
  hours: pledgeOptions.hours,
  capacity: pledgeOptions.capacity,
  taken: pledgeOptions.taken,
  pledgers: pledgeOptions.pledgers,
  pledgedCents: pledgeOptions.pledgedCents,
  pledgedHours: pledgeOptions.pledgedHours,
  item: pledgeOptions.item,
  skill: pledgeOptions.skill,
  isOpen: pledgeOptions.isOpen,
  campaignTitle: campaigns.title,
  doneCount: sql<number>`count(${pledges.id}) filter (where ${doneFilter})::int`,
  missedCount: sql<number>`count(${pledges.id}) filter (where ${pledges.status} = 'missed')::int`,
  doneQuantity: sql<number>`coalesce(sum(${pledges.quantity}) filter (where ${doneFilter}), 0)::int`,
  doneCents: sql<number>`coalesce(sum(${pledges.amountCents}) filter (where ${doneFilter}), 0)::int`,
  doneHours: sql<number>`coalesce(sum(${pledges.hours}) filter (where ${doneFilter}), 0)::float8`,
};

export type DashboardOption = {
  id: string;
  kind: OptionKind;
  title: string;
  startsAt: Date | null;
  endsAt: Date | null;
  timeZone: string | null;
  location: string | null;
  isRemote: boolean;
  hours: number | null;
  capacity: number | null;
  taken: number;
  pledgers: number;
  pledgedCents: number;
  pledgedHours: number;
  item: string | null;
  skill: string | null;
  isOpen: boolean;
  campaignTitle: string | null;
  doneCount: number;
  missedCount: number;
  doneQuantity: number;
  doneCents: number;
  doneHours: number;
};

export type PledgedVersusDone = { pledged: number; done: number };
export type DashboardTotals = {
  hours: PledgedVersusDone;
  cents: PledgedVersusDone;
  items: PledgedVersusDone;
  volunteers: PledgedVersusDone;
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Pledged from the options' running counters; fulfilled from the pledges marked done. */
export function totalsOf(options: DashboardOption[]): DashboardTotals {
  const totals: DashboardTotals = {
    hours: { pledged: 0, done: 0 },
    cents: { pledged: 0, done: 0 },
    items: { pledged: 0, done: 0 },
    volunteers: { pledged: 0, done: 0 },
  };
  for (const option of options) {
    totals.hours.pledged += option.pledgedHours;
    totals.hours.done += option.doneHours;
    totals.cents.pledged += option.pledgedCents;
    totals.cents.done += option.doneCents;
    if (option.kind === "goods") {
      totals.items.pledged += option.taken;
      totals.items.done += option.doneQuantity;
    }
    if (option.kind === "volunteer_shift" || option.kind === "skills") {
      totals.volunteers.pledged += option.pledgers;
      totals.volunteers.done += option.doneCount;
    }
  }
  totals.hours = { pledged: round1(totals.hours.pledged), done: round1(totals.hours.done) };
  return totals;
}

/** The group's options (open first, then by date) with their counts, and the group's totals. */
export async function getGroupDashboard(actor: SessionUser, slug: string) {
  const group = await viewGroup(actor, slug);
  const rows = await getDb()
    .select(overviewColumns)
    .from(pledgeOptions)
    .leftJoin(pledges, eq(pledges.optionId, pledgeOptions.id))
    .leftJoin(campaigns, eq(campaigns.id, pledgeOptions.campaignId))
    .where(eq(pledgeOptions.organizationId, group.id))
    .groupBy(pledgeOptions.id, campaigns.title)
    .orderBy(
      desc(pledgeOptions.isOpen),
      sql`${pledgeOptions.startsAt} asc nulls last`,
      asc(pledgeOptions.position),
      asc(pledgeOptions.title),
    );
  const options: DashboardOption[] = rows.map((row) => ({
    ...row,
    doneCount: Number(row.doneCount),
    missedCount: Number(row.missedCount),
    doneQuantity: Number(row.doneQuantity),
    doneCents: Number(row.doneCents),
    doneHours: Number(row.doneHours),
  }));
  return { group, options, totals: totalsOf(options) };
}

// ── One option and its roster ──────────────────────────────────────────────────────────────────────────────

const optionDetailColumns = {
  id: pledgeOptions.id,
  kind: pledgeOptions.kind,
  title: pledgeOptions.title,
  description: pledgeOptions.description,
  campaignId: pledgeOptions.campaignId,
  campaignTitle: campaigns.title,
  campaignSlug: campaigns.slug,
  startsAt: pledgeOptions.startsAt,
  endsAt: pledgeOptions.endsAt,
  timeZone: pledgeOptions.timeZone,
  location: pledgeOptions.location,
  isRemote: pledgeOptions.isRemote,
  hours: pledgeOptions.hours,
  capacity: pledgeOptions.capacity,
  taken: pledgeOptions.taken,
  pledgers: pledgeOptions.pledgers,
  pledgedCents: pledgeOptions.pledgedCents,
  pledgedHours: pledgeOptions.pledgedHours,
  suggestedAmountsCents: pledgeOptions.suggestedAmountsCents,
  allowsMonthly: pledgeOptions.allowsMonthly,
  item: pledgeOptions.item,
  skill: pledgeOptions.skill,
  isOpen: pledgeOptions.isOpen,
  cancelledAt: pledgeOptions.cancelledAt,
};

export type OptionDetail = Awaited<ReturnType<typeof getGroupOption>>["option"];

/** One of the group's options, for its page and its edit form. */
export async function getGroupOption(actor: SessionUser, slug: string, optionId: string) {
  const group = await viewGroup(actor, slug);
  if (containsNul(optionId)) throw new AppError("NOT_FOUND", NOT_THIS_GROUPS);
  const [option] = await getDb()
    .select(optionDetailColumns)
    .from(pledgeOptions)
    .leftJoin(campaigns, eq(campaigns.id, pledgeOptions.campaignId))
    .where(and(eq(pledgeOptions.id, optionId), eq(pledgeOptions.organizationId, group.id)));
  if (!option) throw new AppError("NOT_FOUND", NOT_THIS_GROUPS);
  return { group, option };
}

export type RosterEntry = {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  note: string | null;
  status: "pledged" | "done" | "missed" | "cancelled";
  quantity: number;
  amountCents: number | null;
  frequency: "one_time" | "monthly" | null;
  hours: number | null;
  createdAt: Date;
};

/** Who pledged to this option: standing pledges first (in sign-up order), cancelled ones last. */
export async function getOptionRoster(actor: SessionUser, slug: string, optionId: string) {
  const { group, option } = await getGroupOption(actor, slug, optionId);
  const roster: RosterEntry[] = await getDb()
    .select({
      id: pledges.id,
      name: pledges.name,
      email: pledges.email,
      phone: pledges.phone,
      note: pledges.note,
      status: pledges.status,
      quantity: pledges.quantity,
      amountCents: pledges.amountCents,
      frequency: pledges.frequency,
      hours: pledges.hours,
      createdAt: pledges.createdAt,
    })
    .from(pledges)
    .innerJoin(pledgeOptions, eq(pledgeOptions.id, pledges.optionId))
    // The option's group again, in this query too: a roster never reaches past the group checked above.
    .where(and(eq(pledges.optionId, option.id), eq(pledgeOptions.organizationId, group.id)))
    .orderBy(sql`case when ${pledges.status} = 'cancelled' then 1 else 0 end`, asc(pledges.createdAt));
  return { group, option, roster };
}

/**
 * The roster as CSV (spreadsheet-safe), with a file name made of the group and option; its column names and
 * words in the reader's language (the file name and the values people typed as they are).
 */
export async function exportRosterCsv(
  actor: SessionUser,
  slug: string,
  optionId: string,
  locale: Locale = "en",
): Promise<{ filename: string; csv: string }> {
  const { group, option, roster } = await getOptionRoster(actor, slug, optionId);
  const words = rosterWords[locale];
  const rows: (string | number | null)[][] = [
    words.columns,
    ...roster.map((entry) => [
      entry.name,
      entry.email,
      entry.phone,
      entry.note,
      words.status[entry.status],
      entry.quantity,
      entry.amountCents === null ? null : (entry.amountCents / 100).toFixed(2),
      entry.frequency === null ? null : words.frequency[entry.frequency],
      entry.hours,
      entry.createdAt.toISOString(),
    ]),
  ];
  const safe = (text: string) =>
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "option";
  return { filename: `${safe(group.slug)}-${safe(option.title)}-roster.csv`, csv: toCsv(rows) };
}

// ── Attendance and receipt ─────────────────────────────────────────────────────────────────────────────────

export const OUTCOMES = ["done", "missed", "pledged"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Marks a pledge done (attended / received), missed, or back to signed up (to undo a mistake). Cancelled
 * pledges stay cancelled. The WHERE holds the authorization: the pledge's option belongs to the group and the
 * actor is one of its owners or organizers right now. Counters are untouched: they count pledges that stand.
 */
export async function markPledge(
  actor: SessionUser,
  slug: string,
  pledgeId: string,
  outcome: Outcome,
): Promise<{ optionId: string }> {
  if (!OUTCOMES.includes(outcome)) throw new AppError("INVALID_INPUT", errorText.groups.chooseDoneMissed);
  const group = await requireGroupManager(actor, slug);
  if (containsNul(pledgeId)) throw new AppError("NOT_FOUND", errorText.groups.couldntFindPledgeWasCancelled);
  const now = new Date();
  const [row] = await getDb()
    .update(pledges)
    .set({ status: outcome, doneAt: outcome === "done" ? now : null, updatedAt: now })
    .where(
      and(
        eq(pledges.id, pledgeId),
        sql`${pledges.status} <> 'cancelled'`,
        sql`exists (
          select 1 from ${pledgeOptions} o
          join ${memberships} m on m.organization_id = o.organization_id
          where o.id = ${pledges.optionId} and o.organization_id = ${group.id}
            and m.user_id = ${actor.id} and m.role in ('owner', 'organizer'))`,
      ),
    )
    .returning({ optionId: pledges.optionId });
  if (!row) throw new AppError("NOT_FOUND", errorText.groups.couldntFindPledgeWasCancelled);
  return row;
}

// ── Offering, editing and closing options ──────────────────────────────────────────────────────────────────

/** Campaigns an option can be attached to: any published campaign (and the one it is on already). */
export async function listCampaignChoices(currentId?: string | null) {
  return getDb()
    .select({ id: campaigns.id, title: campaigns.title })
    .from(campaigns)
    .where(
      currentId
        ? sql`(${campaigns.status} = 'published' or ${campaigns.id} = ${currentId})`
        : eq(campaigns.status, "published"),
    )
    .orderBy(asc(campaigns.title))
    .limit(200);
}

async function checkCampaign(campaignId: string | null, currentId?: string | null): Promise<void> {
  if (!campaignId || campaignId === currentId) return;
  const [found] = await getDb()
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.status, "published")));
  if (!found) {
    throw new AppError("INVALID_INPUT", errorText.common.checkHighlightedFields, {
      campaignId: [errorText.groups.choosePublishedCampaignNone],
    });
  }
}

/** Offers a new way to help. Shifts must start in the future. */
export async function createGroupOption(
  actor: SessionUser,
  slug: string,
  raw: Record<string, unknown>,
): Promise<{ id: string }> {
  const group = await requireGroupManager(actor, slug);
  const parsed = withoutNul(optionInputSchema).safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error);
  const values = optionColumns(parsed.data);
  if (values.startsAt && values.startsAt.getTime() <= Date.now()) {
    throw new AppError("INVALID_INPUT", errorText.common.checkHighlightedFields, {
      startsAt: [errorText.groups.timeAlreadyPassedChooseTime],
    });
  }
  await checkCampaign(values.campaignId);
  const [created] = await getDb()
    .insert(pledgeOptions)
    .values({ ...values, organizationId: group.id, kind: parsed.data.kind })
    .returning({ id: pledgeOptions.id });
  if (!created) throw new Error("insert returned no option");
  return created;
}

/**
 * Changes an option. Its kind stays what it was. The capacity may not go below the seats or items already
 * pledged: the check is in the update itself, so a pledge arriving at the same moment cannot slip past it.
 */
export async function updateGroupOption(
  actor: SessionUser,
  slug: string,
  optionId: string,
  raw: Record<string, unknown>,
): Promise<void> {
  const group = await requireGroupManager(actor, slug);
  if (containsNul(optionId)) throw new AppError("NOT_FOUND", NOT_THIS_GROUPS);
  const parsed = withoutNul(optionInputSchema).safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error);
  const values = optionColumns(parsed.data);
  const [current] = await getDb()
    .select({ kind: pledgeOptions.kind, campaignId: pledgeOptions.campaignId })
    .from(pledgeOptions)
    .where(and(eq(pledgeOptions.id, optionId), eq(pledgeOptions.organizationId, group.id)));
  if (!current) throw new AppError("NOT_FOUND", NOT_THIS_GROUPS);
  if (current.kind !== parsed.data.kind) {
    throw new AppError("INVALID_INPUT", errorText.groups.optionKeepsKindOfferNew);
  }
  await checkCampaign(values.campaignId, current.campaignId);
  const capacity = values.capacity;
  // On PGlite the transaction holds the only connection: start pg-boss first.
  await getBoss();
  const updated = await getDb().transaction(async (tx) => {
    // Locked, so the shift as it was and the update announced to its volunteers are one change.
    const [before] = await tx
      .select(shiftStateColumns)
      .from(pledgeOptions)
      .where(and(eq(pledgeOptions.id, optionId), eq(pledgeOptions.organizationId, group.id)))
      .for("update");
    const [after] = await tx
      .update(pledgeOptions)
      .set(values)
      .where(
        and(
          eq(pledgeOptions.id, optionId),
          eq(pledgeOptions.organizationId, group.id),
          capacity === null ? undefined : sql`${pledgeOptions.taken} <= ${capacity}`,
        ),
      )
      .returning(shiftStateColumns);
    if (before && after && current.kind === "volunteer_shift") {
      await announceShiftChange(tx, { optionId, groupName: group.name, before, after });
    }
    return after !== undefined;
  });
  if (updated) return;
  const [after] = await getDb()
    .select({ taken: pledgeOptions.taken })
    .from(pledgeOptions)
    .where(and(eq(pledgeOptions.id, optionId), eq(pledgeOptions.organizationId, group.id)));
  if (!after) throw new AppError("NOT_FOUND", NOT_THIS_GROUPS);
  const message = errorText.groups.belowTaken({
    kind: current.kind === "goods" ? "goods" : "volunteers",
    taken: after.taken,
  });
  throw new AppError("INVALID_INPUT", message, { capacity: [message] });
}

/** Closes an option to new pledges (or opens it again). Pledges and their history stay. */
export async function setGroupOptionOpen(
  actor: SessionUser,
  slug: string,
  optionId: string,
  isOpen: boolean,
): Promise<void> {
  const group = await requireGroupManager(actor, slug);
  if (containsNul(optionId)) throw new AppError("NOT_FOUND", NOT_THIS_GROUPS);
  const rows = await getDb()
    .update(pledgeOptions)
    .set({ isOpen })
    .where(
      and(
        eq(pledgeOptions.id, optionId),
        eq(pledgeOptions.organizationId, group.id),
        // A cancelled shift stays closed: its volunteers were told it will not happen.
        isOpen ? isNull(pledgeOptions.cancelledAt) : undefined,
      ),
    )
    .returning({ id: pledgeOptions.id });
  if (rows.length === 0) throw new AppError("NOT_FOUND", NOT_THIS_GROUPS);
}

// ── A message to the volunteers of one shift ───────────────────────────────────────────────────────────────

export const MESSAGE_BODY_MAX = 5000;

export const shiftMessageSchema = z.object({
  /** Made when the form is shown: the same form sent twice is the same message. */
  messageId: z.uuid({ message: errorText.groups.formOutDateReloadPage }),
  subject: z
    .string()
    .trim()
    .min(1, { message: errorText.groups.writeSubject })
    .max(150, { message: errorText.groups.keepSubjectUnder150Characters })
    .refine((value) => !/[\r\n]/.test(value), { message: errorText.groups.subjectOneLine }),
  body: z
    .string()
    .trim()
    .min(1, { message: errorText.groups.writeMessage })
    .max(MESSAGE_BODY_MAX, { message: errorText.groups.keepMessageUnder5000 }),
});

export type ShiftMessageInput = z.input<typeof shiftMessageSchema>;

/**
 * Emails everyone whose pledge for this shift stands (not cancelled), through the job queue, in one
 * transaction. Each email's idempotency key is message id + pledge id, and a pledge that already has its job
 * for this message is skipped, so a double-click or a resubmitted form never sends twice (the option row is
 * locked meanwhile, so two submissions of one message take turns). Replies go to the sender.
 */
export async function sendShiftMessage(
  actor: SessionUser,
  slug: string,
  optionId: string,
  raw: ShiftMessageInput,
): Promise<{ recipients: number; queued: number }> {
  const group = await requireGroupManager(actor, slug);
  if (containsNul(optionId)) throw new AppError("NOT_FOUND", NOT_THIS_GROUPS);
  const parsed = withoutNul(shiftMessageSchema).safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error);
  const { messageId, subject, body } = parsed.data;
  const keyPrefix = `volunteer-message:${messageId}:`;

  // On PGlite the transaction holds the only connection: start pg-boss first.
  await getBoss();
  return getDb().transaction(async (tx) => {
    const [option] = await tx
      .select({
        id: pledgeOptions.id,
        title: pledgeOptions.title,
        startsAt: pledgeOptions.startsAt,
        endsAt: pledgeOptions.endsAt,
        timeZone: pledgeOptions.timeZone,
      })
      .from(pledgeOptions)
      .where(
        and(
          eq(pledgeOptions.id, optionId),
          eq(pledgeOptions.organizationId, group.id),
          eq(pledgeOptions.kind, "volunteer_shift"),
        ),
      )
      .for("update");
    if (!option) throw new AppError("NOT_FOUND", errorText.groups.couldntFindShiftAmongGroups);

    const volunteers = await tx
      .select({ id: pledges.id, name: pledges.name, email: pledges.email })
      .from(pledges)
      .where(and(eq(pledges.optionId, option.id), inArray(pledges.status, ["pledged", "done", "missed"])))
      .orderBy(asc(pledges.createdAt));
    if (volunteers.length === 0) {
      throw new AppError("INVALID_INPUT", errorText.groups.noOneSignedUpShift);
    }

    // The message id is the form's: a second send of the same form finds it recorded and sends nothing.
    const [recorded] = await tx
      .insert(groupMessages)
      .values({
        id: messageId,
        optionId: option.id,
        sentBy: actor.id,
        subject,
        body,
        recipients: volunteers.length,
      })
      .onConflictDoNothing()
      .returning({ id: groupMessages.id });
    if (!recorded) return { recipients: volunteers.length, queued: 0 };

    const when = option.startsAt ? formatShiftTime(option.startsAt, option.endsAt, option.timeZone) : null;
    let queued = 0;
    for (const volunteer of volunteers) {
      const idempotencyKey = `${keyPrefix}${volunteer.id}`;
      await queueEmail(tx, {
        template: "volunteer-message",
        to: volunteer.email,
        replyTo: actor.email,
        idempotencyKey,
        props: {
          name: volunteer.name,
          groupName: group.name,
          // No name on the account: the email says "an organizer" in the volunteer's language.
          senderName: actor.name?.trim() || null,
          optionTitle: option.title,
          when,
          // The facts behind `when`, so a volunteer who reads Spanish gets the time in Spanish.
          shift: shiftFacts(option),
          subject,
          body,
          manageUrl: `${env.appUrl}${MY_PLEDGES_PATH}`,
        },
      });
      queued += 1;
    }
    return { recipients: volunteers.length, queued };
  });
}
