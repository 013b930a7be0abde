import "server-only";
import { and, asc, eq, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Transaction } from "@/db/client";
import {
  campaignSlugRedirects,
  campaigns,
  campaignTargets,
  customTargets,
  letters,
  letterTemplates,
  officials,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { findCampaignBill } from "@/lib/campaigns/bills";
import { CWC_TOPICS, type CwcTopic, isCwcTopic } from "@/lib/delivery/cwc/topics";

const CWC_TOPIC_COUNT = CWC_TOPICS.length;

import { AppError, isUniqueViolation } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { getBoss } from "@/lib/jobs/boss";
import { composeLetterForTarget } from "@/lib/letters/compose";
import { resolveTargets, type TargetRule } from "@/lib/letters/targets";
import {
  composeBody,
  findMergeFields,
  isBillField,
  MERGE_FIELDS,
  mergeFieldSamples,
  type TemplatePart,
} from "@/lib/letters/template";
import { findOfficialById, findOfficialsByZip } from "@/lib/officials/lookup";
import { officialTitle } from "@/lib/officials/present";
import { hitLimit, LIMITS } from "@/lib/security/rate-limit";
import { containsNul, NUL_MESSAGE, optionalHttpsUrl, withoutNul } from "@/lib/validation";
import { type OrgRole, READ, WRITE } from "./access";
import { SAMPLE_EMAIL, targetWords } from "./campaigns.messages";
import {
  actorHolds,
  holdRole,
  invalid,
  notFoundIfNul,
  requireCampaign,
  requireOrg,
  SLUG_PATTERN,
  slugify,
} from "./guard";
import { createDefaultSteps } from "./steps";
import { sendTargetConfirmationInTx } from "./target-confirmation";

export type { CampaignStatus } from "@/db/schema";

import type { CampaignStatus } from "@/db/schema";
import { type ErrorText, errorText, issueText } from "@/lib/i18n/errors";

const NOT_FOUND = errorText.organize.couldntFindCampaignAmongOrganizations;

/** Writes to a campaign are conditioned on the actor's role in its organization, in the statement itself. */
function writable(actor: SessionUser, campaignId: string) {
  return and(eq(campaigns.id, campaignId), actorHolds(actor, campaigns.organizationId, WRITE));
}

async function touch(tx: Transaction, actor: SessionUser, campaignId: string) {
  const updated = await tx
    .update(campaigns)
    .set({ updatedAt: new Date() })
    .where(writable(actor, campaignId))
    .returning({ id: campaigns.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND", NOT_FOUND);
}

/** A slug not used by any campaign nor kept as any campaign's old address. */
async function freeSlug(base: string): Promise<string> {
  const stem = base || "campaign";
  const taken = new Set(
    (
      await getDb()
        .select({ slug: campaigns.slug })
        .from(campaigns)
        .where(or(eq(campaigns.slug, stem), ilike(campaigns.slug, `${stem}-%`)))
    ).map((r) => r.slug),
  );
  for (const r of await getDb()
    .select({ slug: campaignSlugRedirects.slug })
    .from(campaignSlugRedirects)
    .where(or(eq(campaignSlugRedirects.slug, stem), ilike(campaignSlugRedirects.slug, `${stem}-%`)))) {
    taken.add(r.slug);
  }
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

export const newCampaignSchema = z.object({
  title: z
    .string({ message: errorText.organize.giveCampaignTitle })
    .trim()
    .min(3, { message: errorText.organize.giveCampaignTitleLeast3 })
    .max(120, { message: errorText.organize.keepTitleUnder120Characters }),
});

/** A new draft with a unique slug made from its title. */
export async function createCampaign(
  actor: SessionUser,
  organizationSlug: string,
  input: { title?: string },
): Promise<{ id: string; slug: string }> {
  const access = await requireOrg(actor, organizationSlug, WRITE);
  const parsed = withoutNul(newCampaignSchema).safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  for (let attempt = 0; attempt < 3; attempt++) {
    const slug = await freeSlug(slugify(parsed.data.title));
    try {
      const row = await getDb().transaction(async (tx) => {
        await holdRole(tx, actor, access.organizationId, WRITE);
        // Counted with the campaign, so a refused or retried attempt counts nothing.
        await hitLimit(LIMITS.campaignsPerUser, actor.id, tx, { audit: false });
        await hitLimit(LIMITS.campaignsPerOrganization, access.organizationId, tx, { audit: false });
        const [inserted] = await tx
          .insert(campaigns)
          .values({ organizationId: access.organizationId, slug, title: parsed.data.title })
          .returning({ id: campaigns.id, slug: campaigns.slug });
        // learn → write → pledge → share until the organizer reorders them.
        if (inserted) await createDefaultSteps(tx, inserted.id);
        return inserted;
      });
      if (!row) throw new AppError("FORBIDDEN", errorText.organize.onlyOrganizationsOwnersOrganizersDo);
      return row;
    } catch (error) {
      // Two drafts named alike at the same moment: try the next free slug.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError("ALREADY_EXISTS", errorText.organize.tryAgainAnotherCampaignTook);
}

export type EditableTarget = {
  id: string;
  rule: "senators" | "house" | "state_upper" | "state_lower" | "official" | "custom";
  label: string;
  detail: string;
  /** Custom targets: whether the address's owner confirmed it (letters wait until then). */
  address?: { name: string; isConfirmed: boolean };
};

export type EditableCampaign = {
  id: string;
  organizationSlug: string;
  organizationName: string;
  role: OrgRole;
  canEdit: boolean;
  slug: string;
  status: CampaignStatus;
  title: string;
  summary: string;
  story: string;
  callToAction: string;
  imageUrl: string | null;
  imageAlt: string;
  goal: number | null;
  language: string;
  startsAt: Date | null;
  endsAt: Date | null;
  publishedAt: Date | null;
  letters: number;
  /** Letters to custom targets wait until an instance operator verifies the organization. */
  isOrganizationVerified: boolean;
  targets: EditableTarget[];
  template: { subject: string; parts: TemplatePart[]; personalizationPrompt: string } | null;
  /** Letters go to members of Congress (rules or named federal legislators): CWC needs topics and a stance. */
  hasCongress: boolean;
  cwcTopics: CwcTopic[];
  cwcStance: "pro" | "con" | null;
};

/** Everything the builder shows, for any member (viewers read only). */
export async function getCampaignForEdit(
  actor: SessionUser,
  campaignId: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<EditableCampaign> {
  const words = targetWords[locale];
  const access = await requireCampaign(actor, campaignId, READ);
  const db = getDb();
  const [campaign] = await db
    .select({
      slug: campaigns.slug,
      status: campaigns.status,
      title: campaigns.title,
      summary: campaigns.summary,
      story: campaigns.story,
      callToAction: campaigns.callToAction,
      imageUrl: campaigns.imageUrl,
      imageAlt: campaigns.imageAlt,
      goal: campaigns.goal,
      language: campaigns.language,
      startsAt: campaigns.startsAt,
      endsAt: campaigns.endsAt,
      publishedAt: campaigns.publishedAt,
      letters: sql<number>`(select count(*)::int from ${letters} l where l.campaign_id = "campaigns"."id" and l.status = 'confirmed')`,
      hasCongress: hasCongressSql,
      cwcTopics: campaigns.cwcTopics,
      cwcStance: campaigns.cwcStance,
      isOrganizationVerified: sql<boolean>`exists (select 1 from organizations o where o.id = "campaigns"."organization_id" and o.verification_status = 'verified')`,
    })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), actorHolds(actor, campaigns.organizationId, READ)));
  if (!campaign) throw new AppError("NOT_FOUND", NOT_FOUND);
  const [targetRows, [template]] = await Promise.all([
    db
      .select({
        id: campaignTargets.id,
        rule: campaignTargets.rule,
        officialId: campaignTargets.officialId,
        customName: customTargets.name,
        customTitle: customTargets.title,
        customEmail: customTargets.email,
        requiresAddress: customTargets.requiresAddress,
        isConfirmed: sql<boolean>`coalesce(lower(${customTargets.confirmedEmail}) = lower(${customTargets.email}), false)`,
      })
      .from(campaignTargets)
      .leftJoin(customTargets, eq(customTargets.id, campaignTargets.customTargetId))
      .where(eq(campaignTargets.campaignId, campaignId))
      .orderBy(asc(campaignTargets.position)),
    db
      .select({
        subject: letterTemplates.subject,
        parts: letterTemplates.parts,
        personalizationPrompt: letterTemplates.personalizationPrompt,
      })
      .from(letterTemplates)
      .where(
        and(eq(letterTemplates.campaignId, campaignId), eq(letterTemplates.language, campaign.language)),
      ),
  ]);
  const named = await officialNames(
    targetRows.flatMap((t) => (t.officialId ? [t.officialId] : [])),
    locale,
  );
  const targets = targetRows.map((t): EditableTarget => {
    if (t.rule === "custom") {
      return {
        id: t.id,
        rule: t.rule,
        label: [t.customName, t.customTitle].filter(Boolean).join(", "),
        detail: `${t.customEmail ?? ""}${t.requiresAddress ? words.asksAddress : ""}`,
        address: { name: t.customName ?? "", isConfirmed: t.isConfirmed },
      };
    }
    if (t.rule === "official") {
      const official = t.officialId ? named.get(t.officialId) : undefined;
      return {
        id: t.id,
        rule: t.rule,
        label: official?.name ?? words.official(t.officialId ?? ""),
        detail: official ? official.title : words.noLongerInOffice,
      };
    }
    return {
      id: t.id,
      rule: t.rule,
      label: words.rules[t.rule],
      detail: words.foundFromAddress,
    };
  });
  return {
    id: campaignId,
    organizationSlug: access.slug,
    organizationName: access.name,
    role: access.role,
    canEdit: WRITE.includes(access.role),
    ...campaign,
    hasCongress: Boolean(campaign.hasCongress),
    cwcTopics: campaign.cwcTopics.filter(isCwcTopic),
    targets,
    template: template ?? null,
  };
}

async function officialNames(ids: string[], locale: Locale) {
  const map = new Map<string, { name: string; title: string }>();
  if (ids.length === 0) return map;
  const rows = await getDb()
    .select({
      id: officials.id,
      name: officials.name,
      level: officials.level,
      chamber: officials.chamber,
      state: officials.state,
    })
    .from(officials)
    .where(and(inArray(officials.id, ids), isNull(officials.removedAt)));
  for (const row of rows) map.set(row.id, { name: row.name, title: titleOf(row, locale) });
  return map;
}

function titleOf(
  row: { level: string; chamber: string | null; state: string },
  locale: Locale = DEFAULT_LOCALE,
): string {
  return `${officialTitle(row as Parameters<typeof officialTitle>[0], locale)} (${row.state})`;
}

const optionalDate = (field: "startDate" | "endDate") =>
  z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || /^\d{4}-\d{2}-\d{2}$/.test(value), {
      message: errorText.organize.giveFieldAsDate({ field }),
    })
    .transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null))
    .refine((value) => value === null || !Number.isNaN(value.getTime()), {
      message: errorText.organize.giveFieldAsDate({ field }),
    });

export const basicsSchema = z
  .object({
    title: newCampaignSchema.shape.title,
    slug: z
      .string({ message: errorText.organize.giveCampaignWebAddress })
      .trim()
      .toLowerCase()
      .min(3, { message: errorText.organize.webAddressNeedsLeast3 })
      .max(80, { message: errorText.organize.keepWebAddressUnder80 })
      .regex(SLUG_PATTERN, {
        message: errorText.organize.useLowerCaseLettersNumbers,
      }),
    summary: z
      .string()
      .trim()
      .max(300, { message: errorText.organize.keepSummaryUnder300Characters })
      .default(""),
    story: z.string().trim().max(20_000, { message: errorText.organize.keepStoryUnder20000 }).default(""),
    callToAction: z
      .string()
      .trim()
      .max(300, { message: errorText.organize.keepCallActionUnder300 })
      .default(""),
    imageUrl: optionalHttpsUrl({
      tooLong: errorText.organize.keepFieldUnder({ field: "imageAddress", max: 500 }),
      notHttps: errorText.organize.fieldNotHttps({ field: "imageAddress" }),
    }),
    imageAlt: z
      .string()
      .trim()
      .max(300, { message: errorText.organize.keepDescriptionUnder300Characters })
      .default(""),
    goal: z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || /^\d{1,8}$/.test(value.replace(/,/g, "")), {
        message: errorText.organize.giveGoalWholeNumberLetters,
      })
      .transform((value) => (value ? Number(value.replace(/,/g, "")) : null))
      .refine((value) => value === null || value >= 1, { message: errorText.organize.goalLeast1Letter }),
    language: z.enum(["en", "es"], { message: errorText.organize.chooseEnglishSpanish }),
    startsAt: optionalDate("startDate"),
    endsAt: optionalDate("endDate"),
  })
  .superRefine((value, ctx) => {
    if (value.imageUrl && !value.imageAlt) {
      ctx.addIssue({
        code: "custom",
        path: ["imageAlt"],
        message: errorText.organize.describeImagePeopleWhoCant,
      });
    }
    if (value.startsAt && value.endsAt && value.endsAt <= value.startsAt) {
      ctx.addIssue({
        code: "custom",
        path: ["endsAt"],
        message: errorText.organize.endDateMustAfterStart,
      });
    }
  });

