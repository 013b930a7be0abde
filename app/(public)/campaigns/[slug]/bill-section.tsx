import { billJurisdictionText, findCampaignBill } from "@/lib/campaigns/bills";

// One formatter for every render: toLocaleDateString with options builds a new one each call (~0.1 ms).
const statusDate = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** The bill the campaign is about, with the status line its organizers keep current. Nothing without one. */
export async function BillSection({ campaignId }: { campaignId: string }) {
  const bill = await findCampaignBill(campaignId);
  if (!bill) return null;
  return (
    <section
      id="bill"
      aria-labelledby="bill-heading"
      className="mt-6 scroll-mt-4 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="bill-heading" className="text-lg font-semibold">
        The bill: {bill.number}
      </h2>
      <p className="mt-1 font-medium">{bill.title}</p>
      <p className="text-sm text-stone-600">{billJurisdictionText(bill)}</p>
      {bill.status ? (
        <p className="mt-2">
          <span className="font-medium">Where it stands: </span>
          {bill.status}
          {bill.statusUpdatedAt ? (
            <span className="text-sm text-stone-600">
              {" "}
              (as of{" "}
              <time dateTime={bill.statusUpdatedAt.toISOString()}>
                {statusDate.format(bill.statusUpdatedAt)}
              </time>
              )
            </span>
          ) : null}
        </p>
      ) : null}
      {bill.url ? (
        <p className="mt-2">
          <a href={bill.url} rel="noopener noreferrer" className="text-brand-800 underline">
            Read {bill.number}
          </a>
        </p>
      ) : null}
    </section>
  );
}
