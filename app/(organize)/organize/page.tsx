import type { Metadata } from "next";
import Link from "next/link";
import { listMyOrganizationsWithCampaigns } from "@/lib/organize/organizations";
import { lettersText, requireUser, STATUS_NAMES } from "../load";
import { SpecForm } from "../spec-form";
import { createOrganizationAction } from "./actions";

export const metadata: Metadata = { title: "Your organizations" };

export default async function OrganizePage() {
  const user = await requireUser("/organize");
  const organizations = await listMyOrganizationsWithCampaigns(user);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Your organizations</h1>
      {organizations.length === 0 ? (
        <p className="mt-3 text-stone-700">
          You aren&apos;t part of an organization yet. Start one below, or ask an organization&apos;s owner to
          invite you.
        </p>
      ) : null}
      {organizations.map((org) => (
        <section key={org.slug} aria-labelledby={`org-${org.slug}`} className="mt-8">
          <h2 id={`org-${org.slug}`} className="text-2xl font-semibold">
            <Link href={`/organize/${org.slug}`} className="text-brand-800 underline">
              {org.name}
            </Link>
          </h2>
          <p className="text-sm text-stone-600">
            You are {org.role === "owner" ? "an owner" : `a ${org.role}`}.
          </p>
          {org.campaigns.length === 0 ? (
            <p className="mt-2 text-stone-700">No campaigns yet.</p>
          ) : (
            <ul className="mt-3 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
              {org.campaigns.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                  <Link href={`/organize/${org.slug}/campaigns/${c.id}`} className="font-medium underline">
                    {c.title}
                  </Link>
                  <span className="text-sm text-stone-700">
                    {STATUS_NAMES[c.status]} · {lettersText(c.letters, c.goal)}
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
          Start an organization
        </h2>
        <SpecForm
          action={createOrganizationAction}
          idPrefix="new-org"
          submit="Create organization"
          pending="Creating…"
          fields={[
            { name: "name", label: "Organization name", kind: "text", required: true, maxLength: 120 },
            {
              name: "slug",
              label: "Web address (optional)",
              kind: "text",
              hint: "Made from the name if you leave it empty, like neighbors-for-fair-housing.",
              maxLength: 60,
            },
          ]}
        />
      </section>
    </div>
  );
}
