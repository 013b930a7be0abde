import type { Metadata } from "next";
import Link from "next/link";
import { AppError } from "@/lib/errors";
import { findInvite, type InviteView } from "@/lib/organize/organizations";
import { requireUser } from "../../../load";
import { SpecForm } from "../../../spec-form";
import { acceptInviteAction } from "../../actions";

export const metadata: Metadata = { title: "Join an organization" };

type Props = { params: Promise<{ token: string }> };

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const user = await requireUser(`/organize/invites/${token}`);
  const invite: InviteView | null = await findInvite(user, token).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">
        {invite ? `Join ${invite.organizationName}` : "This invitation doesn't work"}
      </h1>
      {!invite ? (
        <p className="mt-3">Ask the person who invited you to send a new invitation.</p>
      ) : invite.isMember ? (
        <p className="mt-3">
          You are on this team.{" "}
          <Link href={`/organize/${invite.organizationSlug}`} className="text-brand-800 underline">
            Go to {invite.organizationName}
          </Link>
        </p>
      ) : invite.state !== "open" ? (
        <p className="mt-3">
          This invitation {invite.state === "expired" ? "has expired" : "was already used"}. Ask the person
          who invited you for a new one.
        </p>
      ) : !invite.isForYou ? (
        <p className="mt-3">
          This invitation is for {invite.email}, and you are signed in as {user.email}.{" "}
          <Link href="/sign-out" className="text-brand-800 underline">
            Sign out
          </Link>{" "}
          and sign in with {invite.email} to accept it.
        </p>
      ) : (
        <>
          <p className="mt-3 mb-4">
            You are invited to join {invite.organizationName} as{" "}
            {invite.role === "owner" ? "an owner" : `a ${invite.role}`}.
          </p>
          <SpecForm
            action={acceptInviteAction.bind(null, token)}
            idPrefix="accept"
            submit="Accept and join"
            pending="Joining…"
            fields={[]}
          />
        </>
      )}
    </div>
  );
}
