import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getGroupOption, listCampaignChoices, type OptionDetail } from "@/lib/groups/dashboard";
import { instantToWallTime } from "@/lib/groups/option-input";
import { getLocale } from "@/lib/i18n/server";
import { optionPath, orNotFound, requireUser } from "../../../load";
import { dashboardWords } from "../../../messages";
import { OptionForm, type OptionFormValues } from "../../../option-form";
import { otherTimeZones } from "../../../zones";

export async function generateMetadata(): Promise<Metadata> {
  return { title: dashboardWords[await getLocale()].editTitle, robots: { index: false } };
}

type Props = { params: Promise<{ slug: string; optionId: string }> };

function formValuesOf(option: OptionDetail): OptionFormValues {
  const zone = option.timeZone ?? "America/Chicago";
  return {
    title: option.title,
    description: option.description,
    campaignId: option.campaignId ?? "",
    timeZone: zone,
    startsAt: option.startsAt ? instantToWallTime(option.startsAt, zone) : "",
    endsAt: option.endsAt ? instantToWallTime(option.endsAt, zone) : "",
    location: option.location ?? "",
    isRemote: option.isRemote ? "on" : "",
    capacity: option.capacity === null ? "" : String(option.capacity),
    hours: option.hours === null ? "" : String(option.hours),
    suggestedAmounts: option.suggestedAmountsCents.map((cents) => String(cents / 100)).join(", "),
    allowsMonthly: option.allowsMonthly ? "on" : "",
    item: option.item ?? "",
    skill: option.skill ?? "",
  };
}

export default async function EditOptionPage({ params }: Props) {
  const { slug, optionId } = await params;
  const user = await requireUser(`${optionPath(slug, optionId)}/edit`);
  const { group, option } = await orNotFound(getGroupOption(user, slug, optionId));
  // Viewers see the dashboard, but like the new-option page this one is for those who change things: the same
  // 404 as for anyone else (a page that only said "not for you" answered 200).
  if (!group.canManage) notFound();
  const t = dashboardWords[await getLocale()];
  return (
    <div className="max-w-2xl">
      <p className="text-sm">
        <Link href={optionPath(group.slug, option.id)} className="text-brand-800 underline">
          {option.title}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">{t.editHeading(option.title)}</h1>
      <p className="mt-2 mb-6 text-stone-700">{t.keepPlace(t.kinds[option.kind])}</p>
      <OptionForm
        slug={group.slug}
        optionId={option.id}
        kind={option.kind}
        initial={formValuesOf(option)}
        campaigns={await listCampaignChoices(option.campaignId)}
        otherZones={otherTimeZones()}
        submitLabel={t.saveChanges}
      />
    </div>
  );
}