export type BasicsInput = { [K in keyof z.input<typeof basicsSchema>]?: string };

/**
 * Saves the basics. A published (or closed) campaign's old slug is kept as a redirect, so links people have
 * shared keep working; renaming back to an old slug takes it back from the redirects.
 */
export async function updateCampaignBasics(
  actor: SessionUser,
  campaignId: string,
  input: BasicsInput,
): Promise<{ slug: string }> {
  const access = await requireCampaign(actor, campaignId, WRITE);
  const parsed = withoutNul(basicsSchema).safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const data = parsed.data;
  const slugTaken = new AppError("ALREADY_EXISTS", errorText.organize.webAddressTakenChooseAnother, {
    slug: [errorText.organize.slugUsedByCampaign({ slug: data.slug })],
  });
  try {
    return await getDb().transaction(async (tx) => {
      const [current] = await tx
        .select({ slug: campaigns.slug, status: campaigns.status })
        .from(campaigns)
        .where(writable(actor, campaignId))
        .for("update");
      if (!current) throw new AppError("NOT_FOUND", NOT_FOUND);
      if (current.slug !== data.slug) {
        const [kept] = await tx
          .select({ campaignId: campaignSlugRedirects.campaignId })
          .from(campaignSlugRedirects)
          .where(eq(campaignSlugRedirects.slug, data.slug));
        if (kept && kept.campaignId !== campaignId) throw slugTaken;
        const [other] = await tx
          .select({ id: campaigns.id })
          .from(campaigns)
          .where(eq(campaigns.slug, data.slug));
        if (other) throw slugTaken;
        if (kept) await tx.delete(campaignSlugRedirects).where(eq(campaignSlugRedirects.slug, data.slug));
        if (current.status !== "draft") {
          await tx
            .insert(campaignSlugRedirects)
            .values({ slug: current.slug, campaignId })
            .onConflictDoUpdate({ target: campaignSlugRedirects.slug, set: { campaignId } });
        }
      }
      await tx
        .update(campaigns)
        .set({ ...data, updatedAt: new Date() })
        .where(and(eq(campaigns.id, campaignId), eq(campaigns.organizationId, access.organizationId)));
      return { slug: data.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken;
    throw error;
  }
}

/** The current slug of a public campaign that used to live at `oldSlug`, for a permanent redirect. */
export async function findRenamedCampaignSlug(oldSlug: string): Promise<string | null> {
  const [row] = await getDb()
    .select({ slug: campaigns.slug })
    .from(campaignSlugRedirects)
    .innerJoin(campaigns, eq(campaigns.id, campaignSlugRedirects.campaignId))
    .where(and(eq(campaignSlugRedirects.slug, oldSlug), inArray(campaigns.status, ["published", "closed"])));
  return row?.slug ?? null;
}

/**
 * Publishing needs a letter template and at least one target: a published campaign supporters cannot write
 * on would waste their time. Closed campaigns may be published again.
 */
export async function publishCampaign(actor: SessionUser, campaignId: string): Promise<{ slug: string }> {
  await requireCampaign(actor, campaignId, WRITE);
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({
        slug: campaigns.slug,
        status: campaigns.status,
        language: campaigns.language,
        targets: sql<number>`(select count(*)::int from ${campaignTargets} ct where ct.campaign_id = "campaigns"."id")`,
        templates: sql<number>`(select count(*)::int from ${letterTemplates} lt where lt.campaign_id = "campaigns"."id" and lt.language = "campaigns"."language")`,
        hasCongress: hasCongressSql,
        cwcTopics: campaigns.cwcTopics,
      })
      .from(campaigns)
      .where(writable(actor, campaignId))
      .for("update");
    if (!row) throw new AppError("NOT_FOUND", NOT_FOUND);
    if (row.status === "published") return { slug: row.slug };
    const missing = (
      [
        row.templates === 0 ? "letterTemplate" : null,
        row.targets === 0 ? "target" : null,
        // Congress's mail system files every message under Library of Congress topics.
        row.hasCongress && row.cwcTopics.filter(isCwcTopic).length === 0 ? "cwcTopic" : null,
      ] as const
    ).filter((what) => what !== null);
    if (missing.length > 0) {
      throw new AppError("INVALID_INPUT", errorText.organize.addBeforePublishing({ missing }));
    }
    await tx
      .update(campaigns)
      .set({
        status: "published",
        publishedAt: sql`coalesce(${campaigns.publishedAt}, now())`,
        updatedAt: new Date(),
      })
      .where(eq(campaigns.id, campaignId));
    return { slug: row.slug };
  });
}

/** Closing stops new letters; the public page stays, marked closed, with what the campaign achieved. */
export async function closeCampaign(actor: SessionUser, campaignId: string): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  const closed = await getDb()
    .update(campaigns)
    .set({ status: "closed", updatedAt: new Date() })
    .where(and(writable(actor, campaignId), eq(campaigns.status, "published")))
    .returning({ id: campaigns.id });
  if (closed.length === 0)
    throw new AppError("INVALID_INPUT", errorText.organize.onlyPublishedCampaignClosed);
}

