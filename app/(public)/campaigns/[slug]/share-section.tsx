import { NativeShare } from "@/app/_components/native-share";
import { shareLinks } from "@/lib/campaigns/present";
import type { Locale } from "@/lib/i18n/locale";
import { CopyLink } from "./copy-link";
import { campaignPage } from "./messages";

type Props = { title: string; summary: string; url: string; isClosed: boolean; locale: Locale };

/**
 * Sharing through the person's own apps: plain links and a copy button. No third-party buttons or scripts: they
 * would track readers, and the page's Content-Security-Policy allows only its own scripts.
 */
export function ShareSection({ title, summary, url, isClosed, locale }: Props) {
  const t = campaignPage[locale];
  const links = shareLinks({ title, summary, url }, locale);
  const linkClass =
    "inline-block rounded border border-stone-400 bg-white px-3 py-1.5 font-medium text-brand-900 underline-offset-2 hover:bg-stone-100 hover:underline";
  return (
    <section id="share" aria-labelledby="share-heading" className="mt-8 scroll-mt-4">
      <h2 id="share-heading" className="text-xl font-semibold">
        {t.shareHeading}
      </h2>
      <p className="mt-1 text-stone-700">{isClosed ? t.shareClosed : t.shareOpen}</p>
      <ul className="mt-3 flex flex-wrap gap-2">
        <li>
          <a href={links.email} className={linkClass}>
            {t.shareByEmail}
          </a>
        </li>
        <li>
          <a href={links.sms} className={linkClass}>
            {t.shareByText}
          </a>
        </li>
        <NativeShare title={title} text={summary} url={url} className={linkClass} asListItem />
      </ul>
      <div className="mt-4">
        <CopyLink url={url} />
      </div>
    </section>
  );
}
