"use client";

import { useEffect, useState } from "react";
import { useMessages } from "@/lib/i18n/client";
import { supporterWords } from "./supporter.messages";

/**
 * The phone's own share sheet (the Web Share API), offered only where the browser has one: it is rendered
 * hidden on the server and stays hidden without JavaScript, so the plain links around it (email, text message,
 * copy) are the page's baseline and this button an addition. The data-* attributes let public/enhance.js show
 * and run it on the lite page, where React does not run.
 */
export function NativeShare({
  title,
  text,
  url,
  label,
  className,
  asListItem = false,
}: {
  title: string;
  text?: string;
  url?: string;
  label?: string;
  className?: string;
  /** Render as an <li> (inside a list of share links), so no empty item is left when there is no sheet. */
  asListItem?: boolean;
}) {
  const t = useMessages(supporterWords);
  const SHARED = t.shared;
  const FAILED = t.shareFailed;
  const [canShare, setCanShare] = useState(false);
  const [message, setMessage] = useState("");
  useEffect(() => {
    setCanShare(typeof navigator !== "undefined" && typeof navigator.share === "function");
  }, []);
  const Wrapper = asListItem ? "li" : "span";
  return (
    <Wrapper
      className="inline-flex flex-col"
      hidden={!canShare}
      data-native-share=""
      data-title={title}
      data-text={text}
      data-url={url}
      data-shared={SHARED}
      data-share-failed={FAILED}
    >
      <button
        type="button"
        className={
          className ??
          "rounded border border-stone-400 bg-white px-3 py-1.5 font-medium text-brand-900 hover:bg-stone-100"
        }
        onClick={() => {
          setMessage("");
          navigator.share({ title, text, url }).then(
            () => setMessage(SHARED),
            (error: unknown) => {
              // Closing the sheet is a choice, not an error.
              if (error instanceof DOMException && error.name === "AbortError") return;
              setMessage(FAILED);
            },
          );
        }}
      >
        {label ?? t.shareWithApp}
      </button>
      <span aria-live="polite" data-share-message="" className="text-sm text-green-900">
        {message}
      </span>
    </Wrapper>
  );
}
