import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { and, eq, or, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, rowsOf, type Transaction } from "@/db/client";
import { letters, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { forgetCount, joinInTx } from "@/lib/campaigns/join";
import { firstStatus } from "@/lib/delivery/channels";
import {
  type CwcFitCode,
  type CwcFitError,
  type CwcFitField,
  checkCwcFit,
  cwcTexts,
  type LetterPart,
  letterParts,
} from "@/lib/delivery/cwc/message";
import { loadCwcReach } from "@/lib/delivery/cwc/reach";
import { isCwcPrefix } from "@/lib/delivery/cwc/text";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { type ErrorText, errorText, issueText } from "@/lib/i18n/errors";
import { getBoss } from "@/lib/jobs/boss";
import { queueCwcDispatch, queueEmail, queueLetterDispatch, queueLetterEmail } from "@/lib/jobs/enqueue";
import { findOfficialsByZip, type ZipLookup } from "@/lib/officials/lookup";
import type { OfficialSummary } from "@/lib/officials/present";
import { listStateLegislators, type StateChamber } from "@/lib/officials/state";
import { canonicalMailbox } from "@/lib/security/mailbox";
import {
  countLimitSql,
  hitLimit,
  LIMITS,
  type LimitCount,
  RateLimitedError,
  recordLimitHit,
  refusalFor,
} from "@/lib/security/rate-limit";
import { singleLine, withoutNul } from "@/lib/validation";
import { confirmationExpiry } from "./letter-emails";
import { queueLetterReceipt } from "./receipt-email";
import { findLetterSetup } from "./setup";
import { districtKey, parseDistrictKey, type ResolvedTarget, resolveTargets } from "./targets";
import { composeBody, personalization, type TemplatePart } from "./template";
import { hashToken, letterConfirmationToken } from "./tokens";

const MAX_PART_LENGTH = 5000;

const name = (field: "firstName" | "lastName") =>
  singleLine(
    z
      .string({ error: errorText.letters.tellUsYour({ field }) })
      .trim()
      .min(1, { message: errorText.letters.tellUsYour({ field }) })
      .max(60, { message: errorText.letters.keepYourUnder({ field, max: 60 }) })
      .refine((value) => !/[\r\n<>]/.test(value), {
        message: errorText.letters.yourNoLineBreaks({ field }),
      }),
  );

/** The supporter's parts of a letter, by part id: the same rules when a letter is written and when it is changed. */
const letterPartsSchema = z.record(
  z.string().max(40),
  z.string().max(MAX_PART_LENGTH, {
    message: errorText.letters.partTooLong({ max: MAX_PART_LENGTH }),
  }),
  { error: errorText.letters.letterEmpty },
);

export const letterInputSchema = withoutNul(
  z.object({
    campaign: z.string().trim().min(1).max(80),
    zip: z
      .string({ error: errorText.letters.zipCode5DigitsLike })
      .trim()
      .regex(/^\d{5}$/, { message: errorText.letters.zipCode5DigitsLike }),
    district: z.string().trim().max(6).optional(),
    firstName: name("firstName"),
    lastName: name("lastName"),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, { message: errorText.letters.emailAddressTooLong })
      .pipe(z.email({ message: errorText.letters.enterEmailAddressLikeName }))
      .optional(),
    city: singleLine(
      z.string().trim().max(80, { message: errorText.letters.keepCityUnder80Characters }),
    ).default(""),
    /** Only kept when a target requires it. */
    streetAddress: singleLine(
      z
        .string()
        .trim()
        .max(200, { message: errorText.letters.keepStreetAddressUnder200 })
        .refine((value) => !/[\r\n<>]/.test(value), {
          message: errorText.letters.streetAddressCantContainLine,
        }),
    ).optional(),
    /**
     * For letters to Congress through CWC (the Senate takes only these five); "none" keeps Senate offices on
     * the hand-off. Asked only when a target goes through CWC (lib/delivery/cwc/reach.ts, lettersNeedCwcDetails).
     */
    prefix: z
      .string()
      .optional()
      .transform((value) => value || undefined)
      .refine((value) => value === undefined || value === "none" || isCwcPrefix(value), {
        message: errorText.letters.chooseTitleFromListNone,
      }),
    /** The supporter's state legislative districts (from their address or their choice), when the campaign writes to them. */
    stateUpper: z.string().trim().max(40).optional(),
    stateLower: z.string().trim().max(40).optional(),
    parts: letterPartsSchema,
  }),
);

