import { embedCode, embedUrl } from "@/lib/campaigns/amplify";
import { findPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "@/lib/i18n/locale";
import { EmbedCode } from "./embed-code";

/**
 * The widget's embed code for a public campaign, in each form the organizer can choose: following each visitor's
 * language (titled in the campaign's own, the likely language of the organizers' site), or fixed to one language
 * (titled in it, with the organizers' translation of the title when there is one).
 */
export async function EmbedSection({ slug }: { slug: string }) {
  const [original, ...versions] = await Promise.all([
    findPublicCampaignBySlug(slug),
    ...LOCALES.map((locale) => findPublicCampaignBySlug(slug, locale)),
  ]);
  if (!original) return null;
  const own = isLocale(original.language) ? original.language : DEFAULT_LOCALE;
  const pinned = Object.fromEntries(
    LOCALES.map((locale, index) => [
      locale,
      embedCode(env.appUrl, { slug, title: versions[index]?.title ?? original.title }, locale, true),
    ]),
  ) as Record<Locale, string>;
  return (
    <EmbedCode
      codes={{ visitor: embedCode(env.appUrl, original, own), ...pinned }}
      widgetUrl={embedUrl(env.appUrl, slug)}
    />
  );
}
