import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { freshFormStamp } from "@/lib/security/form-guard";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const errorMessages: Record<string, string> = {
  Verification:
    "That sign-in link has expired or was already used. Enter your email and we will send a new one.",
  Configuration: "Signing in is not working right now. Please try again in a few minutes.",
};

type Props = { searchParams: Promise<{ error?: string; callbackUrl?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { error, callbackUrl } = await searchParams;
  const redirectTo = safeRedirectPath(callbackUrl);
  if (await getSessionUser()) redirect(redirectTo);
  const message = error ? (errorMessages[error] ?? "We could not sign you in. Please try again.") : null;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">Sign in</h1>
      <p className="mt-2 mb-6 text-stone-700">
        No password needed. We will email you a link that signs you in; it works once, for 10 minutes.
      </p>
      {message ? (
        <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {message}
        </p>
      ) : null}
      <SignInForm redirectTo={redirectTo} stamp={await freshFormStamp()} />
    </div>
  );
}
