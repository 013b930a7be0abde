/**
 * What a group fills in to offer a way to help, validated per kind, and the wall-clock ↔ instant conversion a
 * shift needs (a shift happens at 10:00 in its own time zone, whatever the organizer's browser says).
 * Pure: no database.
 */
import { z } from "zod";
import { errorText } from "@/lib/i18n/errors";

export const OPTION_KINDS = ["volunteer_shift", "donation", "goods", "skills"] as const;
export type OptionKind = (typeof OPTION_KINDS)[number];

/** The zone's canonical name, or null when Intl does not know it. */
export function canonicalTimeZone(value: string): string | null {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function zoneParts(epochMs: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(epochMs));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** How far the zone's clock is ahead of UTC at this instant, in ms. */
function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const p = zoneParts(epochMs, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/**
 * "2026-12-05T10:00" in America/Chicago → the instant. Null for a malformed or impossible date. A time skipped
 * by a daylight-saving change lands an hour later, as clocks do.
 */
export function wallTimeToInstant(wall: string, timeZone: string): Date | null {
  const match = WALL_TIME.exec(wall);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59)
    return null;
  const first = asUtc - zoneOffsetMs(asUtc, timeZone);
  return new Date(asUtc - zoneOffsetMs(first, timeZone));
}

/** The instant as "YYYY-MM-DDTHH:mm" on the zone's clock, for a datetime-local input. */
export function instantToWallTime(instant: Date, timeZone: string): string {
  const p = zoneParts(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, { message })
    .optional()
    .transform((value) => value || null);

const base = {
  title: z
    .string()
    .trim()
    .min(1, { message: errorText.groups.giveShortTitle })
    .max(120, { message: errorText.groups.keepTitleUnder120Characters }),
  description: z
    .string()
    .trim()
    .max(2000, { message: errorText.groups.keepDescriptionUnder2000 })
    .optional()
    .transform((value) => value ?? ""),
  /** Empty: only on the group's own page. */
  campaignId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((value) => value || null),
};

const wholeNumber = (field: "volunteers" | "quantity", max: number) =>
  z.coerce
    .number({ message: errorText.groups.enterNumber({ field }) })
    .int({ message: errorText.groups.enterWholeNumber({ field }) })
    .min(1, { message: errorText.groups.atLeastOne({ field }) })
    .max(max, { message: errorText.groups.atMost({ field, max }) });

const hoursField = (max: number) =>
  z.coerce
    .number({ message: errorText.groups.enterHoursNumber })
    // A quarter of an hour is the smallest a person means (and 5e-324 would not fit the column: a property test found it).
    .min(0.25, { message: errorText.groups.enterLeastQuarterHour0 })
    .max(max, { message: errorText.groups.atMostHours({ max }) });

const shiftSchema = z
  .object({
    kind: z.literal("volunteer_shift"),
    ...base,
    startsAt: z.string().trim().min(1, { message: errorText.groups.chooseWhenShiftStarts }),
    endsAt: z.string().trim().min(1, { message: errorText.groups.chooseWhenShiftEnds }),
    timeZone: z
      .string()
      .trim()
      .min(1, { message: errorText.groups.chooseTimeZonePlace })
      .refine((value) => canonicalTimeZone(value) !== null, {
        message: errorText.groups.chooseTimeZoneFromList,
      }),
    location: optionalText(300, errorText.groups.keepPlaceUnder300Characters),
    isRemote: checkbox,
    capacity: wholeNumber("volunteers", 10_000),
    hours: z.preprocess((value) => (value === "" ? undefined : value), hoursField(24).optional()),
  })
  .superRefine((value, ctx) => {
    const zone = canonicalTimeZone(value.timeZone);
    if (!zone) return;
    const start = wallTimeToInstant(value.startsAt, zone);
    const end = wallTimeToInstant(value.endsAt, zone);
    if (!start)
      ctx.addIssue({ code: "custom", path: ["startsAt"], message: errorText.groups.enterRealDateTime });
    if (!end) ctx.addIssue({ code: "custom", path: ["endsAt"], message: errorText.groups.enterRealDateTime });
    if (start && end && end.getTime() <= start.getTime()) {
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: errorText.groups.shiftMustEndAfterStarts });
    }
    if (start && end && end.getTime() - start.getTime() > 24 * 3_600_000) {
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: errorText.groups.shiftLastMost24Hours });
    }
    if (!value.isRemote && !value.location) {
      ctx.addIssue({
        code: "custom",
        path: ["location"],
        message: errorText.groups.sayWhereVolunteersShouldGo,
      });
    }
  });

