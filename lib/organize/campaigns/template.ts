import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { campaigns, campaignTargets, customTargets, letterTemplates } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { findCampaignBill } from "@/lib/campaigns/bills";
import { AppError } from "@/lib/errors";
import { type ErrorText, errorText } from "@/lib/i18n/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
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
import { containsNul, NUL_MESSAGE } from "@/lib/validation";
import { WRITE } from "../access";
import { SAMPLE_EMAIL, targetWords } from "../campaigns.messages";
import { requireCampaign } from "../guard";
import { getCampaignForEdit } from "./edit";
import { NOT_FOUND, writable } from "./shared";

/** The campaign's letter: its parts, checks and a preview for a sample ZIP code. */

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
