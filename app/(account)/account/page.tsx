import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { leaveAction } from "@/app/(public)/campaigns/[slug]/join-actions";
import { getProfile } from "@/lib/accounts/profile";
import { getSessionUser } from "@/lib/auth";
import { listMyCampaigns } from "@/lib/campaigns/join";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { summarizeDeliveries } from "@/lib/letters/delivery-words";
import { listMyLetters } from "@/lib/letters/receipts";
import { listMyGroups, WRITE } from "@/lib/organize/access";
import { accountPages } from "../messages";
import { ProfileForm } from "./profile-form";
import { securityPages } from "./security.messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages(accountPages)).accountTitle };
}

export default async function AccountPage() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in?callbackUrl=/account");
  const [profile, myLetters, myGroups, myCampaigns, locale] = await Promise.all([
    getProfile(user),
    listMyLetters(user),
    listMyGroups(user),
    listMyCampaigns(user),
    getLocale(),
  ]);
  const t = accountPages[locale];
  return (
    <div>
      <h1 className="text-3xl font-bold">{t.accountHeading}</h1>
      <p className="mt-2 mb-6 text-stone-700">
        {t.signedInAs(profile.email)} {/* The phone's menu has no room for "Sign out": it is here. */}
        <Link href="/sign-out" className="font-medium text-brand-800 underline">
          {t.signOut}
        </Link>
      </p>
      <ProfileForm name={profile.name ?? ""} zip={profile.zip ?? ""} />

      {myGroups.length > 0 ? (
        <section aria-labelledby="groups-heading" className="mt-10">
          <h2 id="groups-heading" className="text-2xl font-semibold">
            {t.groupsHeading}
          </h2>
          <ul className="mt-3 space-y-2">
            {myGroups.map((group) => (
              <li key={group.id}>
                <Link
                  href={`/groups/${group.slug}/dashboard`}
                  className="font-medium text-brand-800 underline"
                >
                  {t.dashboard(group.name)}
                </Link>
                {WRITE.includes(group.role) ? (
                  <>
                    {" · "}
                    <Link
                      href={`/groups/${group.slug}/edit`}
                      aria-label={t.manageLabel(group.name)}
                      className="text-brand-800 underline"
                    >
                      {t.manage}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p className="mt-8">
        <Link href="/account/pledges" className="font-medium text-brand-800 underline">
          {t.myPledges}
        </Link>
        <span className="text-stone-700">{t.myPledgesText}</span>
      </p>
      <p className="mt-2">
        <Link href="/account/privacy" className="font-medium text-brand-800 underline">
          {t.privacyLink}
        </Link>
        <span className="text-stone-700">{t.privacyText}</span>
      </p>
      <p className="mt-2">
        <Link href="/account/sessions" className="font-medium text-brand-800 underline">
          {securityPages[locale].sessionsLink}
        </Link>
        <span className="text-stone-700">{securityPages[locale].sessionsText}</span>
      </p>

      <section aria-labelledby="joined-heading" className="mt-10">
        <h2 id="joined-heading" className="text-2xl font-semibold">
          {t.joinedHeading}
        </h2>
        <p className="mt-1">
          <Link href="/account/journey" className="text-brand-800 underline">
            {t.journeyLink}
          </Link>
        </p>
        {myCampaigns.length === 0 ? (
          <p className="mt-2 text-stone-700">{t.noneJoined}</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {myCampaigns.map((c) => (
              <li key={c.slug} className="flex flex-wrap items-center gap-3">
                <Link href={`/campaigns/${c.slug}`} className="font-medium text-brand-800 underline">
                  {c.title}
                </Link>
                {c.status === "closed" ? <span className="text-sm text-stone-600">{t.closed}</span> : null}
                <form action={leaveAction}>
                  <input type="hidden" name="campaign" value={c.slug} />
                  <button
                    type="submit"
                    className="rounded border border-stone-400 px-2 py-0.5 text-sm hover:bg-stone-100"
                  >
                    {t.leave(c.title)}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="letters-heading" className="mt-10">
        <h2 id="letters-heading" className="text-2xl font-semibold">
          {t.lettersHeading}
        </h2>
        {myLetters.length === 0 ? (
          <p className="mt-2 text-stone-700">
            {t.notWritten}{" "}
            <Link href="/" className="text-brand-800 underline">
              {t.findCampaign}
            </Link>
            .
          </p>
        ) : (
          <ul className="mt-3 space-y-2">
            {myLetters.map((letter) => (
              <li key={letter.id}>
                <Link
                  href={`/letters/${letter.id}`}
                  className="font-medium text-brand-800 underline"
                  lang={letter.language !== locale ? letter.language : undefined}
                >
                  {letter.campaignTitle}
                </Link>{" "}
                <span className="text-sm text-stone-600">
                  {formatDate(locale, letter.createdAt)}
                  {letter.status === "awaiting_confirmation"
                    ? t.waitingConfirm
                    : letter.deliveries.total > 0
                      ? ` · ${summarizeDeliveries(locale, letter.deliveries)}`
                      : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
