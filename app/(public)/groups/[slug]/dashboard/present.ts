import type { DashboardOption } from "@/lib/groups/dashboard";
import { KIND_LABELS } from "@/lib/groups/option-input";
import { formatDollars, formatShiftTime } from "@/lib/pledges/emails";

export { KIND_LABELS };

type Described = Pick<
  DashboardOption,
  "kind" | "startsAt" | "endsAt" | "timeZone" | "location" | "isRemote" | "item" | "skill" | "hours"
>;

/** When and where, or what: one line for a table cell or a page's subtitle. */
export function optionDetails(option: Described): string {
  const place = option.isRemote ? "Remote" : option.location;
  switch (option.kind) {
    case "volunteer_shift":
      return [
        option.startsAt ? formatShiftTime(option.startsAt, option.endsAt, option.timeZone) : null,
        place,
      ]
        .filter(Boolean)
        .join(" · ");
    case "donation":
      return "Gifts go to your own donation page";
    case "goods":
      return option.item ?? "";
    case "skills":
      return [option.skill, option.hours ? `${option.hours} hours` : null, place].filter(Boolean).join(" · ");
  }
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** "5 / 8 signed up", "12 of 40 pledged", "3 gifts, $85". */
export function signedUpText(
  option: Pick<DashboardOption, "kind" | "capacity" | "taken" | "pledgers" | "pledgedCents" | "pledgedHours">,
): string {
  switch (option.kind) {
    case "volunteer_shift":
      return option.capacity === null
        ? `${option.taken} signed up`
        : `${option.taken} / ${option.capacity} signed up`;
    case "goods":
      return option.capacity === null
        ? `${option.taken} pledged`
        : `${option.taken} of ${option.capacity} pledged`;
    case "donation":
      return `${plural(option.pledgers, "gift", "gifts")}, ${formatDollars(option.pledgedCents)}`;
    case "skills":
      return `${plural(option.pledgers, "volunteer", "volunteers")}, ${option.pledgedHours} hours`;
  }
}

/** What has happened, in the option's own terms. */
export function fulfilledText(
  option: Pick<
    DashboardOption,
    "kind" | "doneCount" | "missedCount" | "doneQuantity" | "doneCents" | "doneHours"
  >,
): string {
  switch (option.kind) {
    case "volunteer_shift":
      return `${option.doneCount} came${option.missedCount ? `, ${option.missedCount} missed` : ""}`;
    case "goods":
      return `${option.doneQuantity} received`;
    case "donation":
      return `${formatDollars(option.doneCents)} given`;
    case "skills":
      return `${plural(option.doneCount, "done", "done")}, ${option.doneHours} hours`;
  }
}

/** Button words per kind: a volunteer attends, a gift or goods arrive, skills get done. */
export function outcomeWords(kind: DashboardOption["kind"]): { done: string; missed: string } {
  switch (kind) {
    case "volunteer_shift":
      return { done: "Attended", missed: "Missed" };
    case "donation":
    case "goods":
      return { done: "Received", missed: "Not received" };
    case "skills":
      return { done: "Done", missed: "Didn't happen" };
  }
}

export function formatDate(date: Date, timeZone: string | null): string {
  return date.toLocaleString("en-US", {
    timeZone: timeZone ?? "America/New_York",
    dateStyle: "medium",
    timeStyle: "short",
  });
}
