import type { PublicResource, PublicVoice } from "@/lib/campaigns/content";
import { httpsUrl } from "@/lib/campaigns/present";
import type { Locale } from "@/lib/i18n/locale";
import { campaignPage } from "./messages";

/**
 * `locale`: the page's own words. What the organizers entered (a resource's title and note, a voice) carries
 * its own language's `lang` when that is not the page's.
 */
type LearnProps = { resources: PublicResource[]; locale?: Locale };

/** Resources to learn from, those by members of the affected community first and marked. */
export function LearnSection({ resources, locale = "en" }: LearnProps) {
  if (resources.length === 0) return null;
  const t = campaignPage[locale];
  return (
    <section id="learn" aria-labelledby="learn-heading" className="mt-8 scroll-mt-4">
      <h2 id="learn-heading" className="text-xl font-semibold">
        {t.learnHeading}
      </h2>
      <p className="mt-1 text-stone-700">{t.learnIntro}</p>
      <ul className="mt-4 space-y-4">
        {resources.map((resource) => {
          const href = httpsUrl(resource.url);
          // The kind, the badge and "by" are Chorus's words, in the page's language; the title and note are not.
          const own = resource.language !== locale ? { lang: resource.language } : {};
          return (
            <li key={resource.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <span className="font-medium uppercase tracking-wide text-stone-600">
                  {t.resourceKinds[resource.kind]}
                </span>
                {resource.byAffectedCommunity ? (
                  <span className="rounded-full bg-brand-100 px-2 py-0.5 font-medium text-brand-900">
                    {t.fromCommunity}
                  </span>
                ) : null}
              </p>
              <h3 {...own} className="mt-1 text-lg font-semibold">
                {href ? (
                  <a
                    href={href}
                    rel="noopener noreferrer"
                    className="text-brand-900 underline underline-offset-2"
                  >
                    {resource.title}
                  </a>
                ) : (
                  resource.title
                )}
              </h3>
              <p className="text-stone-700">{t.byAuthor(resource.author)}</p>
              {resource.note ? (
                <p {...own} className="mt-2">
                  {resource.note}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

type VoicesProps = { voices: PublicVoice[]; locale?: Locale };

/** People's own words, each published with their permission and named as they asked. */
export function VoicesSection({ voices, locale = "en" }: VoicesProps) {
  if (voices.length === 0) return null;
  const t = campaignPage[locale];
  return (
    <section id="voices" aria-labelledby="voices-heading" className="mt-8 scroll-mt-4">
      <h2 id="voices-heading" className="text-xl font-semibold">
        {t.voicesHeading}
      </h2>
      <p className="mt-1 text-stone-700">{t.voicesIntro}</p>
      <ul className="mt-4 space-y-4">
        {voices.map((voice) => (
          <li key={voice.id} lang={voice.language !== locale ? voice.language : undefined}>
            <figure className="rounded-lg border-l-4 border-brand-700 bg-stone-50 p-4">
              <blockquote className="whitespace-pre-line text-lg">{voice.body}</blockquote>
              <figcaption className="mt-2 text-stone-700">
                — <cite className="not-italic font-medium">{voice.attribution}</cite>
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
