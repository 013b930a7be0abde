import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { deliveries, letterConfirmations, letters, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { forgetCount, joinInTx } from "@/lib/campaigns/join";
import { firstStatus } from "@/lib/delivery/channels";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getBoss } from "@/lib/jobs/boss";
import { queueEmail, queueLetterDispatch } from "@/lib/jobs/enqueue";
import { findOfficialsByZip, type ZipLookup } from "@/lib/officials/lookup";
import type { OfficialSummary } from "@/lib/officials/present";
import { listStateLegislators, type StateChamber } from "@/lib/officials/state";
import { hitLimit, LIMITS, RateLimitedError, recordLimitHit } from "@/lib/security/rate-limit";
import { withoutNul } from "@/lib/validation";
import { hashToken } from "./confirm";
import { queueLetterReceipt } from "./receipt-email";
import { findLetterSetup } from "./setup";
import { districtKey, parseDistrictKey, resolveTargets } from "./targets";
import { composeBody, personalization } from "./template";

export const CONFIRMATION_DAYS = 7;
const MAX_PART_LENGTH = 5000;

const name = (label: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `Please tell us your ${label}.` })
    .max(60, { message: `Please keep your ${label} under 60 characters.` })
    .refine((value) => !/[\r\n<>]/.test(value), {
      message: `Your ${label} can't contain line breaks or < >.`,
    });

