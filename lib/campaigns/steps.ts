/**
 * A campaign's steps, in the organizer's order (learn → write → pledge → share by default, plus their own asks),
 * and the one step we suggest next to a supporter: the first open step they have not done yet.
 *
 * Writing and pledging count as done from the letter and the pledge; learning, sharing and asks when the
 * supporter says so ("I did this"). Only the supporter's own rows are read or written.
 */
import "server-only";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  campaignSteps,
  campaignStepsDone,
  campaigns,
  letters,
  letterTemplates,
  pledgeOptions,
  pledges,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import type { Locale } from "@/lib/i18n/locale";
import { containsNul } from "@/lib/validation";
import { campaignWords } from "./page.messages";

export type StepKind = "learn" | "write" | "pledge" | "share" | "ask";
export type SectionKind = Exclude<StepKind, "ask">;
export const SECTION_KINDS: readonly SectionKind[] = ["learn", "write", "pledge", "share"];

/** The order a campaign has until its organizer changes it. */
export const DEFAULT_ORDER: readonly SectionKind[] = SECTION_KINDS;

/** Where on the page each of the page's own sections is (their standard words: page.messages.ts). */
const SECTION_ANCHORS: Record<SectionKind, string> = {
  // The story's heading: every campaign has one (the Learn and Voices sections follow it when there are any).
  learn: "story-heading",
  write: "write",
  pledge: "help",
  share: "share",
};

/** Standard words for the page's own sections, and where on the page each one is. */
export function sectionSteps(
  locale: Locale,
): Record<SectionKind, { label: string; anchor: string; description: string }> {
  const words = campaignWords[locale].steps;
  return {
    learn: { ...words.learn, anchor: SECTION_ANCHORS.learn },
    write: { ...words.write, anchor: SECTION_ANCHORS.write },
    pledge: { ...words.pledge, anchor: SECTION_ANCHORS.pledge },
    share: { ...words.share, anchor: SECTION_ANCHORS.share },
  };
}

/** The English words (the organizer's console shows these as the default titles). */
export const SECTION_STEPS = sectionSteps("en");

export type PublicStep = {
  /** Null for a campaign whose steps were never saved (the default order, nothing to mark). */
  id: string | null;
  kind: StepKind;
  label: string;
  description: string;
  /** The anchor of this step in the campaign page's list of steps (`#step-…`), the target of alerts. */
  anchor: string;
  /** Where doing it happens: a section of the page, or an ask's own link. */
  href: string;
  /** Learn, share and asks are marked by the supporter; write and pledge are known from what they did. */
  isMarkable: boolean;
  /**
   * Which words the organizers typed (in the campaign's own language, not translated) rather than Chorus's
   * standard ones in the reader's: the page marks those with the campaign's `lang`.
   */
  typed?: { label: boolean; description: boolean };
};

export function stepAnchor(step: { id: string | null; kind: StepKind }): string {
  return `step-${step.id ?? step.kind}`;
}

function present(
  base: string,
  step: { id: string | null; kind: StepKind; title: string; description: string; url: string | null },
  locale: Locale,
): PublicStep {
  const anchor = stepAnchor(step);
  if (step.kind === "ask") {
    return {
      id: step.id,
      kind: step.kind,
      label: step.title,
      description: step.description,
      anchor,
      href: step.url ?? `${base}#${anchor}`,
      isMarkable: step.id !== null,
      typed: { label: true, description: true },
    };
  }
  const section = { ...campaignWords[locale].steps[step.kind], anchor: SECTION_ANCHORS[step.kind] };
  return {
    id: step.id,
    kind: step.kind,
    label: step.title || section.label,
    description: step.description || section.description,
    anchor,
    href: `${base}#${section.anchor}`,
    isMarkable: step.id !== null && (step.kind === "learn" || step.kind === "share"),
    typed: { label: Boolean(step.title), description: Boolean(step.description) },
  };
}

