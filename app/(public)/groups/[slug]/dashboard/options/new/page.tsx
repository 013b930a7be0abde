import type { Metadata } from "next";
import Link from "next/link";
import { listCampaignChoices, requireGroupManager } from "@/lib/groups/dashboard";
import { KIND_LABELS, OPTION_KINDS, type OptionKind } from "@/lib/groups/option-input";
import { dashboardPath, orNotFound, requireUser } from "../../load";
import { OptionForm } from "../../option-form";
import { otherTimeZones } from "../../zones";

export const metadata: Metadata = { title: "Offer a way to help", robots: { index: false } };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ kind?: string }> };

const KIND_HINTS: Record<OptionKind, string> = {
  volunteer_shift: "A date and time, a place or online, and how many people you need.",
  donation: "Suggested amounts; gifts go to your group's own donation page.",
  goods: "Things you need, and how many.",
  skills: "Professional help given for free, like translation or legal advice, in hours.",
};

/** First the kind (plain links, no JavaScript needed), then the form for that kind. */
export default async function NewOptionPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { kind: kindParam } = await searchParams;
  const user = await requireUser(`${dashboardPath(slug)}/options/new`);
  const group = await orNotFound(requireGroupManager(user, slug));
  const kind = OPTION_KINDS.find((k) => k === kindParam);

  return (
    <div className="max-w-2xl">
      <p className="text-sm">
        <Link href={dashboardPath(group.slug)} className="text-brand-800 underline">
          {group.name}: dashboard
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">Offer a way to help</h1>
      {kind ? (
        <>
          <p className="mt-2 mb-6 text-stone-700">
            {KIND_LABELS[kind]}: {KIND_HINTS[kind]}{" "}
            <Link href="?" className="text-brand-800 underline">
              Choose another kind
            </Link>
          </p>
          <OptionForm
            slug={group.slug}
            kind={kind}
            initial={{}}
            campaigns={await listCampaignChoices()}
            otherZones={otherTimeZones()}
            submitLabel="Offer it"
          />
        </>
      ) : (
        <>
          <p className="mt-2 text-stone-700">What would you like people to pledge?</p>
          <ul className="mt-4 space-y-3">
            {OPTION_KINDS.map((k) => (
              <li key={k}>
                <Link
                  href={`?kind=${k}`}
                  className="block rounded-lg border border-stone-300 bg-white p-4 hover:border-brand-800 focus:outline-2 focus:outline-brand-800"
                >
                  <span className="font-semibold text-brand-800 underline">{KIND_LABELS[k]}</span>
                  <span className="block text-stone-700">{KIND_HINTS[k]}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
