import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/server";
import { getCampaignDashboard } from "@/lib/organize/dashboard";
import {
  ChangedSection,
  DeliveriesSection,
  FailedSection,
  OfficesSection,
  TotalsSection,
} from "./letters-sections";
import { dashboardMessages } from "./messages";
import { ActivitySection, ExportsSection, PlacesSection, PledgesSection } from "./people-sections";
import type { DashboardProps } from "./shared";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dashboardMessages[await getLocale()].title, robots: { index: false } };
}

type Props = {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ retried?: string; moved?: string; problem?: string }>;
};

/** A campaign's dashboard: what supporters wrote, where it went, what failed, who pledged; a component per section. */
export default async function CampaignDashboardPage({ params, searchParams }: Props) {
  const { org, id } = await params;
  const { retried, moved, problem } = await searchParams;
  const path = `/organize/${org}/campaigns/${id}/dashboard`;
  const locale = await getLocale();
  const t = dashboardMessages[locale];
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  const dash = await getCampaignDashboard(user, id, locale).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  // The URL names the organization too: the campaign must be this organization's.
  if (dash.campaign.organizationSlug !== org) notFound();
  const tz = dash.campaign.timeZone;
  const notice = retried ? t.retried(Number(retried)) : moved ? t.moved(Number(moved)) : null;
  const sections: DashboardProps = { org, dash, t, locale };

  return (
    <div className="mx-auto max-w-5xl">
      <p className="text-sm text-stone-600">{dash.campaign.organizationName}</p>
      <h1 className="mt-1 text-3xl font-bold">{dash.campaign.title}</h1>
      <p className="mt-2 text-stone-700">
        {t.intro(tz.replace(/_/g, " "))}{" "}
        <Link href={`/campaigns/${dash.campaign.slug}`} className="text-brand-800 underline">
          {t.seePublicPage}
        </Link>
      </p>
      {!dash.canManage ? <p className="mt-2 text-sm text-stone-600">{t.viewerNote}</p> : null}
      {notice ? (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {notice}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {t.problems[problem] ?? t.problems.error}
        </p>
      ) : null}

      <TotalsSection {...sections} />
      <ChangedSection {...sections} />
      <DeliveriesSection {...sections} />
      <OfficesSection {...sections} />
      <FailedSection {...sections} />
      <PlacesSection {...sections} />
      <PledgesSection {...sections} />
      <ActivitySection {...sections} />
      <ExportsSection {...sections} />
    </div>
  );
}