/** Open steps of many campaigns at once, in order (the default order for a campaign with none saved). */
async function openStepsOf(campaignIds: string[]) {
  const rows =
    campaignIds.length === 0
      ? []
      : await getDb()
          .select({
            id: campaignSteps.id,
            campaignId: campaignSteps.campaignId,
            kind: campaignSteps.kind,
            status: campaignSteps.status,
            title: campaignSteps.title,
            description: campaignSteps.description,
            url: campaignSteps.url,
          })
          .from(campaignSteps)
          .where(inArray(campaignSteps.campaignId, campaignIds))
          .orderBy(asc(campaignSteps.position), asc(campaignSteps.createdAt));
  const byCampaign = new Map<string, typeof rows>();
  for (const row of rows) byCampaign.set(row.campaignId, [...(byCampaign.get(row.campaignId) ?? []), row]);
  return (campaignId: string) => {
    const saved = byCampaign.get(campaignId);
    if (!saved || saved.length === 0) {
      return DEFAULT_ORDER.map((kind) => ({ id: null, kind, title: "", description: "", url: null }));
    }
    // Call steps are read through lib/calls until the page shows them (issue 21: the supporter's part is later).
    return saved.filter((s): s is typeof s & { kind: StepKind } => s.status === "open" && s.kind !== "call");
  };
}

/** The open steps of a public campaign, in the organizer's order. */
export async function listCampaignSteps(
  campaignId: string,
  slug: string,
  locale: Locale = "en",
): Promise<PublicStep[]> {
  const stepsOf = await openStepsOf([campaignId]);
  return stepsOf(campaignId).map((step) => present(`/campaigns/${slug}`, step, locale));
}

export type StepProgress = {
  /** Step ids (or kinds, for unsaved defaults) this person has done. */
  done: Set<string>;
  /** Whether a step can be taken at all right now (a letter to write, a way to help that is open). */
  available: Set<StepKind>;
};

const key = (step: { id: string | null; kind: StepKind }) => step.id ?? step.kind;

export type NextStep = { label: string; href: string };

/** The first step, in order, that can be taken and is not done; null when there is none left. */
export function pickNextStep(steps: PublicStep[], progress: StepProgress): NextStep | null {
  for (const step of steps) {
    if (step.kind !== "ask" && !progress.available.has(step.kind)) continue;
    if (progress.done.has(key(step))) continue;
    return { label: step.label, href: step.href };
  }
  return null;
}

type CampaignFacts = { id: string; slug: string; status: string; hasTemplate: boolean; hasOptions: boolean };

const hasTemplateSql = sql<boolean>`exists (select 1 from ${letterTemplates} t where t.campaign_id = "campaigns"."id")`;
const hasOptionsSql = sql<boolean>`exists (select 1 from ${pledgeOptions} o where o.campaign_id = "campaigns"."id"
  and o.is_open and (o.kind <> 'volunteer_shift' or o.starts_at > now()))`;

/** Each campaign's steps with this person's progress on them (for the journey and the thank-you notes). */
export async function findStepProgress(
  actor: SessionUser,
  facts: CampaignFacts[],
  locale: Locale = "en",
): Promise<Map<string, { steps: PublicStep[]; progress: StepProgress }>> {
  const ids = facts.map((f) => f.id);
  const result = new Map<string, { steps: PublicStep[]; progress: StepProgress }>();
  if (ids.length === 0) return result;
  const db = getDb();
  const [stepsOf, written, pledged, marked] = await Promise.all([
    openStepsOf(ids),
    db
      .select({ campaignId: letters.campaignId })
      .from(letters)
      .where(and(eq(letters.supporterId, actor.id), inArray(letters.campaignId, ids))),
    db
      .select({ campaignId: pledgeOptions.campaignId })
      .from(pledges)
      .innerJoin(pledgeOptions, eq(pledgeOptions.id, pledges.optionId))
      .where(
        and(
          eq(pledges.userId, actor.id),
          inArray(pledgeOptions.campaignId, ids),
          ne(pledges.status, "cancelled"),
        ),
      ),
    db
      .select({ stepId: campaignStepsDone.stepId })
      .from(campaignStepsDone)
      .innerJoin(campaignSteps, eq(campaignSteps.id, campaignStepsDone.stepId))
      .where(and(eq(campaignStepsDone.userId, actor.id), inArray(campaignSteps.campaignId, ids))),
  ]);
  const markedIds = new Set(marked.map((m) => m.stepId));
  for (const campaign of facts) {
    const steps = stepsOf(campaign.id).map((step) => present(`/campaigns/${campaign.slug}`, step, locale));
    const done = new Set<string>();
    for (const step of steps) {
      const isDone =
        step.kind === "write"
          ? written.some((l) => l.campaignId === campaign.id)
          : step.kind === "pledge"
            ? pledged.some((p) => p.campaignId === campaign.id)
            : step.id !== null && markedIds.has(step.id);
      if (isDone) done.add(key(step));
    }
    const available = new Set<StepKind>(["learn", "share"]);
    if (campaign.hasTemplate) available.add("write");
    if (campaign.hasOptions) available.add("pledge");
    result.set(campaign.id, { steps, progress: { done, available } });
  }
  return result;
}

