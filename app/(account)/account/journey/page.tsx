import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { findMyJourney } from "@/lib/campaigns/journey";

export const metadata: Metadata = { title: "Your journey" };

const letterWords: Record<string, string> = {
  awaiting_confirmation: "Letter written, waiting for you to confirm your email",
  confirmed: "Letter sent",
};

export default async function JourneyPage() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in?callbackUrl=/account/journey");
  const journey = await findMyJourney(user);
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/account" className="text-brand-800 underline">
          Your account
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">Your journey</h1>
      <p className="mt-2 text-stone-700">
        Allyship is a practice, not one click: here is what you have done in each campaign, and a next step.
      </p>
      {journey.length === 0 ? (
        <p className="mt-6">
          You have not joined a campaign yet.{" "}
          <Link href="/" className="text-brand-800 underline">
            Find one to join
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
                {c.status === "closed" ? <span className="ml-2 text-sm font-normal">(closed)</span> : null}
              </h2>
              <p className="text-sm text-stone-600">
                Joined {c.joinedAt.toLocaleDateString("en-US", { dateStyle: "medium" })}
              </p>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {c.letter ? (
                  <li>
                    <Link href={`/letters/${c.letter.id}`} className="underline">
                      {letterWords[c.letter.status] ?? "Letter"}
                    </Link>
                  </li>
                ) : null}
                {c.pledges.map((p) => (
                  <li key={`${p.title}-${p.status}`}>
                    Pledged: {p.title}
                    {p.status === "done" ? " (done, thank you)" : ""}
                    {p.startsAt && p.status === "pledged"
                      ? `, ${p.startsAt.toLocaleDateString("en-US", { dateStyle: "medium" })}`
                      : ""}
                  </li>
                ))}
                {!c.letter && c.pledges.length === 0 ? <li>Joined: thank you for being here.</li> : null}
              </ul>
              {c.next ? (
                <p className="mt-3 font-medium">
                  Next:{" "}
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
