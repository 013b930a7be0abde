import type { Metadata } from "next";
import Link from "next/link";
import { listCampaignChoices, requireGroupManager } from "@/lib/groups/dashboard";
import { OPTION_KINDS } from "@/lib/groups/option-input";
import { getLocale } from "@/lib/i18n/server";
import { dashboardPath, orNotFound, requireUser } from "../../load";
import { dashboardWords } from "../../messages";
import { OptionForm } from "../../option-form";
import { otherTimeZones } from "../../zones";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dashboardWords[await getLocale()].offerTitle, robots: { index: false } };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ kind?: string }> };

/** First the kind (plain links, no JavaScript needed), then the form for that kind. */
export default async function NewOptionPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { kind: kindParam } = await searchParams;
  const user = await requireUser(`${dashboardPath(slug)}/options/new`);
  const group = await orNotFound(requireGroupManager(user, slug));
  const kind = OPTION_KINDS.find((k) => k === kindParam);
  const t = dashboardWords[await getLocale()];

  return (
    <div className="max-w-2xl">
      <p className="text-sm">
        <Link href={dashboardPath(group.slug)} className="text-brand-800 underline">
          {t.backToDashboard(group.name)}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">{t.offerTitle}</h1>
      {kind ? (
        <>
          <p className="mt-2 mb-6 text-stone-700">
            {t.kinds[kind]}: {t.kindHints[kind]}{" "}
            <Link href="?" className="text-brand-800 underline">
              {t.chooseAnother}
            </Link>
          </p>
          <OptionForm
            slug={group.slug}
            kind={kind}
            initial={{}}
            campaigns={await listCampaignChoices()}
            otherZones={otherTimeZones()}
            submitLabel={t.offerIt}
          />
        </>
      ) : (
        <>
          <p className="mt-2 text-stone-700">{t.whatToPledge}</p>
          <ul className="mt-4 space-y-3">
            {OPTION_KINDS.map((k) => (
              <li key={k}>
                <Link
                  href={`?kind=${k}`}
                  className="block rounded-lg border border-stone-300 bg-white p-4 hover:border-brand-800 focus:outline-2 focus:outline-brand-800"
                >
                  <span className="font-semibold text-brand-800 underline">{t.kinds[k]}</span>
                  <span className="block text-stone-700">{t.kindHints[k]}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
