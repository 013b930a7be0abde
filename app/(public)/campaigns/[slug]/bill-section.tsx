import { billJurisdictionText, findCampaignBill } from "@/lib/campaigns/bills";
import { INTL_LOCALE } from "@/lib/i18n/format";
import { LOCALES, type Locale } from "@/lib/i18n/locale";
import { getLocale } from "@/lib/i18n/server";
import { campaignPage } from "./messages";

// One formatter per language for every render: toLocaleDateString with options builds a new one each call (~0.1 ms).
const statusDate = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeZone: "UTC" }),
  ]),
) as Record<Locale, Intl.DateTimeFormat>;

/**
 * The bill the campaign is about, with the status line its organizers keep current. Nothing without one. Its
 * title and status are as the organizers typed them, in the campaign's own `language`.
 */
export async function BillSection({ campaignId, language }: { campaignId: string; language: string }) {
  const bill = await findCampaignBill(campaignId);
  if (!bill) return null;
  const locale = await getLocale();
  const t = campaignPage[locale];
  const typed = language !== locale ? { lang: language } : {};
  return (
    <section
      id="bill"
      aria-labelledby="bill-heading"
      className="mt-6 scroll-mt-4 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="bill-heading" className="text-lg font-semibold">
        {t.billHeading(bill.number)}
      </h2>
      <p {...typed} className="mt-1 font-medium">
        {bill.title}
      </p>
      <p className="text-sm text-stone-600">{billJurisdictionText(bill, locale)}</p>
      {bill.status ? (
        <p className="mt-2">
          <span className="font-medium">{t.whereItStands}</span>
          <span {...typed}>{bill.status}</span>
          {bill.statusUpdatedAt ? (
            <span className="text-sm text-stone-600">
              {" "}
              ({t.asOf}{" "}
              <time dateTime={bill.statusUpdatedAt.toISOString()}>
                {statusDate[locale].format(bill.statusUpdatedAt)}
              </time>
              )
            </span>
          ) : null}
        </p>
      ) : null}
      {bill.url ? (
        <p className="mt-2">
          <a href={bill.url} rel="noopener noreferrer" className="text-brand-800 underline">
            {t.readBill(bill.number)}
          </a>
        </p>
      ) : null}
    </section>
  );
}
