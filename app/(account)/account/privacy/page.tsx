import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { listMySubscriptions } from "@/lib/accounts/privacy";
import { getSessionUser } from "@/lib/auth";
import { FRESH_SIGN_IN_MINUTES } from "@/lib/auth/constants";
import { isFreshSignIn } from "@/lib/auth/freshness";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { formStamp } from "@/lib/security/form-guard";
import { accountPages } from "../../messages";
import { securityPages } from "../security.messages";
import { unsubscribeAction } from "./actions";
import { DeleteAccountForm } from "./delete-form";
import { ReconfirmForm } from "./reconfirm-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages(accountPages)).privacyTitle };
}

export default async function PrivacyPage() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in?callbackUrl=/account/privacy");
  const [subscriptions, locale] = await Promise.all([listMySubscriptions(user), getLocale()]);
  const t = accountPages[locale];
  const active = subscriptions.filter((s) => !s.unsubscribedAt);
  // Downloading and deleting need a sign-in of the last few minutes; the data layer checks it again.
  const isFresh = isFreshSignIn(user);
  const sec = securityPages[locale];
  const freshUntil = user.signedInAt
    ? new Date(user.signedInAt.getTime() + FRESH_SIGN_IN_MINUTES * 60_000)
    : new Date();

  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/account" className="text-brand-800 underline">
          {t.accountTitle}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">{t.privacyHeading}</h1>
      <p className="mt-2 text-stone-700">{t.privacyIntro}</p>

      {isFresh ? (
        <p className="mt-4 text-stone-700">
          {sec.freshUntil(
            formatDate(locale, freshUntil, { hour: "numeric", minute: "2-digit", timeZoneName: "short" }),
          )}
        </p>
      ) : (
        <section
          aria-labelledby="fresh-heading"
          className="mt-6 rounded border border-amber-300 bg-amber-50 p-4"
        >
          <h2 id="fresh-heading" className="text-xl font-semibold">
            {sec.freshHeading}
          </h2>
          <p className="mt-2">{sec.freshText(FRESH_SIGN_IN_MINUTES, user.email)}</p>
          <div className="mt-3">
            <ReconfirmForm stamp={formStamp()} />
          </div>
        </section>
      )}

      <section aria-labelledby="download-heading" className="mt-8">
        <h2 id="download-heading" className="text-2xl font-semibold">
          {t.downloadHeading}
        </h2>
        <p className="mt-2">{t.downloadText}</p>
        {isFresh ? (
          <a
            href="/account/privacy/export"
            download
            className="mt-3 inline-block rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
          >
            {t.downloadButton}
          </a>
        ) : (
          <p className="mt-2 font-medium">
            <a href="#fresh-heading" className="text-brand-800 underline">
              {sec.freshHeading}
            </a>
          </p>
        )}
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
          {isFresh ? (
            <DeleteAccountForm email={user.email} />
          ) : (
            <p className="font-medium">
              <a href="#fresh-heading" className="text-brand-800 underline">
                {sec.freshHeading}
              </a>
            </p>
          )}
        </div>
      </section>
    </div>
  );
}
