import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { getMessages } from "@/lib/i18n/server";
import { freshFormStamp } from "@/lib/security/form-guard";
import { authPages } from "../messages";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages(authPages)).signInTitle };
}

type Props = { searchParams: Promise<{ error?: string; callbackUrl?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { error, callbackUrl } = await searchParams;
  const redirectTo = safeRedirectPath(callbackUrl);
  if (await getSessionUser()) redirect(redirectTo);
  const t = await getMessages(authPages);
  const errorMessages: Record<string, string> = { Verification: t.linkExpired, Configuration: t.notWorking };
  const message = error ? (errorMessages[error] ?? t.couldNotSignIn) : null;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t.signInHeading}</h1>
      <p className="mt-2 mb-6 text-stone-700">{t.signInIntro}</p>
      {message ? (
        <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {message}
        </p>
      ) : null}
      <SignInForm redirectTo={redirectTo} stamp={await freshFormStamp()} />
    </div>
  );
}