/** A refusal with a message per field: a part at fault is named `part:ID`; the missing parts are the form's. */
function invalidInput(issues: z.core.$ZodIssue[]): AppError {
  const fieldErrors: Record<string, ErrorText[]> = {};
  for (const issue of issues) {
    const key =
      issue.path[0] === "parts"
        ? issue.path[1] === undefined
          ? "form"
          : `part:${String(issue.path[1])}`
        : String(issue.path[0] ?? "form");
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issueText(issue.message)];
  }
  return new AppError("INVALID_INPUT", errorText.common.checkHighlightedFields, fieldErrors);
}

/**
 * The body a supporter's parts make with the template (locked parts always the template's) and how personal it
 * is; refuses parts that break the rules and an empty letter. Shared by writing a letter and changing one before
 * it is confirmed (lib/letters/confirm.ts), so both hold the same rules.
 */
export function composeLetterBody(
  templateParts: TemplatePart[],
  rawParts: unknown,
): { body: string; score: number } {
  const parsed = withoutNul(z.object({ parts: letterPartsSchema })).safeParse({ parts: rawParts });
  if (!parsed.success) throw invalidInput(parsed.error.issues);
  const body = composeBody(templateParts, parsed.data.parts);
  if (!body.trim())
    throw new AppError("INVALID_INPUT", errorText.letters.letterEmpty, {
      form: [errorText.letters.letterEmpty],
    });
  return { body, score: personalization(composeBody(templateParts, {}), body).score };
}

export type LetterInput = z.input<typeof letterInputSchema>;

/**
 * The supporter's state legislators for the districts they gave, only when the campaign writes to them. A
 * wrong district only misdirects the supporter's own letter, as a wrong House district choice would.
 */
async function chosenStateLegislators(
  rules: { rule: string }[],
  lookup: ZipLookup,
  input: { district?: string; stateUpper?: string; stateLower?: string },
): Promise<OfficialSummary[]> {
  const state = parseDistrictKey(input.district)?.state ?? lookup.districts[0]?.state;
  if (!state) return [];
  const wanted: [StateChamber[], string | undefined][] = [];
  if (rules.some((r) => r.rule === "state_upper")) wanted.push([["upper", "legislature"], input.stateUpper]);
  if (rules.some((r) => r.rule === "state_lower")) wanted.push([["lower"], input.stateLower]);
  const found: OfficialSummary[] = [];
  for (const [chambers, district] of wanted) {
    if (!district) continue;
    for (const chamber of chambers) found.push(...(await listStateLegislators({ state, chamber, district })));
  }
  return found;
}

export type SubmitResult =
  | { status: "sent"; letterId: string }
  | { status: "confirm_email"; email: string }
  | { status: "already_sent"; letterId: string };

/**
 * Writes a letter, one delivery per target and the jobs that follow, in one transaction.
 *
 * Signed-in supporters send at once. New supporters get an emailed link first and nothing is delivered before
 * they follow it. The unique (campaign, supporter) index makes concurrent identical submits one letter; the
 * repeats learn it was already sent. To someone not signed in we never say whether an address has written
 * before: the email they receive says it instead.
 */
