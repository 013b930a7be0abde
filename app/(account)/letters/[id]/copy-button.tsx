"use client";

import { useState } from "react";

/** Copies the letter for a contact form. Without JavaScript the text is still there to select and copy. */
export function CopyButton({
  text,
  label,
  copiedLabel,
}: {
  text: string;
  label: string;
  copiedLabel: string;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={() => {
        void navigator.clipboard.writeText(text).then(() => setCopied(true));
      }}
      className="rounded border border-stone-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100"
    >
      <span aria-live="polite">{copied ? copiedLabel : label}</span>
    </button>
  );
}
