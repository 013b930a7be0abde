import type { Metadata } from "next";
import Link from "next/link";
import { findUnsubscribe } from "@/lib/organize/unsubscribe";

// The token is in the address: keep it out of search engines and out of Referer headers.
export const metadata: Metadata = {
  title: "Stop updates",
  robots: { index: false },
  // "same-origin", not "no-referrer": under no-referrer Chromium sends `Origin: null` with the page's own form
  // POST, which the cross-origin check rightly refuses (e2e/updates.spec.ts caught it). Other sites still get nothing.
  referrer: "same-origin",
};
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> };

/**
 * The page an update's unsubscribe link opens. Opening it changes nothing (mail scanners follow links); the
 * button POSTs to the same one-click address mail providers use.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { token } = await params;
  const { done } = await searchParams;
  const view = await findUnsubscribe(token);

  if (view.status === "invalid") {
    return (
      <div className="mx-auto max-w-xl">
        <h1 className="text-3xl font-bold">This link doesn't work</h1>
        <p className="mt-3 text-stone-700">
          We couldn't read this unsubscribe link. Please check that you copied all of it from the email. If
          you have an account, you can also stop updates from your account's privacy settings.
        </p>
        <p className="mt-4">
          <Link href="/account" className="font-medium text-brand-800 underline">
            Go to your account
          </Link>
        </p>
      </div>
    );
  }

  if (view.status === "unsubscribed") {
    return (
      <div className="mx-auto max-w-xl">
        <h1 className="text-3xl font-bold">{done ? "Done" : "You're not getting these updates"}</h1>
        <p role="status" className="mt-3 text-stone-700">
          You won't get any more updates from {view.organizationName}. Thank you for everything you did with
          them. Emails about your own letters and pledges still come as usual.
        </p>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">Stop updates from {view.organizationName}?</h1>
      <p className="mt-3 text-stone-700">
        You agreed to hear from {view.organizationName} about their campaigns. If you would rather not, we
        will stop sending their updates from now on. Emails about your own letters and pledges are not
        affected.
      </p>
      <form method="post" action={`/api/unsubscribe/${encodeURIComponent(token)}`} className="mt-6">
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <input type="hidden" name="from" value="page" />
        <button
          type="submit"
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          Stop updates from {view.organizationName}
        </button>
      </form>
    </div>
  );
}
