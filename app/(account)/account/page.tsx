import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { leaveAction } from "@/app/(public)/campaigns/[slug]/join-actions";
import { getProfile } from "@/lib/accounts/profile";
import { getSessionUser } from "@/lib/auth";
import { listMyCampaigns } from "@/lib/campaigns/join";
import { CAN_MANAGE, listMyGroups } from "@/lib/groups/access";
import { listMyLetters } from "@/lib/letters/receipts";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in?callbackUrl=/account");
  const [profile, myLetters, myGroups, myCampaigns] = await Promise.all([
    getProfile(user),
    listMyLetters(user),
    listMyGroups(user),
    listMyCampaigns(user),
  ]);
  return (
    <div>
      <h1 className="text-3xl font-bold">Your account</h1>
      <p className="mt-2 mb-6 text-stone-700">Signed in as {profile.email}.</p>
      <ProfileForm name={profile.name ?? ""} zip={profile.zip ?? ""} />

      {myGroups.length > 0 ? (
        <section aria-labelledby="groups-heading" className="mt-10">
          <h2 id="groups-heading" className="text-2xl font-semibold">
            Groups you help run
          </h2>
          <ul className="mt-3 space-y-2">
            {myGroups.map((group) => (
              <li key={group.id}>
                <Link
                  href={`/groups/${group.slug}/dashboard`}
                  className="font-medium text-brand-800 underline"
                >
                  {group.name}: dashboard
                </Link>
                {CAN_MANAGE.includes(group.role) ? (
                  <>
                    {" · "}
                    <Link
                      href={`/groups/${group.slug}/edit`}
                      aria-label={`Manage this group: ${group.name}'s profile and members`}
                      className="text-brand-800 underline"
                    >
                      Manage this group
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
          My pledges
        </Link>
        <span className="text-stone-700">
          : the volunteer shifts, gifts, goods and skills you pledged to groups.
        </span>
      </p>
      <p className="mt-2">
        <Link href="/account/privacy" className="font-medium text-brand-800 underline">
          Your privacy
        </Link>
        <span className="text-stone-700">: download your data, stop updates, or delete your account.</span>
      </p>

      <section aria-labelledby="joined-heading" className="mt-10">
        <h2 id="joined-heading" className="text-2xl font-semibold">
          Campaigns you joined
        </h2>
        <p className="mt-1">
          <Link href="/account/journey" className="text-brand-800 underline">
            Your journey: what you did in each, and a next step
          </Link>
        </p>
        {myCampaigns.length === 0 ? (
          <p className="mt-2 text-stone-700">
            None yet. Joining, writing a letter or pledging on a campaign adds it here.
          </p>
        ) : (
          <ul className="mt-3 space-y-2">
            {myCampaigns.map((c) => (
              <li key={c.slug} className="flex flex-wrap items-center gap-3">
                <Link href={`/campaigns/${c.slug}`} className="font-medium text-brand-800 underline">
                  {c.title}
                </Link>
                {c.status === "closed" ? <span className="text-sm text-stone-600">(closed)</span> : null}
                <form action={leaveAction}>
                  <input type="hidden" name="campaign" value={c.slug} />
                  <button
                    type="submit"
                    className="rounded border border-stone-400 px-2 py-0.5 text-sm hover:bg-stone-100"
                  >
                    Leave {c.title}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="letters-heading" className="mt-10">
        <h2 id="letters-heading" className="text-2xl font-semibold">
          Your letters
        </h2>
        {myLetters.length === 0 ? (
          <p className="mt-2 text-stone-700">
            You have not written yet.{" "}
            <Link href="/" className="text-brand-800 underline">
              Find a campaign
            </Link>
            .
          </p>
        ) : (
          <ul className="mt-3 space-y-2">
            {myLetters.map((letter) => (
              <li key={letter.id}>
                <Link href={`/letters/${letter.id}`} className="font-medium text-brand-800 underline">
                  {letter.campaignTitle}
                </Link>{" "}
                <span className="text-sm text-stone-600">
                  {letter.createdAt.toLocaleDateString("en-US", { dateStyle: "medium" })}
                  {letter.status === "awaiting_confirmation" ? " · waiting for you to confirm by email" : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
