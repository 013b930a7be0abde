import { Field } from "@/app/_components/form";
import { AppError } from "@/lib/errors";
import { describeError } from "@/lib/i18n/errors";
import { INTL_LOCALE } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { type ResponseRate, responseRatesFor } from "@/lib/letters/replies";
import { type OfficialSummary, STATE_NAMES, stateName } from "@/lib/officials/present";
import {
  listStateDistricts,
  listStateLegislators,
  STATE_CHAMBERS,
  type StateChamber,
  type StateChamberDistricts,
  searchStateLegislators,
} from "@/lib/officials/state";
import { officialsPage } from "./messages";
import { OfficialList } from "./official-list";

// The island areas' legislatures are not in the bundled data (Open States covers the states, DC and Puerto Rico).
const WITHOUT_DATA = new Set(["AS", "GU", "MP", "VI"]);

function stateOptions(locale: Locale): string[] {
  return Object.keys(STATE_NAMES)
    .filter((code) => !WITHOUT_DATA.has(code))
    .sort((a, b) => stateName(a, locale).localeCompare(stateName(b, locale), INTL_LOCALE[locale]));
}

const ACTION = "/officials#state-legislators";

const buttonClass = "rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900";
const selectClass = "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base";

export type StateLegislatorsChoice = {
  /** A 2-letter code the page has checked, from the form or from the ZIP looked up; null when unknown. */
  state: string | null;
  /** District labels chosen per chamber (form values). */
  districts: Partial<Record<StateChamber, string>>;
  /** A name search, as typed. */
  name?: string;
};

function Hidden({ fields }: { fields: Record<string, string | undefined> }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
    </>
  );
}

