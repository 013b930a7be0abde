/**
 * A hand-off's address is either the official's own contact form or, when our data has none, their website
 * (lib/delivery/channels.ts falls back to it). The words and links a supporter reads must say which, so "Open
 * their contact form" never opens a homepage. Pure: pages, emails and the submit path share it.
 */
export type HandoffKind = "form" | "website";

/** What a delivery's address is: a form only when it is the official's published contact form. */
export function handoffKind(
  deliveryUrl: string | null | undefined,
  officialContactFormUrl: string | null | undefined,
): HandoffKind {
  return deliveryUrl && officialContactFormUrl && deliveryUrl === officialContactFormUrl ? "form" : "website";
}

/** For a target resolved from an official (before any delivery row exists). */
export function officialHandoffKind(official: { channels: { contactForm?: string } }): HandoffKind {
  return official.channels.contactForm ? "form" : "website";
}

/**
 * Where a supporter sends a hand-off by hand: the delivery's own address, else (a Congress letter handed back
 * after the office's system refused it, which may carry none) the official's form, else their website.
 */
export function handoffAddress(
  deliveryUrl: string | null | undefined,
  official: { contactFormUrl: string | null; websiteUrl: string | null } | null,
): { url: string | null; kind: HandoffKind } {
  const url = deliveryUrl ?? official?.contactFormUrl ?? official?.websiteUrl ?? null;
  return { url, kind: handoffKind(url, official?.contactFormUrl) };
}
