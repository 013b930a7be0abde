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

export const RESOURCE_KIND_LABELS = {
  book: "Book",
  film: "Film",
  article: "Article",
  podcast: "Podcast",
  video: "Video",
  other: "Resource",
} as const;

/** The campaign's own address, as people share it. */
export function campaignUrl(appUrl: string, slug: string): string {
  return `${appUrl.replace(/\/+$/, "")}/campaigns/${encodeURIComponent(slug)}`;
}

/** Links that share through the person's own apps: no third-party scripts, nothing loaded from elsewhere. */
export function shareLinks(campaign: { title: string; summary: string; url: string }): {
  email: string;
  sms: string;
} {
  const intro = campaign.summary ? `${campaign.summary}\n\n` : "";
  const subject = encodeURIComponent(campaign.title);
  const body = encodeURIComponent(
    `${intro}I joined this campaign. Will you add your voice?\n${campaign.url}`,
  );
  const sms = encodeURIComponent(`${campaign.title}: ${campaign.url}`);
  return {
    email: `mailto:?subject=${subject}&body=${body}`,
    // "sms:?&body=" is the form both iOS and Android read.
    sms: `sms:?&body=${sms}`,
  };
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/**
 * What a closed campaign achieved, in thankful words: letters sent and what was pledged (`pledged` is
 * `totalsText`'s line). Empty when nothing was counted, so the page says only its thanks.
 */
export function closedResultsLines(
  counts: { joined: number; letters: number },
  pledged: string | null,
): string[] {
  const lines: string[] = [];
  if (counts.letters > 0) {
    lines.push(`Together, supporters sent ${plural(counts.letters, "letter", "letters")} to officials.`);
  }
  if (counts.joined > 0) lines.push(`${plural(counts.joined, "person", "people")} joined this campaign.`);
  if (pledged) lines.push(`Pledged to community-led groups: ${pledged}.`);
  return lines;
}