function StateForm({
  keep,
  state,
  locale,
}: {
  keep: Record<string, string | undefined>;
  state: string | null;
  locale: Locale;
}) {
  const t = officialsPage[locale];
  return (
    <form method="get" action={ACTION} className="flex flex-wrap items-end gap-3">
      <Hidden fields={keep} />
      <div className="min-w-56">
        <label htmlFor="state-select" className="block font-medium">
          {t.yourState}
        </label>
        <select id="state-select" name="state" defaultValue={state ?? ""} required className={selectClass}>
          <option value="" disabled>
            {t.chooseState}
          </option>
          {stateOptions(locale).map((code) => (
            <option key={code} value={code}>
              {stateName(code, locale)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass}>
        {t.showItsLegislators}
      </button>
    </form>
  );
}

function chamberLabel(state: string, chamber: StateChamberDistricts, locale: Locale): string {
  const t = officialsPage[locale];
  if (state === "DC") return t.dcCouncil;
  return t.chamberDistrict(chamber.chamberName);
}

function DistrictsForm({
  keep,
  state,
  chambers,
  chosen,
  locale,
}: {
  keep: Record<string, string | undefined>;
  state: string;
  chambers: StateChamberDistricts[];
  chosen: Partial<Record<StateChamber, string>>;
  locale: Locale;
}) {
  const t = officialsPage[locale];
  return (
    <form method="get" action={ACTION} className="rounded border border-stone-300 bg-white p-4">
      <Hidden fields={{ ...keep, state }} />
      <fieldset>
        <legend className="text-lg font-semibold">{t.chooseDistricts}</legend>
        <p className="mb-3 text-sm text-stone-600">{t.chooseDistrictsHint}</p>
        {chambers.map((chamber) => {
          const id = `state-${chamber.chamber}`;
          const current = chosen[chamber.chamber]?.toLowerCase();
          const selected =
            chamber.districts.find((d) => d.district.toLowerCase() === current)?.district ?? "";
          return (
            <div key={chamber.chamber} className="mb-4">
              <label htmlFor={id} className="block font-medium">
                {chamberLabel(state, chamber, locale)}
              </label>
              <select id={id} name={chamber.chamber} defaultValue={selected} className={selectClass}>
                <option value="">{t.notSure}</option>
                {chamber.districts.map((d) => (
                  <option key={d.district} value={d.district}>
                    {d.label} — {d.names.join(", ")}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </fieldset>
      <button type="submit" className={buttonClass}>
        {t.showMyStateLegislators}
      </button>
    </form>
  );
}

function NameForm({
  keep,
  state,
  name,
  error,
  locale,
}: {
  keep: Record<string, string | undefined>;
  state: string;
  name?: string;
  error?: string;
  locale: Locale;
}) {
  const t = officialsPage[locale];
  return (
    <search>
      <form method="get" action={ACTION} className="rounded border border-stone-300 bg-white p-4">
        <Hidden fields={{ ...keep, state }} />
        <Field
          label={t.searchByName}
          name="name"
          hint={t.searchHint(stateName(state, locale))}
          maxLength={80}
          required
          minLength={2}
          autoComplete="off"
          defaultValue={name ?? ""}
          errors={error ? [error] : undefined}
        />
        <button type="submit" className={buttonClass}>
          {t.search}
        </button>
      </form>
    </search>
  );
}

type Found =
  | { kind: "districts"; officials: OfficialSummary[]; missing: string[] }
  | { kind: "name"; name: string; officials: OfficialSummary[]; truncated: boolean }
  | { kind: "name-error"; message: string }
  | { kind: "none" };

async function findChosen(
  state: string,
  chambers: StateChamberDistricts[],
  choice: StateLegislatorsChoice,
  locale: Locale,
): Promise<Found> {
  const t = officialsPage[locale];
  if (choice.name !== undefined) {
    try {
      const result = await searchStateLegislators({ state, name: choice.name });
      return { kind: "name", name: choice.name.trim(), ...result };
    } catch (error) {
      if (error instanceof AppError && error.code === "INVALID_INPUT") {
        return { kind: "name-error", message: describeError(error.text, locale) };
      }
      throw error;
    }
  }
  const officials: OfficialSummary[] = [];
  const missing: string[] = [];
  for (const chamber of STATE_CHAMBERS) {
    const wanted = choice.districts[chamber]?.trim();
    if (!wanted) continue;
    const known = chambers
      .find((c) => c.chamber === chamber)
      ?.districts.find((d) => d.district.toLowerCase() === wanted.toLowerCase());
    if (!known) {
      const name = chambers.find((c) => c.chamber === chamber)?.chamberName ?? chamber;
      missing.push(t.noSuchDistrict(stateName(state, locale), name, wanted));
      continue;
    }
    officials.push(...(await listStateLegislators({ state, chamber, district: known.district })));
  }
  if (officials.length === 0 && missing.length === 0) {
    // The districts form was sent with "I'm not sure" in every list.
    const wasSent = STATE_CHAMBERS.some((chamber) => choice.districts[chamber] !== undefined);
    return wasSent
      ? {
          kind: "districts",
          officials,
          missing: [t.chooseOneDistrict],
        }
      : { kind: "none" };
  }
  return { kind: "districts", officials, missing };
}

function Results({
  state,
  found,
  today,
  rates,
  locale,
}: {
  state: string;
  found: Found;
  today: string;
  rates: ReadonlyMap<string, ResponseRate>;
  locale: Locale;
}) {
  const t = officialsPage[locale];
  if (found.kind === "districts") {
    return (
      <section aria-labelledby="state-results-heading" className="mt-6">
        <h3 id="state-results-heading" className="text-xl font-semibold">
          {t.stateResultsHeading(stateName(state, locale))}
        </h3>
        {found.missing.map((message) => (
          <p key={message} role="alert" className="mt-2 font-medium text-red-800">
            {message}
          </p>
        ))}
        {found.officials.length > 0 ? (
          <div className="mt-3">
            <OfficialList officials={found.officials} today={today} rates={rates} locale={locale} />
          </div>
        ) : null}
      </section>
    );
  }
  if (found.kind === "name") {
    const count = found.officials.length;
    return (
      <section aria-labelledby="state-results-heading" className="mt-6">
        <h3 id="state-results-heading" className="text-xl font-semibold">
          {count === 0
            ? t.noNameMatch(found.name, stateName(state, locale))
            : t.nameMatches(
                `${count}${found.truncated ? "+" : ""}`,
                count,
                found.name,
                stateName(state, locale),
              )}
        </h3>
        {count === 0 ? (
          <p className="mt-2 text-stone-700">{t.noNameMatchHint}</p>
        ) : (
          <>
            {found.truncated ? <p className="mt-2 text-stone-700">{t.firstOnes(count)}</p> : null}
            <div className="mt-3">
              <OfficialList officials={found.officials} today={today} rates={rates} locale={locale} />
            </div>
          </>
        )}
      </section>
    );
  }
  return null;
}

/**
 * "Your state legislators": without a geocoded address we cannot tell someone's state districts from a ZIP, so
 * they choose their districts from a list for their state, or search for a name. GET forms, no JavaScript.
 */
export async function StateLegislatorsSection({
  keep,
  choice,
  today,
  locale,
}: {
  /** Query fields of the rest of the page to keep when these forms are sent (the ZIP, a chosen district). */
  keep: Record<string, string | undefined>;
  choice: StateLegislatorsChoice;
  today: string;
  locale: Locale;
}) {
  const t = officialsPage[locale];
  const { state } = choice;
  const chambers = state ? await listStateDistricts(state, locale) : [];
  const found =
    state && chambers.length > 0
      ? await findChosen(state, chambers, choice, locale)
      : { kind: "none" as const };
  const rates = await responseRatesFor(
    found.kind === "districts" || found.kind === "name" ? found.officials : [],
  );
  return (
    <section
      id="state-legislators"
      aria-labelledby="state-legislators-heading"
      className="mt-12 border-t border-stone-300 pt-8"
    >
      <h2 id="state-legislators-heading" className="text-2xl font-semibold">
        {t.stateHeading}
      </h2>
      <p className="mt-2 text-stone-700">{t.stateIntro}</p>
      {state ? (
        <>
          <details className="mt-3">
            <summary className="cursor-pointer text-brand-800 underline">
              {t.notInState(stateName(state, locale))}
            </summary>
            <div className="mt-3">
              <StateForm keep={keep} state={state} locale={locale} />
            </div>
          </details>
          {chambers.length === 0 ? (
            <p className="mt-4 rounded border border-stone-300 bg-white p-4 text-stone-800">
              {t.noStateData(stateName(state, locale))}
            </p>
          ) : (
            <div className="mt-4 grid gap-4">
              <DistrictsForm
                keep={keep}
                state={state}
                chambers={chambers}
                chosen={choice.districts}
                locale={locale}
              />
              <NameForm
                keep={keep}
                state={state}
                name={choice.name}
                error={found.kind === "name-error" ? found.message : undefined}
                locale={locale}
              />
            </div>
          )}
          <Results state={state} found={found} today={today} rates={rates} locale={locale} />
        </>
      ) : (
        <div className="mt-4">
          <StateForm keep={keep} state={null} locale={locale} />
        </div>
      )}
    </section>
  );
}
