/**
 * Amplify: the words and code people use to pass a campaign on. Pure functions (no database, no server-only
 * imports), so client components (the share prompt after an action) use them too.
 */

import type { Locale } from "@/lib/i18n/locale";
import { campaignWords } from "./page.messages";

export type ShareAct = "letter" | "pledge" | "join";

/** A ready-to-share sentence for someone who just acted, in the first person, ending with the address. */
export function shareSentence(
  act: ShareAct,
  campaign: { title: string; url: string },
  locale: Locale,
): string {
  const t = campaignWords[locale];
  const title = campaign.title.trim();
  const opening = { letter: t.shareLetter, pledge: t.sharePledge, join: t.shareJoin }[act](title);
  return `${opening} ${t.shareAsk(campaign.url)}`;
}

/** Share links carrying a whole message (the sentence already holds the address). */
export function messageShareLinks(subject: string, message: string): { email: string; sms: string } {
  return {
    email: `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(message)}`,
    // "sms:?&body=" is the form both iOS and Android read.
    sms: `sms:?&body=${encodeURIComponent(message)}`,
  };
}

/** The address of a campaign's widget: the only page of Chorus another site may frame. */
export function embedUrl(appUrl: string, slug: string): string {
  return `${appUrl.replace(/\/+$/, "")}/embed/campaigns/${encodeURIComponent(slug)}`;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** What an organizer pastes into their own site: a titled, lazy iframe with no scripts. */
export function embedCode(
  appUrl: string,
  campaign: { slug: string; title: string },
  locale: Locale = "en",
): string {
  const attributes = [
    `src="${escapeAttribute(embedUrl(appUrl, campaign.slug))}"`,
    `title="${escapeAttribute(campaignWords[locale].embedTitle(campaign.title))}"`,
    'width="100%"',
    'height="260"',
    'style="border:0;max-width:480px"',
    'loading="lazy"',
  ];
  return `<iframe ${attributes.join(" ")}></iframe>`;
}
