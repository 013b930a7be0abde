/**
 * Delivery channels: how a letter reaches one target. A channel is either automatic (Chorus sends it and
 * records the provider's answer: email today, an official message API such as the House/Senate CWC later) or
 * guided (the supporter sends it themselves and tells us: a web contact form). Members of Congress go through
 * CWC (lib/delivery/cwc) when their office is reachable there, else to the hand-off.
 *
 * Adding a channel: give it a value in the `delivery_channel` enum (a migration), an adapter here, and for an
 * automatic one a dispatcher the worker runs. `chooseChannel` picks the first adapter that can reach a target,
 * so an API adapter placed before `contact_form` would take over Congress without touching the letter flow.
 */
import type { CwcReach } from "@/lib/delivery/cwc/reach";
import type { OfficialSummary } from "@/lib/officials/present";

export type ChannelName = "email" | "contact_form" | "cwc";

export type ChannelAdapter = {
  name: ChannelName;
  /** Automatic channels are sent by the worker; guided ones wait for the supporter ("handoff"). */
  kind: "automatic" | "guided";
  /** Where this channel would deliver to this official, or null when it cannot reach them. */
  addressFor(
    official: OfficialSummary,
    context: ChannelContext,
  ): { email: string | null; contactFormUrl: string | null } | null;
};

/**
 * What, beyond the official, decides a channel. `chooseChannel` stays pure and synchronous: the caller loads
 * the CWC reach once per submit (lib/delivery/cwc/reach.ts, loadCwcReach) and passes it here.
 */
export type ChannelContext = {
  /** Members of Congress reachable through CWC now (key configured, office listed, chamber not halted). */
  cwc?: CwcReach;
  /**
   * The letter's prefix. "none" (the supporter chose none of the Senate's five) keeps Senate offices on the
   * hand-off; unknown (not asked yet) does not, so the form knows to ask.
   */
  prefix?: string | null;
};

const email: ChannelAdapter = {
  name: "email",
  kind: "automatic",
  addressFor: (official) =>
    official.channels.email ? { email: official.channels.email, contactFormUrl: null } : null,
};

/** Where a supporter would send it themselves: the official's form, else their website (said as such). */
function formOrWebsite(official: OfficialSummary): string | null {
  return official.channels.contactForm ?? official.website;
}

/**
 * Congress through CWC: the House's API and the Senate's (SOAPBox), for offices on the chamber's list. The
 * contact form address is kept for the hand-off that follows if the office's system refuses the message.
 */
const cwc: ChannelAdapter = {
  name: "cwc",
  kind: "automatic",
  addressFor: (official, context) => {
    const office = context.cwc?.get(official.id);
    if (!office) return null;
    if (office.chamber === "senate" && context.prefix === "none") return null;
    return { email: null, contactFormUrl: formOrWebsite(official) };
  },
};

/** Members of Congress publish no email address: the supporter sends through the official's own form. */
const contactForm: ChannelAdapter = {
  name: "contact_form",
  kind: "guided",
  addressFor: (official) => {
    const url = formOrWebsite(official);
    return url ? { email: null, contactFormUrl: url } : null;
  },
};

/** In order of preference. */
export const CHANNELS: readonly ChannelAdapter[] = [email, cwc, contactForm];

export function chooseChannel(
  official: OfficialSummary,
  context: ChannelContext = {},
): { channel: ChannelName; email: string | null; contactFormUrl: string | null } | null {
  for (const adapter of CHANNELS) {
    const address = adapter.addressFor(official, context);
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
