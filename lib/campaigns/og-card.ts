import type { Locale } from "@/lib/i18n/locale";
import { campaignWords } from "./page.messages";

/**
 * The text of a campaign's link-preview card (app/(public)/campaigns/[slug]/opengraph-image.tsx). Pure.
 * Emoji and other pictographs are dropped: next/og draws them by downloading images from a CDN, which a server
 * without internet cannot reach (and the card should not depend on).
 */
const PICTOGRAPHS =
  /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\u{20E3}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]/gu;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function cardText(text: string, max: number): string {
  const clean = text.replace(PICTOGRAPHS, "").replace(CONTROL, " ").replace(/\s+/g, " ").trim();
  const chars = Array.from(clean);
  if (chars.length <= max) return clean;
  const cut = chars.slice(0, max - 1).join("");
  // Cut inside a word: back up to the space before it.
  const atWord = /\s/.test(chars[max - 1] ?? "") ? cut : cut.replace(/\s+\S*$/, "");
  return `${(atWord.length > max / 2 ? atWord : cut).trimEnd()}…`;
}

export function cardLines(
  campaign: {
    title: string;
    summary: string;
    organizationName: string;
    isClosed: boolean;
    joined: number;
    letters: number;
    goal: number | null;
  },
  locale: Locale,
): { organization: string; title: string; summary: string; counts: string } {
  const t = campaignWords[locale];
  const counts = {
    joined: t.cardJoined(campaign.joined),
    letters: t.cardLetters(campaign.letters, campaign.goal),
  };
  return {
    organization: cardText(campaign.organizationName, 60),
    title: cardText(campaign.title, 110),
    summary: cardText(campaign.summary, 150),
    counts: campaign.isClosed
      ? t.cardClosed(counts.letters)
      : campaign.joined > 0
        ? `${counts.joined} · ${counts.letters}`
        : campaign.letters === 0
          ? t.cardFirst
          : counts.letters,
  };
}