/** A draft (or preview) that was never published can be deleted; published ones are closed instead. */
export async function deleteDraftCampaign(actor: SessionUser, campaignId: string): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  const deleted = await getDb()
    .delete(campaigns)
    .where(
      and(
        writable(actor, campaignId),
        inArray(campaigns.status, ["draft", "preview"]),
        isNull(campaigns.publishedAt),
      ),
    )
    .returning({ id: campaigns.id });
  if (deleted.length === 0)
    throw new AppError("INVALID_INPUT", errorText.organize.onlyDraftWasNeverPublished);
}

// ---- Congress (CWC) ----

/**
 * The campaign writes to members of Congress: its rules include senators or the House, or it names a federal
 * senator or representative. Written with the table name (a correlated subquery in one-table selects).
 */
const hasCongressSql = sql<boolean>`exists (select 1 from ${campaignTargets} ct
  left join ${officials} o on o.id = ct.official_id
  where ct.campaign_id = "campaigns"."id"
    and (ct.rule in ('senators', 'house')
      or (ct.rule = 'official' and o.level = 'federal' and o.chamber in ('senate', 'house'))))`;

export type CwcInput = { topics?: string[]; stance?: string };

/** The builder's form: one checkbox per topic (`topic:<CWC's value>`), and the stance. */
export function cwcInputFromForm(values: Record<string, string>): CwcInput {
  return {
    topics: Object.entries(values)
      .filter(([key, value]) => key.startsWith("topic:") && value === "on")
      .map(([key]) => key.slice("topic:".length)),
    stance: values.stance ?? "",
  };
}

