import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { listFocusAreas } from "@/lib/groups/directory";
import { getEditableGroup, listGroupMembers } from "@/lib/groups/manage";
import { STATE_NAMES } from "@/lib/officials/present";
import { MembersSection } from "./members";
import { GroupProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Edit your group's profile", robots: { index: false } };

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
  const states = Object.entries(STATE_NAMES).sort((a, b) => a[1].localeCompare(b[1]));

  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href={`/groups/${group.slug}`} className="text-brand-800 underline">
          {group.name}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Edit your group&apos;s profile</h1>
      <p className="mt-2 mb-6 text-stone-700">
        This is what people see in the{" "}
        <Link href="/groups" className="text-brand-800 underline">
          groups directory
        </Link>{" "}
        and on your group&apos;s page.
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
