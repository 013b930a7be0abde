/**
 * Plain words for pledges, shared by the "Ways to help" cards, the campaign totals and "My pledges". Pure
 * functions (no database), so pages stay thin and the wording is tested in one place.
 */
import type { Locale } from "@/lib/i18n/locale";
import { formatDollars } from "./emails";
import { pledgeWords } from "./messages";
import type { PledgeTotals } from "./options";

type Kind = "volunteer_shift" | "donation" | "goods" | "skills";

export type Availability =
  /** No limit: the form is shown with no count. */
  { state: "open"; text: null } | { state: "open"; text: string } | { state: "full"; text: string };

/** "Winter coats" → "winter coats", but "N95 masks" and "ASL interpreters" keep their capitals. */
function inSentence(item: string): string {
  return /^[A-Z][a-z]/.test(item) ? item.charAt(0).toLowerCase() + item.slice(1) : item;
}

/** "5 of 8 places left" / "Full" for a shift; "12 winter coats still needed" / "We have all we need" for goods. */
export function availabilityText(
  option: {
    kind: Kind;
    capacity: number | null;
    remaining: number | null;
    item?: string | null;
  },
  locale: Locale = "en",
): Availability {
  const t = pledgeWords[locale];
  if (option.capacity === null || option.remaining === null) return { state: "open", text: null };
  const left = option.remaining;
  if (option.kind === "goods") {
    // What the group typed stays as typed; English reads it inside the sentence, in lower case.
    const what = option.item ? (locale === "en" ? inSentence(option.item) : option.item) : "";
    return left > 0
      ? { state: "open", text: t.stillNeeded(left, what) }
      : { state: "full", text: t.allWeNeed };
  }
  if (left <= 0) return { state: "full", text: t.full };
  return { state: "open", text: t.placesLeft(left, option.capacity) };
}

/** "3 hours", "1 hour", "1.5 hours". */
export function hoursText(hours: number, locale: Locale = "en"): string {
  return pledgeWords[locale].hours(Math.round(hours * 10) / 10);
}

/** "14 volunteers · 38 hours · $1,250 pledged", leaving out what nobody has pledged yet; null when nothing. */
export function totalsText(totals: PledgeTotals, locale: Locale = "en"): string | null {
  const t = pledgeWords[locale];
  const parts: string[] = [];
  if (totals.volunteers > 0) parts.push(t.volunteers(totals.volunteers));
  if (totals.hours > 0) parts.push(hoursText(totals.hours, locale));
  if (totals.items > 0) parts.push(t.items(totals.items));
  if (totals.cents > 0) parts.push(t.pledgedAmount(formatDollars(totals.cents, locale)));
  return parts.length > 0 ? parts.join(" · ") : null;
}

export type PledgeForStatus = {
  status: "pledged" | "done" | "missed" | "cancelled";
  kind: Kind;
  startsAt: Date | null;
  endsAt: Date | null;
  amountCents: number | null;
  frequency: "one_time" | "monthly" | null;
  /** The group cancelled the shift (its pledges were cancelled with it). */
  shiftCancelledAt?: Date | null;
};

/** A pledge of time is over once its shift has ended (or started, when it has no end). */
export function isPast(pledge: Pick<PledgeForStatus, "startsAt" | "endsAt">, now: Date): boolean {
  const end = pledge.endsAt ?? pledge.startsAt;
  return end !== null && end.getTime() <= now.getTime();
}

/**
 * What happened, in honest words: a donation is "pledged, not given yet" until the supporter says they gave
 * (Chorus never sees the payment); a shift is "signed up" until the group marks it.
 */
export function pledgeStatusText(
  pledge: PledgeForStatus,
  now: Date,
  locale: Locale = "en",
): { label: string; tone: "done" | "waiting" | "you" | "ended" } {
  const t = pledgeWords[locale].status;
  switch (pledge.status) {
    case "cancelled":
      return { label: pledge.shiftCancelledAt ? t.cancelledByGroup : t.cancelled, tone: "ended" };
    case "missed":
      return { label: t.missed, tone: "ended" };
    case "done":
      switch (pledge.kind) {
        case "donation":
          return { label: t.gaveDonation, tone: "done" };
        case "goods":
          return { label: t.gaveGoods, tone: "done" };
        default:
          return { label: t.doneByGroup, tone: "done" };
      }
    case "pledged":
      switch (pledge.kind) {
        case "volunteer_shift":
          return isPast(pledge, now)
            ? { label: t.shiftPassed, tone: "ended" }
            : { label: t.signedUp, tone: "waiting" };
        case "donation":
          return { label: t.donationWaiting, tone: "you" };
        case "goods":
          return { label: t.goodsWaiting, tone: "you" };
        case "skills":
          return { label: t.skillsWaiting, tone: "waiting" };
      }
  }
}

/** "$25 once" / "$10 a month". */
export function amountText(
  cents: number,
  frequency: "one_time" | "monthly" | null,
  locale: Locale = "en",
): string {
  return pledgeWords[locale].amount(formatDollars(cents, locale), frequency === "monthly");
}

/**
 * "My pledges" in two lists: what is still ahead (standing pledges whose shift has not ended, soonest shift
 * first, then the rest newest first) and what is finished (done, missed, cancelled or past).
 */
export function splitMyPledges<T extends PledgeForStatus & { createdAt: Date }>(
  rows: T[],
  now: Date,
): { ahead: T[]; finished: T[] } {
  const ahead = rows.filter((row) => row.status === "pledged" && !isPast(row, now));
  const finished = rows.filter((row) => !ahead.includes(row));
  ahead.sort((a, b) => {
    if (a.startsAt && b.startsAt) return a.startsAt.getTime() - b.startsAt.getTime();
    if (a.startsAt) return -1;
    if (b.startsAt) return 1;
    return b.createdAt.getTime() - a.createdAt.getTime();
  });
  finished.sort((a, b) => {
    const at = (row: T) => (row.startsAt ?? row.createdAt).getTime();
    return at(b) - at(a);
  });
  return { ahead, finished };
}

/** Only http(s) links are shown: a group's links are typed by the group, and a page must never run them. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}
