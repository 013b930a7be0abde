import type { DashboardOption } from "@/lib/groups/dashboard";
import { formatDate as formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { formatDollars, formatShiftTime } from "@/lib/pledges/emails";
import { dashboardWords } from "./messages";

type Described = Pick<
  DashboardOption,
  "kind" | "startsAt" | "endsAt" | "timeZone" | "location" | "isRemote" | "item" | "skill" | "hours"
>;

/** When and where, or what: one line for a table cell or a page's subtitle. */
export function optionDetails(option: Described, locale: Locale): string {
  const t = dashboardWords[locale];
  const place = option.isRemote ? t.remote : option.location;
  switch (option.kind) {
    case "volunteer_shift":
      return [
        option.startsAt ? formatShiftTime(option.startsAt, option.endsAt, option.timeZone, locale) : null,
        place,
      ]
        .filter(Boolean)
        .join(" · ");
    case "donation":
      return t.giftsToOwnPage;
    case "goods":
      return option.item ?? "";
    case "skills":
      return [option.skill, option.hours ? t.hours(option.hours) : null, place].filter(Boolean).join(" · ");
  }
}

/** "5 / 8 signed up", "12 of 40 pledged", "3 gifts, $85". */
export function signedUpText(
  option: Pick<DashboardOption, "kind" | "capacity" | "taken" | "pledgers" | "pledgedCents" | "pledgedHours">,
  locale: Locale,
): string {
  const t = dashboardWords[locale];
  switch (option.kind) {
    case "volunteer_shift":
      return t.shiftSignedUp(option.taken, option.capacity);
    case "goods":
      return t.goodsPledged(option.taken, option.capacity);
    case "donation":
      return t.gifts(option.pledgers, formatDollars(option.pledgedCents, locale));
    case "skills":
      return t.volunteersHours(option.pledgers, option.pledgedHours);
  }
}

/** What has happened, in the option's own terms. */
export function fulfilledText(
  option: Pick<
    DashboardOption,
    "kind" | "doneCount" | "missedCount" | "doneQuantity" | "doneCents" | "doneHours"
  >,
  locale: Locale,
): string {
  const t = dashboardWords[locale];
  switch (option.kind) {
    case "volunteer_shift":
      return t.came(option.doneCount, option.missedCount);
    case "goods":
      return t.received(option.doneQuantity);
    case "donation":
      return t.given(formatDollars(option.doneCents, locale));
    case "skills":
      return t.doneHours(option.doneCount, option.doneHours);
  }
}

/** Button words per kind: a volunteer attends, a gift or goods arrive, skills get done. */
export function outcomeWords(
  kind: DashboardOption["kind"],
  locale: Locale,
): { done: string; missed: string } {
  return dashboardWords[locale].outcomes[kind];
}

export function formatDate(date: Date, timeZone: string | null, locale: Locale): string {
  return formatDateIn(locale, date, {
    timeZone: timeZone ?? "America/New_York",
    dateStyle: "medium",
    timeStyle: "short",
  });
}
