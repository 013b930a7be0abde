import type { ActionState } from "@/lib/actions";
import { findCampaignBill, STATE_CODES } from "@/lib/campaigns/bills";
import { type FieldSpec, SpecForm } from "../../../../spec-form";
import { removeBillAction, saveBillAction } from "./steps-actions";

type Props = { org: string; id: string; slug: string; canEdit: boolean };
type Bound = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** The builder's Bill section: the bill the campaign is about, its status line, and the {{bill.*}} fields. */
export async function BillBuilder({ org, id, slug, canEdit }: Props) {
  const bill = await findCampaignBill(id);
  const fields: FieldSpec[] = [
    { name: "campaignSlug", label: "", kind: "hidden", defaultValue: slug },
    {
      name: "jurisdiction",
      label: "Whose bill",
      kind: "select",
      defaultValue: bill?.jurisdiction ?? "state",
      options: [
        ["federal", "Federal (U.S. Congress)"],
        ["state", "A state legislature"],
      ],
    },
    {
      name: "state",
      label: "State (for a state bill)",
      kind: "select",
      defaultValue: bill?.state ?? "",
      options: [["", "Choose a state"], ...STATE_CODES.map((code): [string, string] => [code, code])],
    },
    {
      name: "number",
      label: "Number",
      kind: "text",
      required: true,
      maxLength: 40,
      defaultValue: bill?.number ?? "",
      hint: "As the legislature writes it, like H.R. 1234 or SB 56.",
    },
    {
      name: "title",
      label: "Title",
      kind: "text",
      required: true,
      maxLength: 300,
      defaultValue: bill?.title ?? "",
    },
    {
      name: "url",
      label: "Link (optional)",
      kind: "url",
      maxLength: 500,
      defaultValue: bill?.url ?? "",
      hint: "The bill's page on the legislature's site, starting with https://",
    },
    {
      name: "status",
      label: "Where it stands (optional)",
      kind: "text",
      maxLength: 300,
      defaultValue: bill?.status ?? "",
      hint: "One line you keep current, like “Passed the House; in the Senate Judiciary Committee”. The date shown with it moves when you change it.",
    },
  ];
  return (
    <section
      id="bill"
      aria-labelledby="bill-heading"
      className="mt-10 scroll-mt-4 rounded border border-stone-300 bg-white p-4 sm:p-6"
    >
      <h2 id="bill-heading" className="mb-2 text-2xl font-semibold">
        Bill
      </h2>
      <p className="mb-4 text-stone-700">
        If the campaign is about legislation, name the bill: it shows on the campaign page, and the letter can
        use {"{{bill.number}}"}, {"{{bill.title}}"}, {"{{bill.status}}"} and {"{{bill.url}}"}.
      </p>
      {bill?.statusUpdatedAt ? (
        <p className="mb-3 text-sm text-stone-600">
          Status last changed {bill.statusUpdatedAt.toLocaleDateString("en-US", { dateStyle: "medium" })}.
        </p>
      ) : null}
      {canEdit ? (
        <>
          <SpecForm
            action={saveBillAction.bind(null, org, id) as Bound}
            idPrefix="bill"
            submit={bill ? "Save the bill" : "Name this bill"}
            pending="Saving…"
            guardUnsaved
            fields={fields}
          />
          {bill ? (
            <div className="mt-3">
              <SpecForm
                action={removeBillAction.bind(null, org, id) as Bound}
                idPrefix="rm-bill"
                submit={`Remove ${bill.number}`}
                pending="Removing…"
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
        <p>No bill named.</p>
      )}
    </section>
  );
}
