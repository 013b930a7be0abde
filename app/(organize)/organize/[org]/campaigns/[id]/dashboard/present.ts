/** Plain words and numbers for the campaign dashboard. Pure: no database. */
import type { DeliveryChannel, DeliveryStatus } from "@/lib/organize/dashboard";

export const CHANNEL_WORDS: Record<DeliveryChannel, string> = {
  email: "Email",
  contact_form: "Contact form",
};

/** Honest, as on a supporter's receipt: "sent" only when the provider accepted it. */
export const STATUS_WORDS: Record<DeliveryStatus, string> = {
  awaiting_confirmation: "Waiting for the writer to confirm their email address",
  queued: "Waiting to be sent by email",
  sent: "Sent (accepted by our email provider)",
  delivered: "Delivered to the inbox",
  bounced: "Refused by their address (bounced)",
  complained: "Marked as unwanted by the recipient",
  failed: "Could not be sent",
  handoff_ready: "Waiting for the writer to send it through the contact form",
  handoff_done: "Sent by the writer through the contact form",
};

export const n = (value: number) => value.toLocaleString("en-US");

export const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

/** "Nov 25" from "2026-11-25" (a calendar day, so no time zone shift). */
export function shortDay(day: string): string {
  const [y = 0, m = 1, d = 1] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-US", {
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });
}

export function when(at: Date, timeZone: string): string {
  return at.toLocaleString("en-US", {
    timeZone,
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
}

/** Five shades, by share of the busiest district; 0 letters stays pale. */
export const SHADES = [
  "fill-stone-200",
  "fill-orange-100",
  "fill-orange-300",
  "fill-orange-500",
  "fill-orange-700",
  "fill-orange-900",
] as const;

export function shadeOf(count: number, max: number): (typeof SHADES)[number] {
  if (count <= 0 || max <= 0) return SHADES[0];
  const step = Math.min(4, Math.floor((count / max) * 5));
  return SHADES[step + 1] ?? SHADES[5];
}

export function districtName(state: string, district: number): string {
  return district === 0 ? `${state} at-large` : `${state}-${district}`;
}
