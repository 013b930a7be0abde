import type { Metadata } from "next";
import { DistrictChoice } from "@/app/_components/district-choice";
import { Field } from "@/app/_components/form";
import { AppError } from "@/lib/errors";
import { describeError } from "@/lib/i18n/errors";
import type { Locale } from "@/lib/i18n/locale";
import { getLocale } from "@/lib/i18n/server";
import { type ResponseRate, responseRatesFor } from "@/lib/letters/replies";
import { districtKey, parseDistrictKey } from "@/lib/letters/targets";
import { type AddressLookup, canLookUpAddress, findOfficialsByAddress } from "@/lib/officials/address";
import {
  type District,
  type DistrictPlaces,
  findDistrictPlaces,
  findOfficialsByZip,
  type ZipLookup,
} from "@/lib/officials/lookup";
import { hasSenators, STATE_NAMES, stateName } from "@/lib/officials/present";
import { officialsPage } from "./messages";
import { OfficialList } from "./official-list";
import { StateLegislatorsSection } from "./state-legislators";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = officialsPage[await getLocale()];
  return { title: t.title, description: t.description };
}

type Param = string | string[] | undefined;
type Props = {
  searchParams: Promise<{
    zip?: Param;
    street?: Param;
    city?: Param;
    /** A chosen House district of a split ZIP, "IL-7". */
    district?: Param;
    /** State legislators: the state, a district per chamber, or a name. */
    state?: Param;
    upper?: Param;
    lower?: Param;
    legislature?: Param;
    name?: Param;
  }>;
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

type Outcome =
  | { kind: "none" }
  | {
      kind: "found";
      lookup: ZipLookup;
      byAddress?: AddressLookup;
      addressError?: string;
      /** The candidate district the person chose, when the ZIP is split. */
      chosen?: District;
      places: DistrictPlaces[];
    }
  | { kind: "error"; message: string; isInputError: boolean };

async function lookUp(
  zip: string | undefined,
  street: string | undefined,
  city: string | undefined,
  district: string | undefined,
  locale: Locale,
): Promise<Outcome> {
  if (zip === undefined) return { kind: "none" };
  try {
    const lookup = await findOfficialsByZip(zip.trim());
    const wanted = parseDistrictKey(district);
    const chosen = lookup.ambiguous
      ? lookup.districts.find((d) => wanted && districtKey(d) === districtKey(wanted))
      : undefined;
    const places = lookup.ambiguous && !chosen ? await findDistrictPlaces(lookup.zip, lookup.districts) : [];
    if (!street) return { kind: "found", lookup, chosen, places };
    try {
      return {
        kind: "found",
        lookup,
        places,
        byAddress: await findOfficialsByAddress({ zip: zip.trim(), street, city }),
      };
    } catch (error) {
      if (error instanceof AppError)
        return { kind: "found", lookup, places, addressError: describeError(error.text, locale) };
      throw error;
    }
  } catch (error) {
    if (error instanceof AppError) {
      return {
        kind: "error",
        message: describeError(error.text, locale),
        isInputError: error.code === "INVALID_INPUT",
      };
    }
    throw error;
  }
}

function listOfNames(names: string[], and: string): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${and} ${names.at(-1)}`;
}

type Rates = ReadonlyMap<string, ResponseRate>;

function Results({
  lookup,
  chosen,
  places,
  today,
  rates,
  locale,
}: {
  lookup: ZipLookup;
  chosen?: District;
  places: DistrictPlaces[];
  today: string;
  rates: Rates;
  locale: Locale;
}) {
  const t = officialsPage[locale];
  // A chosen district narrows the page to its state's senators and its one representative.
  const districts = chosen ? [chosen] : lookup.districts;
  const officials = chosen
    ? lookup.officials.filter(
        (o) => o.state === chosen.state && (o.chamber === "senate" || o.district === chosen.district),
      )
    : lookup.officials;
  const states = [...new Set(districts.map((d) => d.state))];
  const isMultiState = states.length > 1;
  return (
    <section aria-labelledby="results-heading" className="mt-8">
      <h2 id="results-heading" className="text-2xl font-semibold">
        {t.resultsHeading(lookup.zip)}
      </h2>
      {chosen ? (
        <p className="mt-2 text-stone-700">
          {t.asYouChose(districtKey(chosen))}{" "}
          <a href={`/officials?zip=${lookup.zip}`} className="text-brand-800 underline">
            {t.chooseAgain}
          </a>
        </p>
      ) : null}
      {lookup.ambiguous && !chosen ? (
        <div className="mt-3 rounded border border-brand-100 bg-brand-50 p-4 text-stone-800">
          {isMultiState ? (
            <p>
              {t.multiState(
                lookup.zip,
                listOfNames(
                  states.map((s) => stateName(s, locale)),
                  t.and,
                ),
              )}
            </p>
          ) : (
            <p>{t.splitZip(lookup.zip, lookup.districts.length)}</p>
          )}
          <DistrictChoice
            action="/officials"
            hidden={{ zip: lookup.zip }}
            legend={t.whichDistrict}
            hint={t.whichDistrictHint}
            candidates={lookup.districts}
            officials={lookup.officials}
            places={places}
            submitLabel={t.showMyRepresentative}
          />
          <p className="mt-3 text-sm text-stone-700">
            {t.notSureBefore}{" "}
            <a
              href="https://www.house.gov/representatives/find-your-representative"
              rel="noopener noreferrer"
              className="font-medium text-brand-800 underline"
            >
              {t.houseTool}
            </a>{" "}
            {t.notSureAfter}
          </p>
        </div>
      ) : null}
      {states.map((state) => {
        const senators = officials.filter((o) => o.state === state && o.chamber === "senate");
        const house = officials.filter((o) => o.state === state && o.chamber === "house");
        return (
          <section key={state} aria-labelledby={`state-${state}`} className="mt-8">
            <h3 id={`state-${state}`} className="text-xl font-semibold">
              {stateName(state, locale)}
            </h3>
            {hasSenators(state) ? (
              <>
                <p className="mt-3 mb-2 font-medium text-stone-700">{t.usSenate}</p>
                <OfficialList officials={senators} today={today} rates={rates} locale={locale} />
              </>
            ) : (
              <p className="mt-2 text-stone-700">{t.noSenators(stateName(state, locale))}</p>
            )}
            <p className="mt-5 mb-2 font-medium text-stone-700">
              {house.length > 1 ? t.usHouseOneOf : t.usHouse}
            </p>
            <OfficialList officials={house} today={today} rates={rates} locale={locale} />
          </section>
        );
      })}
      <p className="mt-8 text-sm text-stone-600">{t.congressNote}</p>
    </section>
  );
}

function AddressForm({
  zip,
  street,
  city,
  error,
  locale,
}: {
  zip: string;
  street?: string;
  city?: string;
  error?: string;
  locale: Locale;
}) {
  const t = officialsPage[locale];
  return (
    <form method="get" action="/officials" className="mt-8 rounded border border-stone-300 bg-white p-4">
      <h2 className="text-lg font-semibold">{t.addressHeading}</h2>
      <p className="mb-3 text-sm text-stone-700">{t.addressPrivacy}</p>
      {error ? (
        <p role="alert" className="mb-3 font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <input type="hidden" name="zip" value={zip} />
      <Field
        label={t.streetLabel}
        name="street"
        autoComplete="address-line1"
        maxLength={200}
        required
        defaultValue={street ?? ""}
      />
      <Field
        label={t.cityLabel}
        name="city"
        autoComplete="address-level2"
        maxLength={100}
        defaultValue={city ?? ""}
      />
      <button
        type="submit"
        className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
      >
        {t.findMyDistrict}
      </button>
    </form>
  );
}

function AddressResults({
  lookup,
  today,
  rates,
  locale,
}: {
  lookup: AddressLookup;
  today: string;
  rates: Rates;
  locale: Locale;
}) {
  const t = officialsPage[locale];
  const district = lookup.districts[0];
  return (
    <section aria-labelledby="address-heading" className="mt-8">
      <h2 id="address-heading" className="text-2xl font-semibold">
        {t.addressResultsHeading(lookup.matchedAddress)}
      </h2>
      <p className="mt-2 text-stone-700">
        {district ? t.congressionalDistrict(`${district.state}-${district.district}`) : ""}
        <a href={`/officials?zip=${lookup.zip}`} className="text-brand-800 underline">
          {t.notYourAddress}
        </a>
      </p>
      <p className="mt-5 mb-2 font-medium text-stone-700">{t.usCongress}</p>
      <OfficialList officials={lookup.officials} today={today} rates={rates} locale={locale} />
      <p className="mt-5 mb-2 font-medium text-stone-700">{t.stateLegislature}</p>
      {lookup.stateLegislators.length > 0 ? (
        <OfficialList officials={lookup.stateLegislators} today={today} rates={rates} locale={locale} />
      ) : (
        <p className="text-stone-700">{t.noStateMatch}</p>
      )}
    </section>
  );
}

export default async function OfficialsPage({ searchParams }: Props) {
  const [query, locale] = await Promise.all([searchParams, getLocale()]);
  const t = officialsPage[locale];
  const zip = one(query.zip);
  const street = one(query.street);
  const city = one(query.city);
  const outcome = await lookUp(zip, street, city, one(query.district), locale);
  // Every official in the results, one response-rate query (state legislators found below get their own).
  const rates = await responseRatesFor(
    outcome.kind === "found"
      ? [
          ...outcome.lookup.officials,
          ...(outcome.byAddress?.officials ?? []),
          ...(outcome.byAddress?.stateLegislators ?? []),
        ]
      : [],
  );
  const today = new Date().toISOString().slice(0, 10);

  // State legislators: the state chosen in the form, else the one state the ZIP (or chosen district) lies in.
  const stateParam = one(query.state)?.trim().toUpperCase();
  const zipStates =
    outcome.kind !== "found"
      ? []
      : [...new Set((outcome.chosen ? [outcome.chosen] : outcome.lookup.districts).map((d) => d.state))];
  const legislatorsState =
    stateParam && stateParam in STATE_NAMES
      ? stateParam
      : zipStates.length === 1
        ? (zipStates[0] ?? null)
        : null;
  const hasAddressLegislators =
    outcome.kind === "found" && (outcome.byAddress?.stateLegislators.length ?? 0) > 0;
  const keep = {
    zip: outcome.kind === "found" ? outcome.lookup.zip : undefined,
    district: outcome.kind === "found" && outcome.chosen ? districtKey(outcome.chosen) : undefined,
  };

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.heading}</h1>
      <p className="mt-3 text-lg text-stone-700">{t.intro}</p>

      <search>
        <form method="get" action="/officials" className="mt-6 max-w-sm">
          <Field
            label={t.zipLabel}
            name="zip"
            hint={t.zipHint}
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={10}
            required
            defaultValue={zip ?? ""}
            errors={outcome.kind === "error" && outcome.isInputError ? [outcome.message] : undefined}
          />
          <button
            type="submit"
            className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
          >
            {t.findMyOfficials}
          </button>
        </form>
      </search>

      {outcome.kind === "error" && !outcome.isInputError ? (
        <p role="alert" className="mt-6 rounded border border-stone-300 bg-white p-4 text-stone-800">
          {outcome.message}
        </p>
      ) : null}
      {outcome.kind === "found" && outcome.byAddress ? (
        <AddressResults lookup={outcome.byAddress} today={today} rates={rates} locale={locale} />
      ) : outcome.kind === "found" ? (
        <>
          {outcome.lookup.ambiguous && canLookUpAddress() ? (
            <AddressForm
              zip={outcome.lookup.zip}
              street={street}
              city={city}
              error={outcome.addressError}
              locale={locale}
            />
          ) : null}
          <Results
            lookup={outcome.lookup}
            chosen={outcome.chosen}
            places={outcome.places}
            today={today}
            rates={rates}
            locale={locale}
          />
        </>
      ) : null}
      {hasAddressLegislators ? null : (
        <StateLegislatorsSection
          keep={keep}
          choice={{
            state: legislatorsState,
            districts: {
              upper: one(query.upper),
              lower: one(query.lower),
              legislature: one(query.legislature),
            },
            name: one(query.name),
          }}
          today={today}
          locale={locale}
        />
      )}
      {outcome.kind === "none" ? (
        <p className="mt-8 text-sm text-stone-600">
          {t.sources}{" "}
          <a href="https://github.com/unitedstates/congress-legislators" className="underline">
            {t.sourcesName}
          </a>
          {locale === "en" ? " " : ""}
          {t.sourcesProject}
        </p>
      ) : null}
    </div>
  );
}
