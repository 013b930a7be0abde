import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { listMySubscriptions } from "@/lib/accounts/privacy";
import { getSessionUser } from "@/lib/auth";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { accountPages } from "../../messages";
import { unsubscribeAction } from "./actions";
import { DeleteAccountForm } from "./delete-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages(accountPages)).privacyTitle };
}

export default async function PrivacyPage() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in?callbackUrl=/account/privacy");
  const [subscriptions, locale] = await Promise.all([listMySubscriptions(user), getLocale()]);
  const t = accountPages[locale];
  const active = subscriptions.filter((s) => !s.unsubscribedAt);

  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/account" className="text-brand-800 underline">
          {t.accountTitle}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">{t.privacyHeading}</h1>
      <p className="mt-2 text-stone-700">{t.privacyIntro}</p>

      <section aria-labelledby="download-heading" className="mt-8">
        <h2 id="download-heading" className="text-2xl font-semibold">
          {t.downloadHeading}
        </h2>
        <p className="mt-2">{t.downloadText}</p>
        <a
          href="/account/privacy/export"
          download
          className="mt-3 inline-block rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {t.downloadButton}
        </a>
      </section>

      <section aria-labelledby="updates-heading" className="mt-10">
        <h2 id="updates-heading" className="text-2xl font-semibold">
          {t.updatesHeading}
        </h2>
        {active.length === 0 ? (
          <p className="mt-2 text-stone-700">{t.noUpdates}</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {active.map((s) => (
              <li key={s.organizationId} className="flex flex-wrap items-center gap-3">
                <span>
                  <span className="font-medium">{s.organization}</span>
                  {t.since(formatDate(locale, s.consentedAt))}
                </span>
                <form action={unsubscribeAction}>
                  <input type="hidden" name="organizationId" value={s.organizationId} />
                  <button
                    type="submit"
                    className="rounded border border-stone-400 px-3 py-1 hover:bg-stone-100"
                  >
                    {t.stopUpdatesFrom(s.organization)}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="delete-heading" className="mt-10 rounded border border-red-200 bg-red-50 p-4">
        <h2 id="delete-heading" className="text-2xl font-semibold text-red-900">
          {t.deleteHeading}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>{t.deleteDelivered}</li>
          <li>{t.deleteUnsent}</li>
          <li>{t.deleteSignedOut}</li>
        </ul>
        <p className="mt-2 font-medium">{t.cannotUndo}</p>
        <div className="mt-4">
          <DeleteAccountForm email={user.email} />
        </div>
      </section>
    </div>
  );
}