export async function submitLetter(
  actor: SessionUser | null,
  raw: LetterInput,
  /** `language`: the writer's; the campaign's letter in that language when there is one (lib/letters/setup.ts). */
  context: { ip?: string | null; language?: string } = {},
): Promise<SubmitResult> {
  const parsed = letterInputSchema.safeParse(raw);
  if (!parsed.success) throw invalidInput(parsed.error.issues);
  const input = parsed.data;
  const email = actor?.email ?? input.email;
  if (!email) {
    throw new AppError("INVALID_INPUT", errorText.common.checkHighlightedFields, {
      email: [errorText.letters.needEmailAddressConfirmLetter],
    });
  }

  const setup = await findLetterSetup(input.campaign, context.language);
  if (!setup) throw new AppError("NOT_FOUND", errorText.letters.couldntFindCampaign);
  if (setup.campaign.status === "closed") {
    throw new AppError("INVALID_INPUT", errorText.letters.campaignClosedNoLongerSends);
  }
  const lookup = await findOfficialsByZip(input.zip);
  const stateLegislators = await chosenStateLegislators(setup.rules, lookup, input);
  // Which members of Congress take this letter through CWC (nothing is read when no chamber has a key).
  const cwc = await loadCwcReach([
    ...lookup.officials,
    ...setup.rules.flatMap((r) => (r.rule === "official" && r.official ? [r.official] : [])),
  ]);
  const resolution = resolveTargets(setup.rules, lookup, parseDistrictKey(input.district), stateLegislators, {
    cwc,
    prefix: input.prefix ?? null,
  });
  if (resolution.status === "needs_district") {
    throw new AppError("INVALID_INPUT", errorText.letters.zipCodeCoversMoreThan, {
      district: [errorText.letters.chooseOneOf({ choices: resolution.candidates.map(districtKey) })],
    });
  }
  if (resolution.targets.length === 0) {
    throw new AppError("INVALID_INPUT", errorText.letters.zipCodeCampaignNobodySend);
  }

  const needsAddress = resolution.targets.filter((t) => t.requiresAddress);
  if (needsAddress.length > 0 && !input.streetAddress) {
    throw new AppError("INVALID_INPUT", errorText.common.checkHighlightedFields, {
      streetAddress: [errorText.letters.onlyReadWithAddress({ names: needsAddress.map((t) => t.name) })],
    });
  }

  const cwcTargets = resolution.targets.filter((t) => t.channel === "cwc");
  const cwcDetailErrors: Record<string, ErrorText[]> = {};
  if (cwcTargets.length > 0 && !input.streetAddress) {
    cwcDetailErrors.streetAddress = [errorText.letters.congresssMailSystemNeedsStreet];
  }
  if (cwcTargets.length > 0 && !input.prefix) {
    cwcDetailErrors.prefix = [errorText.letters.chooseTitleFromListNone];
  }
  if (Object.keys(cwcDetailErrors).length > 0) {
    throw new AppError("INVALID_INPUT", errorText.common.checkHighlightedFields, cwcDetailErrors);
  }

  const { body, score } = composeLetterBody(setup.template.parts, input.parts);
  const parts = cwcTargets.length > 0 ? letterParts(setup.template.parts, input.parts) : null;
  if (parts) refuseWhatCwcCannotTake(setup, input, email, cwcTargets, parts);
  const state = resolution.district?.state ?? lookup.districts[0]?.state ?? "";
  const isConfirmed = actor !== null;
  // Names this attempt in the key of an "already written" notice (each attempt may send one, within its limit).
  const attempt = randomBytes(8).toString("hex");

  // Every attempt from one network counts; per address, only letters really written count (below).
  if (context.ip) await hitLimit(LIMITS.lettersPerIp, context.ip);

  const letterId = randomUUID();
  const write: LetterWrite = {
    letterId,
    actor,
    email,
    input,
    campaign: setup.campaign,
    language: setup.template.language,
    subject: setup.template.subject,
    body,
    score,
    state,
    streetAddress: needsAddress.length > 0 || cwcTargets.length > 0 ? (input.streetAddress ?? null) : null,
    prefix: input.prefix ?? null,
    parts,
    targets: resolution.targets,
    attempt,
    confirmationExpiresAt: confirmationExpiry(),
  };

  // Start pg-boss before the transaction: on PGlite the transaction holds the only connection.
  await getBoss();
  const outcome = await getDb()
    .transaction(async (tx): Promise<SubmitResult> => {
      // The letter, its deliveries, its confirmation and the per-address count in one statement, sent with
      // the jobs that follow it: one round trip (see writeLetterSql). The jobs assume the letter was written;
      // when it was not (the address already wrote here) or the count is over, everything is rolled back.
      const [written] = await Promise.all([tx.execute(writeLetterSql(write)), ...jobsFor(tx, write)]);
      const [row] = rowsOf<{ letterId: string | null } & Partial<LimitCount>>(written);
      if (!row?.letterId) throw new LetterExists();
      const over = refusalFor(LIMITS.lettersPerEmail, row as LimitCount);
      if (over) throw over;
      return isConfirmed ? { status: "sent", letterId } : { status: "confirm_email", email };
    })
    .catch(async (error: unknown) => {
      if (error instanceof LetterExists) return answerAlreadySent(write);
      if (error instanceof RateLimitedError) await recordLimitHit(LIMITS.lettersPerEmail);
      throw error;
    });

  // The writer sees their letter counted on the campaign page at once (other processes within 15 s).
  if (outcome.status === "sent") forgetCount(setup.campaign.id);
  // Someone not signed in learns nothing about whether this address wrote before.
  if (!isConfirmed && outcome.status === "already_sent") return { status: "confirm_email", email };
  return outcome;
}

