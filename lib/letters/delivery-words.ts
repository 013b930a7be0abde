/**
 * How each letter goes, in words a supporter reads on every page and email that describes a letter (issue 18,
 * item 7): per recipient, whether Chorus delivers it (to Congress's constituent mail system, or by email) or it
 * waits for the supporter (their contact form, or their website when our data has no form), and how many wait.
 * Never "delivered" before the provider accepted it, never "on its way" for a letter that waits for the
 * supporter. Pure and client-safe (a dictionary and a few functions; no server code).
 */
import type { ChannelName } from "@/lib/delivery/channels";
import { formatList } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { deliveryWords } from "./delivery-words.messages";
import type { HandoffKind } from "./handoff-kind";

export { deliveryWords };

export type DeliveryState =
  | "awaiting_confirmation"
  | "queued"
  | "sent"
  | "delivered"
  | "bounced"
  | "complained"
  | "failed"
  | "handoff_ready"
  | "handoff_done";

export type DeliveryFacts = {
  channel: ChannelName;
  status: DeliveryState;
  /** For hand-offs: whether the address is the official's contact form or only their website. */
  handoff?: HandoffKind;
};

/** A Congress letter the office's system refused, handed to the supporter instead. */
export function isHandedBack(d: Pick<DeliveryFacts, "channel" | "status">): boolean {
  return d.channel === "cwc" && d.status === "handoff_ready";
}

/** The supporter has (or, once they confirm, will have) to send this one themselves. */
export function isWaitingForSupporter(d: Pick<DeliveryFacts, "channel" | "status">): boolean {
  return (
    d.status === "handoff_ready" || (d.channel === "contact_form" && d.status === "awaiting_confirmation")
  );
}

/** How one letter goes, as a phrase after the recipient's name ("Name: …"). */
export function howItGoes(locale: Locale, d: DeliveryFacts): string {
  const t = deliveryWords[locale];
  const kind = d.handoff ?? "website";
  if (d.status === "handoff_done") return t.youSent[kind];
  if (isHandedBack(d)) return t.handedBack[kind];
  if (isWaitingForSupporter(d)) return t.waiting[kind];
  if (d.channel === "cwc") {
    if (d.status === "awaiting_confirmation") return t.cwc.awaiting;
    if (d.status === "queued") return t.cwc.queued;
    if (d.status === "sent" || d.status === "delivered") return t.cwc.delivered;
    return t.cwc.failed;
  }
  switch (d.status) {
    case "awaiting_confirmation":
      return t.email.awaiting;
    case "queued":
      return t.email.queued;
    case "sent":
      return t.email.sent;
    case "delivered":
      return t.email.delivered;
    case "bounced":
    case "complained":
      return t.email.refused;
    default:
      return t.email.failed;
  }
}

export type DeliveryCounts = {
  total: number;
  /** Accepted by the provider (email or Congress's system). */
  delivered: number;
  /** Chorus sends it (confirmed and queued, or once the supporter confirms). */
  onItsWay: number;
  /** The supporter sends it themselves (a contact form or website, or a Congress letter handed back). */
  waiting: number;
  youSent: number;
  failed: number;
};

export function countDeliveries(list: readonly Pick<DeliveryFacts, "channel" | "status">[]): DeliveryCounts {
  const counts: DeliveryCounts = { total: 0, delivered: 0, onItsWay: 0, waiting: 0, youSent: 0, failed: 0 };
  for (const d of list) {
    counts.total++;
    if (isWaitingForSupporter(d)) counts.waiting++;
    else if (d.status === "handoff_done") counts.youSent++;
    else if (d.status === "sent" || d.status === "delivered") counts.delivered++;
    else if (d.status === "queued" || d.status === "awaiting_confirmation") counts.onItsWay++;
    else counts.failed++;
  }
  return counts;
}

/** "1 delivered by Chorus, 3 waiting for you": the parts that are not zero, in the reader's language. */
export function summarizeDeliveries(locale: Locale, counts: DeliveryCounts): string {
  const t = deliveryWords[locale].counts;
  const parts: string[] = [];
  if (counts.delivered) parts.push(t.delivered(counts.delivered));
  if (counts.onItsWay) parts.push(t.onItsWay(counts.onItsWay));
  if (counts.waiting) parts.push(t.waiting(counts.waiting));
  if (counts.youSent) parts.push(t.youSent(counts.youSent));
  if (counts.failed) parts.push(t.failed(counts.failed));
  return formatList(locale, parts);
}
