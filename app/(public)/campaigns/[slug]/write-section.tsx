import Link from "next/link";
import { DistrictChoice } from "@/app/_components/district-choice";
import type { SessionUser } from "@/lib/auth";
import { findCampaignBill } from "@/lib/campaigns/bills";
import { loadCwcReach } from "@/lib/delivery/cwc/reach";
import { AppError } from "@/lib/errors";
import { describeError } from "@/lib/i18n/errors";
import type { Locale } from "@/lib/i18n/locale";
import { getLocale } from "@/lib/i18n/server";
import { deliveryWords } from "@/lib/letters/delivery-words";
import type { LetterSetup } from "@/lib/letters/setup";
import { districtKey, parseDistrictKey, resolveTargets, type TargetResolution } from "@/lib/letters/targets";
import { fillBillFields } from "@/lib/letters/template";
import { canLookUpAddress, findOfficialsByAddress } from "@/lib/officials/address";
import { findDistrictPlaces, findOfficialsByZip, type ZipLookup } from "@/lib/officials/lookup";
import type { OfficialSummary } from "@/lib/officials/present";
import {
  listStateDistricts,
  listStateLegislators,
  type StateChamber,
  type StateChamberDistricts,
} from "@/lib/officials/state";
import { formStamp } from "@/lib/security/form-guard";
import { LetterForm } from "./letter-form";
import { campaignPage } from "./messages";

type Props = {
  setup: LetterSetup;
  zip?: string;
  district?: string;
  street?: string;
  city?: string;
  /** The supporter's chosen state senate / house districts (Open States labels). */
  upper?: string;
  lower?: string;
  user: SessionUser | null;
};

function ZipForm({
  slug,
  zip,
  error,
  locale,
}: {
  slug: string;
  zip?: string;
  error?: string;
  locale: Locale;
}) {
  const t = campaignPage[locale];
  return (
    <form method="get" action={`/campaigns/${slug}#write`} className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="zip" className="block font-medium">
          {t.zipLabel}
        </label>
        <input
          id="zip"
          name="zip"
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={5}
          defaultValue={zip}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "zip-error" : "zip-hint"}
          className="mt-1 block w-36 rounded border border-stone-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700"
        />
      </div>
      <button
        type="submit"
        className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
      >
        {t.findWho}
      </button>
      {error ? (
        <p id="zip-error" role="alert" className="w-full font-medium text-red-800">
          {error}
        </p>
      ) : (
        <p id="zip-hint" className="w-full text-sm text-stone-600">
          {t.zipHint}
        </p>
      )}
    </form>
  );
}