/** Everything one letter writes, known before the transaction (ids are made here, as drizzle's defaults do). */
type LetterWrite = {
  letterId: string;
  actor: SessionUser | null;
  email: string;
  input: z.output<typeof letterInputSchema>;
  campaign: { id: string; title: string };
  language: string;
  subject: string;
  body: string;
  score: number;
  state: string;
  streetAddress: string | null;
  prefix: string | null;
  /** Kept only for a letter to a CWC office (the organization's words and the supporter's go apart). */
  parts: LetterPart[] | null;
  targets: ResolvedTarget[];
  attempt: string;
  /** When the confirmation link stops working (used when not signed in). */
  confirmationExpiresAt: Date;
};

/** The (campaign, supporter) letter already exists: the transaction rolls back and says so instead. */
class LetterExists extends Error {}

/**
 * One statement: the supporter (found or added by address when not signed in), the letter (nothing when this
 * supporter, or this mailbox however spelled, already wrote on the campaign: the unique indexes decide, also
 * between concurrent submits), one
 * delivery per target, the confirmation for someone not signed in, and the per-address daily count, which
 * counts only a letter written. It returns the letter's id (null when none was written) and the count.
 */
function writeLetterSql(w: LetterWrite): SQL {
  const isConfirmed = w.actor !== null;
  const supporter = w.actor
    ? sql`select ${w.actor.id}::text as id`
    : // One statement whether or not the address is new (the no-op update returns the existing row).
      // A new supporter's account reads Chorus (and its emails: the confirmation) in the letter's language.
      sql`insert into users (id, email, name, language)
        values (${randomUUID()}, ${w.email}, ${w.input.firstName}, ${w.language})
        on conflict (email) do update set email = excluded.email returning id`;
  const deliveries = w.targets.map((target) => ({
    id: randomUUID(),
    target_key: target.targetKey,
    official_id: target.officialId,
    custom_target_id: target.customTargetId,
    target_name: target.name,
    target_title: target.title,
    target_email: target.email,
    contact_form_url: target.contactFormUrl,
    channel: target.channel,
    status: isConfirmed ? firstStatus(target.channel) : "awaiting_confirmation",
  }));
  const confirmation = isConfirmed
    ? sql``
    : sql`, confirmation as (
        insert into letter_confirmations (token_hash, letter_id, expires_at)
        select ${hashToken(letterConfirmationToken(w.letterId, w.confirmationExpiresAt))}::text, letter.id,
          ${w.confirmationExpiresAt.toISOString()}::timestamptz
        from letter)`;
  return sql`
    with supporter as (${supporter}),
    letter as (
      insert into letters (id, campaign_id, supporter_id, status, language, subject, body, personalization_score,
        first_name, last_name, email, canonical_email, city, state, zip, street_address, prefix, letter_parts,
        confirmed_at)
      select ${w.letterId}::text, ${w.campaign.id}::text, supporter.id,
        ${isConfirmed ? "confirmed" : "awaiting_confirmation"}::letter_status, ${w.language}::text,
        ${w.subject}::text, ${w.body}::text, ${w.score}::real, ${w.input.firstName}::text,
        ${w.input.lastName}::text, ${w.email}::text, ${canonicalMailbox(w.email)}::text, ${w.input.city}::text,
        ${w.state}::text, ${w.input.zip}::text, ${w.streetAddress}::text, ${w.prefix}::text,
        ${w.parts === null ? null : JSON.stringify(w.parts)}::jsonb, ${isConfirmed ? sql`now()` : sql`null::timestamptz`}
      from supporter
      -- Either unique index: one letter per supporter, and per mailbox however it is spelled.
      on conflict do nothing
      returning id),
    delivered as (
      insert into deliveries (id, letter_id, target_key, official_id, custom_target_id, target_name, target_title,
        target_email, contact_form_url, channel, status)
      select t.id, letter.id, t.target_key, t.official_id, t.custom_target_id, t.target_name,
        coalesce(t.target_title, ''), t.target_email, t.contact_form_url, t.channel, t.status
      from letter, jsonb_to_recordset(${JSON.stringify(deliveries)}::jsonb) as t(id text, target_key text,
        official_id text, custom_target_id text, target_name text, target_title text, target_email text,
        contact_form_url text, channel delivery_channel, status delivery_status))${confirmation},
    counted as (${countLimitSql(LIMITS.lettersPerEmail, w.email, sql`letter`)})
    select (select id from letter) as "letterId", counted.count, counted."retryAfter"
    from (select 1) one left join counted on true`;
}

