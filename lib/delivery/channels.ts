/**
 * Delivery channels: how a letter reaches one target. A channel is either automatic (Chorus sends it and
 * records the provider's answer: email today, an official message API such as the House/Senate CWC later) or
 * guided (the supporter sends it themselves and tells us: a web contact form).
 *
 * Adding a channel: give it a value in the `delivery_channel` enum (a migration), an adapter here, and for an
 * automatic one a dispatcher the worker runs. `chooseChannel` picks the first adapter that can reach a target,
 * so an API adapter placed before `contact_form` would take over Congress without touching the letter flow.
 */
import type { OfficialSummary } from "@/lib/officials/present";

export type ChannelName = "email" | "contact_form" | "cwc";

export type ChannelAdapter = {
  name: ChannelName;
  /** Automatic channels are sent by the worker; guided ones wait for the supporter ("handoff"). */
  kind: "automatic" | "guided";
  /** Where this channel would deliver to this official, or null when it cannot reach them. */
  addressFor(official: OfficialSummary): { email: string | null; contactFormUrl: string | null } | null;
};

const email: ChannelAdapter = {
  name: "email",
  kind: "automatic",
  addressFor: (official) =>
    official.channels.email ? { email: official.channels.email, contactFormUrl: null } : null,
};

/** Members of Congress publish no email address: the supporter sends through the official's own form. */
const contactForm: ChannelAdapter = {
  name: "contact_form",
  kind: "guided",
  addressFor: (official) => {
    const url = official.channels.contactForm ?? official.website;
    return url ? { email: null, contactFormUrl: url } : null;
  },
};

/** In order of preference. */
export const CHANNELS: readonly ChannelAdapter[] = [email, contactForm];

export function chooseChannel(
  official: OfficialSummary,
): { channel: ChannelName; email: string | null; contactFormUrl: string | null } | null {
  for (const adapter of CHANNELS) {
    const address = adapter.addressFor(official);
    if (address) return { channel: adapter.name, ...address };
  }
  return null;
}

/** A confirmed letter's first status on a channel: queued for the worker, or ready for the supporter. */
export function firstStatus(channel: ChannelName): "queued" | "handoff_ready" {
  return CHANNELS.find((adapter) => adapter.name === channel)?.kind === "automatic"
    ? "queued"
    : "handoff_ready";
}
