import { Field } from "@/app/_components/form";
import { AppError } from "@/lib/errors";
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
import { OfficialList } from "./official-list";

// The island areas' legislatures are not in the bundled data (Open States covers the states, DC and Puerto Rico).
const WITHOUT_DATA = new Set(["AS", "GU", "MP", "VI"]);

const STATE_OPTIONS = Object.keys(STATE_NAMES)
  .filter((code) => !WITHOUT_DATA.has(code))
  .sort((a, b) => stateName(a).localeCompare(stateName(b)));

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

function StateForm({ keep, state }: { keep: Record<string, string | undefined>; state: string | null }) {
  return (
    <form method="get" action={ACTION} className="flex flex-wrap items-end gap-3">
      <Hidden fields={keep} />
      <div className="min-w-56">
        <label htmlFor="state-select" className="block font-medium">
          Your state
        </label>
        <select id="state-select" name="state" defaultValue={state ?? ""} required className={selectClass}>
          <option value="" disabled>
            Choose your state
          </option>
          {STATE_OPTIONS.map((code) => (
            <option key={code} value={code}>
              {stateName(code)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass}>
        Show its legislators
      </button>
    </form>
  );
}

function chamberLabel(state: string, chamber: StateChamberDistricts): string {
  if (state === "DC") return "Council: your ward, or an at-large seat";
  return `Your ${chamber.chamberName} district`;
}

function DistrictsForm({
  keep,
  state,
  chambers,
  chosen,
}: {
  keep: Record<string, string | undefined>;
  state: string;
  chambers: StateChamberDistricts[];
  chosen: Partial<Record<StateChamber, string>>;
}) {
  return (
    <form method="get" action={ACTION} className="rounded border border-stone-300 bg-white p-4">
      <Hidden fields={{ ...keep, state }} />
      <fieldset>
        <legend className="text-lg font-semibold">Choose your districts</legend>
        <p className="mb-3 text-sm text-stone-600">
          Your districts are printed on your voter registration card, and your state legislature's website can
          find them from your address. Choose one or both.
        </p>
        {chambers.map((chamber) => {
          const id = `state-${chamber.chamber}`;
          const current = chosen[chamber.chamber]?.toLowerCase();
          const selected =
            chamber.districts.find((d) => d.district.toLowerCase() === current)?.district ?? "";
          return (
            <div key={chamber.chamber} className="mb-4">
              <label htmlFor={id} className="block font-medium">
                {chamberLabel(state, chamber)}
              </label>
              <select id={id} name={chamber.chamber} defaultValue={selected} className={selectClass}>
                <option value="">I'm not sure</option>
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
        Show my state legislators
      </button>
    </form>
  );
}

function NameForm({
  keep,
  state,
  name,
  error,
}: {
  keep: Record<string, string | undefined>;
  state: string;
  name?: string;
  error?: string;
}) {
  return (
    <search>
      <form method="get" action={ACTION} className="rounded border border-stone-300 bg-white p-4">
        <Hidden fields={{ ...keep, state }} />
        <Field
          label="Or search by name"
          name="name"
          hint={`Part of a first or last name of a legislator in ${stateName(state)}; accents are optional.`}
          maxLength={80}
          required
          minLength={2}
          autoComplete="off"
          defaultValue={name ?? ""}
          errors={error ? [error] : undefined}
        />
        <button type="submit" className={buttonClass}>
          Search
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
): Promise<Found> {
  if (choice.name !== undefined) {
    try {
      const result = await searchStateLegislators({ state, name: choice.name });
      return { kind: "name", name: choice.name.trim(), ...result };
    } catch (error) {
      if (error instanceof AppError && error.code === "INVALID_INPUT") {
        return { kind: "name-error", message: error.message };
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
      const name = chambers.find((c) => c.chamber === chamber)?.chamberName ?? "legislature";
      missing.push(`${stateName(state)} has no ${name} district “${wanted}” in our data.`);
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
          missing: ["Choose your district in at least one list, or search by name."],
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
}: {
  state: string;
  found: Found;
  today: string;
  rates: ReadonlyMap<string, ResponseRate>;
}) {
  if (found.kind === "districts") {
    return (
      <section aria-labelledby="state-results-heading" className="mt-6">
        <h3 id="state-results-heading" className="text-xl font-semibold">
          Your state legislators in {stateName(state)}
        </h3>
        {found.missing.map((message) => (
          <p key={message} role="alert" className="mt-2 font-medium text-red-800">
            {message}
          </p>
        ))}
        {found.officials.length > 0 ? (
          <div className="mt-3">
            <OfficialList officials={found.officials} today={today} rates={rates} />
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
            ? `No state legislator matches “${found.name}” in ${stateName(state)}`
            : `${count}${found.truncated ? "+" : ""} ${count === 1 ? "legislator matches" : "legislators match"} “${found.name}” in ${stateName(state)}`}
        </h3>
        {count === 0 ? (
          <p className="mt-2 text-stone-700">
            Check the spelling, try part of the last name, or choose your districts above.
          </p>
        ) : (
          <>
            {found.truncated ? (
              <p className="mt-2 text-stone-700">
                These are the first {count}. Type more of the name to find the person you mean.
              </p>
            ) : null}
            <div className="mt-3">
              <OfficialList officials={found.officials} today={today} rates={rates} />
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
}: {
  /** Query fields of the rest of the page to keep when these forms are sent (the ZIP, a chosen district). */
  keep: Record<string, string | undefined>;
  choice: StateLegislatorsChoice;
  today: string;
}) {
  const { state } = choice;
  const chambers = state ? await listStateDistricts(state) : [];
  const found =
    state && chambers.length > 0 ? await findChosen(state, chambers, choice) : { kind: "none" as const };
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
        Your state legislators
      </h2>
      <p className="mt-2 text-stone-700">
        State senators and representatives vote on many laws that shape daily life. We can&apos;t tell your
        state districts from a ZIP code, because the public data has no map between them, so choose your
        districts or search for a name.
      </p>
      {state ? (
        <>
          <details className="mt-3">
            <summary className="cursor-pointer text-brand-800 underline">
              Not in {stateName(state)}? Choose another state
            </summary>
            <div className="mt-3">
              <StateForm keep={keep} state={state} />
            </div>
          </details>
          {chambers.length === 0 ? (
            <p className="mt-4 rounded border border-stone-300 bg-white p-4 text-stone-800">
              We don&apos;t have the legislators of {stateName(state)} in our data yet.
            </p>
          ) : (
            <div className="mt-4 grid gap-4">
              <DistrictsForm keep={keep} state={state} chambers={chambers} chosen={choice.districts} />
              <NameForm
                keep={keep}
                state={state}
                name={choice.name}
                error={found.kind === "name-error" ? found.message : undefined}
              />
            </div>
          )}
          <Results state={state} found={found} today={today} rates={rates} />
        </>
      ) : (
        <div className="mt-4">
          <StateForm keep={keep} state={null} />
        </div>
      )}
    </section>
  );
}