/**
 * The jobs that follow a written letter, issued in the same transaction right behind writeLetterSql (postgres.js
 * sends them in the same write). Signed in: the supporter joins the campaign, the dispatcher wakes when a target
 * takes email, and the receipt is queued. Everyone else: the confirmation email. Both jobs carry the letter's id
 * only: the worker builds the email when it sends it (lib/letters/letter-emails.ts), so neither the address nor
 * the confirmation link sits in the job table.
 */
function jobsFor(tx: Transaction, w: LetterWrite): Promise<unknown>[] {
  if (w.actor) {
    return [
      // Writing joins the campaign: at once when signed in, at confirmation for everyone else.
      joinInTx(tx, w.campaign.id, w.actor.id, "letter"),
      w.targets.some((t) => t.channel === "email") ? queueLetterDispatch(tx) : Promise.resolve(),
      w.targets.some((t) => t.channel === "cwc") ? queueCwcDispatch(tx) : Promise.resolve(),
      queueLetterReceipt(tx, w.letterId),
    ];
  }
  return [queueLetterEmail(tx, { letterEmail: "confirm-letter", letterId: w.letterId })];
}

/**
 * The supporter already wrote on this campaign. Someone not signed in may hear about it by email (a few such
 * notices a day, so nobody can flood an inbox by submitting its address again); the page never says.
 */
async function answerAlreadySent(w: LetterWrite): Promise<SubmitResult> {
  return getDb().transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: letters.id })
      .from(letters)
      .leftJoin(users, eq(users.id, letters.supporterId))
      .where(
        and(
          eq(letters.campaignId, w.campaign.id),
          or(
            eq(letters.canonicalEmail, canonicalMailbox(w.email)),
            w.actor ? eq(letters.supporterId, w.actor.id) : eq(users.email, w.email),
          ),
        ),
      );
    if (!existing) throw new Error("letter conflict without an existing letter");
    const mayNotify =
      !w.actor &&
      (await hitLimit(LIMITS.alreadySentNotices, w.email, tx, { audit: false }).then(
        () => true,
        () => false,
      ));
    if (mayNotify) {
      await queueEmail(tx, {
        template: "letter-already-sent",
        props: { campaignTitle: w.campaign.title, receiptUrl: `${env.appUrl}/letters/${existing.id}` },
        to: w.email,
        idempotencyKey: `already-sent:${existing.id}:${w.attempt}`,
      });
    }
    return { status: "already_sent", letterId: existing.id };
  });
}

