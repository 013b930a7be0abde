/**
 * The bill a campaign is about: federal or a state's, its number and title, a link, and a status line the
 * organizer keeps current. Shown on the campaign page and merged into letters as {{bill.number}},
 * {{bill.title}}, {{bill.status}} and {{bill.url}}.
 */
import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { campaignBills } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locale";
import { campaignWords } from "./page.messages";

/** Postal codes of the states, DC and the territories with legislatures. */
export const STATE_CODES = [
  "AL",
  "AK",
  "AZ",
  "AR",
  "CA",
  "CO",
  "CT",
  "DE",
  "DC",
  "FL",
  "GA",
  "HI",
  "ID",
  "IL",
  "IN",
  "IA",
  "KS",
  "KY",
  "LA",
  "ME",
  "MD",
  "MA",
  "MI",
  "MN",
  "MS",
  "MO",
  "MT",
  "NE",
  "NV",
  "NH",
  "NJ",
  "NM",
  "NY",
  "NC",
  "ND",
  "OH",
  "OK",
  "OR",
  "PA",
  "RI",
  "SC",
  "SD",
  "TN",
  "TX",
  "UT",
  "VT",
  "VA",
  "WA",
  "WV",
  "WI",
  "WY",
  "AS",
  "GU",
  "MP",
  "PR",
  "VI",
] as const;

export type CampaignBill = {
  jurisdiction: "federal" | "state";
  state: string | null;
  number: string;
  title: string;
  url: string | null;
  status: string;
  statusUpdatedAt: Date | null;
};

/** The campaign's bill, or null when it names none (public: nothing here is private). */
export async function findCampaignBill(campaignId: string): Promise<CampaignBill | null> {
  const [row] = await getDb()
    .select({
      jurisdiction: campaignBills.jurisdiction,
      state: campaignBills.state,
      number: campaignBills.number,
      title: campaignBills.title,
      url: campaignBills.url,
      status: campaignBills.status,
      statusUpdatedAt: campaignBills.statusUpdatedAt,
    })
    .from(campaignBills)
    .where(eq(campaignBills.campaignId, campaignId));
  return row ?? null;
}

/** "Federal bill" / "Illinois bill (IL)": who is deciding it, in plain words. */
export function billJurisdictionText(
  bill: Pick<CampaignBill, "jurisdiction" | "state">,
  locale: Locale,
): string {
  const t = campaignWords[locale];
  return bill.jurisdiction === "federal" ? t.federalBill : t.stateBill(bill.state ?? "");
}
