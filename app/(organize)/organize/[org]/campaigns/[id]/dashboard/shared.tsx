import type { Locale } from "@/lib/i18n/locale";
import type { CampaignDashboard } from "@/lib/organize/dashboard";
import type { dashboardMessages } from "./messages";
import { n as number, when as whenIn } from "./present";

/** What every section of the dashboard is given. */
export type DashboardProps = {
  org: string;
  dash: CampaignDashboard;
  t: (typeof dashboardMessages)["en"];
  locale: Locale;
};

export const section = "mt-10";
export const h2 = "text-xl font-semibold";
export const card = "rounded-lg border border-stone-200 bg-white p-4";
export const button = "rounded bg-brand-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900";

/** Numbers and moments in the reader's language, moments in the campaign's time zone. */
export function wordsFor({ dash, locale }: Pick<DashboardProps, "dash" | "locale">) {
  return {
    n: (value: number) => number(value, locale),
    when: (at: Date) => whenIn(at, dash.campaign.timeZone, locale),
  };
}

/** The campaign a dashboard form is about, as hidden fields (the actions are never bound in render). */
export function CampaignFields({ org, campaignId }: { org: string; campaignId: string }) {
  return (
    <>
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="campaignId" value={campaignId} />
    </>
  );
}
