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

/**
 * What an organizer pastes into their own site: a titled, lazy iframe with no scripts. Its title is in
 * `language` (and says so with `lang`, whatever the host page's language); `isPinned` fixes the widget's own
 * language to it too (`?lang=`), else the widget follows each visitor's.
 */
export function embedCode(
  appUrl: string,
  campaign: { slug: string; title: string },
  language: Locale = "en",
  isPinned = false,
): string {
  const src = `${embedUrl(appUrl, campaign.slug)}${isPinned ? `?lang=${language}` : ""}`;
  const attributes = [
    `src="${escapeAttribute(src)}"`,
    `title="${escapeAttribute(campaignWords[language].embedTitle(campaign.title))}"`,
    `lang="${language}"`,
    'width="100%"',
    'height="260"',
    'style="border:0;max-width:480px"',
    'loading="lazy"',
  ];
  return `<iframe ${attributes.join(" ")}></iframe>`;
}
