import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { listMySubscriptions } from "@/lib/accounts/privacy";
import { getSessionUser } from "@/lib/auth";
import { unsubscribeAction } from "./actions";
import { DeleteAccountForm } from "./delete-form";

export const metadata: Metadata = { title: "Your privacy" };

export default async function PrivacyPage() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in?callbackUrl=/account/privacy");
  const subscriptions = await listMySubscriptions(user);
  const active = subscriptions.filter((s) => !s.unsubscribedAt);

  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/account" className="text-brand-800 underline">
          Your account
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">Your privacy</h1>
      <p className="mt-2 text-stone-700">
        What Chorus keeps about you is yours: take a copy, choose who may write to you, or delete it all.
      </p>

      <section aria-labelledby="download-heading" className="mt-8">
        <h2 id="download-heading" className="text-2xl font-semibold">
          Download your data
        </h2>
        <p className="mt-2">
          One file (JSON) with your profile, your letters and what happened to each, your pledges, and the
          organizations you agreed to hear from.
        </p>
        <a
          href="/account/privacy/export"
          download
          className="mt-3 inline-block rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          Download my data
        </a>
      </section>

      <section aria-labelledby="updates-heading" className="mt-10">
        <h2 id="updates-heading" className="text-2xl font-semibold">
          Who may send you updates
        </h2>
        {active.length === 0 ? (
          <p className="mt-2 text-stone-700">No organization sends you updates.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {active.map((s) => (
              <li key={s.organizationId} className="flex flex-wrap items-center gap-3">
                <span>
                  <span className="font-medium">{s.organization}</span>, since{" "}
                  {s.consentedAt.toLocaleDateString("en-US", { dateStyle: "medium" })}
                </span>
                <form action={unsubscribeAction}>
                  <input type="hidden" name="organizationId" value={s.organizationId} />
                  <button
                    type="submit"
                    className="rounded border border-stone-400 px-3 py-1 hover:bg-stone-100"
                  >
                    Stop updates from {s.organization}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="delete-heading" className="mt-10 rounded border border-red-200 bg-red-50 p-4">
        <h2 id="delete-heading" className="text-2xl font-semibold text-red-900">
          Delete your account
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>
            Letters already delivered stay with the officials who received them; we remove your name, email
            and city from our copy.
          </li>
          <li>
            Letters not yet sent are stopped. Pledges still open are cancelled, and your place goes to someone
            else.
          </li>
          <li>You are signed out everywhere, and organizers' lists and exports no longer include you.</li>
        </ul>
        <p className="mt-2 font-medium">This cannot be undone.</p>
        <div className="mt-4">
          <DeleteAccountForm email={user.email} />
        </div>
      </section>
    </div>
  );
}
