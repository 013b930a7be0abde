"use client";

import { useId, useRef, useState } from "react";

/**
 * The campaign's address, shown as text to select (which works without JavaScript), and a button that copies
 * it. Where the clipboard is not available (an old browser, a page not served over https), the button selects
 * the address and says how to copy it.
 */
export function CopyLink({ url }: { url: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState("");
  const selectAddress = () => {
    input.current?.focus();
    input.current?.select();
    setMessage("The link is selected: copy it with your device's Copy command.");
  };
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        Link to this campaign
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          ref={input}
          id={id}
          type="url"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-stone-400 bg-white px-2 py-1.5 text-sm"
        />
        <button
          type="button"
          onClick={() => {
            if (!navigator.clipboard) {
              selectAddress();
              return;
            }
            navigator.clipboard
              .writeText(url)
              .then(() => setMessage("Link copied. Thank you for sharing!"), selectAddress);
          }}
          className="rounded border border-stone-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100"
        >
          Copy link
        </button>
      </div>
      <p aria-live="polite" className="mt-1 min-h-5 text-sm text-green-900">
        {message}
      </p>
    </div>
  );
}
