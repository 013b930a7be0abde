import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/i18n/format";
import { getLocale } from "@/lib/i18n/server";
import { isOperator, listOrganizationsAwaitingVerification } from "@/lib/organize/verification";
import { requireUser } from "../load";
import { SpecForm } from "../spec-form";
import { revokeVerificationAction, verifyOrganizationAction } from "./actions";
import { operatorMessages } from "./messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: operatorMessages[await getLocale()].title, robots: { index: false } };
}

/** Instance operators (OPERATOR_EMAILS) verify new organizations; for anyone else this page does not exist. */
export default async function OperatorPage() {
  const user = await requireUser("/operator");
  if (!isOperator(user)) notFound();
  const [waiting, locale] = await Promise.all([listOrganizationsAwaitingVerification(user), getLocale()]);
  const t = operatorMessages[locale];
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 text-stone-700">{t.intro(env.unverifiedOrganizationInvites)}</p>
      {waiting.length === 0 ? <p className="mt-6">{t.none}</p> : null}
      <ul className="mt-6 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
        {waiting.map((org) => (
          <li key={org.slug} className="grid gap-2 p-4">
            <h2 className="text-lg font-semibold">
              {org.name} <span className="font-normal text-stone-600">/{org.slug}</span>
            </h2>
            <p className="text-sm text-stone-700">
              {t.status[org.status]} · {t.created(formatDate(locale, org.createdAt, { dateStyle: "medium" }))}{" "}
              · {org.owners.length > 0 ? t.owners(org.owners.join(", ")) : t.noOwners}
            </p>
            <p className="text-sm text-stone-700">
              {t.counts(org.customTargets, org.invites, org.campaigns)}
            </p>
            <SpecForm
              action={verifyOrganizationAction}
              idPrefix={`verify-${org.slug}`}
              submit={t.verify(org.name)}
              pending={t.verifying}
              fields={[{ name: "slug", label: t.slug, kind: "hidden", defaultValue: org.slug }]}
            />
          </li>
        ))}
      </ul>
      <section
        aria-labelledby="revoke"
        className="mt-10 max-w-md rounded border border-stone-300 bg-white p-4"
      >
        <h2 id="revoke" className="mb-2 text-lg font-semibold">
          {t.revokeHeading}
        </h2>
        <SpecForm
          action={revokeVerificationAction}
          idPrefix="revoke"
          submit={t.revoke}
          pending={t.revoking}
          isDanger
          fields={[
            { name: "slug", label: t.slug, kind: "text", required: true, maxLength: 80, hint: t.revokeHint },
          ]}
        />
      </section>
    </div>
  );
}
