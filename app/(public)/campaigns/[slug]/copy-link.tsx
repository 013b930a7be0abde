"use client";

import { useId, useRef, useState } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";
import { useMessages } from "@/lib/i18n/client";
import { campaignPage } from "./messages";

/**
 * The campaign's address, shown as text to select (which works without JavaScript), and a button that copies
 * it. Where the clipboard is not available (an old browser, a page not served over https), the button selects
 * the address and says how to copy it. The button is hidden until a script can run it (React here,
 * public/enhance.js on the lite page), so a page read without JavaScript offers no button that does nothing.
 */
export function CopyLink({ url }: { url: string }) {
  const t = useMessages(campaignPage);
  const COPIED = t.linkCopied;
  const SELECTED = t.linkSelected;
  const id = useId();
  const hydrated = useHydrated();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState("");
  const selectAddress = () => {
    input.current?.focus();
    input.current?.select();
    setMessage(SELECTED);
  };
  // data-*: public/enhance.js does the same on the lite page, where React does not run.
  return (
    <div data-copy="" data-copy-done={COPIED} data-copy-fallback={SELECTED}>
      <label htmlFor={id} className="block font-medium">
        {t.linkLabel}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          ref={input}
          id={id}
          type="url"
          readOnly
          value={url}
          data-copy-source=""
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-stone-400 bg-white px-2 py-1.5 text-sm"
        />
        <button
          type="button"
          hidden={!hydrated}
          data-copy-button=""
          onClick={() => {
            if (!navigator.clipboard) {
              selectAddress();
              return;
            }
            navigator.clipboard.writeText(url).then(() => setMessage(COPIED), selectAddress);
          }}
          className="rounded border border-stone-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100"
        >
          {t.copyLink}
        </button>
      </div>
      <p aria-live="polite" data-copy-message="" className="mt-1 min-h-5 text-sm text-green-900">
        {message}
      </p>
    </div>
  );
}
