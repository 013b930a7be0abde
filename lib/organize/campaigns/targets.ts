import "server-only";
import { and, asc, eq, ilike, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Transaction } from "@/db/client";
import { campaignTargets, customTargets, officials } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { type ErrorText, errorText } from "@/lib/i18n/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { getBoss } from "@/lib/jobs/boss";
import { findOfficialById } from "@/lib/officials/lookup";
import { containsNul, withoutNul } from "@/lib/validation";
import { WRITE } from "../access";
import { invalid, notFoundIfNul, requireCampaign } from "../guard";
import { sendTargetConfirmationInTx } from "../target-confirmation";
import { titleOf } from "./edit";
import { touch } from "./shared";

/** Who a campaign's letters go to: rules, custom targets and named officials. */

const RULES = ["senators", "house", "state_upper", "state_lower"] as const;

async function nextPosition(tx: Transaction, campaignId: string): Promise<number> {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${campaignTargets.position}), -1)::int + 1` })
    .from(campaignTargets)
    .where(eq(campaignTargets.campaignId, campaignId));
  return row?.next ?? 0;
}

function alreadyTargeted(text: ErrorText): AppError {
  return new AppError("ALREADY_EXISTS", text);
}

/** Adds a rule such as "the supporter's senators" (each rule once). */
export async function addRuleTarget(actor: SessionUser, campaignId: string, rule: string): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  const parsed = z.enum(RULES).safeParse(rule);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", errorText.organize.chooseWhoLettersGo, {
      rule: [errorText.organize.chooseOneOptions],
    });
  }
  try {
    await getDb().transaction(async (tx) => {
      await touch(tx, actor, campaignId);
      const [existing] = await tx
        .select({ id: campaignTargets.id })
        .from(campaignTargets)
        .where(and(eq(campaignTargets.campaignId, campaignId), eq(campaignTargets.rule, parsed.data)));
      if (existing) throw alreadyTargeted(errorText.organize.ruleAlreadyTargeted({ rule: parsed.data }));
      await tx
        .insert(campaignTargets)
        .values({ campaignId, rule: parsed.data, position: await nextPosition(tx, campaignId) });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw alreadyTargeted(errorText.organize.ruleAlreadyTargeted({ rule: parsed.data }));
    throw error;
  }
}

export const customTargetSchema = z.object({
  name: z
    .string({ message: errorText.organize.giveTargetsName })
    .trim()
    .min(2, { message: errorText.organize.giveTargetsName })
    .max(120, { message: errorText.organize.keepNameUnder120Characters }),
  title: z.string().trim().max(120, { message: errorText.organize.keepTitleUnder120Characters }).default(""),
  email: z
    .string({ message: errorText.organize.giveAddressLettersGo })
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: errorText.organize.enterEmailAddressLikeClerk })),
  requiresAddress: z
    .string()
    .optional()
    .transform((value) => value === "on" || value === "true"),
});

export type CustomTargetInput = { name?: string; title?: string; email?: string; requiresAddress?: string };

/**
 * A person or office reached by email (a council, an agency head, a company), owned by the organization. Its
 * address gets one email asking its owner to confirm (lib/organize/target-confirmation.ts); letters wait until
 * then. An address the same organization already had confirmed needs no second email.
 */
export async function addCustomTarget(
  actor: SessionUser,
  campaignId: string,
  input: CustomTargetInput,
  locale: Locale = DEFAULT_LOCALE,
): Promise<{ isConfirmed: boolean }> {
  const access = await requireCampaign(actor, campaignId, WRITE);
  const parsed = withoutNul(customTargetSchema).safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  // On PGlite the transaction holds the only connection: start pg-boss first.
  await getBoss();
  return getDb().transaction(async (tx) => {
    await touch(tx, actor, campaignId);
    const [known] = await tx
      .select({ confirmedAt: customTargets.confirmedAt })
      .from(customTargets)
      .where(
        and(
          eq(customTargets.organizationId, access.organizationId),
          sql`lower(${customTargets.confirmedEmail}) = ${parsed.data.email.toLowerCase()}`,
        ),
      )
      .limit(1);
    const [custom] = await tx
      .insert(customTargets)
      .values({
        organizationId: access.organizationId,
        ...parsed.data,
        ...(known ? { confirmedEmail: parsed.data.email, confirmedAt: known.confirmedAt } : {}),
      })
      .returning({ id: customTargets.id });
    if (!custom) throw new Error("custom target insert returned nothing");
    await tx.insert(campaignTargets).values({
      campaignId,
      rule: "custom",
      customTargetId: custom.id,
      position: await nextPosition(tx, campaignId),
    });
    if (!known) {
      await sendTargetConfirmationInTx(tx, {
        customTargetId: custom.id,
        email: parsed.data.email,
        targetName: parsed.data.name,
        organizationName: access.name,
        requesterName: actor.name ?? actor.email,
        locale,
      });
    }
    return { isConfirmed: Boolean(known) };
  });
}

/** A named official, by their id in the officials data. */
export async function addOfficialTarget(
  actor: SessionUser,
  campaignId: string,
  officialId: string,
): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  const id = officialId.trim();
  const official =
    /^[A-Za-z0-9_-]{1,64}$/.test(id) && !id.startsWith("vacant-")
      ? await findOfficialById(id).catch(() => null)
      : null;
  if (!official) {
    throw new AppError("NOT_FOUND", errorText.organize.couldntFindOfficialSearchBy, {
      officialId: [errorText.organize.noCurrentOfficialId],
    });
  }
  try {
    await getDb().transaction(async (tx) => {
      await touch(tx, actor, campaignId);
      const [existing] = await tx
        .select({ id: campaignTargets.id })
        .from(campaignTargets)
        .where(and(eq(campaignTargets.campaignId, campaignId), eq(campaignTargets.officialId, official.id)));
      if (existing)
        throw alreadyTargeted(errorText.organize.officialAlreadyTargeted({ name: official.name }));
      await tx.insert(campaignTargets).values({
        campaignId,
        rule: "official",
        officialId: official.id,
        position: await nextPosition(tx, campaignId),
      });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw alreadyTargeted(errorText.organize.officialAlreadyTargeted({ name: official.name }));
    throw error;
  }
}

export async function removeTarget(actor: SessionUser, campaignId: string, targetId: string): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  notFoundIfNul(errorText.organize.targetWasAlreadyRemoved, targetId);
  await getDb().transaction(async (tx) => {
    await touch(tx, actor, campaignId);
    const removed = await tx
      .delete(campaignTargets)
      .where(and(eq(campaignTargets.id, targetId), eq(campaignTargets.campaignId, campaignId)))
      .returning({ customTargetId: campaignTargets.customTargetId });
    if (removed.length === 0) throw new AppError("NOT_FOUND", errorText.organize.targetWasAlreadyRemoved);
  });
}

export type OfficialMatch = { id: string; name: string; title: string };

/** Current officials whose name contains the words typed (public data; for choosing a named target). */
export async function searchOfficials(
  actor: SessionUser,
  query: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<OfficialMatch[]> {
  void actor;
  // No official's name holds U+0000 (and Postgres cannot compare it): nothing matches.
  if (containsNul(query)) return [];
  const words = query
    .trim()
    .replace(/[%_\\]/g, "")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4);
  if (words.length === 0 || words.join("").length < 2) return [];
  const rows = await getDb()
    .select({
      id: officials.id,
      name: officials.name,
      level: officials.level,
      chamber: officials.chamber,
      state: officials.state,
    })
    .from(officials)
    .where(and(isNull(officials.removedAt), ...words.map((w) => ilike(officials.name, `%${w}%`))))
    .orderBy(asc(officials.name))
    .limit(15);
  return rows.map((row) => ({ id: row.id, name: row.name, title: titleOf(row, locale) }));
}
