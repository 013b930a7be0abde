import type { PublicResource, PublicVoice } from "@/lib/campaigns/content";
import { httpsUrl, RESOURCE_KIND_LABELS } from "@/lib/campaigns/present";

type LearnProps = { resources: PublicResource[]; language: string };

/** Resources to learn from, those by members of the affected community first and marked. */
export function LearnSection({ resources, language }: LearnProps) {
  if (resources.length === 0) return null;
  return (
    <section id="learn" aria-labelledby="learn-heading" className="mt-8 scroll-mt-4">
      <h2 id="learn-heading" className="text-xl font-semibold">
        Learn
      </h2>
      <p className="mt-1 text-stone-700">
        Books, films and writing to understand this issue, first from the people who live it.
      </p>
      <ul className="mt-4 space-y-4">
        {resources.map((resource) => {
          const href = httpsUrl(resource.url);
          return (
            <li
              key={resource.id}
              lang={resource.language !== language ? resource.language : undefined}
              className="rounded-lg border border-stone-200 bg-white p-4"
            >
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <span className="font-medium uppercase tracking-wide text-stone-600">
                  {RESOURCE_KIND_LABELS[resource.kind]}
                </span>
                {resource.byAffectedCommunity ? (
                  <span className="rounded-full bg-brand-100 px-2 py-0.5 font-medium text-brand-900">
                    From the community
                  </span>
                ) : null}
              </p>
              <h3 className="mt-1 text-lg font-semibold">
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
              <p className="text-stone-700">by {resource.author}</p>
              {resource.note ? <p className="mt-2">{resource.note}</p> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

type VoicesProps = { voices: PublicVoice[]; language: string };

/** People's own words, each published with their permission and named as they asked. */
export function VoicesSection({ voices, language }: VoicesProps) {
  if (voices.length === 0) return null;
  return (
    <section id="voices" aria-labelledby="voices-heading" className="mt-8 scroll-mt-4">
      <h2 id="voices-heading" className="text-xl font-semibold">
        Voices
      </h2>
      <p className="mt-1 text-stone-700">In their own words, shared with their permission.</p>
      <ul className="mt-4 space-y-4">
        {voices.map((voice) => (
          <li key={voice.id} lang={voice.language !== language ? voice.language : undefined}>
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
