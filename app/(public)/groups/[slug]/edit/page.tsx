import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { listFocusAreas } from "@/lib/groups/directory";
import { getEditableGroup, listGroupMembers } from "@/lib/groups/manage";
import { getLocale } from "@/lib/i18n/server";
import { STATE_NAMES } from "@/lib/officials/present";
import { groupEdit } from "../../messages";
import { MembersSection } from "./members";
import { GroupProfileForm } from "./profile-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: groupEdit[await getLocale()].title, robots: { index: false } };
}

type Props = { params: Promise<{ slug: string }> };

export default async function EditGroupPage({ params }: Props) {
  const { slug } = await params;
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/groups/${slug}/edit`)}`);
  // Owners and organizers only; to anyone else the page does not exist.
  const group = await getEditableGroup(user, slug).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [knownFocusAreas, members] = await Promise.all([
    listFocusAreas(),
    group.role === "owner" ? listGroupMembers(user, slug) : Promise.resolve(null),
  ]);
  const t = groupEdit[await getLocale()];
  const states = Object.entries(STATE_NAMES).sort((a, b) => a[1].localeCompare(b[1]));

  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href={`/groups/${group.slug}`} className="text-brand-800 underline">
          {group.name}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-2 mb-6 text-stone-700">
        {t.shownIn}{" "}
        <Link href="/groups" className="text-brand-800 underline">
          {t.directory}
        </Link>{" "}
        {t.andOnPage}
      </p>
      <GroupProfileForm
        group={{
          slug: group.slug,
          name: group.name,
          leadershipStatement: group.leadershipStatement ?? "",
          description: group.description ?? "",
          focusAreas: group.focusAreas.join(", "),
          state: group.state ?? "",
          city: group.city ?? "",
          zip: group.zip ?? "",
          isRemote: group.isRemote,
          websiteUrl: group.websiteUrl ?? "",
          donationUrl: group.donationUrl ?? "",
          dropOffPlace: group.dropOffPlace ?? "",
          dropOffHours: group.dropOffHours ?? "",
        }}
        states={states}
        knownFocusAreas={knownFocusAreas}
      />
      {members ? (
        <MembersSection
          slug={group.slug}
          members={members.map((m) => ({ ...m, isYou: m.userId === user.id }))}
        />
      ) : null}
    </div>
  );
}
