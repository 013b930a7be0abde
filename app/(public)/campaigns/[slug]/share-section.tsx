import { NativeShare } from "@/app/_components/native-share";
import { shareLinks } from "@/lib/campaigns/present";
import { CopyLink } from "./copy-link";

type Props = { title: string; summary: string; url: string; isClosed: boolean };

/**
 * Sharing through the person's own apps: plain links and a copy button. No third-party buttons or scripts: they
 * would track readers, and the page's Content-Security-Policy allows only its own scripts.
 */
export function ShareSection({ title, summary, url, isClosed }: Props) {
  const links = shareLinks({ title, summary, url });
  const linkClass =
    "inline-block rounded border border-stone-400 bg-white px-3 py-1.5 font-medium text-brand-900 underline-offset-2 hover:bg-stone-100 hover:underline";
  return (
    <section id="share" aria-labelledby="share-heading" className="mt-8 scroll-mt-4">
      <h2 id="share-heading" className="text-xl font-semibold">
        Share
      </h2>
      <p className="mt-1 text-stone-700">
        {isClosed
          ? "Tell people what this campaign achieved."
          : "Campaigns grow when people hear about them from someone they know."}
      </p>
      <ul className="mt-3 flex flex-wrap gap-2">
        <li>
          <a href={links.email} className={linkClass}>
            Share by email
          </a>
        </li>
        <li>
          <a href={links.sms} className={linkClass}>
            Share by text message
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
