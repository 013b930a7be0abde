"use client";

import { useEffect } from "react";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl py-10 text-center">
      <h1 className="text-3xl font-bold">Something went wrong on our side</h1>
      <p className="mt-3 text-stone-700">
        Nothing you submitted has been lost. Please try again in a moment.
        {error.digest ? (
          <span className="block text-sm text-stone-600">Reference: {error.digest}</span>
        ) : null}
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
      >
        Try again
      </button>
    </div>
  );
}
