import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { cancelPledgeAction, markPledgeDoneAction } from "@/app/_actions/pledges";
import { getSessionUser } from "@/lib/auth";
import { formatShiftTime, MY_PLEDGES_PATH } from "@/lib/pledges/emails";
import { listMyPledges, type MyPledge } from "@/lib/pledges/options";
import {
  amountText,
  hoursText,
  isPast,
  pledgeStatusText,
  safeHttpUrl,
  splitMyPledges,
} from "@/lib/pledges/present";

export const metadata: Metadata = { title: "My pledges" };

const notices: Record<string, { text: string; isError?: boolean }> = {
  cancelled: { text: "Cancelled. Your place is free for someone else, and the group will see the change." },
  given: { text: "Thank you for giving. We marked it as given." },
  gone: {
    text: "That pledge could not be changed: it may already be cancelled or done. Here is where things stand.",
    isError: true,
  },
};

const toneClass = {
  done: "bg-green-100 text-green-900",
  waiting: "bg-stone-200 text-stone-900",
  you: "bg-amber-100 text-amber-900",
  ended: "bg-stone-100 text-stone-700",
};

function what(pledge: MyPledge): string | null {
  if (pledge.kind === "donation" && pledge.amountCents !== null) {
    return amountText(pledge.amountCents, pledge.frequency);
  }
  if (pledge.kind === "goods") return `${pledge.quantity} pledged`;
  if (pledge.kind === "skills" && pledge.hours) return hoursText(pledge.hours);
  return null;
}

function PledgeCard({ pledge, now }: { pledge: MyPledge; now: Date }) {
  const status = pledgeStatusText(pledge, now);
  const isStanding = pledge.status === "pledged" && !isPast(pledge, now);
  const canMarkGiven = pledge.status === "pledged" && (pledge.kind === "donation" || pledge.kind === "goods");
  const titleId = `pledge-${pledge.id}-title`;
  const amount = what(pledge);
  const donationUrl = safeHttpUrl(pledge.donationUrl);
  return (
    <li>
      <article aria-labelledby={titleId} className="rounded-lg border border-stone-200 bg-white p-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <div>
            <h3 id={titleId} className="font-semibold">
              {pledge.title}
            </h3>
            <p className="text-sm text-stone-700">
              With{" "}
              <Link href={`/groups/${pledge.groupSlug}`} className="text-brand-800 underline">
                {pledge.groupName}
              </Link>
              {pledge.campaignSlug ? (
                <>
                  {" "}
                  for{" "}
                  <Link href={`/campaigns/${pledge.campaignSlug}`} className="text-brand-800 underline">
                    {pledge.campaignTitle}
                  </Link>
                </>
              ) : null}
            </p>
          </div>
          <span className={`rounded px-2 py-1 text-sm font-medium ${toneClass[status.tone]}`}>
            {status.label}
          </span>
        </div>
        <ul className="mt-2 space-y-0.5 text-sm">
          {pledge.startsAt ? (
            <li>{formatShiftTime(pledge.startsAt, pledge.endsAt, pledge.timeZone)}</li>
          ) : null}
          {pledge.kind === "volunteer_shift" ? (
            <li>{pledge.isRemote ? "Remote: the group will send the link" : pledge.location}</li>
          ) : null}
          {amount ? <li>{amount}</li> : null}
        </ul>

        {pledge.status === "pledged" ? (
          <div className="mt-3 flex flex-wrap items-start gap-3 border-t border-stone-200 pt-3">
            {pledge.kind === "donation" && donationUrl ? (
              <a
                href={donationUrl}
                target="_blank"
                rel="noopener noreferrer"
                className="rounded bg-brand-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900"
              >
                Give on {pledge.groupName}'s page<span className="sr-only"> (opens in a new tab)</span>
              </a>
            ) : null}
            {canMarkGiven ? (
              <form action={markPledgeDoneAction}>
                <input type="hidden" name="pledgeId" value={pledge.id} />
                <button
                  type="submit"
                  className="rounded border border-green-700 bg-white px-3 py-1.5 text-sm font-medium text-green-900 hover:bg-green-50"
                >
                  I've given<span className="sr-only">: {pledge.title}</span>
                </button>
              </form>
            ) : null}
            {isStanding ? (
              <details className="text-sm">
                <summary className="cursor-pointer rounded border border-stone-400 bg-white px-3 py-1.5 font-medium">
                  Cancel this pledge<span className="sr-only">: {pledge.title}</span>
                </summary>
                <form action={cancelPledgeAction} className="mt-2 rounded bg-stone-100 p-3">
                  <p>
                    {pledge.kind === "volunteer_shift"
                      ? "Your place goes to someone else. You can sign up again while places are left."
                      : "The group will no longer count on this pledge."}
                  </p>
                  <input type="hidden" name="pledgeId" value={pledge.id} />
                  <button
                    type="submit"
                    className="mt-2 rounded bg-red-800 px-3 py-1.5 font-medium text-white hover:bg-red-900"
                  >
                    Yes, cancel it
                  </button>
                </form>
              </details>
            ) : null}
          </div>
        ) : null}
      </article>
    </li>
  );
}

export default async function MyPledgesPage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string }>;
}) {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(MY_PLEDGES_PATH)}`);
  const { notice } = await searchParams;
  const rows = await listMyPledges(user);
  const now = new Date();
  const { ahead, finished } = splitMyPledges(rows, now);
  const message = notice ? notices[notice] : undefined;

  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href="/account" className="text-brand-800 underline">
          Your account
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">My pledges</h1>
      <p className="mt-1 text-stone-700">
        The time, gifts and skills you pledged to community-led groups. Chorus takes no payment: gifts go to
        each group's own donation page.
      </p>
      <div role="status" className="mt-4">
        {message ? (
          <p
            className={`rounded border p-3 font-medium ${
              message.isError
                ? "border-amber-300 bg-amber-50 text-amber-900"
                : "border-green-300 bg-green-50 text-green-900"
            }`}
          >
            {message.text}
          </p>
        ) : null}
      </div>

      {rows.length === 0 ? (
        <div className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
          <p className="font-medium">You have not pledged anything yet.</p>
          <p className="mt-1 text-stone-700">
            Campaign pages and group pages list ways to help: a volunteer shift, a gift, goods or your skills.{" "}
            <Link href="/" className="text-brand-800 underline">
              Find a campaign
            </Link>{" "}
            or{" "}
            <Link href="/groups" className="text-brand-800 underline">
              meet the community-led groups
            </Link>
            .
          </p>
        </div>
      ) : null}

      {ahead.length > 0 ? (
        <section aria-labelledby="ahead-heading" className="mt-8">
          <h2 id="ahead-heading" className="text-xl font-semibold">
            Coming up and still to do
          </h2>
          <ul className="mt-3 space-y-4">
            {ahead.map((pledge) => (
              <PledgeCard key={pledge.id} pledge={pledge} now={now} />
            ))}
          </ul>
        </section>
      ) : null}

      {finished.length > 0 ? (
        <section aria-labelledby="finished-heading" className="mt-8">
          <h2 id="finished-heading" className="text-xl font-semibold">
            Done, past or cancelled
          </h2>
          <ul className="mt-3 space-y-4">
            {finished.map((pledge) => (
              <PledgeCard key={pledge.id} pledge={pledge} now={now} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
