import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { findMyJourney } from "@/lib/campaigns/journey";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { summarizeDeliveries } from "@/lib/letters/delivery-words";
import { accountPages } from "../../messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages(accountPages)).journeyTitle };
}

export default async function JourneyPage() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in?callbackUrl=/account/journey");
  const locale = await getLocale();
  const journey = await findMyJourney(user, locale);
  const t = accountPages[locale];
  const letterWords: Record<string, string> = {
    awaiting_confirmation: t.letterWritten,
    confirmed: t.letterSent,
  };
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/account" className="text-brand-800 underline">
          {t.accountTitle}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">{t.journeyHeading}</h1>
      <p className="mt-2 text-stone-700">{t.journeyIntro}</p>
      {journey.length === 0 ? (
        <p className="mt-6">
          {t.notJoined}{" "}
          <Link href="/" className="text-brand-800 underline">
            {t.findOne}
          </Link>
          .
        </p>
      ) : (
        <ol className="mt-6 space-y-6">
          {journey.map((c) => (
            <li key={c.slug} className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 className="text-xl font-semibold">
                <Link href={`/campaigns/${c.slug}`} className="text-brand-800 underline">
                  {c.title}
                </Link>
                {c.status === "closed" ? <span className="ml-2 text-sm font-normal">{t.closed}</span> : null}
              </h2>
              <p className="text-sm text-stone-600">{t.joinedOn(formatDate(locale, c.joinedAt))}</p>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {c.letter ? (
                  <li>
                    <Link href={`/letters/${c.letter.id}`} className="underline">
                      {letterWords[c.letter.status] ?? t.letter}
                    </Link>
                    {c.letter.status === "confirmed" && c.letter.deliveries.total > 0
                      ? `: ${summarizeDeliveries(locale, c.letter.deliveries)}`
                      : null}
                  </li>
                ) : null}
                {c.pledges.map((p) => (
                  <li key={`${p.title}-${p.status}`}>
                    {t.pledged(p.title)}
                    {p.status === "done" ? t.pledgeDone : ""}
                    {p.startsAt && p.status === "pledged" ? `, ${formatDate(locale, p.startsAt)}` : ""}
                  </li>
                ))}
                {!c.letter && c.pledges.length === 0 ? <li>{t.joinedThanks}</li> : null}
              </ul>
              {c.next ? (
                <p className="mt-3 font-medium">
                  {t.next}{" "}
                  <Link href={c.next.href} className="text-brand-800 underline">
                    {c.next.label}
                  </Link>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
