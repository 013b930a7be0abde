import type { SessionUser } from "@/lib/auth";
import type { Locale } from "@/lib/i18n/locale";
import { searchOfficials } from "@/lib/organize/campaigns";
import { SpecForm } from "../../../../spec-form";
import {
  addCustomTargetAction,
  addOfficialTargetAction,
  addRuleTargetAction,
  removeTargetAction,
  resendTargetConfirmationAction,
} from "../../../actions";
import { bindAction as bind, Section, type SectionProps } from "./section";

/** Who letters go to: the targets, and ways to add more (by rule, by address, an official by name). */
export async function TargetsSection({
  org,
  id,
  campaign,
  t,
  can,
  path,
  user,
  locale,
  officialQuery,
}: SectionProps & { path: string; user: SessionUser; locale: Locale; officialQuery: string | undefined }) {
  const officialMatches = officialQuery ? await searchOfficials(user, officialQuery, locale) : [];
  return (
    <Section id="targets" title={t.whoLettersGoTo}>
      {!campaign.isOrganizationVerified && campaign.targets.some((target) => target.address) ? (
        <p className="mb-4 rounded border border-amber-300 bg-amber-50 p-3">{t.organizationUnverified}</p>
      ) : null}
      {campaign.targets.length === 0 ? (
        <p className="mb-4">{t.noTargets}</p>
      ) : (
        <ul className="mb-6 divide-y divide-stone-200 rounded border border-stone-300">
          {campaign.targets.map((target) => (
            <li key={target.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <span>
                <span className="font-medium">{target.label}</span>
                <span className="block text-sm text-stone-600">{target.detail}</span>
                {target.address ? (
                  <span
                    className={`block text-sm ${target.address.isConfirmed ? "text-stone-600" : "font-medium text-amber-900"}`}
                  >
                    {target.address.isConfirmed
                      ? t.addressConfirmed
                      : t.waitingForConfirmation(target.address.name)}
                  </span>
                ) : null}
              </span>
              {can && target.address && !target.address.isConfirmed ? (
                <SpecForm
                  action={bind(resendTargetConfirmationAction, org, id, target.id)}
                  idPrefix={`resend-${target.id}`}
                  submit={t.resendConfirmation(target.address.name)}
                  pending={t.resending}
                  fields={[]}
                />
              ) : null}
              {can ? (
                <SpecForm
                  action={bind(removeTargetAction, org, id, target.id)}
                  idPrefix={`rm-${target.id}`}
                  submit={t.remove(target.label)}
                  pending={t.removing}
                  isDanger
                  fields={[]}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {can ? (
        <div className="grid gap-6">
          <div>
            <h3 className="mb-2 text-lg font-semibold">{t.rulesHeading}</h3>
            <SpecForm
              action={bind(addRuleTargetAction, org, id)}
              idPrefix="rule"
              submit={t.addOfficials}
              pending={t.adding}
              fields={[{ name: "rule", label: t.who, kind: "select", options: Object.entries(t.rules) }]}
            />
          </div>
          <div>
            <h3 className="mb-2 text-lg font-semibold">{t.customHeading}</h3>
            <SpecForm
              action={bind(addCustomTargetAction, org, id)}
              idPrefix="custom"
              submit={t.addTarget}
              pending={t.adding}
              fields={[
                {
                  name: "name",
                  label: t.name,
                  kind: "text",
                  required: true,
                  maxLength: 120,
                  hint: t.nameHint,
                },
                { name: "title", label: t.titleOptional, kind: "text", maxLength: 120 },
                { name: "email", label: t.email, kind: "email", required: true, maxLength: 254 },
                {
                  name: "requiresAddress",
                  label: t.requiresAddress,
                  kind: "checkbox",
                },
              ]}
            />
          </div>
          <div>
            <h3 className="mb-2 text-lg font-semibold">{t.namedHeading}</h3>
            <form method="get" action={`${path}#targets`} className="mb-3 flex flex-wrap items-end gap-2">
              <div>
                <label htmlFor="official-search" className="block font-medium">
                  {t.searchOfficials}
                </label>
                <input
                  id="official-search"
                  name="official"
                  defaultValue={officialQuery ?? ""}
                  className="mt-1 rounded border border-stone-400 px-3 py-2"
                />
              </div>
              <button
                type="submit"
                className="rounded border border-stone-400 bg-white px-3 py-2 font-medium"
              >
                {t.search}
              </button>
            </form>
            {officialQuery && officialMatches.length === 0 ? <p>{t.noOfficialMatch(officialQuery)}</p> : null}
            {officialMatches.length > 0 ? (
              <ul className="divide-y divide-stone-200 rounded border border-stone-300">
                {officialMatches.map((o) => (
                  <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                    <span>
                      {o.name} <span className="text-sm text-stone-600">{o.title}</span>
                    </span>
                    <SpecForm
                      action={bind(addOfficialTargetAction, org, id)}
                      idPrefix={`official-${o.id}`}
                      submit={t.add(o.name)}
                      pending={t.adding}
                      isDanger
                      fields={[{ name: "officialId", label: "", kind: "hidden", defaultValue: o.id }]}
                    />
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
      ) : null}
    </Section>
  );
}