async function campaignFactsBySlug(slug: string): Promise<CampaignFacts | null> {
  // U+0000 names no campaign (and Postgres cannot compare it).
  if (containsNul(slug)) return null;
  const [row] = await getDb()
    .select({
      id: campaigns.id,
      slug: campaigns.slug,
      status: campaigns.status,
      hasTemplate: hasTemplateSql,
      hasOptions: hasOptionsSql,
    })
    .from(campaigns)
    .where(eq(campaigns.slug, slug));
  return row ? { ...row, hasTemplate: Boolean(row.hasTemplate), hasOptions: Boolean(row.hasOptions) } : null;
}

/**
 * "Thank you — next: …" after an action on a campaign: the next open step in the organizer's order, or null
 * when the campaign is not open or nothing is left.
 */
export async function findNextStepAfterAction(
  actor: SessionUser,
  slug: string,
  locale: Locale = "en",
): Promise<NextStep | null> {
  const facts = await campaignFactsBySlug(slug);
  if (facts?.status !== "published") return null;
  const entry = (await findStepProgress(actor, [facts], locale)).get(facts.id);
  return entry ? pickNextStep(entry.steps, entry.progress) : null;
}

export { hasOptionsSql, hasTemplateSql };

export type MyStep = PublicStep & { isDone: boolean };

/** The campaign's steps with this person's ticks, for the page's list of steps. */
export async function listMySteps(
  actor: SessionUser,
  slug: string,
  locale: Locale = "en",
): Promise<MyStep[]> {
  const facts = await campaignFactsBySlug(slug);
  if (!facts) return [];
  const entry = (await findStepProgress(actor, [facts], locale)).get(facts.id);
  if (!entry) return [];
  return entry.steps.map((step) => ({ ...step, isDone: entry.progress.done.has(key(step)) }));
}

/**
 * "I did this", for a step the supporter marks themselves (learn, share, an ask) on a published campaign.
 * Marking twice is the same as once (the primary key). It does not join the campaign: that stays a choice.
 * Returns the next step.
 */
export async function markStepDone(
  actor: SessionUser,
  slug: string,
  stepId: string,
  locale: Locale = "en",
): Promise<NextStep | null> {
  const gone = new AppError("NOT_FOUND", errorText.campaigns.couldntFindStepOrganizersMay);
  if (!/^[0-9a-f-]{36}$/.test(stepId) || containsNul(slug)) throw gone;
  const [step] = await getDb()
    .select({ id: campaignSteps.id, kind: campaignSteps.kind, campaignId: campaigns.id })
    .from(campaignSteps)
    .innerJoin(campaigns, eq(campaigns.id, campaignSteps.campaignId))
    .where(
      and(
        eq(campaignSteps.id, stepId),
        eq(campaigns.slug, slug),
        eq(campaigns.status, "published"),
        eq(campaignSteps.status, "open"),
        inArray(campaignSteps.kind, ["learn", "share", "ask"]),
      ),
    );
  if (!step) throw gone;
  await getDb().insert(campaignStepsDone).values({ stepId: step.id, userId: actor.id }).onConflictDoNothing();
  return findNextStepAfterAction(actor, slug, locale);
}
