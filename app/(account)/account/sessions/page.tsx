import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { listMySessions } from "@/lib/accounts/sessions";
import { getSessionUser } from "@/lib/auth";
import { SESSION_ABSOLUTE_DAYS } from "@/lib/auth/constants";
import { currentSessionToken } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { accountPages } from "../../messages";
import { securityPages } from "../security.messages";
import { signOutElsewhereAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages(securityPages)).sessionsTitle };
}

export default async function SessionsPage({ searchParams }: { searchParams: Promise<{ ended?: string }> }) {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in?callbackUrl=/account/sessions");
  const [mine, locale, { ended }] = await Promise.all([
    listMySessions(user, await currentSessionToken()),
    getLocale(),
    searchParams,
  ]);
  const t = securityPages[locale];
  const endedCount = Number.parseInt(typeof ended === "string" ? ended : "", 10);
  const others = mine.filter((session) => !session.isCurrent);
  // Components, not dateStyle: Intl refuses dateStyle together with a time zone name.
  const dateTime = {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  } as const;

  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/account" className="text-brand-800 underline">
          {accountPages[locale].accountTitle}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">{t.sessionsTitle}</h1>
      <p className="mt-2 text-stone-700">{t.sessionsIntro(SESSION_ABSOLUTE_DAYS)}</p>
      <div role="status" className="mt-4">
        {Number.isFinite(endedCount) ? (
          <p className="rounded border border-green-300 bg-green-50 px-3 py-2">
            {endedCount > 0 ? t.signedOutElsewhere(endedCount) : t.nothingToEnd}
          </p>
        ) : null}
      </div>
      <ul aria-label={t.sessionsListLabel} className="mt-4 space-y-3">
        {mine.map((session) => (
          <li
            key={session.signedInAt.toISOString() + String(session.isCurrent)}
            className="rounded border border-stone-200 bg-white p-3"
          >
            <p className="font-medium">{session.isCurrent ? t.thisBrowser : t.anotherBrowser}</p>
            <p className="text-sm text-stone-700">
              {t.signedInOn(formatDate(locale, session.signedInAt, dateTime))}
              {" · "}
              {t.lastUsedOn(formatDate(locale, session.lastActiveOn))}
              {" · "}
              {t.endsOn(formatDate(locale, session.endsAt))}
            </p>
          </li>
        ))}
      </ul>
      {others.length === 0 ? (
        <p className="mt-6 text-stone-700">{t.onlyHere}</p>
      ) : (
        <form action={signOutElsewhereAction} className="mt-6">
          <p className="mb-2 text-stone-700">{t.signOutElsewhereText}</p>
          <button
            type="submit"
            className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
          >
            {t.signOutElsewhere}
          </button>
        </form>
      )}
    </div>
  );
}
