import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "@/lib/i18n/server";
import { findUnsubscribe } from "@/lib/organize/unsubscribe";
import { unsubscribePage } from "./messages";

// The token is in the address: keep it out of search engines and out of Referer headers.
export async function generateMetadata(): Promise<Metadata> {
  return {
    title: unsubscribePage[await getLocale()].title,
    robots: { index: false },
    // "same-origin", not "no-referrer": under no-referrer Chromium sends `Origin: null` with the page's own form
    // POST, which the cross-origin check rightly refuses (e2e/updates.spec.ts caught it). Other sites still get nothing.
    referrer: "same-origin",
  };
}
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> };

/**
 * The page an update's unsubscribe link opens. Opening it changes nothing (mail scanners follow links); the
 * button POSTs to the same one-click address mail providers use.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { token } = await params;
  const { done } = await searchParams;
  const [view, locale] = await Promise.all([findUnsubscribe(token), getLocale()]);
  const t = unsubscribePage[locale];

  if (view.status === "invalid") {
    return (
      <div className="mx-auto max-w-xl">
        <h1 className="text-3xl font-bold">{t.invalidHeading}</h1>
        <p className="mt-3 text-stone-700">{t.invalidText}</p>
        <p className="mt-4">
          <Link href="/account" className="font-medium text-brand-800 underline">
            {t.goToAccount}
          </Link>
        </p>
      </div>
    );
  }

  if (view.status === "unsubscribed") {
    return (
      <div className="mx-auto max-w-xl">
        <h1 className="text-3xl font-bold">{done ? t.done : t.notGetting}</h1>
        <p role="status" className="mt-3 text-stone-700">
          {t.noMore(view.organizationName)}
        </p>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">{t.question(view.organizationName)}</h1>
      <p className="mt-3 text-stone-700">{t.agreed(view.organizationName)}</p>
      <form method="post" action={`/api/unsubscribe/${encodeURIComponent(token)}`} className="mt-6">
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <input type="hidden" name="from" value="page" />
        <button
          type="submit"
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {t.stop(view.organizationName)}
        </button>
      </form>
    </div>
  );
}
