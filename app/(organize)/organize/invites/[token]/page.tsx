import type { Metadata } from "next";
import Link from "next/link";
import { AppError } from "@/lib/errors";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { findInvite, type InviteView } from "@/lib/organize/organizations";
import { requireUser } from "../../../load";
import { SpecForm } from "../../../spec-form";
import { acceptInviteAction } from "../../actions";
import { organizeMessages } from "../../messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: organizeMessages[await getLocale()].inviteTitle };
}

type Props = { params: Promise<{ token: string }> };

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const user = await requireUser(`/organize/invites/${token}`);
  const t = await getMessages(organizeMessages);
  const invite: InviteView | null = await findInvite(user, token).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">
        {invite ? t.join(invite.organizationName) : t.inviteBroken}
      </h1>
      {!invite ? (
        <p className="mt-3">{t.askForNew}</p>
      ) : invite.isMember ? (
        <p className="mt-3">
          {t.onTeam}{" "}
          <Link href={`/organize/${invite.organizationSlug}`} className="text-brand-800 underline">
            {t.goTo(invite.organizationName)}
          </Link>
        </p>
      ) : invite.state !== "open" ? (
        <p className="mt-3">{invite.state === "expired" ? t.expired : t.used}</p>
      ) : !invite.isForYou ? (
        <p className="mt-3">
          {t.otherPerson(invite.email, user.email)}{" "}
          <Link href="/sign-out" className="text-brand-800 underline">
            {t.signOut}
          </Link>{" "}
          {t.signInWith(invite.email)}
        </p>
      ) : (
        <>
          <p className="mt-3 mb-4">{t.invitedAs(invite.organizationName, invite.role)}</p>
          <SpecForm
            action={acceptInviteAction.bind(null, token)}
            idPrefix="accept"
            submit={t.accept}
            pending={t.joining}
            fields={[]}
          />
        </>
      )}
    </div>
  );
}