const donationSchema = z.object({
  kind: z.literal("donation"),
  ...base,
  /** "10, 25, 50" or "$10 $25": whole US dollars. */
  suggestedAmounts: z
    .string()
    .trim()
    .min(1, { message: errorText.groups.suggestLeastOneAmountLike })
    .transform((value, ctx) => {
      const parts = value.split(/[\s,]+/).filter(Boolean);
      const dollars: number[] = [];
      for (const part of parts) {
        const match = /^\$?(\d{1,6})$/.exec(part);
        const amount = match ? Number(match[1]) : Number.NaN;
        if (!Number.isInteger(amount) || amount < 1 || amount > 100_000) {
          ctx.addIssue({
            code: "custom",
            message: errorText.groups.notWholeDollars({ text: part.slice(0, 20) }),
          });
          return z.NEVER;
        }
        dollars.push(amount);
      }
      if (dollars.length < 1 || dollars.length > 6) {
        ctx.addIssue({ code: "custom", message: errorText.groups.suggestBetween16Amounts });
        return z.NEVER;
      }
      return [...new Set(dollars)].sort((a, b) => a - b);
    }),
  allowsMonthly: checkbox,
});

const goodsSchema = z.object({
  kind: z.literal("goods"),
  ...base,
  item: z
    .string()
    .trim()
    .min(1, { message: errorText.groups.nameItemLikeWinterCoats })
    .max(120, { message: errorText.groups.keepItemUnder120Characters }),
  capacity: wholeNumber("quantity", 100_000),
});

const skillsSchema = z.object({
  kind: z.literal("skills"),
  ...base,
  skill: z
    .string()
    .trim()
    .min(1, { message: errorText.groups.nameSkillLikeSpanishTranslation })
    .max(120, { message: errorText.groups.keepSkillUnder120Characters }),
  hours: hoursField(500),
  isRemote: checkbox,
  location: optionalText(300, errorText.groups.keepPlaceUnder300Characters),
});

export const optionInputSchema = z.discriminatedUnion(
  "kind",
  [shiftSchema, donationSchema, goodsSchema, skillsSchema],
  { error: errorText.groups.chooseWhatKindHelp },
);

export type OptionInput = z.input<typeof optionInputSchema>;
export type ParsedOptionInput = z.output<typeof optionInputSchema>;

/** The columns of pledge_options an input sets (every kind-specific column, so a kind never keeps stale ones). */
export function optionColumns(input: ParsedOptionInput) {
  const common = {
    title: input.title,
    description: input.description,
    campaignId: input.campaignId,
    startsAt: null as Date | null,
    endsAt: null as Date | null,
    timeZone: null as string | null,
    location: null as string | null,
    isRemote: false,
    hours: null as number | null,
    capacity: null as number | null,
    suggestedAmountsCents: [] as number[],
    allowsMonthly: false,
    item: null as string | null,
    skill: null as string | null,
  };
  switch (input.kind) {
    case "volunteer_shift": {
      const zone = canonicalTimeZone(input.timeZone) ?? input.timeZone;
      const startsAt = wallTimeToInstant(input.startsAt, zone);
      const endsAt = wallTimeToInstant(input.endsAt, zone);
      if (!startsAt || !endsAt) throw new Error("shift times were validated by the schema");
      const length = Math.round(((endsAt.getTime() - startsAt.getTime()) / 3_600_000) * 100) / 100;
      return {
        ...common,
        startsAt,
        endsAt,
        timeZone: zone,
        location: input.location,
        isRemote: input.isRemote,
        capacity: input.capacity,
        hours: input.hours ?? length,
      };
    }
    case "donation":
      return {
        ...common,
        suggestedAmountsCents: input.suggestedAmounts.map((dollars) => dollars * 100),
        allowsMonthly: input.allowsMonthly,
      };
    case "goods":
      return { ...common, item: input.item, capacity: input.capacity };
    case "skills":
      return {
        ...common,
        skill: input.skill,
        hours: input.hours,
        isRemote: input.isRemote,
        location: input.location,
      };
  }
}
