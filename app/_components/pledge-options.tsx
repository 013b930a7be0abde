import Link from "next/link";
import { PledgeForm, type PledgeFormOption } from "@/app/_components/pledge-form";
import type { SessionUser } from "@/lib/auth";
import type { Locale } from "@/lib/i18n/locale";
import { getLocale } from "@/lib/i18n/server";
import { formatDollars, formatShiftTime, MY_PLEDGES_PATH } from "@/lib/pledges/emails";
import { pledgeWords } from "@/lib/pledges/messages";
import { myActivePledges, type PledgeOptionView } from "@/lib/pledges/options";
import { availabilityText, hoursText, safeHttpUrl } from "@/lib/pledges/present";

function formOption(option: PledgeOptionView, locale: Locale): PledgeFormOption {
  return {
    id: option.id,
    kind: option.kind,
    title: option.title,
    groupName: option.group.name,
    donationUrl: safeHttpUrl(option.group.donationUrl),
    suggestedAmounts: option.suggestedAmountsCents.map((cents) => ({
      value: (cents / 100).toFixed(cents % 100 === 0 ? 0 : 2),
      label: formatDollars(cents, locale),
    })),
    allowsMonthly: option.allowsMonthly,
    hours: option.hours,
    maxQuantity: option.kind === "goods" ? option.remaining : null,
  };
}

function Details({ option, locale }: { option: PledgeOptionView; locale: Locale }) {
  const t = pledgeWords[locale];
  const availability = availabilityText(option, locale);
  const rows: { term: string; value: string }[] = [];
  if (option.startsAt) {
    rows.push({
      term: t.when,
      value: formatShiftTime(option.startsAt, option.endsAt, option.timeZone, locale),
    });
  }
  if (option.kind === "volunteer_shift" || option.kind === "skills") {
    if (option.isRemote) rows.push({ term: t.where, value: t.remote });
    else if (option.location) rows.push({ term: t.where, value: option.location });
  }
  if (option.hours && option.kind !== "donation") {
    rows.push({
      term: option.kind === "skills" ? t.timeAsked : t.hoursTerm,
      value: hoursText(option.hours, locale),
    });
  }
  if (option.skill) rows.push({ term: t.skill, value: option.skill });
  // With a count, the badge names the item ("12 winter coats still needed").
  if (option.item && availability.text === null) rows.push({ term: t.item, value: option.item });
  // Goods: where and when the group takes them, as the group set it on its profile.
  if (option.kind === "goods" && option.group.dropOffPlace) {
    rows.push({ term: t.dropOffTerm, value: option.group.dropOffPlace });
  }
  if (option.kind === "goods" && option.group.dropOffHours) {
    rows.push({ term: t.dropOffHoursTerm, value: option.group.dropOffHours });
  }
  if (option.kind === "donation") {
    rows.push({ term: t.how, value: t.howDonation(option.group.name, option.allowsMonthly) });
  }
  return (
    <>
      {rows.length > 0 ? (
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {rows.map((row) => (
            <div key={row.term} className="contents">
              <dt className="font-medium text-stone-600">{row.term}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {availability.text ? (
        <p
          className={`mt-3 inline-block rounded px-2 py-1 text-sm font-medium ${
            availability.state === "full" ? "bg-stone-200 text-stone-900" : "bg-green-100 text-green-900"
          }`}
        >
          {availability.text}
        </p>
      ) : null}
    </>
  );
}

/**
 * "Ways to help": one card per pledge option (what, which group, when and where, what is still needed) with
 * its pledge form. Pledges need an account, so the group can reach the supporter and they can change it later:
 * signed-out visitors get a sign-in link that brings them back here.
 */
export async function PledgeOptions({
  options,
  user,
  path,
  showGroup = true,
  share,
}: {
  options: PledgeOptionView[];
  user: SessionUser | null;
  /** This page's path, to come back to after signing in (with #help). */
  path: string;
  /** On a group's own page the group's name on every card says nothing new. */
  showGroup?: boolean;
  /** The campaign whose page this is: a pledge ends with a sentence to pass it on. */
  share?: { title: string; url: string };
}) {
  const locale = await getLocale();
  const t = pledgeWords[locale];
  if (options.length === 0) return <p className="text-stone-700">{t.nothingNow}</p>;
  const mine = user
    ? await myActivePledges(
        user,
        options.map((option) => option.id),
      )
    : new Map();
  const signIn = `/sign-in?callbackUrl=${encodeURIComponent(`${path}#help`)}`;

  return (
    <ul className="grid gap-4">
      {options.map((option) => {
        const titleId = `option-${option.id}-title`;
        const availability = availabilityText(option, locale);
        return (
          <li key={option.id}>
            <article aria-labelledby={titleId} className="rounded-lg border border-stone-200 bg-white p-4">
              <p className="text-sm font-medium text-brand-800">{t.kinds[option.kind]}</p>
              <h3 id={titleId} className="text-lg font-semibold">
                {option.title}
              </h3>
              {showGroup ? (
                <p className="text-sm text-stone-700">
                  {t.withGroup}{" "}
                  <Link
                    href={`/groups/${option.group.slug}`}
                    className="font-medium text-brand-800 underline"
                  >
                    {option.group.name}
                  </Link>
                </p>
              ) : null}
              {option.description ? <p className="mt-2">{option.description}</p> : null}
              <Details option={option} locale={locale} />
              {user ? (
                <PledgeForm
                  option={formOption(option, locale)}
                  defaultName={user.name ?? ""}
                  returnPath={path}
                  isPledged={mine.has(option.id)}
                  fullText={availability.state === "full" ? availability.text : null}
                  myPledgesPath={MY_PLEDGES_PATH}
                  share={share}
                />
              ) : availability.state === "full" ? null : (
                <p className="mt-4 border-t border-stone-200 pt-4">
                  <Link
                    href={signIn}
                    className="inline-block rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
                  >
                    {t.signInToPledge}
                    <span className="sr-only">: {option.title}</span>
                  </Link>
                  <span className="mt-1 block text-sm text-stone-600">{t.accountWhy}</span>
                </p>
              )}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
