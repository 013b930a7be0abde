import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "@/lib/i18n/server";
import { listMyOrganizationsWithCampaigns } from "@/lib/organize/organizations";
import { requireUser } from "../load";
import { consoleMessages } from "../messages";
import { SpecForm } from "../spec-form";
import { createOrganizationAction } from "./actions";
import { organizeMessages } from "./messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: organizeMessages[await getLocale()].homeTitle };
}

export default async function OrganizePage() {
  const user = await requireUser("/organize");
  const organizations = await listMyOrganizationsWithCampaigns(user);
  const locale = await getLocale();
  const t = organizeMessages[locale];
  const c = consoleMessages[locale];
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{t.homeTitle}</h1>
      {organizations.length === 0 ? <p className="mt-3 text-stone-700">{t.noOrganizations}</p> : null}
      {organizations.map((org) => (
        <section key={org.slug} aria-labelledby={`org-${org.slug}`} className="mt-8">
          <h2 id={`org-${org.slug}`} className="text-2xl font-semibold">
            <Link href={`/organize/${org.slug}`} className="text-brand-800 underline">
              {org.name}
            </Link>
          </h2>
          <p className="text-sm text-stone-600">{t.youAre(org.role)}</p>
          {org.campaigns.length === 0 ? (
            <p className="mt-2 text-stone-700">{t.noCampaigns}</p>
          ) : (
            <ul className="mt-3 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
              {org.campaigns.map((campaign) => (
                <li key={campaign.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                  <Link
                    href={`/organize/${org.slug}/campaigns/${campaign.id}`}
                    className="font-medium underline"
                  >
                    {campaign.title}
                  </Link>
                  <span className="text-sm text-stone-700">
                    {c.status[campaign.status]} · {c.letters(campaign.letters, campaign.goal)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <section
        aria-labelledby="new-org"
        className="mt-12 max-w-md rounded border border-stone-300 bg-white p-4"
      >
        <h2 id="new-org" className="mb-2 text-lg font-semibold">
          {t.startOrganization}
        </h2>
        <SpecForm
          action={createOrganizationAction}
          idPrefix="new-org"
          submit={t.createOrganization}
          pending={t.creating}
          fields={[
            { name: "name", label: t.organizationName, kind: "text", required: true, maxLength: 120 },
            {
              name: "slug",
              label: t.orgSlug,
              kind: "text",
              hint: t.orgSlugHint,
              maxLength: 60,
            },
          ]}
        />
      </section>
    </div>
  );
}
