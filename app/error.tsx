"use client";

import { useEffect } from "react";
import { useMessages } from "@/lib/i18n/client";
import { errorPages } from "./errors.messages";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useMessages(errorPages);
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl py-10 text-center">
      <h1 className="text-3xl font-bold">{t.errorHeading}</h1>
      <p className="mt-3 text-stone-700">
        {t.errorText}
        {error.digest ? (
          <span className="block text-sm text-stone-600">
            {t.reference} {error.digest}
          </span>
        ) : null}
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
      >
        {t.tryAgain}
      </button>
    </div>
  );
}
