import "server-only";
/**
 * The organizer's side of a campaign's bill: name it (federal, or a state's), keep its status line current,
 * or remove it. A letter template that uses {{bill.*}} needs a bill: the template is refused without one, and
 * the bill cannot be removed while the template still uses it.
 */
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { campaignBills, campaigns, letterTemplates } from "@/db/schema";
import type { SessionUser } from "@/lib/auth";
import { STATE_CODES } from "@/lib/campaigns/bills";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/errors";
import { findMergeFields, isBillField } from "@/lib/letters/template";
import { optionalHttpsUrl, withoutNul } from "@/lib/validation";
import { WRITE } from "./access";
import { actorHolds, invalid, requireCampaign } from "./guard";

/** "title" is a field's name here, not a word a person reads. */
const TITLE = "title";

const oneLine = (field: "number" | typeof TITLE | "status", max: number) =>
  z
    .string({ message: errorText.organize.giveBillField({ field }) })
    .trim()
    .max(max, { message: errorText.organize.keepFieldUnder({ field, max }) })
    .refine((value) => !/[\r\n]/.test(value), { message: errorText.organize.fieldIsOneLine({ field }) });

export const billSchema = withoutNul(
  z
    .object({
      jurisdiction: z.enum(["federal", "state"], { message: errorText.organize.chooseFederalState }),
      state: z
        .string()
        .trim()
        .toUpperCase()
        .optional()
        .transform((value) => (value ? value : null)),
      number: oneLine("number", 40).pipe(
        z.string().min(1, { message: errorText.organize.giveBillsNumberLikeH }),
      ),
      title: oneLine(TITLE, 300).pipe(z.string().min(3, { message: errorText.organize.giveBillsTitle })),
      url: optionalHttpsUrl({
        tooLong: errorText.organize.keepFieldUnder({ field: "link", max: 500 }),
        notHttps: errorText.organize.fieldNotHttps({ field: "link" }),
      }),
      status: oneLine("status", 300).default(""),
    })
    .superRefine((value, ctx) => {
      if (value.jurisdiction === "state" && !value.state) {
        ctx.addIssue({ code: "custom", path: ["state"], message: errorText.organize.chooseStateWhoseBill });
      } else if (
        value.jurisdiction === "state" &&
        !(STATE_CODES as readonly string[]).includes(value.state ?? "")
      ) {
        ctx.addIssue({ code: "custom", path: ["state"], message: errorText.organize.chooseStateFromList });
      }
    })
    .transform((value) => ({ ...value, state: value.jurisdiction === "federal" ? null : value.state })),
);

export type BillInput = {
  jurisdiction?: string;
  state?: string;
  number?: string;
  title?: string;
  url?: string;
  status?: string;
};

/** Names or changes the bill; the status's date moves only when the status line changes. */
export async function saveBill(actor: SessionUser, campaignId: string, input: BillInput): Promise<void> {
  const access = await requireCampaign(actor, campaignId, WRITE);
  const parsed = billSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const bill = parsed.data;
  await getDb().transaction(async (tx) => {
    const [campaign] = await tx
      .select({ id: campaigns.id })
      .from(campaigns)
      .where(and(eq(campaigns.id, campaignId), actorHolds(actor, access.organizationId, WRITE)))
      .for("update");
    if (!campaign) throw new AppError("NOT_FOUND", errorText.organize.couldntFindCampaignAmongOrganizations);
    const [current] = await tx
      .select({ status: campaignBills.status, statusUpdatedAt: campaignBills.statusUpdatedAt })
      .from(campaignBills)
      .where(eq(campaignBills.campaignId, campaignId));
    const now = new Date();
    const statusUpdatedAt =
      current && current.status === bill.status ? current.statusUpdatedAt : bill.status ? now : null;
    await tx
      .insert(campaignBills)
      .values({ campaignId, ...bill, statusUpdatedAt, updatedAt: now })
      .onConflictDoUpdate({
        target: campaignBills.campaignId,
        set: { ...bill, statusUpdatedAt, updatedAt: now },
      });
  });
}

/** Removes the bill, unless the letter still uses {{bill.*}} (the letter would lose words). */
export async function removeBill(actor: SessionUser, campaignId: string): Promise<void> {
  const access = await requireCampaign(actor, campaignId, WRITE);
  await getDb().transaction(async (tx) => {
    const templates = await tx
      .select({ subject: letterTemplates.subject, parts: letterTemplates.parts })
      .from(letterTemplates)
      .where(eq(letterTemplates.campaignId, campaignId));
    const used = templates.flatMap((t) =>
      [t.subject, ...t.parts.map((p) => p.text)].flatMap((text) =>
        findMergeFields(text).known.filter(isBillField),
      ),
    );
    if (used.length > 0) {
      throw new AppError(
        "INVALID_INPUT",
        errorText.organize.billFieldsInLetter({ fields: [...new Set(used)] }),
      );
    }
    const removed = await tx
      .delete(campaignBills)
      .where(and(eq(campaignBills.campaignId, campaignId), actorHolds(actor, access.organizationId, WRITE)))
      .returning({ id: campaignBills.campaignId });
    if (removed.length === 0) throw new AppError("NOT_FOUND", errorText.organize.campaignNamesNoBill);
  });
}