function AddressForm({
  slug,
  zip,
  district,
  street,
  error,
  locale,
}: {
  slug: string;
  zip: string;
  district?: string;
  street?: string;
  error?: string;
  locale: Locale;
}) {
  const t = campaignPage[locale];
  return (
    <form
      method="get"
      action={`/campaigns/${slug}#write`}
      className="mt-4 rounded border border-stone-300 bg-white p-3"
    >
      <input type="hidden" name="zip" value={zip} />
      {district ? <input type="hidden" name="district" value={district} /> : null}
      <p className="font-medium">{t.addressLead}</p>
      <p className="text-sm text-stone-600">{t.addressNote}</p>
      {error ? (
        <p role="alert" className="mt-2 font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="street" className="block font-medium">
            {t.streetAddress}
          </label>
          <input
            id="street"
            name="street"
            autoComplete="address-line1"
            maxLength={200}
            required
            defaultValue={street}
            className="mt-1 block w-64 rounded border border-stone-400 bg-white px-3 py-2"
          />
        </div>
        <button
          type="submit"
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {t.findDistrict}
        </button>
      </div>
    </form>
  );
}

async function chosenStateLegislators(state: string, upper?: string, lower?: string) {
  const found: OfficialSummary[] = [];
  const ask = async (chamber: StateChamber, district: string) =>
    found.push(...(await listStateLegislators({ state, chamber, district }).catch(() => [])));
  if (upper) {
    await ask("upper", upper);
    await ask("legislature", upper);
  }
  if (lower) await ask("lower", lower);
  return found;
}

/** Without a geocoder (or instead of one): the supporter picks their state districts, by who holds them. */
function StateDistrictForm({
  slug,
  zip,
  district,
  chambers,
  upper,
  lower,
  locale,
}: {
  slug: string;
  zip: string;
  district?: string;
  chambers: StateChamberDistricts[];
  upper?: string;
  lower?: string;
  locale: Locale;
}) {
  if (chambers.length === 0) return null;
  const t = campaignPage[locale];
  return (
    <form
      method="get"
      action={`/campaigns/${slug}#write`}
      className="mt-4 rounded border border-stone-300 bg-white p-3"
    >
      <input type="hidden" name="zip" value={zip} />
      {district ? <input type="hidden" name="district" value={district} /> : null}
      <p className="font-medium">{t.stateLead}</p>
      <p className="text-sm text-stone-600">{t.stateNote}</p>
      <div className="mt-2 flex flex-wrap items-end gap-3">
        {chambers.map((chamber) => {
          const name = chamber.chamber === "lower" ? "lower" : "upper";
          return (
            <div key={chamber.chamber}>
              <label htmlFor={`state-${name}`} className="block font-medium">
                {t.chamberDistrict(chamber.chamberName)}
              </label>
              <select
                id={`state-${name}`}
                name={name}
                defaultValue={(name === "lower" ? lower : upper) ?? ""}
                className="mt-1 block max-w-xs rounded border border-stone-400 bg-white px-3 py-2"
              >
                <option value="">{t.notSure}</option>
                {chamber.districts.map((d) => (
                  <option key={d.district} value={d.district}>
                    {d.label}: {d.names.join(", ")}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
        <button
          type="submit"
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {t.useDistricts}
        </button>
      </div>
    </form>
  );
}

/** The "write to your officials" flow: ZIP → (district, only when it matters) → letter. Works without JS. */
export async function WriteSection({ setup, zip, district, street, city, upper, lower, user }: Props) {
  const slug = setup.campaign.slug;
  const locale = await getLocale();
  const t = campaignPage[locale];
  if (!zip) return <ZipForm slug={slug} locale={locale} />;
  const bill = await findCampaignBill(setup.campaign.id);

  let lookup: ZipLookup;
  try {
    lookup = await findOfficialsByZip(zip.trim());
  } catch (error) {
    if (error instanceof AppError) {
      return <ZipForm slug={slug} zip={zip} error={describeError(error.text, locale)} locale={locale} />;
    }
    throw error;
  }
  let chosen = parseDistrictKey(district);
  let addressError: string | undefined;
  const wantsState = setup.rules.some((r) => r.rule === "state_upper" || r.rule === "state_lower");
  let stateLegislators: OfficialSummary[] = [];
  if (street && (!chosen || wantsState)) {
    try {
      const found = await findOfficialsByAddress({ zip: lookup.zip, street, city });
      chosen = chosen ?? found.districts[0] ?? null;
      stateLegislators = found.stateLegislators;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      addressError = describeError(error.text, locale);
    }
  }
  const state = chosen?.state ?? lookup.districts[0]?.state;
  if (wantsState && stateLegislators.length === 0 && state && (upper || lower)) {
    stateLegislators = await chosenStateLegislators(state, upper, lower);
  }
  // Which members of Congress take the letter through CWC (nothing is read when no chamber has a key): only then
  // does the form ask for a street address and a title.
  const cwc = await loadCwcReach([
    ...lookup.officials,
    ...setup.rules.flatMap((r) => (r.rule === "official" && r.official ? [r.official] : [])),
  ]);
  const resolution: TargetResolution = resolveTargets(setup.rules, lookup, chosen, stateLegislators, { cwc });
  if (resolution.status === "needs_district") {
    const places = await findDistrictPlaces(lookup.zip, resolution.candidates);
    return (
      <>
        <DistrictChoice
          action={`/campaigns/${slug}#write`}
          hidden={{ zip: lookup.zip }}
          legend={t.splitLegend(lookup.zip)}
          hint={t.splitHint}
          candidates={resolution.candidates}
          officials={lookup.officials}
          places={places}
          submitLabel={t.continue}
        />
        {canLookUpAddress() ? (
          <AddressForm slug={slug} zip={lookup.zip} street={street} error={addressError} locale={locale} />
        ) : null}
      </>
    );
  }

  const waiting = resolution.targets.filter((target) => target.channel === "contact_form").length;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        {t.zipLine(lookup.zip)}
        {resolution.district ? ` · ${districtKey(resolution.district)}` : ""} ·{" "}
        <Link href={`/campaigns/${slug}#write`} className="text-brand-800 underline">
          {t.change}
        </Link>
      </p>
      <section aria-labelledby="targets-heading">
        <h3 id="targets-heading" className="font-semibold">
          {t.goesTo}
        </h3>
        {resolution.targets.length === 0 ? (
          <p className="mt-2">{t.nobodyYet}</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {resolution.targets.map((target) => (
              <li key={target.targetKey}>
                <span className="font-medium">{target.name}</span>
                {target.title ? `, ${target.title}` : ""}{" "}
                <span className="text-stone-700">
                  —{" "}
                  {
                    t.channels[
                      target.channel === "contact_form" && target.handoff === "website"
                        ? "website"
                        : target.channel
                    ]
                  }
                </span>
              </li>
            ))}
          </ul>
        )}
        {waiting > 0 ? (
          <p className="mt-2 text-sm text-stone-700">{deliveryWords[locale].waitForYou(waiting)}</p>
        ) : null}
        {resolution.notes.map((note) => (
          <p key={note.message} className="mt-2 text-sm text-stone-700">
            {describeError(note.message, locale)}
          </p>
        ))}
        {resolution.notes.some((note) => note.kind === "needs_address") && state ? (
          <>
            {canLookUpAddress() ? (
              <AddressForm
                slug={slug}
                zip={lookup.zip}
                district={resolution.district ? districtKey(resolution.district) : undefined}
                street={street}
                error={addressError}
                locale={locale}
              />
            ) : null}
            <StateDistrictForm
              slug={slug}
              zip={lookup.zip}
              district={resolution.district ? districtKey(resolution.district) : undefined}
              chambers={(await listStateDistricts(state)).filter((c) =>
                setup.rules.some(
                  (r) =>
                    (r.rule === "state_upper" && c.chamber !== "lower") ||
                    (r.rule === "state_lower" && c.chamber === "lower"),
                ),
              )}
              upper={upper}
              lower={lower}
              locale={locale}
            />
          </>
        ) : null}
      </section>
      {resolution.targets.length > 0 ? (
        <LetterForm
          campaign={slug}
          zip={lookup.zip}
          district={resolution.district ? districtKey(resolution.district) : null}
          // The bill's words are the same for everyone: shown filled in, as the officials will read them.
          parts={setup.template.parts.map((part) => ({ ...part, text: fillBillFields(part.text, bill) }))}
          prompt={setup.template.personalizationPrompt}
          language={setup.template.language}
          isSignedIn={user !== null}
          defaults={{
            firstName: user?.name?.split(" ")[0] ?? "",
            lastName: "",
            city: city ?? "",
            streetAddress: street ?? "",
          }}
          stamp={formStamp()}
          needsAddress={resolution.targets
            .filter((target) => target.requiresAddress)
            .map((target) => target.name)}
          // A member of Congress whose office takes CWC messages among the recipients: Congress's mail system
          // asks for a street address and a title. Without CWC (no key, or not on the office list) the letter is a
          // hand-off and nothing more is asked.
          congress={{
            asks: resolution.targets.some((target) => target.channel === "cwc"),
            hasSenate: resolution.targets.some(
              (target) => target.channel === "cwc" && target.congress === "senate",
            ),
            isRequired: resolution.targets.some((target) => target.channel === "cwc"),
          }}
          stateDistricts={{
            upper:
              stateLegislators.find((o) => o.chamber === "upper" || o.chamber === "legislature")
                ?.districtLabel ?? undefined,
            lower: stateLegislators.find((o) => o.chamber === "lower")?.districtLabel ?? undefined,
          }}
        />
      ) : null}
    </div>
  );
}