const cwcSchema = z.object({
  topics: z
    .array(z.string().max(100, { message: errorText.organize.chooseLibraryCongressTopicsFrom }), {
      message: errorText.organize.chooseLibraryCongressTopicsFrom,
    })
    .max(CWC_TOPIC_COUNT, { message: errorText.organize.chooseLibraryCongressTopicsFrom })
    .default([])
    .refine((topics) => topics.every(isCwcTopic), {
      message: errorText.organize.chooseLibraryCongressTopicsFrom,
    }),
  stance: z.enum(["", "pro", "con"], { message: errorText.organize.chooseAgainstNoStance }).default(""),
});

/**
 * The Library of Congress topics (only CWC's 32 values) and the stance on the campaign's bill that letters to
 * Congress carry. Publishing a campaign to Congress needs at least one topic.
 */
export async function saveCwcSettings(
  actor: SessionUser,
  campaignId: string,
  input: CwcInput,
): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  const parsed = withoutNul(cwcSchema).safeParse(input);
  if (!parsed.success) {
    const message = issueText(
      parsed.error.issues[0]?.message ?? errorText.organize.chooseLibraryCongressTopicsFrom,
    );
    throw new AppError("INVALID_INPUT", message, {
      [String(parsed.error.issues[0]?.path[0] ?? "topics")]: [message],
    });
  }
  const topics = [...new Set(parsed.data.topics)];
  const updated = await getDb()
    .update(campaigns)
    .set({ cwcTopics: topics, cwcStance: parsed.data.stance || null, updatedAt: new Date() })
    .where(writable(actor, campaignId))
    .returning({ id: campaigns.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND", NOT_FOUND);
}

// ---- targets ----

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

// ---- letter template ----

export const MAX_PARTS = 12;

export type TemplatePartInput = { id?: string; text?: string; isLocked?: boolean; order?: string };
export type TemplateInput = { subject?: string; personalizationPrompt?: string; parts?: TemplatePartInput[] };

/** The template form's fields: `subject`, `personalizationPrompt`, and `part-N-id|text|locked|order`. */
export function templateInputFromForm(values: Record<string, string>): TemplateInput {
  const parts: TemplatePartInput[] = [];
  for (let n = 0; n < MAX_PARTS + 1; n++) {
    if (!(`part-${n}-text` in values)) continue;
    parts.push({
      id: values[`part-${n}-id`],
      text: values[`part-${n}-text`],
      isLocked: values[`part-${n}-locked`] === "on",
      order: values[`part-${n}-order`] ?? String(n + 1),
    });
  }
  return { subject: values.subject, personalizationPrompt: values.personalizationPrompt, parts };
}

function unknownFieldsMessage(unknown: string[]): ErrorText {
  return errorText.organize.unknownMergeFields({ unknown, known: [...MERGE_FIELDS] });
}

function needsBillMessage(known: string[]): ErrorText {
  return errorText.organize.needsBill({ fields: known.filter(isBillField) });
}

/**
 * Checks a template: a subject, at least one part, no unknown merge fields (named in the message, at the
 * field they are in). Empty parts are dropped; parts are ordered by their order number, then as given.
 */
export function validateTemplate(
  input: TemplateInput,
  options: { hasBill?: boolean } = {},
):
  | { ok: true; template: { subject: string; personalizationPrompt: string; parts: TemplatePart[] } }
  | { ok: false; error: AppError } {
  // Postgres text cannot hold U+0000 (no one types it): refused as a whole, never a database error.
  if (containsNul(input)) return { ok: false, error: new AppError("INVALID_INPUT", NUL_MESSAGE) };
  const fieldErrors: Record<string, ErrorText[]> = {};
  const subject = (input.subject ?? "").trim();
  if (subject.length < 3) fieldErrors.subject = [errorText.organize.giveLetterSubjectLine];
  else if (subject.length > 200) fieldErrors.subject = [errorText.organize.keepSubjectUnder200Characters];
  else {
    const { known, unknown } = findMergeFields(subject);
    if (unknown.length > 0) fieldErrors.subject = [unknownFieldsMessage(unknown)];
    else if (!options.hasBill && known.some(isBillField)) fieldErrors.subject = [needsBillMessage(known)];
  }
  const personalizationPrompt = (input.personalizationPrompt ?? "").trim();
  if (personalizationPrompt.length > 500) {
    fieldErrors.personalizationPrompt = [errorText.organize.keepPromptUnder500Characters];
  }
  const given = (input.parts ?? []).map((part, index) => ({ ...part, index }));
  const used = new Set<string>();
  const parts: (TemplatePart & { order: number; index: number })[] = [];
  for (const part of given) {
    const text = (part.text ?? "").replace(/\r\n?/g, "\n").trim();
    if (!text) continue;
    const key = `part-${part.index}-text`;
    if (text.length > 5000) fieldErrors[key] = [errorText.organize.keepEachPartUnder5];
    const { known, unknown } = findMergeFields(text);
    if (unknown.length > 0) fieldErrors[key] = [unknownFieldsMessage(unknown)];
    else if (!options.hasBill && known.some(isBillField)) fieldErrors[key] = [needsBillMessage(known)];
    let id = /^[a-z0-9-]{1,40}$/.test(part.id ?? "") ? (part.id as string) : "";
    if (!id || used.has(id)) id = `part-${crypto.randomUUID().slice(0, 8)}`;
    used.add(id);
    const order = Number(part.order);
    parts.push({
      id,
      text,
      isLocked: part.isLocked === true,
      order: Number.isFinite(order) ? order : part.index + 1,
      index: part.index,
    });
  }
  if (parts.length === 0) fieldErrors["part-0-text"] = [errorText.organize.writeLeastOnePartLetter];
  if (parts.length > MAX_PARTS) fieldErrors.form = [errorText.organize.letterMaxParts({ max: MAX_PARTS })];
  if (Object.keys(fieldErrors).length > 0) {
    return {
      ok: false,
      error: new AppError("INVALID_INPUT", errorText.common.checkHighlightedFields, fieldErrors),
    };
  }
  parts.sort((a, b) => a.order - b.order || a.index - b.index);
  return {
    ok: true,
    template: {
      subject,
      personalizationPrompt,
      parts: parts.map(({ id, text, isLocked }) => ({ id, text, isLocked })),
    },
  };
}

/** Saves the campaign's letter template in its language (one per campaign and language). */
export async function saveTemplate(
  actor: SessionUser,
  campaignId: string,
  input: TemplateInput,
): Promise<void> {
  await requireCampaign(actor, campaignId, WRITE);
  const checked = validateTemplate(input, { hasBill: (await findCampaignBill(campaignId)) !== null });
  if (!checked.ok) throw checked.error;
  await getDb().transaction(async (tx) => {
    const [campaign] = await tx
      .update(campaigns)
      .set({ updatedAt: new Date() })
      .where(writable(actor, campaignId))
      .returning({ language: campaigns.language });
    if (!campaign) throw new AppError("NOT_FOUND", NOT_FOUND);
    await tx
      .insert(letterTemplates)
      .values({ campaignId, language: campaign.language, ...checked.template })
      .onConflictDoUpdate({
        target: [letterTemplates.campaignId, letterTemplates.language],
        set: { ...checked.template, updatedAt: new Date() },
      });
  });
}

export type TemplatePreview = {
  zip: string;
  /** Set when the ZIP spans districts and the preview picked the first. */
  districtNote: string | null;
  letters: {
    targetName: string;
    targetTitle: string;
    channel: "email" | "form";
    subject: string;
    body: string;
  }[];
  notes: ErrorText[];
};

/**
 * The saved template as it would read for a sample supporter at `zip`, once per target the campaign's rules
 * find there. Nothing is stored.
 */
export async function previewTemplateForZip(
  actor: SessionUser,
  campaignId: string,
  zip: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<TemplatePreview> {
  const campaign = await getCampaignForEdit(actor, campaignId, locale);
  if (!campaign.template) throw new AppError("INVALID_INPUT", errorText.organize.saveLetterTemplateFirstThen);
  const lookup = await findOfficialsByZip(zip.trim());
  const rows = await getDb()
    .select({
      rule: campaignTargets.rule,
      officialId: campaignTargets.officialId,
      customId: customTargets.id,
      customName: customTargets.name,
      customTitle: customTargets.title,
      customEmail: customTargets.email,
      requiresAddress: customTargets.requiresAddress,
    })
    .from(campaignTargets)
    .leftJoin(customTargets, eq(customTargets.id, campaignTargets.customTargetId))
    .where(eq(campaignTargets.campaignId, campaignId))
    .orderBy(asc(campaignTargets.position));
  const rules: TargetRule[] = [];
  for (const row of rows) {
    if (row.rule === "custom") {
      if (row.customId && row.customName && row.customEmail) {
        rules.push({
          rule: "custom",
          custom: {
            id: row.customId,
            name: row.customName,
            title: row.customTitle ?? "",
            email: row.customEmail,
            requiresAddress: row.requiresAddress ?? false,
          },
        });
      }
    } else if (row.rule === "official") {
      rules.push({
        rule: "official",
        official: row.officialId ? await findOfficialById(row.officialId).catch(() => null) : null,
      });
    } else {
      rules.push({ rule: row.rule });
    }
  }
  let resolution = resolveTargets(rules, lookup, null);
  let districtNote: string | null = null;
  if (resolution.status === "needs_district") {
    const first = resolution.candidates[0] ?? null;
    districtNote = first
      ? targetWords[locale].splitZip(lookup.zip, `${first.state}-${first.district}`)
      : null;
    resolution = resolveTargets(rules, lookup, first);
  }
  if (resolution.status !== "resolved") return { zip: lookup.zip, districtNote, letters: [], notes: [] };
  const byId = new Map(lookup.officials.map((o) => [o.id, o]));
  const body = composeBody(campaign.template.parts, {});
  const bill = await findCampaignBill(campaignId);
  // A made-up supporter, named in the organizer's language.
  const samples = mergeFieldSamples(locale);
  const sample = {
    firstName: samples["supporter.first_name"],
    lastName: samples["supporter.last_name"],
    email: SAMPLE_EMAIL,
    city: samples["supporter.city"],
    state: lookup.districts[0]?.state ?? "",
    zip: lookup.zip,
  };
  const previews = resolution.targets.map((target) => {
    const official = target.officialId ? byId.get(target.officialId) : undefined;
    const [first, ...rest] = (official?.name ?? target.name).split(/\s+/);
    const letter = composeLetterForTarget({
      subject: campaign.template?.subject ?? "",
      body,
      ...sample,
      campaignTitle: campaign.title,
      organizationName: campaign.organizationName,
      bill,
      target: {
        isOfficial: target.officialId !== null,
        name: target.name,
        title: target.title,
        firstName: target.officialId ? (first ?? null) : null,
        lastName: target.officialId ? (rest.at(-1) ?? null) : null,
        state: official?.state ?? null,
        district: official?.district ?? null,
        requiresAddress: target.requiresAddress,
      },
    });
    return {
      targetName: target.name,
      targetTitle: target.title,
      channel: target.channel === "email" ? ("email" as const) : ("form" as const),
      subject: letter.subject,
      body: [letter.body, "", ...letter.signature].join("\n"),
    };
  });
  return { zip: lookup.zip, districtNote, letters: previews, notes: resolution.notes.map((n) => n.message) };
}