export const letterInputSchema = withoutNul(
  z.object({
    campaign: z.string().trim().min(1).max(80),
    zip: z
      .string()
      .trim()
      .regex(/^\d{5}$/, { message: "A ZIP code is 5 digits, like 60623." }),
    district: z.string().trim().max(6).optional(),
    firstName: name("first name"),
    lastName: name("last name"),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, { message: "That email address is too long." })
      .pipe(z.email({ message: "Please enter an email address like name@example.org." }))
      .optional(),
    city: z.string().trim().max(80, { message: "Please keep the city under 80 characters." }).default(""),
    /** Only kept when a target requires it. */
    streetAddress: z
      .string()
      .trim()
      .max(200, { message: "Please keep the street address under 200 characters." })
      .refine((value) => !/[\r\n<>]/.test(value), {
        message: "A street address can't contain line breaks or < >.",
      })
      .optional(),
    /** The supporter's state legislative districts (from their address or their choice), when the campaign writes to them. */
    stateUpper: z.string().trim().max(40).optional(),
    stateLower: z.string().trim().max(40).optional(),
    parts: z.record(
      z.string().max(40),
      z.string().max(MAX_PART_LENGTH, {
        message: `Each part of the letter can be up to ${MAX_PART_LENGTH} characters.`,
      }),
    ),
  }),
);

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
  context: { ip?: string | null } = {},
): Promise<SubmitResult> {
  const parsed = letterInputSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key =
        issue.path[0] === "parts" ? `part:${String(issue.path[1])}` : String(issue.path[0] ?? "form");
      fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
    }
    throw new AppError("INVALID_INPUT", "Please check the highlighted fields.", fieldErrors);
  }
  const input = parsed.data;
  const email = actor?.email ?? input.email;
  if (!email) {
    throw new AppError("INVALID_INPUT", "Please check the highlighted fields.", {
      email: ["We need your email address to confirm your letter."],
    });
  }

  const setup = await findLetterSetup(input.campaign);
  if (!setup) throw new AppError("NOT_FOUND", "We couldn't find that campaign.");
  if (setup.campaign.status === "closed") {
    throw new AppError("INVALID_INPUT", "This campaign has closed, so it no longer sends letters.");
  }
  const lookup = await findOfficialsByZip(input.zip);
  const resolution = resolveTargets(
    setup.rules,
    lookup,
    parseDistrictKey(input.district),
    await chosenStateLegislators(setup.rules, lookup, input),
  );
  if (resolution.status === "needs_district") {
    throw new AppError("INVALID_INPUT", "Your ZIP code covers more than one district: please choose yours.", {
      district: [`Choose one of: ${resolution.candidates.map(districtKey).join(", ")}.`],
    });
  }
  if (resolution.targets.length === 0) {
    throw new AppError(
      "INVALID_INPUT",
      "For your ZIP code, this campaign has nobody we can send your letter to yet.",
    );
  }

  const needsAddress = resolution.targets.filter((t) => t.requiresAddress);
  if (needsAddress.length > 0 && !input.streetAddress) {
    throw new AppError("INVALID_INPUT", "Please check the highlighted fields.", {
      streetAddress: [
        `${needsAddress.map((t) => t.name).join(" and ")} only read letters that include a street address. Please add yours.`,
      ],
    });
  }

  const body = composeBody(setup.template.parts, input.parts);
  if (!body.trim())
    throw new AppError("INVALID_INPUT", "Your letter is empty.", { form: ["Your letter is empty."] });
  const score = personalization(composeBody(setup.template.parts, {}), body).score;
  const state = resolution.district?.state ?? lookup.districts[0]?.state ?? "";
  const isConfirmed = actor !== null;
  const token = randomBytes(32).toString("base64url");

  // Every attempt from one network counts; per address, only letters really written count (below).
  if (context.ip) await hitLimit(LIMITS.lettersPerIp, context.ip);

  // Start pg-boss before the transaction: on PGlite the transaction holds the only connection.
  await getBoss();
  const outcome = await getDb()
    .transaction(async (tx) => {
      let supporterId = actor?.id;
      if (!supporterId) {
        // One statement whether or not the address is new (the no-op update returns the existing row).
        const [user] = await tx
          .insert(users)
          .values({ email, name: input.firstName })
          .onConflictDoUpdate({ target: users.email, set: { email: sql`excluded.email` } })
          .returning({ id: users.id });
        supporterId = user?.id;
      }
      if (!supporterId) throw new Error("supporter row missing after upsert");

      const [letter] = await tx
        .insert(letters)
        .values({
          campaignId: setup.campaign.id,
          supporterId,
          status: isConfirmed ? "confirmed" : "awaiting_confirmation",
          language: setup.template.language,
          subject: setup.template.subject,
          body,
          personalizationScore: score,
          firstName: input.firstName,
          lastName: input.lastName,
          email,
          city: input.city,
          state,
          zip: input.zip,
          streetAddress: needsAddress.length > 0 ? input.streetAddress : null,
          confirmedAt: isConfirmed ? new Date() : null,
        })
        .onConflictDoNothing({ target: [letters.campaignId, letters.supporterId] })
        .returning({ id: letters.id });

      if (!letter) {
        const [existing] = await tx
          .select({ id: letters.id })
          .from(letters)
          .where(and(eq(letters.campaignId, setup.campaign.id), eq(letters.supporterId, supporterId)));
        if (!existing) throw new Error("letter conflict without an existing letter");
        // At most a few such notices a day, so nobody can flood an inbox by submitting its address again.
        const mayNotify =
          !isConfirmed &&
          (await hitLimit(LIMITS.alreadySentNotices, email, tx, { audit: false }).then(
            () => true,
            () => false,
          ));
        if (mayNotify) {
          await queueEmail(tx, {
            template: "letter-already-sent",
            props: {
              campaignTitle: setup.campaign.title,
              receiptUrl: `${env.appUrl}/letters/${existing.id}`,
            },
            to: email,
            idempotencyKey: `already-sent:${existing.id}:${hashToken(token).slice(0, 16)}`,
          });
        }
        return { status: "already_sent" as const, letterId: existing.id };
      }

      // The rest needs only the letter's id, so it goes in one pipelined batch (postgres.js sends statements
      // issued together on the transaction's connection without waiting for each answer: fewer round trips
      // and socket writes per letter, the largest cost in a CPU profile of submission). Any failure, the
      // limit included, still rolls the whole transaction back.
      // In the transaction: a refused letter rolls its count back, so the limit counts letters written.
      const limited = hitLimit(LIMITS.lettersPerEmail, email, tx, { audit: false });
      // Writing joins the campaign: at once when signed in, at confirmation for everyone else.
      const joined = isConfirmed ? joinInTx(tx, setup.campaign.id, supporterId, "letter") : null;
      const delivered = tx.insert(deliveries).values(
        resolution.targets.map((target) => ({
          letterId: letter.id,
          targetKey: target.targetKey,
          officialId: target.officialId,
          customTargetId: target.customTargetId,
          targetName: target.name,
          targetTitle: target.title,
          targetEmail: target.email,
          contactFormUrl: target.contactFormUrl,
          channel: target.channel,
          status: isConfirmed ? firstStatus(target.channel) : ("awaiting_confirmation" as const),
        })),
      );

      if (isConfirmed) {
        await Promise.all([
          limited,
          joined,
          delivered,
          resolution.targets.some((t) => t.channel === "email") ? queueLetterDispatch(tx) : null,
          queueLetterReceipt(tx, letter.id, {
            firstName: input.firstName,
            email,
            campaignTitle: setup.campaign.title,
            targets: resolution.targets.map((t) => ({ name: t.name, title: t.title, channel: t.channel })),
          }),
        ]);
        return { status: "sent" as const, letterId: letter.id };
      }
      await Promise.all([
        limited,
        delivered,
        tx.insert(letterConfirmations).values({
          tokenHash: hashToken(token),
          letterId: letter.id,
          expiresAt: new Date(Date.now() + CONFIRMATION_DAYS * 24 * 3600 * 1000),
        }),
        queueEmail(tx, {
          template: "confirm-letter",
          props: {
            firstName: input.firstName,
            campaignTitle: setup.campaign.title,
            confirmUrl: `${env.appUrl}/letters/confirm/${token}`,
            targetNames: resolution.targets.map((t) => t.name),
            days: CONFIRMATION_DAYS,
          },
          to: email,
          idempotencyKey: `confirm-letter:${letter.id}`,
        }),
      ]);
      return { status: "confirm_email" as const, email };
    })
    .catch(async (error: unknown) => {
      if (error instanceof RateLimitedError) await recordLimitHit(LIMITS.lettersPerEmail);
      throw error;
    });

  // The writer sees their letter counted on the campaign page at once (other processes within 15 s).
  if (outcome.status === "sent") forgetCount(setup.campaign.id);
  // Someone not signed in learns nothing about whether this address wrote before.
  if (!isConfirmed && outcome.status === "already_sent") return { status: "confirm_email", email };
  return outcome;
}
