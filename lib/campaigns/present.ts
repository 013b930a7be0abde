import type { Locale } from "@/lib/i18n/locale";
import { campaignWords } from "./page.messages";

/**
 * Plain words and safe links for the public campaign page: sharing, resources, a closed campaign's results.
 * Pure functions (no database), so the page stays thin and the rules are tested in one place.
 */

/**
 * Only https links become links: organizers type them, and a page must never run (or downgrade) them. Anything
 * else (javascript:, data:, http:, a typo) is shown as plain text by the caller.
 */
export function httpsUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "https:" && parsed.hostname.includes(".") ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** The campaign's own address, as people share it. */
export function campaignUrl(appUrl: string, slug: string): string {
  return `${appUrl.replace(/\/+$/, "")}/campaigns/${encodeURIComponent(slug)}`;
}

/** Links that share through the person's own apps: no third-party scripts, nothing loaded from elsewhere. */
export function shareLinks(
  campaign: { title: string; summary: string; url: string },
  locale: Locale,
): {
  email: string;
  sms: string;
} {
  const intro = campaign.summary ? `${campaign.summary}\n\n` : "";
  const subject = encodeURIComponent(campaign.title);
  const body = encodeURIComponent(`${intro}${campaignWords[locale].shareBody}\n${campaign.url}`);
  const sms = encodeURIComponent(`${campaign.title}: ${campaign.url}`);
  return {
    email: `mailto:?subject=${subject}&body=${body}`,
    // "sms:?&body=" is the form both iOS and Android read.
    sms: `sms:?&body=${sms}`,
  };
}

/**
 * What a closed campaign achieved, in thankful words: letters sent and what was pledged (`pledged` is
 * `totalsText`'s line). Empty when nothing was counted, so the page says only its thanks.
 */
export function closedResultsLines(
  counts: { joined: number; letters: number },
  pledged: string | null,
  locale: Locale,
): string[] {
  const t = campaignWords[locale];
  const lines: string[] = [];
  if (counts.letters > 0) lines.push(t.resultsLetters(counts.letters));
  if (counts.joined > 0) lines.push(t.resultsJoined(counts.joined));
  if (pledged) lines.push(t.resultsPledged(pledged));
  return lines;
}
