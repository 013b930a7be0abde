import type { ActionState } from "@/lib/actions";
import { findCampaignBill, STATE_CODES } from "@/lib/campaigns/bills";
import { formatDate } from "@/lib/i18n/format";
import { getLocale } from "@/lib/i18n/server";
import { type FieldSpec, SpecForm } from "../../../../spec-form";
import { builderMessages } from "./messages";
import { removeBillAction, saveBillAction } from "./steps-actions";

type Props = { org: string; id: string; slug: string; canEdit: boolean };
type Bound = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** The builder's Bill section: the bill the campaign is about, its status line, and the {{bill.*}} fields. */
export async function BillBuilder({ org, id, slug, canEdit }: Props) {
  const locale = await getLocale();
  const t = builderMessages[locale];
  const bill = await findCampaignBill(id);
  const fields: FieldSpec[] = [
    { name: "campaignSlug", label: "", kind: "hidden", defaultValue: slug },
    {
      name: "jurisdiction",
      label: t.whoseBill,
      kind: "select",
      defaultValue: bill?.jurisdiction ?? "state",
      options: [
        ["federal", t.federal],
        ["state", t.stateLegislature],
      ],
    },
    {
      name: "state",
      label: t.billState,
      kind: "select",
      defaultValue: bill?.state ?? "",
      options: [["", t.chooseState], ...STATE_CODES.map((code): [string, string] => [code, code])],
    },
    {
      name: "number",
      label: t.number,
      kind: "text",
      required: true,
      maxLength: 40,
      defaultValue: bill?.number ?? "",
      hint: t.numberHint,
    },
    {
      name: "title",
      label: t.fieldTitle,
      kind: "text",
      required: true,
      maxLength: 300,
      defaultValue: bill?.title ?? "",
    },
    {
      name: "url",
      label: t.linkOptional,
      kind: "url",
      maxLength: 500,
      defaultValue: bill?.url ?? "",
      hint: t.billUrlHint,
    },
    {
      name: "status",
      label: t.billStatus,
      kind: "text",
      maxLength: 300,
      defaultValue: bill?.status ?? "",
      hint: t.billStatusHint,
    },
  ];
  return (
    <section
      id="bill"
      aria-labelledby="bill-heading"
      className="mt-10 scroll-mt-4 rounded border border-stone-300 bg-white p-4 sm:p-6"
    >
      <h2 id="bill-heading" className="mb-2 text-2xl font-semibold">
        {t.bill}
      </h2>
      <p className="mb-4 text-stone-700">{t.billIntro}</p>
      {bill?.statusUpdatedAt ? (
        <p className="mb-3 text-sm text-stone-600">
          {t.statusChanged(formatDate(locale, bill.statusUpdatedAt))}
        </p>
      ) : null}
      {canEdit ? (
        <>
          <SpecForm
            action={saveBillAction.bind(null, org, id) as Bound}
            idPrefix="bill"
            submit={bill ? t.saveBill : t.nameBill}
            pending={t.saving}
            guardUnsaved
            fields={fields}
          />
          {bill ? (
            <div className="mt-3">
              <SpecForm
                action={removeBillAction.bind(null, org, id) as Bound}
                idPrefix="rm-bill"
                submit={t.remove(bill.number)}
                pending={t.removing}
                isDanger
                fields={fields.slice(0, 1)}
              />
            </div>
          ) : null}
        </>
      ) : bill ? (
        <p>
          {bill.number}: {bill.title}
          {bill.status ? ` (${bill.status})` : ""}
        </p>
      ) : (
        <p>{t.noBill}</p>
      )}
    </section>
  );
}
