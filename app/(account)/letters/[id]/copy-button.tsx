"use client";

import { useState } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";

/**
 * Copies the letter for a contact form. Without JavaScript there is no button (it could do nothing); the text
 * is still there to select and copy.
 */
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
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      hidden={!hydrated}
      onClick={() => {
        void navigator.clipboard.writeText(text).then(() => setCopied(true));
      }}
      className="rounded border border-stone-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100"
    >
      <span aria-live="polite">{copied ? copiedLabel : label}</span>
    </button>
  );
}
