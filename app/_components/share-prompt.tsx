"use client";

import { useId, useState } from "react";
import { messageShareLinks, type ShareAct, shareSentence } from "@/lib/campaigns/amplify";
import { useLocale } from "@/lib/i18n/client";
import { NativeShare } from "./native-share";
import { supporterWords } from "./supporter.messages";
import { useHydrated } from "./use-hydrated";

const linkClass =
  "inline-block rounded border border-stone-400 bg-white px-3 py-1.5 text-sm font-medium text-brand-900 underline-offset-2 hover:bg-stone-100 hover:underline";

/**
 * After someone acts (a letter, a pledge, joining): a sentence in their voice, ready to send to people they
 * know, with the ways to send it. Plain links work without JavaScript; copy and the share sheet need it.
 */
export function SharePrompt({ act, title, url }: { act: ShareAct; title: string; url: string }) {
  const headingId = useId();
  const locale = useLocale();
  const t = supporterWords[locale];
  const sentence = shareSentence(act, { title, url }, locale);
  const links = messageShareLinks(title, sentence);
  const [copied, setCopied] = useState("");
  const hydrated = useHydrated();
  return (
    <section aria-labelledby={headingId} className="mt-3 rounded border border-stone-300 bg-white p-3">
      <p id={headingId} className="font-semibold text-stone-900">
        {/* Distinct per act: a page can hold two prompts (joined, then pledged), and each region needs its own name. */}
        {t.passOn[act]}
      </p>
      <p className="mt-1 rounded bg-stone-100 p-2 text-stone-900" data-share-sentence="">
        {sentence}
      </p>
      <ul className="mt-2 flex flex-wrap gap-2">
        <li>
          <a href={links.email} className={linkClass}>
            {t.sendByEmail}
          </a>
        </li>
        <li>
          <a href={links.sms} className={linkClass}>
            {t.sendByText}
          </a>
        </li>
        <li hidden={!hydrated}>
          <button
            type="button"
            className={linkClass}
            onClick={() => {
              if (!navigator.clipboard) {
                setCopied(t.selectMessage);
                return;
              }
              navigator.clipboard.writeText(sentence).then(
                () => setCopied(t.messageCopied),
                () => setCopied(t.selectMessage),
              );
            }}
          >
            {t.copyMessage}
          </button>
        </li>
        <NativeShare title={title} text={sentence} className={linkClass} asListItem />
      </ul>
      <p aria-live="polite" className="mt-1 min-h-5 text-sm text-green-900">
        {copied}
      </p>
    </section>
  );
}