/** Field by field, what the supporter sees when their letter cannot go through Congress's mail system. */
type FitWords = { field: string; message: (limit?: number) => ErrorText };
const CWC_FIT_MESSAGES: Partial<Record<CwcFitField, Partial<Record<CwcFitCode, FitWords>>>> = {
  subject: {
    too_short: {
      field: "form",
      message: () => errorText.letters.campaignsSubjectLineTooShort,
    },
    too_long: {
      field: "form",
      message: () => errorText.letters.campaignsSubjectLineTooLong,
    },
  },
  statement: {
    too_short: {
      field: "form",
      message: () => errorText.letters.campaignsLetterTooShortCongresss,
    },
    too_long: {
      field: "form",
      message: () => errorText.letters.campaignsLetterTooLongCongresss,
    },
  },
  message: {
    too_short: {
      field: "form",
      message: (limit) => errorText.letters.ownWordsTooShort({ limit: limit ?? 0 }),
    },
    empty: { field: "form", message: () => errorText.letters.letterEmpty },
    too_long: {
      field: "form",
      message: (limit) => errorText.letters.ownWordsTooLong({ limit: limit ?? 0 }),
    },
  },
  firstName: {
    empty: { field: "firstName", message: () => errorText.letters.tellUsYour({ field: "firstName" }) },
  },
  lastName: {
    empty: { field: "lastName", message: () => errorText.letters.tellUsYour({ field: "lastName" }) },
  },
  streetAddress: {
    too_short: {
      field: "streetAddress",
      message: () => errorText.letters.writeFullStreetAddressNumber,
    },
    empty: {
      field: "streetAddress",
      message: () => errorText.letters.congresssMailSystemNeedsStreet,
    },
  },
  city: {
    too_short: {
      field: "city",
      message: () => errorText.letters.writeCitysFullNameCongresss,
    },
    empty: { field: "city", message: () => errorText.letters.tellUsYour({ field: "city" }) },
  },
  zip: { format: { field: "zip", message: () => errorText.letters.zipCode5DigitsLike } },
  email: {
    format: {
      field: "email",
      message: () => errorText.letters.congresssMailSystemCannotTake,
    },
  },
};

/**
 * A letter that cannot fit CWC's limits is refused here, on the form, never discovered at delivery. Each CWC
 * office's letter is checked with the names merged as long as they can be (an official's full name stands for
 * first and last name), so the merged letter the dispatcher builds is never longer than what was checked.
 */
function refuseWhatCwcCannotTake(
  setup: { template: { subject: string }; campaign: { title: string } },
  input: z.output<typeof letterInputSchema>,
  email: string,
  targets: ResolvedTarget[],
  parts: LetterPart[],
): void {
  const errors = new Map<string, CwcFitError>();
  for (const target of targets) {
    const texts = cwcTexts(
      {
        subject: setup.template.subject,
        body: "",
        firstName: input.firstName,
        lastName: input.lastName,
        email,
        city: input.city,
        state: "",
        zip: input.zip,
        campaignTitle: setup.campaign.title,
        organizationName: "",
        target: {
          isOfficial: true,
          name: target.name,
          title: target.title,
          firstName: target.name,
          lastName: target.name,
          state: null,
          district: null,
        },
      },
      parts,
    );
    const fit = checkCwcFit(texts, {
      firstName: input.firstName,
      lastName: input.lastName,
      address1: input.streetAddress ?? "",
      city: input.city,
      zip: input.zip,
      email,
    });
    if (!fit.ok) for (const error of fit.errors) errors.set(`${error.field}:${error.code}`, error);
  }
  if (errors.size === 0) return;
  const fieldErrors: Record<string, ErrorText[]> = {};
  for (const error of errors.values()) {
    const words = CWC_FIT_MESSAGES[error.field]?.[error.code] ?? {
      field: "form",
      message: () => errorText.letters.letterCannotGoThroughCongresss,
    };
    const message = words.message(error.limit);
    const list = fieldErrors[words.field] ?? [];
    if (!list.includes(message)) list.push(message);
    fieldErrors[words.field] = list;
  }
  throw new AppError("INVALID_INPUT", errorText.common.checkHighlightedFields, fieldErrors);
}
